-- Causes: soreness and the measure of each of the five causes, one row per
-- entry from ?1 to ?2 (YYYY-MM-DD, inclusive; NULL for no bound).
SELECT soreness, sitting_min, pressure, knots, injury, emotional
FROM entry
WHERE (?1 IS NULL OR date >= ?1)
  AND (?2 IS NULL OR date <= ?2);
