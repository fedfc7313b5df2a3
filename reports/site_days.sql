-- Site days: one row per day, body site and side named by entries from
-- :from to :to (YYYY-MM-DD, inclusive; NULL for no bound), oldest first.
-- src/analysis/sites builds a site's days, trend and sessions from these;
-- a day that names no site says nothing about any (unknown, not 0).
SELECT e.date,
       s.site,
       s.side,
       count(*)        AS entries,
       sum(s.soreness) AS soreness_sum,
       max(s.soreness) AS soreness_max
FROM entry e
JOIN entry_site s ON s.entry_id = e.id
WHERE (:from IS NULL OR e.date >= :from)
  AND (:to IS NULL OR e.date <= :to)
GROUP BY e.date, s.site, s.side
ORDER BY e.date, s.site, s.side;
