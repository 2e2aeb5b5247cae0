-- A write to the incidents or duplicates by anything that does not record
-- itself as their writer (a build of parallax from before the saved
-- fusion index, a hand-made change) makes the saved index stale: each
-- such statement clears the writer; a fusion update records its writer
-- after its writes (sqlstore.recordWriter).
CREATE FUNCTION fusion_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE fusion_state SET writer = '' WHERE writer <> '';
	RETURN NULL;
END
$$;
CREATE TRIGGER incidents_written AFTER INSERT OR UPDATE OR DELETE ON incidents FOR EACH STATEMENT EXECUTE FUNCTION fusion_written();
CREATE TRIGGER duplicates_written AFTER INSERT OR UPDATE OR DELETE ON duplicates FOR EACH STATEMENT EXECUTE FUNCTION fusion_written();
