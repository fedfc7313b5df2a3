#include "analysis/stats.hpp"
#include "analysis/week.hpp"
#include "days_support.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <vector>

// `sore week` (src/analysis/week.hpp) on small journals: the weeks' rows,
// the trend over the logged days and the change line, like with like.

namespace sore::analysis {
namespace {

using test::day;
using test::Journal;

constexpr double close = 1e-9;

DayTotals totals(date::sys_days on, int entries, long soreness_sum, int soreness_max) {
    DayTotals t;
    t.day = on;
    t.entries = entries;
    t.sessions = entries;
    t.soreness_sum = soreness_sum;
    t.soreness_max = soreness_max;
    return t;
}

WeekReport report_of(const Journal& j, int first, int last) {
    auto days = j.days();
    return build_week_report({j.at(first), j.at(last)}, days);
}

// Noise with a mean of 0 over every 10 days, in tenths of a point.
constexpr int wobble[] = {1, -1, 0, 0, 2, -2, 0, 1, -1, 0};

// `n` logged days in a row, no session: the first `n / 2` at `first`
// tenths of a point, the others at `last`, each with the wobble.
Journal two_levels(int n, int first, int last) {
    Journal j(day(2026, 3, 2));
    for (int i = 0; i < n; ++i) {
        j.rest(i, (i < n / 2 ? first : last) + wobble[i % 10], 10);
    }
    return j;
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
    EXPECT_EQ(report.days, 0);
    EXPECT_FALSE(report.weeks[1].mean_soreness);
    EXPECT_FALSE(report.weeks[1].clean_mean);
    EXPECT_FALSE(report.weeks[1].left_mean);
    EXPECT_FALSE(report.trend);
    EXPECT_FALSE(report.change);
}

TEST(WeekReport, BackwardsRangeHasNoWeeks) {
    auto report = build_week_report({day(2026, 11, 29), day(2026, 11, 9)}, {});
    EXPECT_TRUE(report.weeks.empty());
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
    // A session on the 28th (also flagged: not clean) leaving its own 4.5,
    // as the two days after are not logged; the 1st, 4 days after, clean.
    EXPECT_EQ(week.session_days, 1);
    EXPECT_DOUBLE_EQ(*week.left_mean, 4.5);
    EXPECT_EQ(week.clean_days, 1);
    EXPECT_DOUBLE_EQ(*week.clean_mean, 2.0);
}

TEST(WeekReport, MaxSorenessIsTheWeeksHighestEvenWhenZero) {
    std::vector<DayTotals> days{totals(day(2026, 11, 23), 1, 0, 0),
                                totals(day(2026, 11, 24), 1, 0, 0)};
    auto report = build_week_report({day(2026, 11, 23), day(2026, 11, 29)}, days);
    EXPECT_EQ(*report.weeks[0].max_soreness, 0);
    EXPECT_DOUBLE_EQ(*report.weeks[0].mean_soreness, 0.0);
    EXPECT_FALSE(report.weeks[0].top_pressure);
}

TEST(WeekReport, EachWeekSeparatesCleanDaysFromWhatSessionsLeft) {
    Journal j(day(2026, 11, 2)); // a Monday
    // Week 1: clean Mon 2 and Tue 4; a session Wed (4) leaving 6 (Thu);
    // Fri 5 and Sat 3 in its shadow; Sun, 4 days after, clean at 1.
    j.rest(0, 2);
    j.rest(1, 4);
    j.session(2, 4, 3);
    j.rest(3, 6);
    j.rest(4, 5);
    j.rest(5, 3);
    j.rest(6, 1);
    // Week 2: a session Mon (8) that leaves 8, as Tue is 3 and the next
    // session is Wed (5), which leaves 7 (Thu); Fri 2, Sat 4 in its shadow,
    // Sun clean at 2.
    j.session(7, 8, 4);
    j.rest(8, 3);
    j.session(9, 5, 2);
    j.rest(10, 7);
    j.rest(11, 2);
    j.rest(12, 4);
    j.rest(13, 2);
    auto report = report_of(j, 0, 13);
    ASSERT_EQ(report.weeks.size(), 2U);
    const auto& one = report.weeks[0];
    EXPECT_DOUBLE_EQ(*one.mean_soreness, 25.0 / 7.0);
    EXPECT_EQ(one.clean_days, 3);
    EXPECT_DOUBLE_EQ(*one.clean_mean, 7.0 / 3.0);
    EXPECT_EQ(one.session_days, 1);
    EXPECT_DOUBLE_EQ(*one.left_mean, 6.0);
    const auto& two = report.weeks[1];
    EXPECT_EQ(two.clean_days, 1);
    EXPECT_DOUBLE_EQ(*two.clean_mean, 2.0);
    EXPECT_EQ(two.session_days, 2);
    EXPECT_DOUBLE_EQ(*two.left_mean, (8.0 + 7.0) / 2);
    EXPECT_EQ(report.days, 14);
    EXPECT_EQ(report.clean_days, 4);
    EXPECT_EQ(report.sessions, 3);
}

TEST(WeekReport, ContextDaysShadowTheFirstDaysButCountNowhere) {
    Journal j(day(2026, 11, 2));
    j.session(5, 9, 4); // Saturday before the week reported
    j.rest(7, 3);       // 2 days after it
    j.rest(8, 3);       // 3 days after
    j.rest(9, 5);       // 4 days after: clean
    auto report = report_of(j, 7, 13);
    ASSERT_EQ(report.weeks.size(), 1U);
    EXPECT_EQ(report.entries, 3);
    EXPECT_EQ(report.days, 3);
    EXPECT_EQ(report.sessions, 0);
    EXPECT_EQ(report.weeks[0].sessions, 0);
    EXPECT_EQ(report.weeks[0].clean_days, 1);
    EXPECT_DOUBLE_EQ(*report.weeks[0].clean_mean, 5.0);
    EXPECT_FALSE(report.weeks[0].left_mean);
}

TEST(WeekReport, TrendNeeds28LoggedDays) {
    auto j = two_levels(27, 60, 40);
    EXPECT_FALSE(report_of(j, 0, 41).trend);
    j.rest(41, 40, 10); // the 28th, two weeks later
    auto report = report_of(j, 0, 41);
    ASSERT_TRUE(report.trend);
    EXPECT_EQ(report.trend->days, 28U);
}

TEST(WeekReport, TrendIsFittedOnTheDaysWithNeweyWest) {
    auto j = two_levels(30, 60, 35);
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (int i = 0; i < 30; ++i) {
        weeks.push_back(i / 7.0);
        soreness.push_back(((i < 15 ? 60 : 35) + wobble[i % 10]) / 10.0);
    }
    auto expected = fit({weeks}, soreness, Errors::newey_west);
    ASSERT_TRUE(expected);
    auto report = report_of(j, 0, 29);
    ASSERT_TRUE(report.trend);
    const auto& trend = *report.trend;
    EXPECT_EQ(trend.days, 30U);
    EXPECT_FALSE(trend.exact);
    EXPECT_NEAR(trend.slope.estimate, expected->coefficients[0]->estimate, close);
    EXPECT_NEAR(trend.slope.ci->low, expected->coefficients[0]->ci->low, close);
    EXPECT_NEAR(trend.slope.ci->high, expected->coefficients[0]->ci->high, close);
    EXPECT_NEAR(trend.intercept, expected->intercept.estimate, close);
    EXPECT_LT(trend.slope.ci->high, 0);
    EXPECT_EQ(trend.direction, Direction::improving);
}

TEST(WeekReport, TrendWordFollowsTheInterval) {
    // Rising: the falling days backwards.
    Journal rising(day(2026, 3, 2));
    for (int i = 0; i < 30; ++i) {
        rising.rest(i, (i < 15 ? 35 : 60) + wobble[i % 10], 10);
    }
    auto up = report_of(rising, 0, 29);
    EXPECT_GT(up.trend->slope.ci->low, 0);
    EXPECT_EQ(up.trend->direction, Direction::worsening);
    // Flat but for a wobble of up to 3 points.
    Journal flat(day(2026, 3, 2));
    int big[] = {4, 7, 3, 5, 6, 4, 2, 5, 7, 3};
    for (int i = 0; i < 30; ++i) {
        flat.rest(i, big[i % 10]);
    }
    auto level = report_of(flat, 0, 29);
    EXPECT_LT(level.trend->slope.ci->low, 0);
    EXPECT_GT(level.trend->slope.ci->high, 0);
    EXPECT_EQ(level.trend->direction, Direction::no_clear_change);
}

TEST(WeekReport, AnExactLineGivesItsSlopeWithoutAnInterval) {
    // 8 points on the first day, a point less each week: 7 entries a day
    // adding up to 56 - i.
    Journal j(day(2026, 3, 2));
    for (int i = 0; i < 28; ++i) {
        j.rest(i, 56 - i, 7);
    }
    auto report = report_of(j, 0, 27);
    ASSERT_TRUE(report.trend);
    EXPECT_TRUE(report.trend->exact);
    EXPECT_NEAR(report.trend->slope.estimate, -1.0, close);
    EXPECT_NEAR(report.trend->intercept, 8.0, close);
    EXPECT_FALSE(report.trend->slope.ci);
    EXPECT_FALSE(report.trend->slope.p);
    EXPECT_EQ(report.trend->direction, Direction::improving);

    // Rising by 0.5 a week: exact too, and worsening.
    Journal rising(day(2026, 3, 2));
    for (int i = 0; i < 28; ++i) {
        rising.rest(i, 28 + i, 14);
    }
    auto up = report_of(rising, 0, 27);
    EXPECT_TRUE(up.trend->exact);
    EXPECT_NEAR(up.trend->slope.estimate, 0.5, close);
    EXPECT_EQ(up.trend->direction, Direction::worsening);
}

// A y that never varies is an exact fit: the rounding a solve leaves would
// otherwise give an "interval" 1e-15 wide and a p-value anywhere from 0 to
// 1 (50 days at 2.6 read as improving before this was so).
TEST(WeekReport, TheSameSorenessEveryDayIsNoChangeWhateverItIs) {
    for (int n : {28, 30, 50}) {
        for (int fifths : {13, 15}) { // 2.6 and 3.0, as the mean of 5 entries
            Journal j(day(2026, 3, 2));
            for (int i = 0; i < n; ++i) {
                j.rest(i, fifths, 5);
            }
            auto report = report_of(j, 0, n - 1);
            ASSERT_TRUE(report.trend);
            EXPECT_TRUE(report.trend->exact) << n << " days at " << fifths / 5.0;
            EXPECT_FALSE(report.trend->slope.ci) << n << " days at " << fifths / 5.0;
            EXPECT_EQ(report.trend->direction, Direction::no_clear_change)
                << n << " days at " << fifths / 5.0;
            ASSERT_TRUE(report.change);
            EXPECT_TRUE(report.change->exact) << n << " days at " << fifths / 5.0;
            EXPECT_EQ(report.change->kind, ChangeKind::usual_variation)
                << n << " days at " << fifths / 5.0;
        }
    }
}

TEST(WeekReport, ChangeComparesTheFirst14LoggedDaysWithTheLast14) {
    // 30 logged days over 31 (day 10 not logged).
    Journal j(day(2026, 3, 2));
    for (int i = 0; i <= 30; ++i) {
        if (i != 10) {
            j.rest(i, 30 + wobble[i % 10], 10);
        }
    }
    auto report = report_of(j, 0, 30);
    ASSERT_TRUE(report.change);
    const auto& c = *report.change;
    EXPECT_EQ(c.first, (journal::DaySpan{j.at(0), j.at(14)}));
    EXPECT_EQ(c.last, (journal::DaySpan{j.at(17), j.at(30)}));
    EXPECT_EQ(c.first_days, 14);
    EXPECT_EQ(c.last_days, 14);
    EXPECT_EQ(c.compared, 28U);
}

TEST(WeekReport, ChangeComparesHalvesWithFewerThan28Days) {
    auto j = two_levels(21, 50, 30);
    auto report = report_of(j, 0, 20);
    EXPECT_FALSE(report.trend);
    ASSERT_TRUE(report.change);
    const auto& c = *report.change;
    EXPECT_EQ(c.first, (journal::DaySpan{j.at(0), j.at(9)}));
    EXPECT_EQ(c.last, (journal::DaySpan{j.at(11), j.at(20)}));
    EXPECT_EQ(c.first_days, 10);
    EXPECT_EQ(c.compared, 20U);
    // Days 0-9 at 5 and 11-20 at 3 (the wobble adds up to 0 over each).
    EXPECT_NEAR(c.first_mean, 5.0, close);
    EXPECT_NEAR(c.last_mean, 3.0, close);
    EXPECT_NEAR(c.difference.estimate, -2.0, close);
    EXPECT_NEAR(*c.relative, -0.4, close);
    EXPECT_EQ(c.kind, ChangeKind::meaningful_improvement);
    EXPECT_FALSE(c.trend_disagrees); // no trend to disagree with
}

TEST(WeekReport, NoChangeWithFewerThan10LoggedDays) {
    EXPECT_FALSE(report_of(two_levels(9, 60, 20), 0, 8).change);
    auto ten = report_of(two_levels(10, 60, 20), 0, 9);
    ASSERT_TRUE(ten.change);
    EXPECT_EQ(ten.change->first_days, 5);
    EXPECT_EQ(ten.change->last_days, 5);
}

TEST(WeekReport, ChangeComparesLikeWithLike) {
    // The case: a week of 3 sessions at 5 (and 2 rest days at 5 in
    // their shadow), then one session at 5 and four rest days at 2. All
    // entries: 5.0 then 2.6, "a meaningful improvement" by the old count,
    // but the sessions left 5 in both weeks and only the second week has a
    // clean day: nothing changed but the mix of days.
    Journal j(day(2026, 11, 2));
    j.session(0, 5, 3);
    j.rest(1, 5);
    j.session(2, 5, 3);
    j.rest(3, 5);
    j.session(4, 5, 3);
    j.session(7, 5, 3);
    for (int i = 8; i <= 11; ++i) {
        j.rest(i, 2);
    }
    auto report = report_of(j, 0, 13);
    ASSERT_EQ(report.weeks.size(), 2U);
    EXPECT_DOUBLE_EQ(*report.weeks[0].mean_soreness, 5.0);
    EXPECT_DOUBLE_EQ(*report.weeks[1].mean_soreness, 13.0 / 5.0);
    ASSERT_TRUE(report.change);
    const auto& c = *report.change;
    EXPECT_EQ(c.compared, 4U); // 3 sessions and 1; the one clean day has no match
    EXPECT_NEAR(c.first_mean, 5.0, close);
    EXPECT_NEAR(c.last_mean, 5.0, close);
    EXPECT_NEAR(c.difference.estimate, 0.0, close);
    EXPECT_NE(c.kind, ChangeKind::meaningful_improvement);
    EXPECT_NE(c.kind, ChangeKind::improvement);
    EXPECT_EQ(c.kind, ChangeKind::usual_variation);
}

// Clean days of a week: +0.25, -0.5 and +0.25 on its last three.
constexpr double shape[] = {0, 0, 0, 0, 0.25, -0.5, 0.25};

// Sessions on days 0, 7, 28 and 35 of 42 logged days, each followed by
// the soreness it left and two more days in its shadow, then three clean
// days. The first window's clean days are at 5 and its sessions leave 8;
// the last window's at 2 and 5; the days between at 3.5.
Journal falls_by_three() {
    Journal j(day(2026, 3, 2));
    for (int i = 0; i < 42; ++i) {
        bool first = i < 14;
        bool last = i >= 28;
        if (i % 7 == 0 && (first || last)) {
            j.session_at(i, 3, 3);
        } else if (i % 7 == 1 && (first || last)) {
            j.rest_at(i, first ? 8 : 5); // what the session left
        } else if (i % 7 <= 3 && (first || last)) {
            j.rest_at(i, 3); // in its shadow
        } else {
            double level = first ? 5 : last ? 2 : 3.5;
            j.rest_at(i, level + shape[i % 7]);
        }
    }
    return j;
}

TEST(WeekReport, AClearFallOfThreePointsIsAMeaningfulImprovement) {
    auto j = falls_by_three();
    auto report = report_of(j, 0, 41);
    ASSERT_TRUE(report.trend);
    EXPECT_EQ(report.trend->direction, Direction::improving);
    ASSERT_TRUE(report.change);
    const auto& c = *report.change;
    // 6 clean days and 2 sessions in each window.
    EXPECT_EQ(c.compared, 16U);
    // Clean days and sessions both fell by 3: so did the two together.
    EXPECT_NEAR(c.difference.estimate, -3.0, 1e-9);
    ASSERT_TRUE(c.difference.ci);
    EXPECT_LT(c.difference.ci->high, 0);
    EXPECT_FALSE(c.exact);
    EXPECT_EQ(c.kind, ChangeKind::meaningful_improvement);
    EXPECT_FALSE(c.trend_disagrees);
}

TEST(WeekReport, ChangeIsTheFirstWindowAgainstTheLastInOneModel) {
    // The figures of the change line, by hand: soreness on "in the last
    // window" and "a session", Newey-West, in day order.
    auto j = falls_by_three();
    auto t = j.timeline();
    std::vector<double> in_last;
    std::vector<double> is_session;
    std::vector<double> soreness;
    double first_sum = 0;
    for (int i = 0; i < 42; ++i) {
        if (i >= 14 && i < 28) {
            continue;
        }
        bool last = i >= 28;
        if (i % 7 == 0) {
            in_last.push_back(last);
            is_session.push_back(1);
            soreness.push_back(last ? 5 : 8);
        } else if (i % 7 >= 4) {
            in_last.push_back(last);
            is_session.push_back(0);
            soreness.push_back((last ? 2 : 5) + shape[i % 7]);
        } else {
            continue;
        }
        first_sum += last ? 0 : soreness.back();
    }
    auto expected = fit({in_last, is_session}, soreness, Errors::newey_west);
    ASSERT_TRUE(expected);
    auto c = *report_of(j, 0, 41).change;
    EXPECT_NEAR(c.difference.estimate, expected->coefficients[0]->estimate, close);
    EXPECT_NEAR(c.difference.ci->low, expected->coefficients[0]->ci->low, close);
    EXPECT_NEAR(c.difference.ci->high, expected->coefficients[0]->ci->high, close);
    EXPECT_NEAR(c.first_mean, first_sum / 8, close);
    EXPECT_NEAR(*c.relative, c.difference.estimate / c.first_mean, close);
}

struct ChangeCase {
    int first; // tenths of a point
    int last;
    ChangeKind kind;
};

void PrintTo(const ChangeCase& c, std::ostream* os) {
    *os << c.first / 10.0 << " -> " << c.last / 10.0;
}

class ClinicalChange : public ::testing::TestWithParam<ChangeCase> {};

TEST_P(ClinicalChange, TwoPointsOrThirtyPercentFromFour) {
    // 20 logged days: no trend, halves of 10.
    auto c = GetParam();
    auto report = report_of(two_levels(20, c.first, c.last), 0, 19);
    ASSERT_FALSE(report.trend);
    ASSERT_TRUE(report.change);
    EXPECT_NEAR(report.change->difference.estimate, (c.last - c.first) / 10.0, close);
    EXPECT_EQ(report.change->kind, c.kind) << c.first << " -> " << c.last;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ClinicalChange,
    ::testing::Values(ChangeCase{60, 40, ChangeKind::meaningful_improvement}, // 2 points
                      ChangeCase{80, 61, ChangeKind::improvement},            // 1.9, 24%
                      ChangeCase{50, 35, ChangeKind::meaningful_improvement}, // exactly 30%
                      ChangeCase{40, 28, ChangeKind::meaningful_improvement}, // 30% from 4
                      ChangeCase{50, 36, ChangeKind::improvement},            // 28%
                      ChangeCase{30, 15, ChangeKind::improvement},            // 50% from 3
                      ChangeCase{13, 10, ChangeKind::improvement},            // 0.3 points
                      ChangeCase{10, 13, ChangeKind::worsening},              // never meaningful
                      ChangeCase{20, 50, ChangeKind::worsening},
                      ChangeCase{40, 40, ChangeKind::usual_variation}));

TEST(WeekReport, ATrendWithNoClearChangeOverrulesTheWindows) {
    // Four fortnights at 5, 0, 9 and 2: the first and the last differ by 3
    // points, but over the 8 weeks the days show no clear trend.
    int levels[] = {50, 0, 90, 20};
    Journal j(day(2026, 3, 2));
    for (int i = 0; i < 56; ++i) {
        j.rest(i, levels[i / 14] + (levels[i / 14] > 0 ? wobble[i % 10] : 0), 10);
    }
    auto report = report_of(j, 0, 55);
    ASSERT_TRUE(report.trend);
    EXPECT_EQ(report.trend->direction, Direction::no_clear_change);
    ASSERT_TRUE(report.change);
    const auto& c = *report.change;
    EXPECT_NEAR(c.difference.estimate, -3.0, close);
    EXPECT_LT(c.difference.ci->high, 0); // the windows alone: meaningful
    EXPECT_EQ(c.kind, ChangeKind::usual_variation);
    EXPECT_TRUE(c.trend_disagrees);

    // And the other way: a rise of 3 that the trend does not bear out.
    int rising[] = {20, 90, 0, 50};
    Journal k(day(2026, 3, 2));
    for (int i = 0; i < 56; ++i) {
        k.rest(i, rising[i / 14] + (rising[i / 14] > 0 ? wobble[i % 10] : 0), 10);
    }
    auto up = report_of(k, 0, 55);
    EXPECT_EQ(up.trend->direction, Direction::no_clear_change);
    EXPECT_GT(up.change->difference.ci->low, 0);
    EXPECT_EQ(up.change->kind, ChangeKind::usual_variation);
    EXPECT_TRUE(up.change->trend_disagrees);
}

TEST(WeekReport, AChangeTheTrendAgreesWithStands) {
    auto report = report_of(two_levels(30, 60, 35), 0, 29);
    ASSERT_EQ(report.trend->direction, Direction::improving);
    EXPECT_EQ(report.change->kind, ChangeKind::meaningful_improvement);
    EXPECT_FALSE(report.change->trend_disagrees);
}

} // namespace
} // namespace sore::analysis
