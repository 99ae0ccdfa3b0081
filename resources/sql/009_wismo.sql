-- Schema version 9: the WISMO desk. One search box finds a customer's parcels by order or
-- tracking number, e-mail, phone, postcode or name; the store keeps the search index up to date
-- with triggers on customers and orders (never on the shipment updates polling makes: tracking
-- numbers are searched through shipments_tracking). Carriers' delivery options per parcel, and
-- the changes customers asked for.

-- Normalized keys for exact and prefix lookups. kind: 1 order number (letters and digits, upper
-- case), 2 the order number's digits without leading letters and zeros, 3 e-mail (lower case),
-- 4 phone (digits; and the national number without the country code), 5 postcode (no spaces).
-- ref is the order (kinds 1 and 2) or the customer (kinds 3 to 5).
CREATE TABLE search_keys (
    kind  INTEGER NOT NULL,
    key   TEXT NOT NULL,
    ref   INTEGER NOT NULL,
    PRIMARY KEY (kind, key, ref)
) WITHOUT ROWID;
CREATE INDEX search_keys_ref ON search_keys(ref, kind);

CREATE VIEW order_search_keys (order_id, kind, key) AS
    SELECT id, 1, n FROM (SELECT id, upper(replace(replace(replace(replace(replace(replace(
        order_number, ' ', ''), '-', ''), '#', ''), '/', ''), '.', ''), '_', '')) AS n FROM orders)
    WHERE n != ''
    UNION ALL
    SELECT id, 2, d FROM (SELECT id, ltrim(ltrim(upper(replace(replace(replace(replace(replace(
        replace(order_number, ' ', ''), '-', ''), '#', ''), '/', ''), '.', ''), '_', '')),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), '0') AS d FROM orders)
    WHERE d != '';

-- Phone numbers as digits: "+49 151 2345678" and "0049-151/2345678" give 491512345678 and
-- 1512345678 (the country code by its ITU length: 1, 2 or 3 digits), "0151 2345678" gives
-- 01512345678 and 1512345678, so a caller's number matches in either form.
CREATE VIEW customer_search_keys (customer_id, kind, key) AS
    SELECT id, 3, lower(trim(email)) FROM customers WHERE trim(coalesce(email, '')) != ''
    UNION ALL
    SELECT id, 5, upper(replace(replace(postcode, ' ', ''), '-', '')) FROM customers
    WHERE trim(coalesce(postcode, '')) != ''
    UNION ALL
    SELECT id, 4, d FROM (SELECT id, CASE WHEN p LIKE '+%' THEN substr(p, 2)
        WHEN p LIKE '00%' THEN substr(p, 3) ELSE p END AS d FROM (SELECT id, replace(replace(
        replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '/', ''),
        '.', '') AS p FROM customers WHERE phone IS NOT NULL))
    WHERE length(d) >= 4
    UNION ALL
    SELECT id, 4, national FROM (SELECT id, CASE
        WHEN p LIKE '+%' OR p LIKE '00%' THEN substr(d, 1 + CASE
            WHEN substr(d, 1, 1) IN ('1', '7') THEN 1
            WHEN substr(d, 1, 2) IN ('20', '27', '30', '31', '32', '33', '34', '36', '39', '40',
                '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56',
                '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90',
                '91', '92', '93', '94', '95', '98') THEN 2
            ELSE 3 END)
        ELSE ltrim(d, '0') END AS national, d
        FROM (SELECT id, p, CASE WHEN p LIKE '+%' THEN substr(p, 2)
            WHEN p LIKE '00%' THEN substr(p, 3) ELSE p END AS d FROM (SELECT id, replace(replace(
            replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '/',
            ''), '.', '') AS p FROM customers WHERE phone IS NOT NULL)))
    WHERE length(national) >= 4 AND national != d;

-- Names, cities and postcodes for word searches; the console corrects small typos against the
-- words this index holds (customer_terms).
CREATE VIRTUAL TABLE customer_words USING fts5(name, city, postcode, content='customers',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE VIRTUAL TABLE customer_terms USING fts5vocab(customer_words, 'row');

INSERT INTO customer_words (customer_words) VALUES ('rebuild');
INSERT OR IGNORE INTO search_keys (kind, key, ref)
    SELECT kind, key, customer_id FROM customer_search_keys;
INSERT OR IGNORE INTO search_keys (kind, key, ref) SELECT kind, key, order_id FROM order_search_keys;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_words (rowid, name, city, postcode)
        VALUES (NEW.id, NEW.name, NEW.city, NEW.postcode);
    INSERT OR IGNORE INTO search_keys (kind, key, ref)
        SELECT kind, key, customer_id FROM customer_search_keys WHERE customer_id = NEW.id;
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customer_words (customer_words, rowid, name, city, postcode)
        VALUES ('delete', OLD.id, OLD.name, OLD.city, OLD.postcode);
    DELETE FROM search_keys WHERE ref = OLD.id AND kind IN (3, 4, 5);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, city, postcode, email, phone
    ON customers
BEGIN
    INSERT INTO customer_words (customer_words, rowid, name, city, postcode)
        VALUES ('delete', OLD.id, OLD.name, OLD.city, OLD.postcode);
    INSERT INTO customer_words (rowid, name, city, postcode)
        VALUES (NEW.id, NEW.name, NEW.city, NEW.postcode);
    DELETE FROM search_keys WHERE ref = OLD.id AND kind IN (3, 4, 5);
    INSERT OR IGNORE INTO search_keys (kind, key, ref)
        SELECT kind, key, customer_id FROM customer_search_keys WHERE customer_id = NEW.id;
END;
CREATE TRIGGER orders_search_insert AFTER INSERT ON orders
BEGIN
    INSERT OR IGNORE INTO search_keys (kind, key, ref)
        SELECT kind, key, order_id FROM order_search_keys WHERE order_id = NEW.id;
END;
CREATE TRIGGER orders_search_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM search_keys WHERE ref = OLD.id AND kind IN (1, 2);
END;
CREATE TRIGGER orders_search_update AFTER UPDATE OF order_number ON orders
BEGIN
    DELETE FROM search_keys WHERE ref = OLD.id AND kind IN (1, 2);
    INSERT OR IGNORE INTO search_keys (kind, key, ref)
        SELECT kind, key, order_id FROM order_search_keys WHERE order_id = NEW.id;
END;

-- What the carrier offers for a parcel now (FedEx: reschedule, redirect to a pickup location,
-- return to shipper, ...), replaced with every answer that lists them.
CREATE TABLE delivery_options (
    shipment_id  INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    option       TEXT NOT NULL, -- the carrier's code, e.g. REDIRECT_TO_HOLD_AT_LOCATION
    eligibility  TEXT NOT NULL, -- ELIGIBLE, POSSIBLY_ELIGIBLE or INELIGIBLE as the carrier says
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (shipment_id, option)
) WITHOUT ROWID;

-- A customer's choice among them, recorded by the agent for the carrier or the shop to carry out.
CREATE TABLE delivery_change_requests (
    id            INTEGER PRIMARY KEY,
    shipment_id   INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    option        TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'done',
                                                                     'refused', 'cancelled')),
    requested_at  INTEGER NOT NULL,
    agent         TEXT NOT NULL,
    contact_id    INTEGER REFERENCES contacts(id)
);
CREATE INDEX delivery_change_requests_shipment ON delivery_change_requests(shipment_id);

-- The WISMO figures on the Overview, kept per UTC day and carrier ('' for a contact about an
-- order without a parcel) so they cost the same on a million parcels as on a thousand. Each
-- contact knows whether the customer had been told first (a message about the order sent before
-- the contact) and whether it repeats an earlier contact about the same order (or parcel); the
-- triggers keep both right when contacts or messages arrive out of order.
CREATE INDEX messages_shipment ON messages(shipment_id, created_at) WHERE shipment_id IS NOT NULL;
ALTER TABLE contacts ADD COLUMN told_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN repeated INTEGER NOT NULL DEFAULT 0;
CREATE TABLE contact_daily (
    day         INTEGER NOT NULL, -- occurred_at / 86400000
    carrier     TEXT NOT NULL,
    contacts    INTEGER NOT NULL DEFAULT 0,
    told_first  INTEGER NOT NULL DEFAULT 0,
    repeats     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, carrier)
) WITHOUT ROWID;

CREATE VIEW contact_flags (contact_id, told_first, repeated) AS
    SELECT c.id,
        EXISTS (SELECT 1 FROM orders o JOIN messages m ON m.customer_id = o.customer_id
            WHERE o.id = coalesce(c.order_id, (SELECT s.order_id FROM shipments s
                WHERE s.id = c.shipment_id))
            AND m.state = 'sent' AND m.sent_at < c.occurred_at AND m.sent_at >= o.placed_at
            AND (m.shipment_id IS NULL OR m.shipment_id IN (SELECT x.id FROM shipments x
                WHERE x.order_id = o.id))),
        CASE WHEN c.order_id IS NOT NULL THEN EXISTS (SELECT 1 FROM contacts p
            WHERE p.order_id = c.order_id AND (p.occurred_at < c.occurred_at
                OR (p.occurred_at = c.occurred_at AND p.id < c.id)))
        ELSE EXISTS (SELECT 1 FROM contacts p WHERE p.order_id IS NULL
            AND p.shipment_id = c.shipment_id
            AND (p.occurred_at < c.occurred_at OR (p.occurred_at = c.occurred_at AND p.id < c.id)))
        END
    FROM contacts c;

UPDATE contacts SET (told_first, repeated) = (SELECT f.told_first, f.repeated FROM contact_flags f
    WHERE f.contact_id = contacts.id);
INSERT INTO contact_daily (day, carrier, contacts, told_first, repeats)
    SELECT c.occurred_at / 86400000, coalesce(s.carrier, ''), count(*), sum(c.told_first),
        sum(c.repeated)
    FROM contacts c LEFT JOIN shipments s ON s.id = c.shipment_id GROUP BY 1, 2;

CREATE TRIGGER contacts_daily_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO contact_daily (day, carrier) VALUES (NEW.occurred_at / 86400000,
        coalesce((SELECT carrier FROM shipments WHERE id = NEW.shipment_id), ''))
        ON CONFLICT DO NOTHING;
    UPDATE contact_daily SET contacts = contacts + 1, told_first = told_first + NEW.told_first,
        repeats = repeats + NEW.repeated
    WHERE day = NEW.occurred_at / 86400000
        AND carrier = coalesce((SELECT carrier FROM shipments WHERE id = NEW.shipment_id), '');
    -- Its own flags (through the update trigger below), then the later contacts about the same
    -- order or parcel, which it makes repeats.
    UPDATE contacts SET (told_first, repeated) = (SELECT f.told_first, f.repeated
        FROM contact_flags f WHERE f.contact_id = NEW.id) WHERE id = NEW.id;
    UPDATE contacts SET repeated = 1 WHERE repeated = 0 AND id != NEW.id
        AND (occurred_at > NEW.occurred_at OR (occurred_at = NEW.occurred_at AND id > NEW.id))
        AND (order_id = NEW.order_id
            OR (NEW.order_id IS NULL AND order_id IS NULL AND shipment_id = NEW.shipment_id));
END;
CREATE TRIGGER contacts_daily_delete AFTER DELETE ON contacts
BEGIN
    UPDATE contact_daily SET contacts = contacts - 1, told_first = told_first - OLD.told_first,
        repeats = repeats - OLD.repeated
    WHERE day = OLD.occurred_at / 86400000
        AND carrier = coalesce((SELECT carrier FROM shipments WHERE id = OLD.shipment_id), '');
    -- The next contact about the same order may be the first now.
    UPDATE contacts SET repeated = (SELECT f.repeated FROM contact_flags f
        WHERE f.contact_id = contacts.id)
    WHERE repeated = 1 AND (order_id = OLD.order_id
        OR (OLD.order_id IS NULL AND order_id IS NULL AND shipment_id = OLD.shipment_id));
END;
-- A contact's flags changed: the figures of its day follow.
CREATE TRIGGER contacts_daily_flags AFTER UPDATE OF told_first, repeated ON contacts
BEGIN
    UPDATE contact_daily SET told_first = told_first - OLD.told_first + NEW.told_first,
        repeats = repeats - OLD.repeated + NEW.repeated
    WHERE day = NEW.occurred_at / 86400000
        AND carrier = coalesce((SELECT carrier FROM shipments WHERE id = NEW.shipment_id), '');
END;
-- A contact moved to another moment, order or parcel: out of the old day's figures, into the
-- new day's, then the flags of the groups it left and joined again (through the trigger above).
-- One trigger, so the steps run in this order.
CREATE TRIGGER contacts_daily_moved AFTER UPDATE OF occurred_at, order_id, shipment_id
    ON contacts
BEGIN
    UPDATE contact_daily SET contacts = contacts - 1, told_first = told_first - OLD.told_first,
        repeats = repeats - OLD.repeated
    WHERE day = OLD.occurred_at / 86400000
        AND carrier = coalesce((SELECT carrier FROM shipments WHERE id = OLD.shipment_id), '');
    INSERT INTO contact_daily (day, carrier) VALUES (NEW.occurred_at / 86400000,
        coalesce((SELECT carrier FROM shipments WHERE id = NEW.shipment_id), ''))
        ON CONFLICT DO NOTHING;
    UPDATE contact_daily SET contacts = contacts + 1, told_first = told_first + NEW.told_first,
        repeats = repeats + NEW.repeated
    WHERE day = NEW.occurred_at / 86400000
        AND carrier = coalesce((SELECT carrier FROM shipments WHERE id = NEW.shipment_id), '');
    UPDATE contacts SET (told_first, repeated) = (SELECT f.told_first, f.repeated
        FROM contact_flags f WHERE f.contact_id = contacts.id)
    WHERE id = NEW.id OR order_id IN (OLD.order_id, NEW.order_id)
        OR (order_id IS NULL AND shipment_id IN (OLD.shipment_id, NEW.shipment_id));
END;
-- A message sent (or recorded as sent) after the fact: contacts it came before were told first.
CREATE TRIGGER messages_told_insert AFTER INSERT ON messages WHEN NEW.state = 'sent'
BEGIN
    UPDATE contacts SET told_first = 1 WHERE told_first = 0 AND occurred_at > NEW.sent_at
        AND order_id IN (SELECT o.id FROM orders o WHERE o.customer_id = NEW.customer_id
            AND o.placed_at <= NEW.sent_at AND (NEW.shipment_id IS NULL OR o.id = (SELECT
                s.order_id FROM shipments s WHERE s.id = NEW.shipment_id)));
END;
CREATE TRIGGER messages_told_update AFTER UPDATE OF state, sent_at ON messages
BEGIN
    UPDATE contacts SET told_first = (SELECT f.told_first FROM contact_flags f
        WHERE f.contact_id = contacts.id)
    WHERE order_id IN (SELECT o.id FROM orders o WHERE o.customer_id = NEW.customer_id);
END;
CREATE TRIGGER messages_told_delete AFTER DELETE ON messages WHEN OLD.state = 'sent'
BEGIN
    UPDATE contacts SET told_first = (SELECT f.told_first FROM contact_flags f
        WHERE f.contact_id = contacts.id)
    WHERE told_first = 1 AND order_id IN (SELECT o.id FROM orders o
        WHERE o.customer_id = OLD.customer_id);
END;
