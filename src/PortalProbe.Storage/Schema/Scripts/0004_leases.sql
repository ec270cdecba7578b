-- 0004: leases, so that one process at a time does a job such as the nightly sweep, and the mark retention
-- leaves on evidence whose file it deleted. Same conventions as 0001: UTC timestamp text, lowercase ids.

-- One row per named job ('sweep'). A holder owns the lease while released_at is NULL and expires_at lies ahead;
-- it renews expires_at while it works. A lease that expired (its holder crashed) may be taken over. The row stays
-- after release, so acquired_at is when the job last started.
CREATE TABLE leases (
    name        TEXT NOT NULL PRIMARY KEY,
    holder      TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    renewed_at  TEXT NOT NULL CHECK (renewed_at >= acquired_at),
    expires_at  TEXT NOT NULL,
    released_at TEXT NULL CHECK (released_at IS NULL OR released_at >= acquired_at)
) STRICT;

-- When retention deleted the file. The row, with its hash and size, stays as the record of what was captured.
ALTER TABLE evidence ADD COLUMN pruned_at TEXT NULL;

-- Retention looks for files not yet pruned.
CREATE INDEX ix_evidence_unpruned ON evidence (relative_path) WHERE pruned_at IS NULL;
