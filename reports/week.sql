-- Weekly trend: one row of totals per day from ?1 to ?2 (YYYY-MM-DD,
-- inclusive). sore folds the days into ISO weeks with date/iso_week.h.
-- A session is an entry with a pressure or a technique other than 'none'.
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
       sum(injury)                                                     AS injuries
FROM entry
WHERE date BETWEEN ?1 AND ?2
GROUP BY date
ORDER BY date;
