-- 0002: evaluation campaigns, the ledger of live actions (each at most once per campaign, city and channel)
-- and the tickets live submissions obtained. Same conventions as 0001: UTC timestamp text, lowercase ids.

-- Names compare without case, so that 'Spring-2025' and 'spring-2025' cannot be two campaigns.
CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    started_at  TEXT NOT NULL,
    closed_at   TEXT NULL CHECK (closed_at IS NULL OR closed_at >= started_at)
) STRICT;

-- At most one open campaign: every open row has the same indexed value, so a second one is a duplicate.
CREATE UNIQUE INDEX ux_campaigns_one_open ON campaigns ((closed_at IS NULL)) WHERE closed_at IS NULL;

-- NULL for dry runs and for every run stored before campaigns existed.
ALTER TABLE runs ADD COLUMN campaign_id INTEGER NULL REFERENCES campaigns (id);

-- One row per action ever claimed. 'started' is written before the first click, so a crash leaves it
-- 'started' (outcome unknown) until an evaluator resolves it; a finished row is never claimed again.
CREATE TABLE live_actions (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaigns (id),
    city_code       TEXT NOT NULL CHECK (length(city_code) = 6),
    channel         TEXT NOT NULL,
    action          TEXT NOT NULL,
    run_id          INTEGER NOT NULL REFERENCES runs (id),
    state           TEXT NOT NULL CHECK (state IN ('started', 'done', 'failed')),
    started_at      TEXT NOT NULL,
    finished_at     TEXT NULL,
    outcome         TEXT NULL,
    resolved_reason TEXT NULL,
    UNIQUE (campaign_id, city_code, channel, action),
    CHECK ((state = 'started') = (finished_at IS NULL))
) STRICT;

CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    city_code    TEXT NOT NULL CHECK (length(city_code) = 6),
    channel      TEXT NOT NULL,
    ticket       TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    UNIQUE (campaign_id, city_code, channel, ticket)
) STRICT;

-- A campaign's tickets in submission order, optionally of one city.
CREATE INDEX ix_tickets_campaign_submitted ON tickets (campaign_id, submitted_at, id);
