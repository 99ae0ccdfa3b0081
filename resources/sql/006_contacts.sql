-- Schema version 6: contacts with customers (a call, an e-mail, a chat) about their parcels, as
-- the agent logged them. A contact saying a parcel never arrived opens a "not received" case,
-- which the contact points to.
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    shipment_id  INTEGER REFERENCES shipments(id),
    order_id     INTEGER REFERENCES orders(id),
    channel      TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'other')),
    reason       TEXT NOT NULL CHECK (reason IN ('where_is_my_order', 'not_received', 'damaged',
                                                 'delivery_change', 'return', 'other')),
    outcome      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    agent        TEXT NOT NULL,
    case_id      INTEGER REFERENCES problem_cases(id),
    occurred_at  INTEGER NOT NULL,
    CHECK (shipment_id IS NOT NULL OR order_id IS NOT NULL)
);
CREATE INDEX contacts_shipment ON contacts(shipment_id, occurred_at);
CREATE INDEX contacts_order ON contacts(order_id, occurred_at);
CREATE INDEX contacts_time ON contacts(occurred_at);
