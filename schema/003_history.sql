-- Level 3: the journal's own record of every change. A change is written in
-- the same transaction as what it records, and never updated or deleted:
-- undo and redo are changes too. Each change holds the SHA-256 of the one
-- before it and of its own content (src/store/history.cpp), so a row
-- altered, removed or inserted outside sore shows in `sore check`. The
-- first change, "history starts here", is written by migrate() with this
-- level, since SQLite has no SHA-256.

CREATE TABLE change (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL, -- UTC, YYYY-MM-DDTHH:MM:SSZ
    kind        TEXT    NOT NULL
                CHECK (kind = 'start' OR kind = 'log' OR kind = 'edit' OR kind = 'rm'
                       OR kind = 'import' OR kind = 'undo' OR kind = 'redo'),
    command     TEXT    NOT NULL, -- the arguments as typed, a JSON array
    -- undo: the change it takes back; redo: the undo it takes back
    target      INTEGER REFERENCES change (id),
    -- An import: the entries it added are those with ids in this range,
    -- kept as a range rather than a copy of each.
    added_first INTEGER,
    added_last  INTEGER,
    added_count INTEGER, -- how many: ids in the range may be missing from the start
    summary     TEXT    NOT NULL,
    hash        TEXT    NOT NULL CHECK (length(hash) = 64)
) STRICT;

-- Each entry a change touched: its values before and after, as the JSON of
-- `sore show --format json`; null for none (added, removed).
CREATE TABLE change_entry (
    change_id INTEGER NOT NULL REFERENCES change (id),
    entry_id  INTEGER NOT NULL,
    before    TEXT,
    after     TEXT,
    PRIMARY KEY (change_id, entry_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX change_entry_by_entry ON change_entry (entry_id, change_id);
