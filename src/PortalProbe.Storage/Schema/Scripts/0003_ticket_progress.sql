-- 0003: what each progress lookup of a campaign ticket saw. One row per lookup, never rewritten: the status,
-- the status text as shown and the reply text when the portal showed one. A ticket is closed from its first
-- 'closed' row on; its first reply is the earliest row with a reply. Same conventions as 0001 and 0002.

CREATE TABLE ticket_progress (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    observed_at  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('accepted', 'in-progress', 'closed', 'not-found', 'unrecognised')),
    status_text  TEXT NULL,
    reply        TEXT NULL CHECK (reply IS NULL OR length(reply) > 0)
) STRICT;

-- A ticket's lookups in the order they were made.
CREATE INDEX ix_ticket_progress_ticket_observed ON ticket_progress (ticket_id, observed_at, id);
