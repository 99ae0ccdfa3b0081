-- Schema version 8: the Overview reads small tables kept up to date by triggers, so its figures
-- cost the same on a million parcels as on a thousand, whoever writes the shipments (the
-- poller's writer, an import, the demo data).

-- Failed delivery attempts per parcel. Whoever stores events counts them (the writer does, with
-- the shipment's status): a trigger on every event insert would halve the ingest rate.
ALTER TABLE shipments ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
UPDATE shipments SET failed_attempts = x.n FROM (SELECT shipment_id, count(*) AS n FROM
    tracking_events WHERE status_tag = 'AttemptFail' GROUP BY shipment_id) AS x
    WHERE x.shipment_id = shipments.id;
CREATE TRIGGER tracking_events_attempt_gone AFTER DELETE ON tracking_events
    WHEN OLD.status_tag = 'AttemptFail'
BEGIN
    -- Its last failed attempt gone, a delivered parcel counts as delivered at the first attempt.
    UPDATE delivery_daily SET first_attempt = first_attempt + 1 WHERE (day, carrier) = (SELECT
        delivered_at / 86400000, carrier FROM shipments WHERE id = OLD.shipment_id AND
        delivered_at IS NOT NULL AND direction = 'outbound' AND failed_attempts = 1);
    UPDATE shipments SET failed_attempts = max(failed_attempts - 1, 0) WHERE id = OLD.shipment_id;
END;

-- Parcels by the UTC day they were shipped, carrier and the status they have now; "ended" marks
-- the exceptions that end a journey (back at the sender, lost). Keyed on the tag, not the
-- sub-status, so a scan that only moves a parcel along changes nothing here.
CREATE TABLE shipment_daily (
    day         INTEGER NOT NULL, -- shipped_at / 86400000
    carrier     TEXT NOT NULL,
    direction   TEXT NOT NULL,
    status_tag  TEXT NOT NULL,
    ended       INTEGER NOT NULL,
    shipments   INTEGER NOT NULL,
    PRIMARY KEY (day, carrier, direction, status_tag, ended)
) WITHOUT ROWID;
INSERT INTO shipment_daily SELECT shipped_at / 86400000, carrier, direction, status_tag,
    sub_status IN ('ReturnedToSender', 'Lost'), count(*) FROM shipments GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER shipment_daily_insert AFTER INSERT ON shipments
BEGIN
    INSERT INTO shipment_daily VALUES (NEW.shipped_at / 86400000, NEW.carrier, NEW.direction,
        NEW.status_tag, NEW.sub_status IN ('ReturnedToSender', 'Lost'), 1)
        ON CONFLICT DO UPDATE SET shipments = shipments + 1;
END;
-- A parcel's status and delivery change with nearly every scan: the writer, which makes those
-- changes, adds them up per transaction (a trigger on every update would halve the ingest
-- rate). The triggers cover what else changes a parcel: new and deleted rows, a moved shipping
-- day, carrier or direction, and a new promise.
CREATE TRIGGER shipment_daily_update AFTER UPDATE OF shipped_at, carrier, direction ON shipments
    WHEN OLD.shipped_at / 86400000 != NEW.shipped_at / 86400000 OR OLD.carrier != NEW.carrier
        OR OLD.direction != NEW.direction
BEGIN
    UPDATE shipment_daily SET shipments = shipments - 1 WHERE day = OLD.shipped_at / 86400000
        AND carrier = OLD.carrier AND direction = OLD.direction AND status_tag = OLD.status_tag
        AND ended = (OLD.sub_status IN ('ReturnedToSender', 'Lost'));
    INSERT INTO shipment_daily VALUES (NEW.shipped_at / 86400000, NEW.carrier, NEW.direction,
        NEW.status_tag, NEW.sub_status IN ('ReturnedToSender', 'Lost'), 1)
        ON CONFLICT DO UPDATE SET shipments = shipments + 1;
END;
CREATE TRIGGER shipment_daily_delete AFTER DELETE ON shipments
BEGIN
    UPDATE shipment_daily SET shipments = shipments - 1 WHERE day = OLD.shipped_at / 86400000
        AND carrier = OLD.carrier AND direction = OLD.direction AND status_tag = OLD.status_tag
        AND ended = (OLD.sub_status IN ('ReturnedToSender', 'Lost'));
END;

-- Outbound deliveries by the UTC day they arrived and carrier: how many had a promise, how
-- many kept it (a promise at midnight UTC is a date and holds all that day), how many arrived
-- at the first attempt.
CREATE TABLE delivery_daily (
    day            INTEGER NOT NULL, -- delivered_at / 86400000
    carrier        TEXT NOT NULL,
    delivered      INTEGER NOT NULL,
    promised       INTEGER NOT NULL,
    on_time        INTEGER NOT NULL,
    first_attempt  INTEGER NOT NULL,
    PRIMARY KEY (day, carrier)
) WITHOUT ROWID;
INSERT INTO delivery_daily SELECT delivered_at / 86400000, carrier, count(*),
    count(promised_at),
    sum(promised_at IS NOT NULL AND delivered_at <= (CASE WHEN promised_at % 86400000 = 0
        THEN promised_at + 86399999 ELSE promised_at END)),
    sum(failed_attempts = 0)
    FROM shipments WHERE delivered_at IS NOT NULL AND direction = 'outbound' GROUP BY 1, 2;
CREATE TRIGGER delivery_daily_insert AFTER INSERT ON shipments
    WHEN NEW.delivered_at IS NOT NULL AND NEW.direction = 'outbound'
BEGIN
    INSERT INTO delivery_daily VALUES (NEW.delivered_at / 86400000, NEW.carrier, 1,
        NEW.promised_at IS NOT NULL,
        NEW.promised_at IS NOT NULL AND NEW.delivered_at <= (CASE WHEN NEW.promised_at % 86400000
            = 0 THEN NEW.promised_at + 86399999 ELSE NEW.promised_at END),
        NEW.failed_attempts = 0)
        ON CONFLICT DO UPDATE SET delivered = delivered + 1, promised = promised
            + excluded.promised, on_time = on_time + excluded.on_time, first_attempt =
            first_attempt + excluded.first_attempt;
END;
CREATE TRIGGER delivery_daily_update AFTER UPDATE OF promised_at, carrier, direction ON shipments
    WHEN (OLD.delivered_at IS NOT NULL OR NEW.delivered_at IS NOT NULL) AND (OLD.promised_at IS NOT
        NEW.promised_at OR OLD.carrier != NEW.carrier OR OLD.direction != NEW.direction)
BEGIN
    UPDATE delivery_daily SET delivered = delivered - 1,
        promised = promised - (OLD.promised_at IS NOT NULL),
        on_time = on_time - (OLD.promised_at IS NOT NULL AND OLD.delivered_at <= (CASE WHEN
            OLD.promised_at % 86400000 = 0 THEN OLD.promised_at + 86399999 ELSE OLD.promised_at
            END)),
        first_attempt = first_attempt - (OLD.failed_attempts = 0)
        WHERE OLD.delivered_at IS NOT NULL AND OLD.direction = 'outbound'
            AND day = OLD.delivered_at / 86400000 AND carrier = OLD.carrier;
    INSERT INTO delivery_daily SELECT NEW.delivered_at / 86400000, NEW.carrier, 1,
        NEW.promised_at IS NOT NULL,
        NEW.promised_at IS NOT NULL AND NEW.delivered_at <= (CASE WHEN NEW.promised_at % 86400000
            = 0 THEN NEW.promised_at + 86399999 ELSE NEW.promised_at END),
        NEW.failed_attempts = 0
        WHERE NEW.delivered_at IS NOT NULL AND NEW.direction = 'outbound'
        ON CONFLICT DO UPDATE SET delivered = delivered + 1, promised = promised
            + excluded.promised, on_time = on_time + excluded.on_time, first_attempt =
            first_attempt + excluded.first_attempt;
END;
CREATE TRIGGER delivery_daily_delete AFTER DELETE ON shipments
    WHEN OLD.delivered_at IS NOT NULL AND OLD.direction = 'outbound'
BEGIN
    UPDATE delivery_daily SET delivered = delivered - 1,
        promised = promised - (OLD.promised_at IS NOT NULL),
        on_time = on_time - (OLD.promised_at IS NOT NULL AND OLD.delivered_at <= (CASE WHEN
            OLD.promised_at % 86400000 = 0 THEN OLD.promised_at + 86399999 ELSE OLD.promised_at
            END)),
        first_attempt = first_attempt - (OLD.failed_attempts = 0)
        WHERE day = OLD.delivered_at / 86400000 AND carrier = OLD.carrier;
END;

-- Open cases by kind; parcels not delivered yet by their promise; today's deliveries. None holds
-- a status column, which scans change.
CREATE INDEX problem_cases_open ON problem_cases(kind, shipment_id) WHERE state != 'resolved';
CREATE INDEX shipments_undelivered ON shipments(promised_at, carrier, direction)
    WHERE delivered_at IS NULL;
-- Replaces the index on delivered_at alone, which learning transit times used: this one serves it.
DROP INDEX shipments_delivered;
CREATE INDEX shipments_delivered_by ON shipments(delivered_at, carrier, direction)
    WHERE delivered_at IS NOT NULL;
