#include "analysis/week.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

namespace sore::analysis {
namespace {

using test::day;

DayTotals totals(date::sys_days on, int entries, long soreness_sum, int soreness_max) {
    DayTotals t;
    t.day = on;
    t.entries = entries;
    t.sessions = entries;
    t.soreness_sum = soreness_sum;
    t.soreness_max = soreness_max;
    return t;
}

TEST(IsoWeek, LabelsFollowIsoRulesAcrossTheYearEnd) {
    EXPECT_EQ(sore::journal::format_week(day(2026, 11, 27)), "2026-W48");
    EXPECT_EQ(sore::journal::format_week(day(2026, 12, 28)), "2026-W53");
    EXPECT_EQ(sore::journal::format_week(day(2027, 1, 1)), "2026-W53");
    EXPECT_EQ(sore::journal::format_week(day(2027, 1, 3)), "2026-W53");
    EXPECT_EQ(sore::journal::format_week(day(2027, 1, 4)), "2027-W01");
    EXPECT_EQ(sore::journal::format_week(day(2025, 12, 29)), "2026-W01");
    EXPECT_EQ(sore::journal::monday_of(day(2027, 1, 1)), day(2026, 12, 28));
    EXPECT_EQ(sore::journal::monday_of(day(2026, 11, 30)), day(2026, 11, 30));
    EXPECT_EQ(sore::journal::monday_of(day(2026, 12, 6)), day(2026, 11, 30));
}

TEST(WeekReport, EveryWeekOfTheRangeGetsARowEvenWithoutEntries) {
    auto report = build_week_report({day(2026, 12, 23), day(2027, 1, 5)}, {});
    ASSERT_EQ(report.weeks.size(), 3U);
    EXPECT_EQ(sore::journal::format_week(report.weeks[0].monday), "2026-W52");
    EXPECT_EQ(sore::journal::format_week(report.weeks[1].monday), "2026-W53");
    EXPECT_EQ(sore::journal::format_week(report.weeks[2].monday), "2027-W01");
    EXPECT_EQ(report.entries, 0);
    EXPECT_FALSE(report.weeks[1].mean_soreness);
    EXPECT_FALSE(report.trend);
    EXPECT_FALSE(report.change);
}

TEST(WeekReport, DaysOfOneIsoWeekAddUpAcrossNewYear) {
    auto a = totals(day(2026, 12, 28), 2, 9, 6);
    a.sitting_sum_min = 600;
    a.sitting_count = 2;
    a.pressure_counts = {0, 1, 1, 0};
    a.injuries = 1;
    auto b = totals(day(2027, 1, 1), 1, 2, 2);
    b.sessions = 0; // a rest day
    b.sitting_sum_min = 180;
    b.sitting_count = 1;
    std::vector<DayTotals> days{a, b};
    auto report = build_week_report({day(2026, 12, 28), day(2027, 1, 3)}, days);
    ASSERT_EQ(report.weeks.size(), 1U);
    const auto& week = report.weeks[0];
    EXPECT_EQ(sore::journal::format_week(week.monday), "2026-W53");
    EXPECT_EQ(week.entries, 3);
    EXPECT_EQ(week.sessions, 2);
    EXPECT_DOUBLE_EQ(*week.mean_soreness, 11.0 / 3.0);
    EXPECT_EQ(*week.max_soreness, 6);
    EXPECT_DOUBLE_EQ(*week.mean_sitting_hours, 780.0 / 3.0 / 60.0);
    EXPECT_EQ(*week.top_pressure, 3); // medium and firm tie: the firmer
    EXPECT_EQ(week.injuries, 1);
}

TEST(WeekReport, MaxSorenessIsTheWeeksHighestEvenWhenZero) {
    std::vector<DayTotals> days{totals(day(2026, 11, 23), 1, 0, 0),
                                totals(day(2026, 11, 24), 1, 0, 0)};
    auto report = build_week_report({day(2026, 11, 23), day(2026, 11, 29)}, days);
    EXPECT_EQ(*report.weeks[0].max_soreness, 0);
    EXPECT_DOUBLE_EQ(*report.weeks[0].mean_soreness, 0.0);
    EXPECT_FALSE(report.weeks[0].top_pressure);
}

TEST(WeekReport, TrendSkipsEmptyWeeksButKeepsTheirPlace) {
    // Means 6, (gap), 5, 3 at positions 0, 2, 3: slope by least squares on
    // x = 0, 2, 3 is -13/14.
    std::vector<DayTotals> days{totals(day(2026, 11, 2), 1, 6, 6),
                                totals(day(2026, 11, 16), 1, 5, 5),
                                totals(day(2026, 11, 23), 2, 6, 4)};
    auto report = build_week_report({day(2026, 11, 2), day(2026, 11, 29)}, days);
    ASSERT_TRUE(report.trend);
    EXPECT_EQ(report.trend->fit.n, 3U);
    EXPECT_NEAR(report.trend->fit.slope, -13.0 / 14.0, 1e-12);
    EXPECT_EQ(report.weeks_with_entries, 3);
}

TEST(WeekReport, NoTrendWhenTheMeansLieExactlyOnALine) {
    std::vector<DayTotals> days{totals(day(2026, 11, 9), 1, 6, 6),
                                totals(day(2026, 11, 16), 1, 5, 5),
                                totals(day(2026, 11, 23), 1, 4, 4)};
    auto report = build_week_report({day(2026, 11, 9), day(2026, 11, 29)}, days);
    EXPECT_FALSE(report.trend);
    EXPECT_TRUE(report.trend_exact);
}

TEST(WeekReport, BackwardsRangeHasNoWeeks) {
    auto report = build_week_report({day(2026, 11, 29), day(2026, 11, 9)}, {});
    EXPECT_TRUE(report.weeks.empty());
}

TEST(WeekReport, TrendWordFollowsTheInterval) {
    std::vector<DayTotals> falling;
    std::vector<DayTotals> flat;
    int means[] = {8, 7, 7, 5, 4, 3};
    int wobble[] = {4, 6, 3, 5, 6, 4};
    for (int i = 0; i < 6; ++i) {
        auto monday = day(2026, 10, 19) + date::weeks{i};
        falling.push_back(totals(monday, 1, means[i], means[i]));
        flat.push_back(totals(monday, 1, wobble[i], wobble[i]));
    }
    auto from = day(2026, 10, 19);
    auto to = day(2026, 11, 29);
    auto down = build_week_report({from, to}, falling);
    ASSERT_TRUE(down.trend);
    EXPECT_EQ(down.trend->direction, Direction::improving);
    EXPECT_LT(down.trend->fit.slope_ci->high, 0);
    EXPECT_EQ(build_week_report({from, to}, flat).trend->direction, Direction::no_clear_change);

    std::vector<DayTotals> rising;
    for (int i = 0; i < 6; ++i) {
        rising.push_back(totals(day(2026, 10, 19) + date::weeks{i}, 1, means[5 - i], 9));
    }
    EXPECT_EQ(build_week_report({from, to}, rising).trend->direction, Direction::worsening);
}

TEST(WeekReport, TwoWeeksGiveAChangeButNoTrend) {
    std::vector<DayTotals> days{totals(day(2026, 11, 16), 2, 12, 7),
                                totals(day(2026, 11, 23), 1, 4, 4)};
    auto report = build_week_report({day(2026, 11, 16), day(2026, 11, 29)}, days);
    EXPECT_FALSE(report.trend);
    ASSERT_TRUE(report.change);
    EXPECT_EQ(report.change->first_week, day(2026, 11, 16)); // 2026-W47
    EXPECT_EQ(report.change->last_week, day(2026, 11, 23));  // 2026-W48
    EXPECT_DOUBLE_EQ(report.change->difference, -2.0);
    EXPECT_DOUBLE_EQ(*report.change->relative, -2.0 / 6.0);
    EXPECT_TRUE(report.change->meaningful);
}

struct ChangeCase {
    int first;
    int last;
    bool meaningful;
};

class ClinicalChange : public ::testing::TestWithParam<ChangeCase> {};

TEST_P(ClinicalChange, TwoPointsOrThirtyPercent) {
    auto c = GetParam();
    // Ten entries a week so the means are first/10 and last/10.
    std::vector<DayTotals> days{totals(day(2026, 11, 16), 10, c.first, 10),
                                totals(day(2026, 11, 23), 10, c.last, 10)};
    auto report = build_week_report({day(2026, 11, 16), day(2026, 11, 29)}, days);
    EXPECT_EQ(report.change->meaningful, c.meaningful) << c.first << " -> " << c.last;
}

INSTANTIATE_TEST_SUITE_P(Cases, ClinicalChange,
                         ::testing::Values(ChangeCase{80, 61, false}, // 1.9 points, 24%
                                           ChangeCase{80, 60, true},  // exactly 2 points
                                           ChangeCase{50, 35, true},  // 1.5 points, exactly 30%
                                           ChangeCase{50, 36, false}, // 28%
                                           ChangeCase{30, 40, true},  // up 33%
                                           ChangeCase{0, 15, false},  // from 0: points only
                                           ChangeCase{0, 20, true}));

} // namespace
} // namespace sore::analysis
