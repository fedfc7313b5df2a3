-- Days: one row of totals per day with entries from :from to :to
-- (YYYY-MM-DD, inclusive; NULL for no bound), oldest first. src/analysis
-- builds the days, sessions and clean days from these. A session is an
-- entry with a pressure or a technique other than 'none', as
-- journal::Entry::is_session() says (a unit test holds the two equal).
SELECT date,
       count(*)                                                        AS entries,
       sum(pressure IS NOT NULL OR coalesce(technique, 'none') <> 'none') AS sessions,
       sum(soreness)                                                   AS soreness_sum,
       max(soreness)                                                   AS soreness_max,
       coalesce(sum(sitting_min), 0)                                   AS sitting_sum_min,
       count(sitting_min)                                              AS sitting_count,
       coalesce(sum(pressure = 1), 0)                                  AS light,
       coalesce(sum(pressure = 2), 0)                                  AS medium,
       coalesce(sum(pressure = 3), 0)                                  AS firm,
       coalesce(sum(pressure = 4), 0)                                  AS deep,
       sum(injury)                                                     AS injuries,
       sum(emotional)                                                  AS emotional,
       max(knots)                                                      AS knots,
       coalesce(sum(during), 0)                                        AS during_sum,
       count(during)                                                   AS during_count
FROM entry
WHERE (:from IS NULL OR date >= :from)
  AND (:to IS NULL OR date <= :to)
GROUP BY date
ORDER BY date;
