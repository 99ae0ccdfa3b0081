-- Schema version 2: each event remembers which version of its carrier's status map gave it its
-- status, so a corrected map can tell which stored events to re-map.
ALTER TABLE tracking_events ADD COLUMN map_version TEXT;
