-- A write to the incidents or duplicates by anything that does not record
-- itself as their writer (a build of parallax from before the saved
-- fusion index, a hand-made change) makes the saved index stale: each
-- such write clears the writer; a fusion update records its writer after
-- its writes (sqlstore.recordWriter).
CREATE TRIGGER incidents_inserted AFTER INSERT ON incidents BEGIN UPDATE fusion_state SET writer = ''; END;
CREATE TRIGGER incidents_updated AFTER UPDATE ON incidents BEGIN UPDATE fusion_state SET writer = ''; END;
CREATE TRIGGER incidents_deleted AFTER DELETE ON incidents BEGIN UPDATE fusion_state SET writer = ''; END;
CREATE TRIGGER duplicates_inserted AFTER INSERT ON duplicates BEGIN UPDATE fusion_state SET writer = ''; END;
CREATE TRIGGER duplicates_updated AFTER UPDATE ON duplicates BEGIN UPDATE fusion_state SET writer = ''; END;
CREATE TRIGGER duplicates_deleted AFTER DELETE ON duplicates BEGIN UPDATE fusion_state SET writer = ''; END;
