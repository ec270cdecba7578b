-- 0001: the initial schema.
-- Timestamps are ISO-8601 text in UTC with an explicit offset and seven fractional digits
-- (2025-01-31T02:00:00.0000000+00:00), so text order is time order.
-- Enumerations are stored as their lowercase ids (pass, wechat, registration, screenshot, ...).
-- Durations are whole milliseconds.

CREATE TABLE cities (
    code        TEXT NOT NULL PRIMARY KEY CHECK (length(code) = 6),
    name        TEXT NOT NULL,
    province    TEXT NOT NULL,
    tier        TEXT NOT NULL,
    level       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    city_code   TEXT NOT NULL REFERENCES cities (code),
    script_file TEXT NOT NULL,
    mode        TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NULL,
    status      TEXT NOT NULL CHECK (status IN ('running', 'complete', 'interrupted'))
) STRICT;

-- The latest run of a city: WHERE city_code = ? ORDER BY started_at DESC, id DESC LIMIT 1.
CREATE INDEX ix_runs_city_latest ON runs (city_code, started_at DESC, id DESC);

CREATE TABLE scenario_results (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    scenario    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    channel     TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    flaky       INTEGER NOT NULL CHECK (flaky IN (0, 1)),
    reason      TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    UNIQUE (run_id, scenario, channel)
) STRICT;

CREATE TABLE attempts (
    id                 INTEGER PRIMARY KEY,
    scenario_result_id INTEGER NOT NULL REFERENCES scenario_results (id) ON DELETE CASCADE,
    number             INTEGER NOT NULL,
    verdict            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    hint               TEXT NULL,
    started_at         TEXT NOT NULL,
    duration_ms        INTEGER NOT NULL,
    UNIQUE (scenario_result_id, number)
) STRICT;

CREATE TABLE step_results (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    keyword     TEXT NOT NULL,
    description TEXT NOT NULL,
    location    TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    message     TEXT NULL,
    duration_ms INTEGER NOT NULL,
    UNIQUE (attempt_id, idx)
) STRICT;

-- id keeps the order in which a scenario reported its facts.
CREATE TABLE facts (
    id                 INTEGER PRIMARY KEY,
    scenario_result_id INTEGER NOT NULL REFERENCES scenario_results (id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    type               TEXT NOT NULL,
    value              TEXT NOT NULL
) STRICT;

CREATE INDEX ix_facts_scenario_result ON facts (scenario_result_id);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size >= 0),
    relative_path TEXT NOT NULL,
    url           TEXT NULL,
    captured_at   TEXT NOT NULL,
    label         TEXT NULL
) STRICT;

CREATE INDEX ix_evidence_attempt ON evidence (attempt_id);

-- Which rows still use a file, for a later clean-up of unreferenced evidence.
CREATE INDEX ix_evidence_sha256 ON evidence (sha256);
