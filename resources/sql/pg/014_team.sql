-- Team mode, as resources/sql/014_team.sql: poll leases and the database user in the audit log.
ALTER TABLE shipments ADD COLUMN lease_owner text, ADD COLUMN lease_until bigint;
CREATE INDEX shipments_leased ON shipments (lease_owner) WHERE lease_owner IS NOT NULL;
ALTER TABLE audit_log ADD COLUMN db_user text;

-- Who wrote an audit entry, as the server knows them: the session's login. The actor column
-- stays what the program says (the person signed in to the computer); db_user is what the
-- server vouches for, so this trigger fills it from session_user, which neither a client nor
-- SET ROLE can change (only a superuser's SET SESSION AUTHORIZATION can). NULL in SQLite and in
-- entries copied from a file (StoreCopy disables triggers while it copies).
-- An UPDATE keeps the writer: a supervisor's GDPR erasure of an entry's detail must not make
-- the entry theirs, and the row-level security of TeamRoles lets a supervisor rewrite the
-- detail only of a retention run they wrote themselves, which it checks on db_user.
CREATE FUNCTION audit_log_db_user() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.db_user := session_user;
    ELSE
        NEW.db_user := OLD.db_user;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_db_user BEFORE INSERT OR UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_db_user();

-- Live updates: every console listens on the channel parceldesk_changes and refreshes what it
-- shows when another console or a poller has written. One notification per table and
-- transaction (PostgreSQL folds identical ones of a transaction into one); the payload is the
-- table and the transaction's start in epoch milliseconds, from which a console can tell how
-- late the news reached it.
CREATE FUNCTION parceldesk_notify_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('parceldesk_changes', TG_TABLE_NAME || ' '
        || (extract(epoch FROM transaction_timestamp()) * 1000)::bigint);
    RETURN NULL;
END;
$$;

-- A poll's bookkeeping (the next poll time, the lease) changes nothing a console shows.
CREATE TRIGGER shipments_notify AFTER INSERT OR DELETE OR UPDATE OF order_id, carrier,
    tracking_number, service, direction, origin_country, dest_country, dest_postcode, status_tag,
    sub_status, status_at, shipped_at, last_event_at, promised_at, delivered_at, created_at,
    failed_attempts ON shipments FOR EACH STATEMENT EXECUTE FUNCTION parceldesk_notify_change();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'orders', 'order_items', 'tracking_events',
        'problem_cases', 'returns', 'return_items', 'messages', 'settings', 'carrier_accounts',
        'problem_rules', 'contacts', 'delivery_options', 'delivery_change_requests', 'consents',
        'apology_rules', 'message_templates', 'vouchers', 'disposition_rules', 'feedback',
        'import_profiles']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION parceldesk_notify_change()', t || '_notify', t);
    END LOOP;
END;
$$;
