-- Schema version 12: returns item by item. An order has lines; a return names the lines and
-- quantities that come back, each with its reason, condition and what the policy said; a return
-- parcel is tracked like any other (direction 'return'); the warehouse grades each line and
-- decides where it goes by editable rules; the refund or exchange has a state of its own.

-- What an order contained. Orders imported or seeded before this version have no lines: a
-- return of such an order names the whole order as one line.
CREATE TABLE order_items (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line              INTEGER NOT NULL,
    sku               TEXT NOT NULL,
    description       TEXT NOT NULL,
    category          TEXT, -- NULL: the order's
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents  INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_cents >= 0),
    UNIQUE (order_id, line)
);

ALTER TABLE returns ADD COLUMN warehouse TEXT; -- where it goes back to: a country code
-- What the policy said about the return as a whole: accept, review (a person approves it
-- first), keep (refunded without coming back) or refuse; and why.
ALTER TABLE returns ADD COLUMN outcome TEXT NOT NULL DEFAULT 'accept'
    CHECK (outcome IN ('accept', 'review', 'keep', 'refuse'));
ALTER TABLE returns ADD COLUMN outcome_reason TEXT;
ALTER TABLE returns ADD COLUMN reviewed_by TEXT; -- who approved a return waiting for review
ALTER TABLE returns ADD COLUMN reviewed_at INTEGER;
ALTER TABLE returns ADD COLUMN dropped_off_at INTEGER; -- the return parcel's first scan
ALTER TABLE returns ADD COLUMN arrived_at INTEGER; -- the carrier delivered it to the warehouse
ALTER TABLE returns ADD COLUMN graded_at INTEGER;
ALTER TABLE returns ADD COLUMN graded_by TEXT;
ALTER TABLE returns ADD COLUMN reusable_packaging INTEGER CHECK (reusable_packaging IN (0, 1));
-- What the customer gets: their money back or another item, and whether that has happened.
ALTER TABLE returns ADD COLUMN resolution TEXT NOT NULL DEFAULT 'refund'
    CHECK (resolution IN ('refund', 'exchange'));
ALTER TABLE returns ADD COLUMN settlement TEXT NOT NULL DEFAULT 'open'
    CHECK (settlement IN ('open', 'done', 'none'));
ALTER TABLE returns ADD COLUMN refund_cents INTEGER;
ALTER TABLE returns ADD COLUMN settled_at INTEGER;
ALTER TABLE returns ADD COLUMN settled_by TEXT;
ALTER TABLE returns ADD COLUMN updated_at INTEGER;
CREATE INDEX returns_received ON returns(received_at) WHERE received_at IS NOT NULL;
CREATE INDEX returns_graded ON returns(graded_at) WHERE graded_at IS NOT NULL;
CREATE INDEX returns_settled ON returns(settled_at) WHERE settled_at IS NOT NULL;
CREATE INDEX returns_shipment ON returns(shipment_id) WHERE shipment_id IS NOT NULL;
-- The returns dashboard's return rate: orders by the day their parcels were delivered.
CREATE INDEX shipments_delivered_orders ON shipments(delivered_at, direction, order_id,
    origin_country) WHERE delivered_at IS NOT NULL;

-- The lines that come back.
CREATE TABLE return_items (
    id                  INTEGER PRIMARY KEY,
    return_id           INTEGER NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
    order_item_id       INTEGER REFERENCES order_items(id),
    sku                 TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '', -- empty: the whole order
    category            TEXT NOT NULL,
    quantity            INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents    INTEGER NOT NULL DEFAULT 0,
    reason_code         TEXT NOT NULL,
    condition           TEXT NOT NULL DEFAULT 'unopened'
        CHECK (condition IN ('unopened', 'opened', 'used', 'damaged')),
    outcome             TEXT NOT NULL DEFAULT 'accept'
        CHECK (outcome IN ('accept', 'review', 'keep', 'refuse')),
    outcome_reason      TEXT,
    grade               TEXT CHECK (grade IN ('A', 'B', 'C', 'D')),
    disposition         TEXT NOT NULL DEFAULT 'undecided' CHECK (disposition IN ('undecided',
        'resell', 'refurbish', 'outlet', 'donate', 'recycle', 'landfill')),
    disposition_reason  TEXT,
    -- Landfill is the last resort, and someone says why.
    CHECK (disposition <> 'landfill' OR length(trim(coalesce(disposition_reason, ''))) > 0)
);
CREATE INDEX return_items_return ON return_items(return_id);

-- Where a graded line goes: the first enabled rule (by position) whose grade, category and
-- reason match (NULL matches anything). Landfill is never a rule's answer.
CREATE TABLE disposition_rules (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL,
    grade        TEXT CHECK (grade IN ('A', 'B', 'C', 'D')),
    category     TEXT,
    reason_code  TEXT,
    disposition  TEXT NOT NULL
        CHECK (disposition IN ('resell', 'refurbish', 'outlet', 'donate', 'recycle')),
    enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);
INSERT INTO disposition_rules (position, grade, category, reason_code, disposition) VALUES
    (1, 'A', 'beauty', NULL, 'resell'),
    (2, NULL, 'beauty', NULL, 'recycle'),
    (3, 'A', NULL, NULL, 'resell'),
    (4, 'B', 'electronics', NULL, 'refurbish'),
    (5, 'B', NULL, NULL, 'outlet'),
    (6, 'C', 'electronics', NULL, 'refurbish'),
    (7, 'C', NULL, 'defective', 'refurbish'),
    (8, 'C', NULL, NULL, 'donate'),
    (9, 'D', NULL, NULL, 'recycle');

-- Returns from before this version become one line each: the whole order.
INSERT INTO return_items (return_id, category, quantity, unit_price_cents, reason_code, outcome,
        grade, disposition)
    SELECT r.id, coalesce(o.category, 'other'), 1, o.total_cents, r.reason_code,
        CASE WHEN r.state = 'refused' THEN 'refuse' ELSE 'accept' END,
        CASE WHEN r.grade IN ('A', 'B', 'C', 'D') THEN r.grade END,
        CASE WHEN r.disposition = 'landfill' THEN 'undecided' ELSE r.disposition END
    FROM returns r JOIN orders o ON o.id = r.order_id;
UPDATE returns SET
    warehouse = (SELECT s.dest_country FROM shipments s WHERE s.id = returns.shipment_id),
    outcome = CASE WHEN state = 'refused' THEN 'refuse' ELSE 'accept' END,
    arrived_at = received_at,
    graded_at = CASE WHEN grade IS NOT NULL THEN received_at END,
    settlement = CASE WHEN state = 'refused' THEN 'none'
        WHEN state = 'closed' THEN 'done' ELSE 'open' END,
    settled_at = CASE WHEN state = 'closed' THEN received_at END,
    updated_at = coalesce(received_at, created_at);
UPDATE returns SET dropped_off_at = (
        SELECT min(e.occurred_at) FROM tracking_events e
        WHERE e.shipment_id = returns.shipment_id
            AND e.status_tag NOT IN ('Pending', 'InfoReceived'))
    WHERE shipment_id IS NOT NULL;

-- A return parcel's journey moves its return along: the first scan after the label means it
-- is on its way (and when it was dropped off); delivered means it is at the warehouse's door,
-- waiting to be received.
CREATE TRIGGER returns_follow_parcel AFTER UPDATE OF status_tag ON shipments
    WHEN NEW.direction = 'return' AND NEW.status_tag IS NOT OLD.status_tag
        AND NEW.status_tag NOT IN ('Pending', 'InfoReceived', 'Expired')
BEGIN
    -- The parcel's first scan after the label, even when one poll brought its whole journey.
    UPDATE returns SET state = 'in_transit',
            dropped_off_at = coalesce(dropped_off_at, (SELECT min(e.occurred_at)
                FROM tracking_events e WHERE e.shipment_id = NEW.id
                    AND e.status_tag NOT IN ('Pending', 'InfoReceived')), NEW.status_at),
            updated_at = NEW.status_at
        WHERE shipment_id = NEW.id AND state IN ('registered', 'label_issued');
    UPDATE returns SET arrived_at = coalesce(NEW.delivered_at, NEW.status_at)
        WHERE shipment_id = NEW.id AND NEW.status_tag = 'Delivered' AND arrived_at IS NULL;
END;
