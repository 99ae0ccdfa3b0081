-- Schema version 2: each event remembers which version of its carrier's status map gave it its
-- status, so a corrected map can tell which stored events to re-map; and whether its UTC
-- offset came from the carrier or was assumed from the country of the event.
ALTER TABLE tracking_events ADD COLUMN map_version TEXT;
ALTER TABLE tracking_events ADD COLUMN offset_assumed INTEGER NOT NULL DEFAULT 0;
