-- Articles: metadata, body, cleaned text, the content hash that makes an
-- article unique, and the analysed document encoded (gzip'd JSON without
-- the texts, which have their own columns).
CREATE TABLE articles (
	seq        BIGSERIAL PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	source     TEXT NOT NULL,
	url        TEXT NOT NULL,
	outlet     TEXT NOT NULL,
	title      TEXT NOT NULL,
	published  TEXT NOT NULL,
	language   TEXT NOT NULL,
	sentences  INTEGER NOT NULL,
	body       BYTEA NOT NULL, -- BYTEA: PostgreSQL text cannot hold NUL
	text       BYTEA NOT NULL,
	hash       BYTEA NOT NULL UNIQUE,
	doc        BYTEA NOT NULL,
	n_claims   INTEGER NOT NULL,
	n_events   INTEGER NOT NULL,
	n_counts   INTEGER NOT NULL,
	n_places   INTEGER NOT NULL,
	n_entities INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC, seq);

-- Articles whose content was already stored under another id.
CREATE TABLE aliases (
	id           TEXT PRIMARY KEY,
	duplicate_of TEXT NOT NULL
);

CREATE TABLE claims (
	article_seq   BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
	id            TEXT NOT NULL,
	speaker_actor TEXT NOT NULL,
	side          TEXT NOT NULL,
	stance        TEXT NOT NULL,
	quote         TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_seq);
CREATE INDEX claims_side ON claims (side);

CREATE TABLE events (
	article_seq    BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
	id             TEXT NOT NULL,
	type           TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	initiator_side TEXT NOT NULL,
	target_side    TEXT NOT NULL,
	date_start     TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_seq);
CREATE INDEX events_type ON events (type, date_start);

CREATE TABLE places (
	article_seq BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
	id          TEXT NOT NULL,
	name        TEXT NOT NULL,
	name_lower  TEXT NOT NULL,
	text_lower  TEXT NOT NULL,
	country     TEXT NOT NULL,
	geonameid   INTEGER NOT NULL,
	lat         DOUBLE PRECISION NOT NULL,
	lon         DOUBLE PRECISION NOT NULL
);
CREATE INDEX places_id ON places (id);
CREATE INDEX places_article ON places (article_seq);

-- Incidents: what the list filters and sorts on.
CREATE TABLE incidents (
	seq        BIGSERIAL PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	date_start TEXT NOT NULL,
	date_end   TEXT NOT NULL,
	one_sided  INTEGER NOT NULL
);
-- The encoded incidents apart, so that the rows the list filters and sorts
-- stay small and a count over thousands of them reads few pages.
CREATE TABLE incident_data (
	incident_seq BIGINT PRIMARY KEY REFERENCES incidents (seq) ON DELETE CASCADE,
	data         BYTEA NOT NULL
);
CREATE INDEX incidents_latest ON incidents (date_start DESC, id);
CREATE INDEX incidents_end ON incidents (date_end);

CREATE TABLE incident_sides (
	incident_seq BIGINT NOT NULL REFERENCES incidents (seq) ON DELETE CASCADE,
	side         TEXT NOT NULL,
	PRIMARY KEY (side, incident_seq)
);
CREATE TABLE incident_places (
	incident_seq BIGINT NOT NULL REFERENCES incidents (seq) ON DELETE CASCADE,
	name         TEXT NOT NULL,
	PRIMARY KEY (name, incident_seq)
);
CREATE TABLE incident_articles (
	incident_seq BIGINT NOT NULL REFERENCES incidents (seq) ON DELETE CASCADE,
	article_seq  BIGINT NOT NULL,
	PRIMARY KEY (article_seq, incident_seq)
);
CREATE INDEX incident_articles_incident ON incident_articles (incident_seq);

CREATE TABLE duplicates (
	seq  BIGSERIAL PRIMARY KEY,
	data BYTEA NOT NULL
);

-- Full-text search over titles and cleaned texts: the 'simple' configuration
-- (no stemming, no stop words), as SQLite's unicode61 tokenizer does; set by
-- the store on insert from the text without NUL bytes.
ALTER TABLE articles ADD COLUMN tsv tsvector;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
