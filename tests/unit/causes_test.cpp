#include "analysis/causes.hpp"

#include <gtest/gtest.h>

namespace sore::analysis {
namespace {

// Soreness rises with sitting (an hour a point) and pressure; knots and the
// markers follow patterns unrelated to soreness.
std::vector<Observation> linked(int n) {
    std::vector<Observation> rows;
    for (int i = 0; i < n; ++i) {
        int sitting = 2 + (i * 7) % 9; // 2-10 hours
        int pressure = 1 + (i * 5) % 4;
        int noise = (i * 3) % 3 - 1;
        int soreness = std::clamp(sitting / 2 + pressure - 1 + noise, 0, 10);
        int knots = (i / 3) % 5;
        bool injury = (i / 8) % 3 == 0;
        bool emotional = (i / 4) % 2 == 1; // each pressure level as often with as without
        rows.push_back({soreness, sitting * 60, pressure, knots, injury, emotional});
    }
    return rows;
}

// A copy, so that it may be taken from a report that is a temporary.
Finding finding(const CausesReport& report, Cause cause) {
    for (const auto& f : report.findings) {
        if (f.cause == cause) {
            return f;
        }
    }
    throw std::logic_error("cause missing from the report");
}

TEST(Causes, EmptyJournalAsksForEntriesEverywhere) {
    auto report = build_causes_report({});
    EXPECT_EQ(report.entries, 0U);
    ASSERT_EQ(report.findings.size(), 5U);
    for (const auto& f : report.findings) {
        ASSERT_TRUE(f.gap);
        EXPECT_FALSE(f.strength);
        EXPECT_EQ(f.gap->kind, Gap::Kind::few_entries);
        EXPECT_EQ(f.gap->needed, min_entries);
    }
    EXPECT_EQ(report.together.gap->kind, Gap::Kind::few_entries);
    EXPECT_FALSE(report.together.fit);
}

TEST(Causes, LinkedCausesRankFirstAndUnrelatedOnesShowNoneSeen) {
    auto report = build_causes_report(linked(60));
    EXPECT_EQ(report.entries, 60U);
    auto first_two = {report.findings[0].cause, report.findings[1].cause};
    EXPECT_NE(std::find(first_two.begin(), first_two.end(), Cause::sitting), first_two.end());
    EXPECT_NE(std::find(first_two.begin(), first_two.end(), Cause::pressure), first_two.end());
    auto sitting = finding(report, Cause::sitting);
    EXPECT_GT(sitting.line->slope, 0.3);
    EXPECT_GT(sitting.line->slope_ci->low, 0);
    EXPECT_GE(*sitting.strength, Strength::moderate);
    EXPECT_EQ(*finding(report, Cause::emotional).strength, Strength::none_seen);
    ASSERT_TRUE(report.together.fit);
    EXPECT_EQ(report.together.n, 60U);
    EXPECT_EQ(report.together.causes.size(), 5U);
    EXPECT_TRUE(report.together.left_out.empty());
}

TEST(Causes, MeasuresNeedEightRecordedEntries) {
    auto rows = linked(20);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i >= 5) {
            rows[i].knots.reset();
        }
    }
    auto knots = finding(build_causes_report(rows), Cause::knots);
    EXPECT_EQ(knots.n, 5U);
    EXPECT_EQ(knots.gap->kind, Gap::Kind::few_entries);
    EXPECT_EQ(knots.gap->have, 5);
    EXPECT_EQ(knots.gap->needed, 3);
    EXPECT_FALSE(knots.line);
    EXPECT_FALSE(knots.rho);
}

TEST(Causes, AMeasureThatNeverVariesIsNamedWithItsValue) {
    auto rows = linked(12);
    for (auto& row : rows) {
        row.pressure = 3;
    }
    auto report = build_causes_report(rows);
    auto pressure = finding(report, Cause::pressure);
    EXPECT_EQ(pressure.gap->kind, Gap::Kind::measure_constant);
    EXPECT_EQ(*pressure.gap->value, 3.0);
    // The regression goes on without it.
    ASSERT_TRUE(report.together.fit);
    EXPECT_EQ(report.together.left_out, std::vector<Cause>{Cause::pressure});
    EXPECT_EQ(report.together.causes.size(), 4U);
    EXPECT_EQ(report.together.fit->coefficients.size(), 4U);
}

TEST(Causes, MarkersNeedThreeWithAndThreeWithout) {
    auto rows = linked(10);
    for (auto& row : rows) {
        row.injury = false;
    }
    rows[0].injury = true;
    rows[1].injury = true;
    auto injury = finding(build_causes_report(rows), Cause::injury);
    EXPECT_EQ(injury.gap->kind, Gap::Kind::few_with);
    EXPECT_EQ(injury.gap->have, 2);
    EXPECT_EQ(injury.gap->needed, 1);

    for (auto& row : rows) {
        row.injury = true;
    }
    rows[0].injury = false;
    auto most = finding(build_causes_report(rows), Cause::injury);
    EXPECT_EQ(most.gap->kind, Gap::Kind::few_without);
    EXPECT_EQ(most.gap->have, 1);
    EXPECT_EQ(most.gap->needed, 2);
}

TEST(Causes, FewEntriesCountsWhatBothGroupsStillNeed) {
    auto rows = linked(7);
    for (auto& row : rows) {
        row.emotional = false;
    }
    // 7 entries, none with: 3 with are needed, and 8 in all.
    auto emotional = finding(build_causes_report(rows), Cause::emotional);
    EXPECT_EQ(emotional.gap->kind, Gap::Kind::few_entries);
    EXPECT_EQ(emotional.gap->needed, 3);
}

TEST(Causes, ConstantSorenessIsSaidOnceNotDividedBy) {
    auto rows = linked(12);
    for (auto& row : rows) {
        row.soreness = 4;
    }
    auto report = build_causes_report(rows);
    for (const auto& f : report.findings) {
        ASSERT_TRUE(f.gap) << key_of(f.cause);
        EXPECT_EQ(f.gap->kind, Gap::Kind::soreness_constant);
        EXPECT_EQ(*f.gap->value, 4.0);
    }
    EXPECT_EQ(report.together.gap->kind, Gap::Kind::soreness_constant);
}

TEST(Causes, MarkerGroupsThatNeverVaryGiveNoInterval) {
    std::vector<Observation> rows;
    for (int i = 0; i < 8; ++i) {
        rows.push_back({i < 4 ? 6 : 2, 300 + 60 * i, 1 + i % 4, i, i < 4, false});
    }
    auto injury = finding(build_causes_report(rows), Cause::injury);
    EXPECT_EQ(injury.gap->kind, Gap::Kind::groups_constant);
    EXPECT_FALSE(injury.strength);
}

TEST(Causes, LockstepCausesMakeTheRegressionSingular) {
    auto rows = linked(16);
    for (auto& row : rows) {
        row.knots = *row.sitting_min / 60 * 2; // knots always twice the hours sat
    }
    auto together = build_causes_report(rows).together;
    EXPECT_EQ(together.gap->kind, Gap::Kind::singular);
    EXPECT_FALSE(together.fit);
}

TEST(Causes, AnExactFitGivesNoIntervalOfNoWidth) {
    std::vector<Observation> rows;
    for (int i = 0; i < 10; ++i) {
        // Soreness is exactly the pressure level plus one.
        rows.push_back({1 + (1 + i % 4), 300 + 37 * i, 1 + i % 4, i % 3, i % 2 == 0, i % 3 == 0});
    }
    auto report = build_causes_report(rows);
    auto pressure = finding(report, Cause::pressure);
    EXPECT_EQ(pressure.gap->kind, Gap::Kind::exact_fit);
    EXPECT_FALSE(pressure.line);
    EXPECT_FALSE(pressure.strength);
    EXPECT_EQ(report.together.gap->kind, Gap::Kind::exact_fit);
    EXPECT_FALSE(report.together.fit);
}

TEST(Causes, RegressionUsesCompleteEntriesOnly) {
    auto rows = linked(20);
    rows[0].sitting_min.reset();
    rows[1].pressure.reset();
    rows[2].knots.reset();
    auto report = build_causes_report(rows);
    EXPECT_EQ(report.together.n, 17U);
    EXPECT_EQ(report.together.fit->n, 17U);
    EXPECT_EQ(finding(report, Cause::sitting).n, 19U);
}

TEST(Causes, StrengthLabelsHaveNames) {
    EXPECT_EQ(name_of(Strength::none_seen), "none seen");
    EXPECT_EQ(name_of(Strength::weak), "weak");
    EXPECT_EQ(name_of(Strength::moderate), "moderate");
    EXPECT_EQ(name_of(Strength::strong), "strong");
    EXPECT_EQ(*value_of(Cause::sitting, Observation{0, 90, 1, 0, false, false}), 1.5);
    EXPECT_FALSE(value_of(Cause::knots, Observation{0, 90, 1, std::nullopt, false, false}));
}

} // namespace
} // namespace sore::analysis
