-- Fusion results are updated in place after each batch: an incident or a
-- duplicate entry is rewritten only when its content hash differs, and a
-- duplicate entry is found again by its key (an exact group keeps its key
-- as copies join it) and listed by its order.
ALTER TABLE incidents ADD COLUMN hash BYTEA NOT NULL DEFAULT ''::bytea;
ALTER TABLE duplicates ADD COLUMN dkey TEXT NOT NULL DEFAULT '';
ALTER TABLE duplicates ADD COLUMN ord BIGINT NOT NULL DEFAULT 0;
ALTER TABLE duplicates ADD COLUMN hash BYTEA NOT NULL DEFAULT ''::bytea;
CREATE UNIQUE INDEX duplicates_key ON duplicates (dkey) WHERE dkey <> '';
CREATE INDEX duplicates_ord ON duplicates (ord, seq);
-- Rewriting one incident deletes its rows here by incident.
CREATE INDEX incident_sides_incident ON incident_sides (incident_seq);
CREATE INDEX incident_places_incident ON incident_places (incident_seq);
