#include "analysis/stats.hpp"

#include <cstddef>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

// Every figure in src/analysis/stats.hpp against SciPy/statsmodels. The data
// and the expected figures both come from tests/data/stats_expected.json,
// which tests/data/stats_expected.py generates; "expected": null means the
// function must return nothing, and a null field an empty optional.

namespace sore::analysis {
namespace {

using nlohmann::json;

constexpr double tolerance = 1e-6;

const json& expected_file() {
    static const json file = [] {
        std::ifstream in(SORE_TEST_DATA "/stats_expected.json");
        if (!in) {
            throw std::runtime_error("cannot open " SORE_TEST_DATA "/stats_expected.json");
        }
        return json::parse(in);
    }();
    return file;
}

const json& find_case(const std::string& section, const std::string& name) {
    for (const json& c : expected_file().at(section)) {
        if (c.at("name") == name) {
            return c;
        }
    }
    throw std::runtime_error("no case '" + name + "' in section '" + section + "'");
}

// The names of the cases in `section`, to check each one has a test.
std::set<std::string> case_names(const std::string& section) {
    std::set<std::string> names;
    for (const json& c : expected_file().at(section)) {
        names.insert(c.at("name").get<std::string>());
    }
    return names;
}

std::vector<double> numbers(const json& values) {
    return values.get<std::vector<double>>();
}

void expect_interval(const Interval& actual, const json& expected, const std::string& what) {
    EXPECT_NEAR(actual.low, expected.at("low").get<double>(), tolerance) << what << ".low";
    EXPECT_NEAR(actual.high, expected.at("high").get<double>(), tolerance) << what << ".high";
}

void expect_optional(const std::optional<double>& actual, const json& expected,
                     const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << what << " should be absent, is " << *actual;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is absent";
    EXPECT_NEAR(*actual, expected.get<double>(), tolerance) << what;
}

void expect_optional(const std::optional<Interval>& actual, const json& expected,
                     const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value())
            << what << " should be absent, is [" << actual->low << ", " << actual->high << "]";
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is absent";
    expect_interval(*actual, expected, what);
}

// ------------------------------------------------------------------ fit_line

void check_fit_line(const std::string& name) {
    SCOPED_TRACE("fit_line case '" + name + "'");
    const json& c = find_case("fit_line", name);
    const auto x = numbers(c.at("x"));
    const auto y = numbers(c.at("y"));
    const auto fit = fit_line(x, y);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(fit.has_value());
        return;
    }
    ASSERT_TRUE(fit.has_value());
    EXPECT_EQ(fit->n, e.at("n").get<std::size_t>());
    EXPECT_NEAR(fit->slope, e.at("slope").get<double>(), tolerance) << "slope";
    EXPECT_NEAR(fit->intercept, e.at("intercept").get<double>(), tolerance) << "intercept";
    expect_optional(fit->slope_se, e.at("slope_se"), "slope_se");
    expect_optional(fit->slope_ci, e.at("slope_ci"), "slope_ci");
}

TEST(FitLine, NoisySittingHours) {
    check_fit_line("sitting_hours");
}
TEST(FitLine, OrdinalPredictorWithManyTies) {
    check_fit_line("ordinal_ties");
}
TEST(FitLine, TwoPointsGiveTheLineButNoStandardError) {
    check_fit_line("two_points");
}
TEST(FitLine, ConstantXGivesNothing) {
    check_fit_line("constant_x");
}
TEST(FitLine, OnePointGivesNothing) {
    check_fit_line("one_point");
}
TEST(FitLine, PerfectFitHasZeroErrorAndACollapsedInterval) {
    check_fit_line("perfect_fit");
}
TEST(FitLine, WeeklyTrendWithMissingWeeks) {
    check_fit_line("weekly_trend");
}
TEST(FitLine, SingleWeekGivesNothing) {
    check_fit_line("single_week");
}
TEST(FitLine, MismatchedLengthsGiveNothing) {
    check_fit_line("mismatched_lengths");
}

TEST(FitLine, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(case_names("fit_line"),
              (std::set<std::string>{"sitting_hours", "ordinal_ties", "two_points", "constant_x",
                                     "one_point", "perfect_fit", "weekly_trend", "single_week",
                                     "mismatched_lengths"}));
}

// ------------------------------------------------------------------ spearman

void check_spearman(const std::string& name) {
    SCOPED_TRACE("spearman case '" + name + "'");
    const json& c = find_case("spearman", name);
    const auto x = numbers(c.at("x"));
    const auto y = numbers(c.at("y"));
    expect_optional(spearman(x, y), c.at("expected"), "rho");
}

TEST(Spearman, HeavyTiesInBothVariablesUseAverageRanks) {
    check_spearman("heavy_ties");
}
TEST(Spearman, NoTies) {
    check_spearman("no_ties");
}
TEST(Spearman, NegativeRelation) {
    check_spearman("negative");
}
TEST(Spearman, ConstantXGivesNothing) {
    check_spearman("constant_x");
}
TEST(Spearman, ConstantYGivesNothing) {
    check_spearman("constant_y");
}
TEST(Spearman, TwoPoints) {
    check_spearman("two_points");
}
TEST(Spearman, OnePointGivesNothing) {
    check_spearman("one_point");
}
TEST(Spearman, MismatchedLengthsGiveNothing) {
    check_spearman("mismatched_lengths");
}

TEST(Spearman, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(
        case_names("spearman"),
        (std::set<std::string>{"heavy_ties", "no_ties", "negative", "constant_x", "constant_y",
                               "two_points", "one_point", "mismatched_lengths"}));
}

// ------------------------------------------------------------------ welch

void check_welch(const std::string& name) {
    SCOPED_TRACE("welch case '" + name + "'");
    const json& c = find_case("welch", name);
    const auto with = numbers(c.at("with"));
    const auto without = numbers(c.at("without"));
    const auto diff = welch(with, without);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(diff.has_value());
        return;
    }
    ASSERT_TRUE(diff.has_value());
    EXPECT_EQ(diff->n_with, e.at("n_with").get<std::size_t>());
    EXPECT_EQ(diff->n_without, e.at("n_without").get<std::size_t>());
    EXPECT_NEAR(diff->mean_with, e.at("mean_with").get<double>(), tolerance) << "mean_with";
    EXPECT_NEAR(diff->mean_without, e.at("mean_without").get<double>(), tolerance)
        << "mean_without";
    EXPECT_NEAR(diff->difference, e.at("difference").get<double>(), tolerance) << "difference";
    expect_optional(diff->df, e.at("df"), "df");
    expect_optional(diff->difference_ci, e.at("difference_ci"), "difference_ci");
}

TEST(Welch, UnequalVariancesAndSizes) {
    check_welch("unequal_variances");
}
TEST(Welch, GroupOfTwo) {
    check_welch("group_of_two");
}
TEST(Welch, GroupOfOneGivesNothing) {
    check_welch("group_of_one");
}
TEST(Welch, BothGroupsConstantGiveTheDifferenceButNoInterval) {
    check_welch("both_constant");
}
TEST(Welch, OneGroupConstantStillGivesAnInterval) {
    check_welch("one_constant");
}

TEST(Welch, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(case_names("welch"),
              (std::set<std::string>{"unequal_variances", "group_of_two", "group_of_one",
                                     "both_constant", "one_constant"}));
}

// ------------------------------------------------------------------ regress

void check_regress(const std::string& name) {
    SCOPED_TRACE("regress case '" + name + "'");
    const json& c = find_case("regress", name);
    const auto columns = c.at("columns").get<std::vector<std::vector<double>>>();
    const auto y = numbers(c.at("y"));
    const auto fit = regress(columns, y);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(fit.has_value());
        return;
    }
    ASSERT_TRUE(fit.has_value());
    EXPECT_EQ(fit->n, e.at("n").get<std::size_t>());
    EXPECT_NEAR(fit->df, e.at("df").get<double>(), tolerance) << "df";
    EXPECT_NEAR(fit->r_squared, e.at("r_squared").get<double>(), tolerance) << "r_squared";
    EXPECT_NEAR(fit->intercept, e.at("intercept").get<double>(), tolerance) << "intercept";
    expect_interval(fit->intercept_ci, e.at("intercept_ci"), "intercept_ci");
    const auto coefficients = numbers(e.at("coefficients"));
    const json& ci = e.at("coefficient_ci");
    ASSERT_EQ(fit->coefficients.size(), coefficients.size());
    ASSERT_EQ(fit->coefficient_ci.size(), ci.size());
    for (std::size_t j = 0; j < coefficients.size(); ++j) {
        const std::string what = "coefficient " + std::to_string(j);
        EXPECT_NEAR(fit->coefficients[j], coefficients[j], tolerance) << what;
        expect_interval(fit->coefficient_ci[j], ci.at(j), what + " ci");
    }
}

TEST(Regress, FivePredictorsLikeTheCausesReport) {
    check_regress("five_predictors");
}
TEST(Regress, OnePredictor) {
    check_regress("one_predictor");
}
TEST(Regress, ConstantPredictorGivesNothing) {
    check_regress("constant_predictor");
}
TEST(Regress, CollinearPredictorsGiveNothing) {
    check_regress("collinear_predictors");
}
TEST(Regress, DummiesThatAddUpToTheInterceptGiveNothing) {
    check_regress("complementary_dummies");
}
TEST(Regress, NoResidualDegreesOfFreedomGiveNothing) {
    check_regress("no_residual_df");
}
TEST(Regress, ConstantYGivesNothing) {
    check_regress("constant_y");
}
TEST(Regress, MismatchedLengthsGiveNothing) {
    check_regress("mismatched_lengths");
}

// One predictor is the straight line; the two functions must agree.
TEST(Regress, OnePredictorAgreesWithFitLine) {
    const json& c = find_case("regress", "one_predictor");
    const auto columns = c.at("columns").get<std::vector<std::vector<double>>>();
    const auto y = numbers(c.at("y"));
    const auto reg = regress(columns, y);
    const auto line = fit_line(columns.at(0), y);
    ASSERT_TRUE(reg.has_value());
    ASSERT_TRUE(line.has_value());
    ASSERT_EQ(reg->coefficients.size(), 1u);
    ASSERT_TRUE(line->slope_ci.has_value());
    EXPECT_EQ(reg->n, line->n);
    EXPECT_NEAR(reg->coefficients[0], line->slope, tolerance);
    EXPECT_NEAR(reg->intercept, line->intercept, tolerance);
    EXPECT_NEAR(reg->coefficient_ci[0].low, line->slope_ci->low, tolerance);
    EXPECT_NEAR(reg->coefficient_ci[0].high, line->slope_ci->high, tolerance);
}

TEST(Regress, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(case_names("regress"),
              (std::set<std::string>{"five_predictors", "one_predictor", "constant_predictor",
                                     "collinear_predictors", "complementary_dummies",
                                     "no_residual_df", "constant_y", "mismatched_lengths"}));
}

// ------------------------------------------------------------------ t_975

TEST(TQuantile, MatchesSciPyForWholeAndFractionalDegreesOfFreedom) {
    const json& cases = expected_file().at("t_975");
    ASSERT_EQ(cases.size(), 5u);
    for (const json& c : cases) {
        const double df = c.at("df").get<double>();
        EXPECT_NEAR(t_975(df), c.at("expected").get<double>(), tolerance) << "df " << df;
    }
}

} // namespace
} // namespace sore::analysis
