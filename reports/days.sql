-- Days: each entry dated :from to :to (YYYY-MM-DD, inclusive; NULL for no
-- bound: '' sorts before any text and a blob after it, so an open end
-- reads every stored date, and the date index still serves a bound one)
-- with what it adds to its day's totals. analysis::DayTotaller adds them
-- up by day, in the order they come: SQLite would sort every entry to
-- group them (a million entries stored in no date order took 1.0 s to
-- total here, against 0.43 s read as stored). A session is an entry with a
-- pressure or a technique other than 'none', as journal::Entry::is_session()
-- says (a unit test holds the two equal).
SELECT date,
       pressure IS NOT NULL OR coalesce(technique, 'none') <> 'none' AS session,
       soreness,
       sitting_min,
       pressure,
       injury,
       emotional,
       knots,
       during
FROM entry
WHERE date BETWEEN coalesce(:from, '') AND coalesce(:to, X'FF');
