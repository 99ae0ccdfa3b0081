-- Schema version 5: problem-case rules as a team has tuned them. A row overrides ParcelDesk's
-- default for a kind, for one carrier and/or destination country ('*': any); no row, the default.
CREATE TABLE problem_rules (
    kind        TEXT NOT NULL,
    carrier     TEXT NOT NULL DEFAULT '*',
    country     TEXT NOT NULL DEFAULT '*',
    enabled     INTEGER NOT NULL DEFAULT 1,
    threshold   INTEGER NOT NULL,
    priority    INTEGER NOT NULL,
    sla_hours   INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (kind, carrier, country)
);
