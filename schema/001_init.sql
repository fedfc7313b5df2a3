-- Level 1: the journal. One row per dated entry, tags beside it.
-- The C++ side validates first and gives the friendly message; these
-- constraints are the last line of defence for anything that slips past.

PRAGMA application_id = 1936683621; -- 'sore' in ASCII

CREATE TABLE entry (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE
                CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    date        TEXT    NOT NULL
                CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                       -- '+0 days' makes SQLite normalise, so 02-30 fails
                       AND date(date, '+0 days') IS date),
    time        TEXT
                CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'),
    soreness    INTEGER NOT NULL CHECK (soreness BETWEEN 0 AND 10),
    during      INTEGER CHECK (during BETWEEN 0 AND 10),
    sitting_min INTEGER CHECK (sitting_min BETWEEN 0 AND 1440),
    pressure    INTEGER CHECK (pressure BETWEEN 1 AND 4),
    technique   TEXT    CHECK (technique IN ('swedish', 'deep-tissue', 'trigger-point',
                                             'sports', 'myofascial', 'self', 'other', 'none')),
    knots       INTEGER CHECK (knots BETWEEN 0 AND 999),
    injury      INTEGER NOT NULL DEFAULT 0 CHECK (injury IN (0, 1)),
    emotional   INTEGER NOT NULL DEFAULT 0 CHECK (emotional IN (0, 1)),
    side        TEXT    CHECK (side IN ('left', 'right', 'both')),
    note        TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- A rest day has no massage, so no pressure and no pain during it.
    CHECK (technique IS NOT 'none' OR (pressure IS NULL AND during IS NULL))
) STRICT;

CREATE INDEX entry_by_date ON entry (date, time, id);

CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag      TEXT    NOT NULL CHECK (length(tag) BETWEEN 1 AND 64),
    PRIMARY KEY (entry_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_tag_by_tag ON entry_tag (tag, entry_id);
