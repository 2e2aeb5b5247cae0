-- The work queue of `parallax ingest --queue` and `parallax worker`: raw
-- articles waiting for analysis. A worker locks a batch (FOR UPDATE SKIP
-- LOCKED), stores the analysed documents and deletes the rows in one
-- transaction, so each article is processed exactly once even when a
-- worker dies mid-batch. queue_log records who processed what.
CREATE TABLE queue (
	seq     BIGSERIAL PRIMARY KEY,
	article JSONB NOT NULL
);
CREATE TABLE queue_log (
	article_id TEXT NOT NULL,
	worker     TEXT NOT NULL,
	done_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX queue_log_article ON queue_log (article_id);
