-- Schema version 3: carrier accounts (what to poll and how; the secrets live in the system
-- keychain, never here) and the calls made to each carrier per UTC day, so that a daily quota
-- holds across restarts and across the console and parceldeskctl on the same database.
CREATE TABLE carrier_accounts (
    carrier                  TEXT PRIMARY KEY,
    enabled                  INTEGER NOT NULL DEFAULT 1,
    base_url                 TEXT NOT NULL DEFAULT '',   -- '' : the carrier's production URL
    requests_per_second      REAL,                       -- NULL: the carrier's documented limit
    daily_quota              INTEGER,
    max_numbers_per_request  INTEGER,
    updated_at               INTEGER NOT NULL
);

CREATE TABLE carrier_usage (
    carrier    TEXT NOT NULL,
    day_start  INTEGER NOT NULL,   -- midnight UTC, epoch ms
    calls      INTEGER NOT NULL,
    PRIMARY KEY (carrier, day_start)
);
