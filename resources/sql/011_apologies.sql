-- Schema version 11: proactive apologies. Candidates come from open problem cases; a message
-- covers all of a customer's affected parcels; guardrails (consent, a cap per customer, quiet
-- hours, one message per status change) hold a message back with a reason that is kept; a
-- supervisor approves, edits or rejects drafts unless a rule approves them; vouchers come from
-- an imported pool; a person's data can be erased or exported (GDPR).

-- The latest word of each customer about each channel, with where it came from and when. No
-- row: never asked, which counts as no.
CREATE TABLE consents (
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    source       TEXT NOT NULL, -- checkout, agent, customer reply, import, ...
    at           INTEGER NOT NULL,
    PRIMARY KEY (customer_id, channel)
) WITHOUT ROWID;

-- The parcels a message tells about, each with the status it told (tag/sub-status). A status
-- of a parcel is told at most once, whatever became of the message (a suppressed or rejected
-- message counts too: it was decided).
CREATE TABLE message_parcels (
    message_id   INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    shipment_id  INTEGER NOT NULL REFERENCES shipments(id),
    case_id      INTEGER REFERENCES problem_cases(id),
    status       TEXT NOT NULL,
    PRIMARY KEY (message_id, shipment_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX message_parcels_once ON message_parcels(shipment_id, status);

-- Messages told before this version covered their own parcel's status of the time they were
-- sent; the status now is the best we know.
INSERT OR IGNORE INTO message_parcels (message_id, shipment_id, case_id, status)
    SELECT m.id, m.shipment_id, NULL, s.status_tag || '/' || s.sub_status
    FROM messages m JOIN shipments s ON s.id = m.shipment_id
    WHERE m.kind IN ('delay_notice', 'delay_apology', 'delay_apology_voucher');

ALTER TABLE messages ADD COLUMN html_body TEXT; -- e-mail: the HTML alternative of body
ALTER TABLE messages ADD COLUMN payload TEXT; -- WhatsApp: template name, language, parameters (JSON)
ALTER TABLE messages ADD COLUMN action TEXT; -- inform, apologise, voucher: what the rules said
ALTER TABLE messages ADD COLUMN auto_approved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN decided_by TEXT; -- who approved or rejected it
ALTER TABLE messages ADD COLUMN decided_at INTEGER;
CREATE INDEX messages_suppressed ON messages(suppression_reason, created_at)
    WHERE state = 'suppressed';

-- What to recommend for a customer's affected parcels: the first enabled rule (by position)
-- that matches a parcel's case. A customer's message takes the strongest action of its parcels.
CREATE TABLE apology_rules (
    id                   INTEGER PRIMARY KEY,
    position             INTEGER NOT NULL,
    enabled              INTEGER NOT NULL DEFAULT 1,
    name                 TEXT NOT NULL,
    case_kinds           TEXT NOT NULL DEFAULT '', -- comma-separated problem kinds; '' any
    min_days_late        INTEGER NOT NULL DEFAULT 0,
    min_problems         INTEGER NOT NULL DEFAULT 0, -- the customer's parcels with a case opened within window_days
    window_days          INTEGER NOT NULL DEFAULT 90,
    action               TEXT NOT NULL CHECK (action IN ('none', 'inform', 'apologise', 'voucher')),
    voucher_value_cents  INTEGER NOT NULL DEFAULT 0, -- voucher: the value of code to give
    auto_approve         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO apology_rules (position, name, case_kinds, min_days_late, min_problems, window_days,
        action, voucher_value_cents, auto_approve) VALUES
    (10, 'Late by two days or more', 'late', 2, 0, 90, 'voucher', 500, 0),
    (20, 'Second problem within 90 days', '', 0, 2, 90, 'voucher', 500, 0),
    (30, 'Damaged, lost or sent back', 'damaged,suspected_lost,returned_to_sender', 0, 0, 90,
        'apologise', 0, 0),
    (40, 'Late', 'late,never_scanned', 0, 0, 90, 'apologise', 0, 0),
    (50, 'Likely to be late', 'predicted_late,stuck,customs_hold,failed_attempt', 0, 0, 90,
        'inform', 0, 1);

-- Templates as edited in the console; a kind and language without a row uses the built-in one.
CREATE TABLE message_templates (
    kind        TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    text_body   TEXT NOT NULL,
    html_body   TEXT NOT NULL,
    sms         TEXT NOT NULL,
    whatsapp    TEXT NOT NULL DEFAULT '', -- the name of the approved WhatsApp template
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    PRIMARY KEY (kind, language)
) WITHOUT ROWID;

-- Voucher codes imported from the shop's system. A code is given at most once (message_id) and
-- a case gets at most one code (voucher_cases).
CREATE TABLE vouchers (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    value_cents  INTEGER NOT NULL CHECK (value_cents > 0),
    cost_cents   INTEGER NOT NULL CHECK (cost_cents >= 0),
    currency     TEXT NOT NULL DEFAULT 'EUR',
    expires_at   INTEGER,
    source       TEXT NOT NULL, -- the file it came from, and its line
    imported_at  INTEGER NOT NULL,
    message_id   INTEGER UNIQUE REFERENCES messages(id),
    assigned_at  INTEGER
);
CREATE INDEX vouchers_free ON vouchers(value_cents, id) WHERE message_id IS NULL;
CREATE INDEX vouchers_assigned ON vouchers(assigned_at) WHERE message_id IS NOT NULL;
CREATE TABLE voucher_cases (
    case_id     INTEGER PRIMARY KEY REFERENCES problem_cases(id),
    voucher_id  INTEGER NOT NULL REFERENCES vouchers(id)
);

-- Erased (GDPR): the customer row stays, pseudonymised, so figures stay right.
ALTER TABLE customers ADD COLUMN erased_at INTEGER;

INSERT OR IGNORE INTO settings (key, value) VALUES
    ('apology.cap_per_day', '1'),
    ('apology.cap_per_week', '3'),
    ('apology.quiet_start', '21:00'),
    ('apology.quiet_end', '08:00'),
    ('apology.voucher_budget_cents', '50000'),
    ('privacy.retention_days', '0');
