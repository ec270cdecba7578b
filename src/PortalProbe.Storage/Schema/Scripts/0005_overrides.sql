-- 0005: evaluators' overrides of indicator scores, an append-only history: setting a score adds a row, and so
-- does removing one (value NULL). The latest row of a city and indicator decides; nothing is ever overwritten.
-- Same conventions as 0001: UTC timestamp text. The evidence file itself is in the content-addressed store.
CREATE TABLE overrides (
    id               INTEGER PRIMARY KEY,
    city_code        TEXT NOT NULL REFERENCES cities (code),
    indicator_id     TEXT NOT NULL,
    value            REAL NULL CHECK (value IS NULL OR (value >= 0 AND value <= 100)),
    reason           TEXT NOT NULL CHECK (length(reason) > 0),
    decided_by       TEXT NOT NULL CHECK (length(decided_by) > 0),
    decided_at       TEXT NOT NULL,
    evidence_kind    TEXT NULL,
    evidence_sha256  TEXT NULL,
    evidence_size    INTEGER NULL,
    evidence_path    TEXT NULL,
    CHECK ((evidence_sha256 IS NULL) = (evidence_path IS NULL))
) STRICT;

CREATE INDEX ix_overrides_city_indicator ON overrides (city_code, indicator_id, decided_at, id);

-- History is kept: a row is never changed or deleted.
CREATE TRIGGER overrides_no_update BEFORE UPDATE ON overrides
BEGIN
    SELECT RAISE(ABORT, 'overrides are history: add a row instead of changing one');
END;

CREATE TRIGGER overrides_no_delete BEFORE DELETE ON overrides
BEGIN
    SELECT RAISE(ABORT, 'overrides are history: add a removal row instead of deleting one');
END;
