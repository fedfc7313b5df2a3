-- Level 4: where it hurts. An entry may name body sites, each on a side
-- (left, right, or both when none was given) with its own 0-10 soreness;
-- the entry's own soreness stays the overall figure. Each site and side
-- once per entry, gone with the entry. The names are journal/sites.cpp's;
-- the CHECKs use `=` and `OR`, as level 2 explains.

CREATE TABLE entry_site (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    site     TEXT    NOT NULL
             CHECK (site = 'glute-max' OR site = 'glute-med' OR site = 'glute-min'
                    OR site = 'piriformis' OR site = 'si-joint' OR site = 'hamstring-origin'
                    OR site = 'hip-flexors' OR site = 'tfl' OR site = 'lower-back'),
    side     TEXT    NOT NULL CHECK (side = 'left' OR side = 'right' OR side = 'both'),
    soreness INTEGER NOT NULL CHECK (soreness BETWEEN 0 AND 10),
    PRIMARY KEY (entry_id, site, side)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_site_by_site ON entry_site (site, side, entry_id);
