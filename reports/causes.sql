-- Causes: soreness and the measure of each of the five causes, one row per
-- entry from :from to :to (YYYY-MM-DD, inclusive; NULL for no bound).
SELECT soreness, sitting_min, pressure, knots, injury, emotional
FROM entry
WHERE (:from IS NULL OR date >= :from)
  AND (:to IS NULL OR date <= :to);
