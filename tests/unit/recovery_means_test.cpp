#include "analysis/recovery.hpp"
#include "analysis/stats.hpp"
#include "expected.hpp"

#include <cstddef>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

// level_means (src/analysis/recovery.hpp), quantile and mean_interval
// (src/analysis/stats.hpp) against statsmodels, NumPy and SciPy. The data
// and the expected figures both come from tests/data/recovery_expected.json,
// which tests/data/recovery_expected.py generates: the adjusted means from
// one statsmodels fit of left ~ C(pressure) + baseline + months (HC3,
// Student's t) by contrasts L b and L V L', not by refitting per level as
// the C++ does. "expected": null means the function must return nothing,
// and a null field an empty optional.

namespace sore::analysis {
namespace {

using nlohmann::json;

constexpr double tolerance = 1e-6;

const test::Reference reference(SORE_TEST_DATA "/recovery_expected.json");

using test::expect_interval;
using test::expect_optional;

// ------------------------------------------------------------------ level_means

std::vector<SessionRow> rows_of(const json& c) {
    const json& rows = c.at("rows");
    const auto pressure = rows.at("pressure").get<std::vector<int>>();
    const auto baseline = rows.at("baseline").get<std::vector<double>>();
    const auto months = rows.at("months").get<std::vector<double>>();
    const auto left = rows.at("left").get<std::vector<double>>();
    if (baseline.size() != pressure.size() || months.size() != pressure.size() ||
        left.size() != pressure.size()) {
        throw std::runtime_error("rows of different lengths");
    }
    std::vector<SessionRow> out;
    for (std::size_t i = 0; i < pressure.size(); ++i) {
        out.push_back({pressure[i], baseline[i], months[i], left[i]});
    }
    return out;
}

void check_level_means(const std::string& name) {
    SCOPED_TRACE("level_means case '" + name + "'");
    const json& c = reference.find("level_means", name);
    const auto rows = rows_of(c);
    const auto result = level_means(rows);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(result.has_value());
        return;
    }
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->levels, e.at("levels").get<std::vector<int>>());
    EXPECT_EQ(result->best, e.at("best").get<std::size_t>());
    const json& adjusted = e.at("adjusted");
    ASSERT_EQ(result->adjusted.size(), adjusted.size());
    for (std::size_t j = 0; j < adjusted.size(); ++j) {
        const std::string what = "level " + std::to_string(result->levels.at(j));
        const auto& a = result->adjusted[j];
        const json& x = adjusted.at(j);
        EXPECT_NEAR(a.estimate, x.at("estimate").get<double>(), tolerance) << what << " mean";
        expect_optional(a.ci, x.at("ci"), what + " ci");
        EXPECT_NEAR(a.difference, x.at("difference").get<double>(), tolerance)
            << what << " difference";
        expect_optional(a.difference_ci, x.at("difference_ci"), what + " difference ci");
    }
    const json& per_month = e.at("per_month");
    if (per_month.is_null()) {
        EXPECT_FALSE(result->per_month.has_value());
        return;
    }
    ASSERT_TRUE(result->per_month.has_value());
    const auto& slope = *result->per_month;
    EXPECT_NEAR(slope.estimate, per_month.at("estimate").get<double>(), tolerance) << "per month";
    expect_optional(slope.se, per_month.at("se"), "per month se");
    expect_optional(slope.ci, per_month.at("ci"), "per month ci");
    expect_optional(slope.p, per_month.at("p"), "per month p");
}

TEST(RecoveryMeans, TwoLevels) {
    check_level_means("two_levels");
}
TEST(RecoveryMeans, ThreeLevelsWithTheMiddleOneLowest) {
    check_level_means("three_levels");
}
TEST(RecoveryMeans, FourLevelsWithFirmLowest) {
    check_level_means("four_levels");
}
TEST(RecoveryMeans, UnbalancedWithThreeSessionsAtDeep) {
    check_level_means("unbalanced_three_rows_at_deep");
}
TEST(RecoveryMeans, SixtySessionsAtFourLevels) {
    check_level_means("sixty_sessions");
}
TEST(RecoveryMeans, MonthsThatNeverVaryGiveMeansButNoSlope) {
    check_level_means("months_never_vary");
}
TEST(RecoveryMeans, NoDegreeOfFreedomLeftGivesNothing) {
    check_level_means("no_degree_of_freedom");
}
TEST(RecoveryMeans, LevelWithOneSessionGivesNothing) {
    check_level_means("level_with_one_session");
}

TEST(RecoveryMeans, EveryLevelMeansCaseInTheFileHasATest) {
    EXPECT_EQ(reference.names("level_means"),
              (std::set<std::string>{"two_levels", "three_levels", "four_levels",
                                     "unbalanced_three_rows_at_deep", "sixty_sessions",
                                     "months_never_vary", "no_degree_of_freedom",
                                     "level_with_one_session"}));
}

// The order of the rows does not matter to the means (HC3 does not look at
// it): the four-level case reversed.
TEST(RecoveryMeans, OrderOfTheRowsDoesNotMatter) {
    const json& c = reference.find("level_means", "four_levels");
    auto rows = rows_of(c);
    const auto forward = level_means(rows);
    std::vector<SessionRow> reversed(rows.rbegin(), rows.rend());
    const auto backward = level_means(reversed);
    ASSERT_TRUE(forward && backward);
    ASSERT_EQ(forward->adjusted.size(), backward->adjusted.size());
    EXPECT_EQ(forward->best, backward->best);
    for (std::size_t j = 0; j < forward->adjusted.size(); ++j) {
        EXPECT_NEAR(forward->adjusted[j].estimate, backward->adjusted[j].estimate, 1e-9);
        ASSERT_TRUE(forward->adjusted[j].ci && backward->adjusted[j].ci);
        EXPECT_NEAR(forward->adjusted[j].ci->low, backward->adjusted[j].ci->low, 1e-9);
    }
}

// ------------------------------------------------------------------ quantile

void check_quantile(const std::string& name) {
    SCOPED_TRACE("quantile case '" + name + "'");
    const json& c = reference.find("quantile", name);
    const auto values = c.at("values").get<std::vector<double>>();
    const auto qs = c.at("q").get<std::vector<double>>();
    const auto expected = c.at("expected").get<std::vector<double>>();
    ASSERT_EQ(qs.size(), expected.size());
    for (std::size_t i = 0; i < qs.size(); ++i) {
        EXPECT_NEAR(quantile(values, qs[i]), expected[i], tolerance) << "q " << qs[i];
        if (qs[i] == 0.5) {
            EXPECT_NEAR(median(values), expected[i], tolerance) << "median";
        }
    }
}

TEST(RecoveryMeansQuantile, OneValue) {
    check_quantile("one_value");
}
TEST(RecoveryMeansQuantile, TwoValuesOutOfOrder) {
    check_quantile("two_values");
}
TEST(RecoveryMeansQuantile, UnsortedWithTies) {
    check_quantile("unsorted_ties");
}
TEST(RecoveryMeansQuantile, OddCountWithANegativeValue) {
    check_quantile("odd_count");
}
TEST(RecoveryMeansQuantile, FortyRandomValues) {
    check_quantile("random_40");
}

TEST(RecoveryMeansQuantile, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(reference.names("quantile"),
              (std::set<std::string>{"one_value", "two_values", "unsorted_ties", "odd_count",
                                     "random_40"}));
}

// ------------------------------------------------------------------ mean_interval

void check_mean_interval(const std::string& name) {
    SCOPED_TRACE("mean_interval case '" + name + "'");
    const json& c = reference.find("mean_interval", name);
    const auto values = c.at("values").get<std::vector<double>>();
    const auto result = mean_interval(values);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(result.has_value());
        return;
    }
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->n, e.at("n").get<std::size_t>());
    EXPECT_NEAR(result->mean, e.at("mean").get<double>(), tolerance) << "mean";
    expect_optional(result->ci, e.at("ci"), "ci");
}

TEST(RecoveryMeansInterval, NoValuesGiveNothing) {
    check_mean_interval("empty");
}
TEST(RecoveryMeansInterval, OneValueHasNoInterval) {
    check_mean_interval("one_value");
}
TEST(RecoveryMeansInterval, TwoValuesWithOneDegreeOfFreedom) {
    check_mean_interval("two_values");
}
TEST(RecoveryMeansInterval, FiveValues) {
    check_mean_interval("five_values");
}
TEST(RecoveryMeansInterval, ThirtyRandomValues) {
    check_mean_interval("random_30");
}
TEST(RecoveryMeansInterval, ConstantValuesGiveAnIntervalOfNoWidth) {
    check_mean_interval("constant");
}

TEST(RecoveryMeansInterval, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(reference.names("mean_interval"),
              (std::set<std::string>{"empty", "one_value", "two_values", "five_values", "random_30",
                                     "constant"}));
}

} // namespace
} // namespace sore::analysis
