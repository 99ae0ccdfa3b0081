-- Team mode. A poller leases the shipments it is about to ask about, so that two pollers (two
-- processes on one file, or several machines on a server) never ask about the same parcel
-- at once; a lease that is not given back (the poller died) runs out by itself.
ALTER TABLE shipments ADD COLUMN lease_owner TEXT;
ALTER TABLE shipments ADD COLUMN lease_until INTEGER;
-- A poller renews and gives back its own leases by owner.
CREATE INDEX shipments_leased ON shipments(lease_owner) WHERE lease_owner IS NOT NULL;

-- Who changed something, as the database knows them: the login on a server (set there by a
-- trigger, so it cannot be made up); a file has no logins, so it stays empty here.
ALTER TABLE audit_log ADD COLUMN db_user TEXT;
