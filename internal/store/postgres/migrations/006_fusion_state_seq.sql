-- The seq of the last article stored when the results were written, so
-- that a writer of the same kind can tell that those articles are still
-- the first ones (none replaced since) and rebuild its index without
-- writing again the results they gave.
ALTER TABLE fusion_state ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
