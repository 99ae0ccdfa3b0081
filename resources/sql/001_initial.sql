-- ParcelDesk schema version 1. Times are UTC epoch milliseconds; *_offset_min is the source's
-- UTC offset in minutes (NULL when the carrier gave none and none could be derived).

CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    external_ref  TEXT UNIQUE,
    name          TEXT NOT NULL,
    email         TEXT,
    phone         TEXT,
    language      TEXT NOT NULL DEFAULT 'en',
    country       TEXT,
    postcode      TEXT,
    city          TEXT,
    time_zone     TEXT,
    created_at    INTEGER NOT NULL
);
CREATE INDEX customers_email ON customers(email);
CREATE INDEX customers_postcode ON customers(postcode);

CREATE TABLE orders (
    id            INTEGER PRIMARY KEY,
    order_number  TEXT NOT NULL UNIQUE,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    placed_at     INTEGER NOT NULL,
    currency      TEXT NOT NULL DEFAULT 'EUR',
    total_cents   INTEGER NOT NULL DEFAULT 0,
    category      TEXT
);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_placed_at ON orders(placed_at);

CREATE TABLE shipments (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER REFERENCES orders(id),
    carrier          TEXT NOT NULL,
    tracking_number  TEXT NOT NULL,
    service          TEXT,
    direction        TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'return')),
    origin_country   TEXT,
    dest_country     TEXT,
    dest_postcode    TEXT,
    status_tag       TEXT NOT NULL DEFAULT 'Pending',
    sub_status       TEXT NOT NULL DEFAULT 'Pending',
    status_at        INTEGER NOT NULL DEFAULT 0,
    shipped_at       INTEGER NOT NULL,
    last_event_at    INTEGER NOT NULL DEFAULT 0,
    promised_at      INTEGER,
    delivered_at     INTEGER,
    next_poll_at     INTEGER,
    created_at       INTEGER NOT NULL
);
-- One tracking number can mean several shipments (carriers reuse numbers), so it is not unique.
CREATE INDEX shipments_tracking ON shipments(tracking_number);
CREATE INDEX shipments_order ON shipments(order_id);
CREATE INDEX shipments_shipped ON shipments(shipped_at, carrier);
-- Status indexes hold the tag only: a new scan within the same tag then touches no index.
CREATE INDEX shipments_status ON shipments(status_tag, carrier);
CREATE INDEX shipments_delivered ON shipments(delivered_at) WHERE delivered_at IS NOT NULL;
CREATE INDEX shipments_due ON shipments(next_poll_at) WHERE next_poll_at IS NOT NULL;

CREATE TABLE tracking_events (
    id              INTEGER PRIMARY KEY,
    shipment_id     INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    occurred_at     INTEGER NOT NULL,
    utc_offset_min  INTEGER,
    carrier_code    TEXT NOT NULL,
    carrier_text    TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL DEFAULT '',
    status_tag      TEXT NOT NULL,
    sub_status      TEXT NOT NULL,
    milestone       INTEGER NOT NULL DEFAULT 0,
    unmapped        INTEGER NOT NULL DEFAULT 0,
    identity        INTEGER NOT NULL,
    received_at     INTEGER NOT NULL
);
-- identity hashes time, code, location and text: the same event stored twice is refused here.
CREATE UNIQUE INDEX tracking_events_identity ON tracking_events(shipment_id, identity);
CREATE INDEX tracking_events_unmapped ON tracking_events(carrier_code) WHERE unmapped = 1;

CREATE TABLE problem_cases (
    id               INTEGER PRIMARY KEY,
    shipment_id      INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'open',
    priority         INTEGER NOT NULL DEFAULT 2,
    opened_at        INTEGER NOT NULL,
    due_at           INTEGER,
    resolved_at      INTEGER,
    assignee         TEXT,
    resolution_code  TEXT,
    note             TEXT
);
CREATE INDEX problem_cases_queue ON problem_cases(state, priority, due_at);
CREATE INDEX problem_cases_kind ON problem_cases(kind, state);
CREATE INDEX problem_cases_shipment ON problem_cases(shipment_id);
CREATE INDEX problem_cases_opened ON problem_cases(opened_at);

CREATE TABLE returns (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders(id),
    shipment_id     INTEGER REFERENCES shipments(id),
    rma             TEXT NOT NULL UNIQUE,
    reason_code     TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'registered',
    created_at      INTEGER NOT NULL,
    received_at     INTEGER,
    grade           TEXT,
    disposition     TEXT NOT NULL DEFAULT 'undecided',
    customer_note   TEXT
);
CREATE INDEX returns_order ON returns(order_id);
CREATE INDEX returns_created ON returns(created_at);
CREATE INDEX returns_state ON returns(state);

CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers(id),
    shipment_id         INTEGER REFERENCES shipments(id),
    channel             TEXT NOT NULL,
    language            TEXT NOT NULL,
    kind                TEXT NOT NULL,
    state               TEXT NOT NULL DEFAULT 'draft',
    subject             TEXT,
    body                TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER,
    suppression_reason  TEXT
);
CREATE INDEX messages_customer ON messages(customer_id, created_at);
CREATE INDEX messages_state ON messages(state, created_at);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    detail     TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
