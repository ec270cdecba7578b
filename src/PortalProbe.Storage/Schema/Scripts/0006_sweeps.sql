-- 0006: sweeps, the nightly runs over many cities. A sweep keeps what it was asked (cities, checks folder, run-time
-- variables, mode and campaign) so that a sweep cut short, even by kill -9, can be resumed from the database alone:
-- each city's state says whether it still has to run, and a done city points at the one run that counts for it.
-- Self-contained: it only adds tables. Same conventions as 0001: UTC timestamp text, lowercase ids.

CREATE TABLE sweeps (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NULL CHECK (finished_at IS NULL OR finished_at >= started_at),
    mode         TEXT NOT NULL CHECK (mode IN ('dry-run', 'live')),
    campaign_id  INTEGER NULL REFERENCES campaigns (id),
    checks_dir   TEXT NOT NULL,
    -- The --var values as one JSON object (run-time variables such as a port; secrets never come from --var).
    vars         TEXT NOT NULL,
    parallel     INTEGER NOT NULL CHECK (parallel >= 1),
    -- What makes two sweep requests "the same sweep": cities, checks folder, variables, mode and campaign.
    request_key  TEXT NOT NULL,
    CHECK ((mode = 'live') = (campaign_id IS NOT NULL))
) STRICT;

-- The unfinished sweep asked for the same thing, found when a sweep is started again.
CREATE INDEX ix_sweeps_unfinished ON sweeps (request_key, id) WHERE finished_at IS NULL;

-- 'running' is written before a city starts: a sweep killed then finds it 'running' and runs it again.
CREATE TABLE sweep_cities (
    sweep_id     INTEGER NOT NULL REFERENCES sweeps (id),
    city_code    TEXT NOT NULL CHECK (length(city_code) = 6),
    position     INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done')),
    run_id       INTEGER NULL REFERENCES runs (id),
    started_at   TEXT NULL,
    finished_at  TEXT NULL,
    PRIMARY KEY (sweep_id, city_code),
    CHECK ((state = 'done') = (run_id IS NOT NULL AND finished_at IS NOT NULL))
) STRICT;

-- A city's done runs by sweep, for finding the previous sweep's run of a city.
CREATE INDEX ix_sweep_cities_done ON sweep_cities (city_code, sweep_id) WHERE state = 'done';

-- Functions that passed in the city's previous sweep and fail in this one, stored when the sweep ends.
CREATE TABLE sweep_regressions (
    id                 INTEGER PRIMARY KEY,
    sweep_id           INTEGER NOT NULL REFERENCES sweeps (id),
    city_code          TEXT NOT NULL CHECK (length(city_code) = 6),
    channel            TEXT NOT NULL,
    scenario           TEXT NOT NULL,
    previous_sweep_id  INTEGER NOT NULL REFERENCES sweeps (id),
    previous_run_id    INTEGER NOT NULL REFERENCES runs (id),
    run_id             INTEGER NOT NULL REFERENCES runs (id),
    reason             TEXT NOT NULL,
    UNIQUE (sweep_id, city_code, channel, scenario)
) STRICT;
