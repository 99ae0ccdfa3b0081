-- Schema version 10: the outbox. A message is sent at most once: a sender claims it (state
-- sending) in one transaction, sends it, and records the result in another. A message found in
-- state sending by the next run was being sent when its sender died; whether it left is unknown,
-- so it is never sent again on its own: it goes to the dead letters with that reason, for a
-- person to check (by its Message-ID, the idempotency key) and send again by hand.
ALTER TABLE messages ADD COLUMN idempotency_key TEXT;
ALTER TABLE messages ADD COLUMN recipient TEXT; -- the address, fixed when it was queued
ALTER TABLE messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN next_attempt_at INTEGER; -- queued: not before then
ALTER TABLE messages ADD COLUMN claimed_at INTEGER; -- sending: since then
ALTER TABLE messages ADD COLUMN last_error TEXT;
UPDATE messages SET idempotency_key = 'pd-' || id WHERE idempotency_key IS NULL;
UPDATE messages SET recipient = (SELECT CASE WHEN messages.channel = 'sms' THEN c.phone
    ELSE c.email END FROM customers c WHERE c.id = messages.customer_id) WHERE recipient IS NULL;
CREATE UNIQUE INDEX messages_idempotency ON messages(idempotency_key);
CREATE INDEX messages_due ON messages(coalesce(next_attempt_at, 0), id) WHERE state = 'queued';
CREATE INDEX messages_sending ON messages(claimed_at) WHERE state = 'sending';
