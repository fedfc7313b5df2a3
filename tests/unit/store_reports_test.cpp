// The report queries (reports/*.sql): what counts as a session is the same
// in SQL as in C++, and the days and ranges are bound as the queries expect.

#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "store/reports.hpp"
#include "support.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <optional>
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

// A table in date order is walked through the date index; one in another
// order is scanned and sorted. Either way the day totals are the same.
TEST(ReportQueries, TheTablesOrderDecidesTheReadNotTheTotals) {
    auto in_order = store::open_memory_journal();
    auto shuffled = store::open_memory_journal();
    EXPECT_TRUE(store::stored_in_date_order(in_order)); // empty
    constexpr int days = 200;
    for (int i = 0; i < days; ++i) {
        // 0, 77, 154, 31, ... : every day once, in no date order.
        for (auto [db, offset] : {std::pair{&in_order, i}, std::pair{&shuffled, (i * 77) % days}}) {
            journal::Entry e;
            e.date = day(2025, 1, 1) + date::days{offset};
            e.soreness = offset % 11;
            store::insert_entry(*db, e);
        }
    }
    EXPECT_TRUE(store::stored_in_date_order(in_order));
    EXPECT_FALSE(store::stored_in_date_order(shuffled));
    for (auto range : {journal::DateRange{}, journal::DateRange{day(2025, 2, 1), day(2025, 6, 1)},
                       journal::DateRange{day(2025, 3, 1), day(2025, 3, 10)}}) {
        auto a = store::day_totals(in_order, range);
        auto b = store::day_totals(shuffled, range);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].day, b[i].day);
            EXPECT_EQ(a[i].soreness_sum, b[i].soreness_sum);
        }
        // The sort's helper thread and cache end with the read.
        EXPECT_EQ(test::scalar(shuffled, "PRAGMA threads"), 0);
        EXPECT_EQ(test::scalar(shuffled, "PRAGMA cache_size"), -2000);
    }
    std::vector<journal::Day> listed;
    store::for_each_entry(shuffled, {}, [&](const journal::Entry& e) { listed.push_back(e.date); });
    EXPECT_EQ(listed.size(), static_cast<std::size_t>(days));
    EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end()));
}
