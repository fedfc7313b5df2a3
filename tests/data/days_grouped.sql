-- The day totals as SQL alone would give them, grouping and sorting in
-- SQLite: an independent statement of what analysis::DayTotaller adds up
-- from reports/days.sql. The unit tests hold sore's totals equal to it and
-- the benchmark times it as the shell's side of the reports. :from and :to
-- are YYYY-MM-DD, inclusive, or NULL for no bound.
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
