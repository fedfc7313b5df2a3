-- Weekly trend: one row of totals per day from :first to :last
-- (YYYY-MM-DD, inclusive). sore folds the days into ISO weeks with
-- date/iso_week.h. A session is an entry with a pressure or a technique
-- other than 'none', as journal::Entry::is_session() says (a unit test
-- holds the two equal).
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
WHERE date BETWEEN :first AND :last
GROUP BY date
ORDER BY date;
