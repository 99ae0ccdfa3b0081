-- Schema version 13: what comes in from the shop — customer feedback per order, the shipping
-- street of an imported order, and the column mappings of CSV files saved under a name.

-- A customer's rating of an order (1 to 5) with their comment, as the shop's survey tool
-- exported it. One rating per order and moment: importing the same file twice adds nothing.
CREATE TABLE feedback (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT NOT NULL DEFAULT '',
    submitted_at  INTEGER NOT NULL,
    source        TEXT NOT NULL, -- the file it came from, and its line
    imported_at   INTEGER NOT NULL,
    UNIQUE (order_id, submitted_at)
);
CREATE INDEX feedback_submitted ON feedback(submitted_at);

-- The street line of the customer's shipping address (the rest is postcode, city, country).
ALTER TABLE customers ADD COLUMN street TEXT;

-- A CSV layout the user mapped once: which column of the file holds which field. kind is what
-- the file holds; mapping is a JSON object from our field names to the file's column headers,
-- plus the date format and separator.
CREATE TABLE import_profiles (
    name        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('orders', 'shipments', 'feedback')),
    mapping     TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- The exception and failed-attempt scans by parcel, for the operations report's exceptions by
-- kind: the parcels of a period are looked up here instead of reading all their scans. Few scans
-- are exceptions, so the index stays small and costs the writer little.
CREATE INDEX tracking_events_trouble ON tracking_events(shipment_id, status_tag, sub_status)
    WHERE status_tag IN ('Exception', 'AttemptFail');
