// The report queries (reports/*.sql): what counts as a session is the same
// in SQL as in C++, and the days and ranges are bound as the queries expect.

#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "store/reports.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <optional>
#include <vector>

using namespace sore;
using test::day;

TEST(ReportQueries, WeekSqlCountsSessionsAsEntryIsSessionDoes) {
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

TEST(ReportQueries, ObservationsKeepToTheRange) {
    auto db = store::open_memory_journal();
    for (auto d : {day(2026, 11, 1), day(2026, 11, 2), day(2026, 11, 3)}) {
        journal::Entry e;
        e.date = d;
        e.soreness = static_cast<int>(static_cast<unsigned>(date::year_month_day{d}.day()));
        store::insert_entry(db, e);
    }
    auto soreness = [&](const journal::DateRange& range) {
        std::vector<int> out;
        store::for_each_observation(
            db, range, [&](const analysis::Observation& o) { out.push_back(o.soreness); });
        return out;
    };
    EXPECT_EQ(soreness({}), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(soreness({day(2026, 11, 2), std::nullopt}), (std::vector<int>{2, 3}));
    EXPECT_EQ(soreness({std::nullopt, day(2026, 11, 2)}), (std::vector<int>{1, 2}));
    EXPECT_EQ(soreness({day(2026, 11, 2), day(2026, 11, 2)}), (std::vector<int>{2}));
}
