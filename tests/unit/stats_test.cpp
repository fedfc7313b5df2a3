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

// Every figure in src/analysis/stats.hpp against SciPy/statsmodels. The data
// and the expected figures both come from tests/data/stats_expected.json,
// which tests/data/stats_expected.py generates; "expected": null means the
// function must return nothing, and a null field an empty optional. The
// script also checks that the plausible mistakes (HC1 for HC3, Newey-West
// without the n / (n - k) factor or with a lag too many or too few, the
// normal for Student's t, Holm without its running maximum...) move some
// figure here by far more than the tolerance.

namespace sore::analysis {
namespace {

using nlohmann::json;

constexpr double tolerance = 1e-6;

const test::Reference reference(SORE_TEST_DATA "/stats_expected.json");

std::vector<double> numbers(const json& values) {
    return values.get<std::vector<double>>();
}

using test::expect_interval;
using test::expect_optional;

// ------------------------------------------------------------------ newey_west_lags

TEST(NeweyWestLags, MatchStatsmodelsOwnChoice) {
    const json& cases = reference.file().at("newey_west_lags");
    ASSERT_EQ(cases.size(), 9u);
    for (const json& c : cases) {
        const auto n = c.at("n").get<std::size_t>();
        EXPECT_EQ(newey_west_lags(n), c.at("expected").get<std::size_t>()) << "n " << n;
    }
}

TEST(NeweyWestLags, StepUpBetween27And28Observations) {
    EXPECT_EQ(newey_west_lags(27), 2u);
    EXPECT_EQ(newey_west_lags(28), 3u);
}

// ------------------------------------------------------------------ fit

Errors errors_of(const json& c) {
    const auto name = c.at("errors").get<std::string>();
    if (name == "hc3") {
        return Errors::hc3;
    }
    if (name == "newey_west") {
        return Errors::newey_west;
    }
    throw std::runtime_error("unknown errors '" + name + "'");
}

void expect_coefficient(const Coefficient& actual, const json& expected, const std::string& what) {
    EXPECT_NEAR(actual.estimate, expected.at("estimate").get<double>(), tolerance)
        << what << " estimate";
    expect_optional(actual.se, expected.at("se"), what + " se");
    expect_optional(actual.ci, expected.at("ci"), what + " ci");
    expect_optional(actual.p, expected.at("p"), what + " p");
}

std::optional<Fit> fit_case(const json& c) {
    const auto columns = c.at("columns").get<std::vector<std::vector<double>>>();
    const auto y = numbers(c.at("y"));
    return fit(columns, y, errors_of(c));
}

void check_fit(const std::string& name) {
    SCOPED_TRACE("fit case '" + name + "'");
    const json& c = reference.find("fit", name);
    const auto result = fit_case(c);
    const json& e = c.at("expected");
    if (e.is_null()) {
        EXPECT_FALSE(result.has_value());
        return;
    }
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->n, e.at("n").get<std::size_t>());
    EXPECT_EQ(result->lags, e.at("lags").get<std::size_t>());
    EXPECT_NEAR(result->df, e.at("df").get<double>(), tolerance) << "df";
    EXPECT_EQ(result->exact, e.at("exact").get<bool>());
    expect_coefficient(result->intercept, e.at("intercept"), "intercept");
    const json& coefficients = e.at("coefficients");
    ASSERT_EQ(result->coefficients.size(), coefficients.size());
    for (std::size_t j = 0; j < coefficients.size(); ++j) {
        const std::string what = "coefficient " + std::to_string(j);
        if (coefficients.at(j).is_null()) {
            EXPECT_FALSE(result->coefficients[j].has_value()) << what << " should be dropped";
            continue;
        }
        ASSERT_TRUE(result->coefficients[j].has_value()) << what << " is dropped";
        expect_coefficient(*result->coefficients[j], coefficients.at(j), what);
    }
    EXPECT_EQ(result->dropped, e.at("dropped").get<std::vector<std::size_t>>());
}

TEST(FitNeweyWest, AutocorrelatedDaysWithTwoPredictors) {
    check_fit("nw_daily_60");
}
TEST(FitNeweyWest, TwoHundredDaysWithATrendAndFourLags) {
    check_fit("nw_daily_200");
}
TEST(FitNeweyWest, OnePredictorOverThirtyDays) {
    check_fit("nw_one_predictor_30");
}
TEST(FitNeweyWest, InterceptOnlyIsTheMeanWithItsInterval) {
    check_fit("nw_intercept_only_40");
}
TEST(FitHc3, SessionsWithADummyAndMinutes) {
    check_fit("hc3_sessions_25");
}
TEST(FitHc3, PressureLevelsAgainstABaselinePlusTime) {
    check_fit("hc3_pressure_levels");
}
TEST(FitHc3, LaterOfTwoCollinearColumnsIsDropped) {
    check_fit("hc3_collinear");
}
TEST(FitNeweyWest, DummiesAddingUpToTheInterceptDropTheLaterOne) {
    check_fit("nw_complementary_dummies");
}
TEST(FitHc3, LevelNeverSeenIsDropped) {
    check_fit("hc3_level_never_seen");
}
TEST(FitNeweyWest, ExactFitGivesEstimatesButNoErrors) {
    check_fit("nw_exact");
}
TEST(FitHc3, ExactFitGivesEstimatesButNoErrors) {
    check_fit("hc3_exact");
}
TEST(FitHc3, SmallResidualsAreNotAnExactFit) {
    check_fit("hc3_nearly_exact");
}
TEST(FitNeweyWest, TwoPointsLeaveNoDegreeOfFreedom) {
    check_fit("nw_two_points");
}
TEST(FitHc3, TwoPointsLeaveNoDegreeOfFreedom) {
    check_fit("hc3_two_points");
}
TEST(FitHc3, AsManyObservationsAsParametersGiveNothing) {
    check_fit("hc3_no_df_left");
}
TEST(FitHc3, ShorterYGivesNothing) {
    check_fit("hc3_short_y");
}
TEST(FitNeweyWest, ShorterColumnGivesNothing) {
    check_fit("nw_short_column");
}
TEST(FitHc3, ObservationWithLeverageOneGivesNothing) {
    check_fit("hc3_leverage_one");
}
TEST(FitNeweyWest, LeverageOneDoesNotMatter) {
    check_fit("nw_leverage_one");
}

TEST(Fit, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(reference.names("fit"),
              (std::set<std::string>{
                  "nw_daily_60", "nw_daily_200", "nw_one_predictor_30", "nw_intercept_only_40",
                  "hc3_sessions_25", "hc3_pressure_levels", "hc3_collinear",
                  "nw_complementary_dummies", "hc3_level_never_seen", "nw_exact", "hc3_exact",
                  "hc3_nearly_exact", "nw_two_points", "hc3_two_points", "hc3_no_df_left",
                  "hc3_short_y", "nw_short_column", "hc3_leverage_one", "nw_leverage_one"}));
}

// The same days reordered, even days first and then odd ones: HC3 does not
// care about the order, Newey-West does, since it weighs each day with its
// neighbours. (Reversing the order would not do: every pair of days keeps
// its distance, and Newey-West gives the same.) With statsmodels, the
// intercept's Newey-West standard error goes from 1.1216 to 0.9989.
TEST(Fit, OnlyNeweyWestDependsOnTheOrderOfObservations) {
    const json& c = reference.find("fit", "nw_daily_60");
    const auto columns = c.at("columns").get<std::vector<std::vector<double>>>();
    const auto y = numbers(c.at("y"));
    std::vector<std::size_t> order;
    for (std::size_t start : {0u, 1u}) {
        for (std::size_t i = start; i < y.size(); i += 2) {
            order.push_back(i);
        }
    }
    std::vector<std::vector<double>> columns_reordered(columns.size());
    std::vector<double> y_reordered;
    for (std::size_t i : order) {
        for (std::size_t j = 0; j < columns.size(); ++j) {
            columns_reordered[j].push_back(columns[j][i]);
        }
        y_reordered.push_back(y[i]);
    }
    const auto hc3 = fit(columns, y, Errors::hc3);
    const auto hc3_reordered = fit(columns_reordered, y_reordered, Errors::hc3);
    const auto nw = fit(columns, y, Errors::newey_west);
    const auto nw_reordered = fit(columns_reordered, y_reordered, Errors::newey_west);
    ASSERT_TRUE(hc3 && hc3_reordered && nw && nw_reordered);
    ASSERT_TRUE(hc3->intercept.se && hc3_reordered->intercept.se);
    ASSERT_TRUE(nw->intercept.se && nw_reordered->intercept.se);
    EXPECT_NEAR(hc3->intercept.estimate, hc3_reordered->intercept.estimate, 1e-9);
    EXPECT_NEAR(*hc3->intercept.se, *hc3_reordered->intercept.se, 1e-9);
    EXPECT_NEAR(nw->intercept.estimate, nw_reordered->intercept.estimate, 1e-9);
    EXPECT_NEAR(*nw->intercept.se, 1.1215812624, 1e-6);
    EXPECT_NEAR(*nw_reordered->intercept.se, 0.9989392172, 1e-6);
}

// ------------------------------------------------------------------ holm

void check_holm(const std::string& name) {
    SCOPED_TRACE("holm case '" + name + "'");
    const json& c = reference.find("holm", name);
    const auto p = numbers(c.at("p"));
    const auto expected = numbers(c.at("expected"));
    const auto adjusted = holm(p);
    ASSERT_EQ(adjusted.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_NEAR(adjusted[i], expected[i], tolerance) << "p[" << i << "] = " << p[i];
    }
}

TEST(Holm, FourCausesInTheOrderGiven) {
    check_holm("four_causes");
}
TEST(Holm, RunningMaximumKeepsTheAdjustedValuesInOrder) {
    check_holm("running_max");
}
TEST(Holm, TiedPValuesGetTheSameAdjustment) {
    check_holm("ties");
}
TEST(Holm, AdjustedValuesStopAtOne) {
    check_holm("clipping");
}
TEST(Holm, ZeroAndOne) {
    check_holm("zero_and_one");
}
TEST(Holm, OneTestIsLeftAsItIs) {
    check_holm("one_test");
}

TEST(Holm, EveryCaseInTheFileHasATest) {
    EXPECT_EQ(reference.names("holm"),
              (std::set<std::string>{"four_causes", "running_max", "ties", "clipping",
                                     "zero_and_one", "one_test"}));
}

TEST(Holm, NoPValuesGiveNone) {
    EXPECT_TRUE(holm(std::vector<double>{}).empty());
}

// ------------------------------------------------------------------ spearman

void check_spearman(const std::string& name) {
    SCOPED_TRACE("spearman case '" + name + "'");
    const json& c = reference.find("spearman", name);
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
        reference.names("spearman"),
        (std::set<std::string>{"heavy_ties", "no_ties", "negative", "constant_x", "constant_y",
                               "two_points", "one_point", "mismatched_lengths"}));
}

// ------------------------------------------------------------------ t_975

TEST(TQuantile, MatchesSciPyForWholeAndFractionalDegreesOfFreedom) {
    const json& cases = reference.file().at("t_975");
    ASSERT_EQ(cases.size(), 7u);
    for (const json& c : cases) {
        const double df = c.at("df").get<double>();
        EXPECT_NEAR(t_975(df), c.at("expected").get<double>(), tolerance) << "df " << df;
    }
}

// The 99.5% quantile the recovery report's peak uses (1 - 0.025 / 5), as
// scipy.stats.t.ppf(0.995, df) gives it.
TEST(TQuantile, TheWiderQuantileMatchesSciPy) {
    EXPECT_NEAR(t_quantile(0.995, 10), 3.169272667175838, tolerance);
    EXPECT_NEAR(t_quantile(0.995, 3.5), 5.085702223526865, tolerance);
    EXPECT_NEAR(t_quantile(0.975, 7), t_975(7), 1e-12);
}

// ------------------------------------------------------------------ plain

TEST(IntervalContains, IncludesBothEnds) {
    const Interval interval{-0.5, 2.0};
    EXPECT_TRUE(interval.contains(-0.5));
    EXPECT_TRUE(interval.contains(0.0));
    EXPECT_TRUE(interval.contains(2.0));
    EXPECT_FALSE(interval.contains(-0.5000001));
    EXPECT_FALSE(interval.contains(2.0000001));
}

TEST(IntervalContains, SinglePoint) {
    const Interval point{3.0, 3.0};
    EXPECT_TRUE(point.contains(3.0));
    EXPECT_FALSE(point.contains(2.999));
    EXPECT_FALSE(point.contains(3.001));
}

TEST(Negligible, ZeroNextToAnything) {
    EXPECT_TRUE(negligible(0.0, 1.0));
    EXPECT_TRUE(negligible(0.0, 1e-8));
    EXPECT_TRUE(negligible(0.0, 1e8));
}

TEST(Negligible, RoundingIsNegligibleAtAnyScale) {
    EXPECT_TRUE(negligible(1e-16, 1.0));
    EXPECT_TRUE(negligible(1e-10, 1e6));
    EXPECT_TRUE(negligible(1e-22, 1e-6));
}

TEST(Negligible, RealDifferencesAreNot) {
    EXPECT_FALSE(negligible(1e-4, 1.0));
    EXPECT_FALSE(negligible(1e2, 1e6));
    EXPECT_FALSE(negligible(1e-10, 1e-6));
    EXPECT_FALSE(negligible(1.0, 1.0));
    EXPECT_FALSE(negligible(2.0, 1.0));
}

} // namespace
} // namespace sore::analysis
