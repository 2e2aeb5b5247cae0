-- Who wrote the stored incidents and duplicates last: the key of the
-- fusion index that made them ('' for a fusion that keeps no saved state)
-- and how many articles the store held then. A saved index (below) is used
-- only while the results are its kind's.
CREATE TABLE fusion_state (
	id       INTEGER PRIMARY KEY CHECK (id = 1),
	writer   TEXT NOT NULL,
	articles INTEGER NOT NULL
);
-- The saved state of a fusion index (fuse.Index.Save), so that ingest
-- starts from it instead of rebuilding the index from every article: the
-- first `articles` articles it covers, the seq of the last of them, and
-- its bytes in parts of one generation (a reader that meets a part of
-- another generation, replaced meanwhile, rebuilds).
CREATE TABLE fusion_index (
	id       INTEGER PRIMARY KEY CHECK (id = 1),
	key      TEXT NOT NULL,
	articles INTEGER NOT NULL,
	last_seq INTEGER NOT NULL,
	gen      INTEGER NOT NULL,
	parts    INTEGER NOT NULL,
	size     INTEGER NOT NULL
);
CREATE TABLE fusion_index_parts (
	gen  INTEGER NOT NULL,
	part INTEGER NOT NULL,
	data BLOB NOT NULL,
	PRIMARY KEY (gen, part)
);
