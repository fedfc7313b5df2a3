// The report queries (reports/*.sql): what counts as a session is the same
// in SQL as in C++, and the days and ranges are bound as the queries expect.

#include "error.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "store/reports.hpp"
#include "support.hpp"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <random>
#include <sstream>
#include <utility>
#include <vector>

using namespace sore;
using test::day;

TEST(ReportQueries, DaysSqlCountsSessionsAsEntryIsSessionDoes) {
    auto db = store::open_memory_journal();
    std::vector<journal::Entry> all;
    auto date = day(2026, 1, 1);
    std::vector<std::optional<journal::Pressure>> pressures{std::nullopt};
    for (int level = 1; level <= 4; ++level) {
        pressures.emplace_back(static_cast<journal::Pressure>(level));
    }
    std::vector<std::optional<journal::Technique>> techniques{std::nullopt};
    for (auto name : journal::technique_names()) {
        techniques.push_back(journal::technique_from_name(name));
    }
    for (const auto& pressure : pressures) {
        for (const auto& technique : techniques) {
            if (pressure && technique == journal::Technique::none) {
                continue; // a rest day has no pressure
            }
            journal::Entry e;
            e.date = date;
            e.pressure = pressure;
            e.technique = technique;
            store::insert_entry(db, e);
            all.push_back(e);
            date += date::days{1};
        }
    }
    auto days = store::day_totals(db, {day(2026, 1, 1), date});
    ASSERT_EQ(days.size(), all.size());
    int sessions = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(days[i].day, all[i].date);
        EXPECT_EQ(days[i].sessions, all[i].is_session() ? 1 : 0)
            << "pressure " << (all[i].pressure ? journal::level_of(*all[i].pressure) : 0)
            << ", technique "
            << (all[i].technique ? journal::name_of(*all[i].technique) : "(none given)");
        sessions += all[i].is_session() ? 1 : 0;
    }
    EXPECT_EQ(sessions, 4 * 8 + 7); // every pressure with any technique, and 7 techniques alone
}

TEST(ReportQueries, DaysKeepToTheRangeAndReachBackForContext) {
    auto db = store::open_memory_journal();
    for (auto [d, soreness] : std::vector<std::pair<date::sys_days, int>>{{day(2026, 9, 30), 9},
                                                                          {day(2026, 10, 1), 1},
                                                                          {day(2026, 11, 1), 1},
                                                                          {day(2026, 11, 2), 2},
                                                                          {day(2026, 11, 3), 3}}) {
        journal::Entry e;
        e.date = d;
        e.soreness = soreness;
        store::insert_entry(db, e);
    }
    auto soreness = [&](const std::vector<analysis::DayTotals>& days) {
        std::vector<long> out;
        for (const auto& t : days) {
            out.push_back(t.soreness_sum);
        }
        return out;
    };
    EXPECT_EQ(soreness(store::day_totals(db, {})), (std::vector<long>{9, 1, 1, 2, 3}));
    EXPECT_EQ(soreness(store::day_totals(db, {day(2026, 11, 2), std::nullopt})),
              (std::vector<long>{2, 3}));
    EXPECT_EQ(soreness(store::day_totals(db, {std::nullopt, day(2026, 11, 2)})),
              (std::vector<long>{9, 1, 1, 2}));
    // 31 days of context before 2026-11-01 reach 2026-10-01, not 2026-09-30.
    EXPECT_EQ(soreness(store::days_for_report(db, {day(2026, 11, 1), day(2026, 11, 2)})),
              (std::vector<long>{1, 1, 2}));
}

TEST(ReportQueries, ADayAddsUpItsEntries) {
    auto db = store::open_memory_journal();
    auto entry = [](int soreness, std::optional<int> knots, std::optional<int> during,
                    bool emotional, bool injury) {
        journal::Entry e;
        e.date = day(2026, 11, 3);
        e.soreness = soreness;
        e.knots = knots;
        e.during = during;
        e.emotional = emotional;
        e.injury = injury;
        e.sitting_min = 60 * soreness;
        e.pressure = journal::Pressure::firm;
        return e;
    };
    for (auto e : {entry(4, 2, 7, true, false), entry(6, 5, std::nullopt, false, true),
                   entry(2, std::nullopt, 3, false, false)}) {
        store::insert_entry(db, e);
    }
    auto days = store::day_totals(db, {});
    ASSERT_EQ(days.size(), 1U);
    const auto& t = days[0];
    EXPECT_EQ(t.entries, 3);
    EXPECT_EQ(t.sessions, 3);
    EXPECT_EQ(t.soreness_sum, 12);
    EXPECT_EQ(t.soreness_max, 6);
    EXPECT_EQ(t.sitting_sum_min, 720);
    EXPECT_EQ(t.sitting_count, 3);
    EXPECT_EQ(t.pressure_counts, (std::array<int, 4>{0, 0, 3, 0}));
    EXPECT_EQ(t.injuries, 1);
    EXPECT_EQ(t.emotional, 1);
    EXPECT_EQ(t.knots, 5);
    EXPECT_EQ(t.during_sum, 10);
    EXPECT_EQ(t.during_count, 2);
}

// The day totals SQL alone gives (tests/data/days_grouped.sql), read into
// the structs sore fills.
std::vector<analysis::DayTotals> grouped_in_sql(store::Database& db,
                                                const journal::DateRange& range) {
    std::ifstream file(SORE_TEST_DATA "/days_grouped.sql");
    std::stringstream sql;
    sql << file.rdbuf();
    store::Statement s(db, sql.str());
    s.bind(s.parameter(":from"), journal::format_date(range.from))
        .bind(s.parameter(":to"), journal::format_date(range.to));
    std::vector<analysis::DayTotals> days;
    while (s.step()) {
        analysis::DayTotals t;
        t.day = *journal::parse_stored_date(s.get_view(0));
        t.entries = static_cast<int>(s.get_int(1));
        t.sessions = static_cast<int>(s.get_int(2));
        t.soreness_sum = s.get_int(3);
        t.soreness_max = static_cast<int>(s.get_int(4));
        t.sitting_sum_min = s.get_int(5);
        t.sitting_count = static_cast<int>(s.get_int(6));
        for (std::size_t level = 0; level < 4; ++level) {
            t.pressure_counts[level] = static_cast<int>(s.get_int(7 + static_cast<int>(level)));
        }
        t.injuries = static_cast<int>(s.get_int(11));
        t.emotional = static_cast<int>(s.get_int(12));
        if (auto knots = s.get_optional_int(13)) {
            t.knots = static_cast<int>(*knots);
        }
        t.during_sum = s.get_int(14);
        t.during_count = static_cast<int>(s.get_int(15));
        days.push_back(t);
    }
    return days;
}

void expect_same_days(const std::vector<analysis::DayTotals>& sore,
                      const std::vector<analysis::DayTotals>& sql) {
    ASSERT_EQ(sore.size(), sql.size());
    for (std::size_t i = 0; i < sore.size(); ++i) {
        const auto& a = sore[i];
        const auto& b = sql[i];
        SCOPED_TRACE(test::iso(b.day));
        EXPECT_EQ(a.day, b.day);
        EXPECT_EQ(a.entries, b.entries);
        EXPECT_EQ(a.sessions, b.sessions);
        EXPECT_EQ(a.soreness_sum, b.soreness_sum);
        EXPECT_EQ(a.soreness_max, b.soreness_max);
        EXPECT_EQ(a.sitting_sum_min, b.sitting_sum_min);
        EXPECT_EQ(a.sitting_count, b.sitting_count);
        EXPECT_EQ(a.pressure_counts, b.pressure_counts);
        EXPECT_EQ(a.injuries, b.injuries);
        EXPECT_EQ(a.emotional, b.emotional);
        EXPECT_EQ(a.knots, b.knots);
        EXPECT_EQ(a.during_sum, b.during_sum);
        EXPECT_EQ(a.during_count, b.during_count);
    }
}

// sore adds a day's entries up in C++ as they come, SQL alone groups them
// by date: the two agree on every total, in date order or not, for the
// whole journal, a long period (scanned when the table is shuffled) and a
// short one (walked through the date index).
TEST(ReportQueries, DaysAddUpAsSqlGroupingThemWould) {
    auto in_order = store::open_memory_journal();
    auto shuffled = store::open_memory_journal();
    std::mt19937 random(20261206);
    auto maybe = [&](int low, int high) -> std::optional<int> {
        if (random() % 3 == 0) {
            return std::nullopt;
        }
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    std::vector<journal::Entry> entries;
    constexpr int days = 120;
    for (int i = 0; i < 400; ++i) {
        journal::Entry e;
        e.date = day(2025, 1, 1) + date::days{static_cast<int>(random() % days)};
        e.soreness = static_cast<int>(random() % 11);
        e.sitting_min = maybe(0, 900);
        e.knots = maybe(0, 12);
        e.injury = random() % 7 == 0;
        e.emotional = random() % 5 == 0;
        if (random() % 4 == 0) {
            e.technique = journal::Technique::none; // a rest day
        } else {
            if (auto level = maybe(1, 4)) {
                e.pressure = static_cast<journal::Pressure>(*level);
            }
            e.during = maybe(0, 10);
        }
        entries.push_back(e);
    }
    for (auto e : entries) {
        store::insert_entry(shuffled, e);
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const journal::Entry& a, const journal::Entry& b) { return a.date < b.date; });
    for (auto e : entries) {
        store::insert_entry(in_order, e);
    }
    EXPECT_TRUE(store::stored_in_date_order(in_order));
    EXPECT_FALSE(store::stored_in_date_order(shuffled));
    for (auto range : {journal::DateRange{}, journal::DateRange{day(2025, 2, 1), day(2025, 4, 1)},
                       journal::DateRange{day(2025, 3, 1), day(2025, 3, 10)},
                       journal::DateRange{std::nullopt, day(2025, 1, 20)},
                       journal::DateRange{day(2025, 4, 20), std::nullopt}}) {
        auto sql = grouped_in_sql(in_order, range);
        EXPECT_FALSE(sql.empty());
        expect_same_days(store::day_totals(in_order, range), sql);
        expect_same_days(store::day_totals(shuffled, range), sql);
        expect_same_days(grouped_in_sql(shuffled, range), sql);
    }
    std::vector<journal::Day> listed;
    store::for_each_entry(shuffled, {}, [&](const journal::Entry& e) { listed.push_back(e.date); });
    EXPECT_EQ(listed.size(), entries.size());
    EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end()));
}

// A date that got past the schema's CHECKs (written with them off), even
// one that sorts before any real date, is not skipped by a report of the
// whole journal: it stops it, naming the date.
TEST(ReportQueries, AStoredDateThatIsNoDayStopsAReport) {
    auto db = store::open_memory_journal();
    journal::Entry e;
    e.date = day(2025, 2, 1);
    store::insert_entry(db, e);
    db.exec("PRAGMA ignore_check_constraints = ON");
    db.exec("UPDATE entry SET date = ' 2025-02-01'");
    try {
        store::day_totals(db, {});
        FAIL() << "a report read a journal dated ' 2025-02-01'";
    } catch (const Error& error) {
        EXPECT_TRUE(
            test::contains(error.what(), "dated ' 2025-02-01', which is not a calendar day"))
            << error.what();
    }
}
