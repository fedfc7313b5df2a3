-- Level 2: the same entry table, rebuilt so that writing a row is cheaper.
-- A CHECK with `IN (...)` makes SQLite build a temporary table of the list
-- on every insert, which was most of the cost of an import; the same rules
-- are written with `=` and `OR`. The uuid's uniqueness becomes a named
-- index, which a bulk import into an empty journal can set aside and
-- build again, sorted, at the end. Runs with foreign keys off (migrate()
-- sees to it), so dropping the old table does not drop the tags.

CREATE TABLE entry_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL
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
    technique   TEXT    CHECK (technique = 'swedish' OR technique = 'deep-tissue'
                               OR technique = 'trigger-point' OR technique = 'sports'
                               OR technique = 'myofascial' OR technique = 'self'
                               OR technique = 'other' OR technique = 'none'),
    knots       INTEGER CHECK (knots BETWEEN 0 AND 999),
    injury      INTEGER NOT NULL DEFAULT 0 CHECK (injury BETWEEN 0 AND 1),
    emotional   INTEGER NOT NULL DEFAULT 0 CHECK (emotional BETWEEN 0 AND 1),
    side        TEXT    CHECK (side = 'left' OR side = 'right' OR side = 'both'),
    note        TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- A rest day has no massage, so no pressure and no pain during it.
    CHECK (technique IS NOT 'none' OR (pressure IS NULL AND during IS NULL))
) STRICT;

INSERT INTO entry_new SELECT * FROM entry;

-- AUTOINCREMENT's memory of the highest id ever given moves with the table.
DELETE FROM sqlite_sequence WHERE name = 'entry_new';
UPDATE sqlite_sequence SET name = 'entry_new' WHERE name = 'entry';

DROP TABLE entry;
ALTER TABLE entry_new RENAME TO entry;

CREATE UNIQUE INDEX entry_by_uuid ON entry (uuid);
CREATE INDEX entry_by_date ON entry (date, time, id);
