#include "analysis/survival.hpp"
#include "expected.hpp"

#include <algorithm>
#include <cstddef>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

// The Kaplan-Meier curve and the median wait of src/analysis/survival.hpp
// against R's survival package: survfit(Surv(time, event) ~ 1) (conf.type
// "log") and quantile(fit, probs = 0.5). The data and the expected figures
// both come from tests/data/survival_expected.json, which
// tests/data/survival_expected.R generates; a null stands for R's NA, which
// the C++ must give as an empty optional.

namespace sore::analysis {
namespace {

using nlohmann::json;

constexpr double tolerance = 1e-6;

const test::Reference reference(SORE_TEST_DATA "/survival_expected.json");

std::vector<Wait> waits_of(const json& c) {
    const auto times = c.at("time").get<std::vector<double>>();
    const auto events = c.at("event").get<std::vector<int>>();
    if (times.size() != events.size()) {
        throw std::runtime_error("times and events differ in length");
    }
    std::vector<Wait> waits;
    for (std::size_t i = 0; i < times.size(); ++i) {
        waits.push_back({times[i], events[i] == 1});
    }
    return waits;
}

void expect_optional(const std::optional<double>& actual, const json& expected,
                     const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << what << " should be absent, is " << *actual;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is absent, R gives " << expected;
    EXPECT_NEAR(*actual, expected.get<double>(), tolerance) << what;
}

void check_curve(const std::vector<Wait>& waits, const json& expected) {
    const auto curve = kaplan_meier(waits);
    const auto times = expected.at("time").get<std::vector<double>>();
    ASSERT_EQ(curve.size(), times.size());
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const std::string at =
            "curve[" + std::to_string(i) + "] (time " + std::to_string(times[i]) + ")";
        const auto& point = curve[i];
        EXPECT_EQ(point.time, times[i]) << at;
        EXPECT_EQ(point.at_risk, expected.at("at_risk").at(i).get<int>()) << at << " at risk";
        EXPECT_EQ(point.events, expected.at("events").at(i).get<int>()) << at << " events";
        EXPECT_NEAR(point.survival, expected.at("survival").at(i).get<double>(), tolerance)
            << at << " survival";
        expect_optional(point.lower, expected.at("lower").at(i), at + " lower");
        expect_optional(point.upper, expected.at("upper").at(i), at + " upper");
    }
}

void check_median(const std::vector<Wait>& waits, const json& c) {
    const auto m = median_wait(waits);
    EXPECT_EQ(m.events, c.at("events").get<int>());
    EXPECT_EQ(m.waits, c.at("waits").get<int>());
    expect_optional(m.median, c.at("median"), "median");
    expect_optional(m.low, c.at("low"), "median's lower limit");
    expect_optional(m.high, c.at("high"), "median's upper limit");
}

void check_case(const std::string& name) {
    SCOPED_TRACE("survival case '" + name + "'");
    const json& c = reference.find("cases", name);
    const auto waits = waits_of(c);
    {
        SCOPED_TRACE("kaplan_meier");
        check_curve(waits, c.at("curve"));
    }
    {
        SCOPED_TRACE("median_wait");
        check_median(waits, c);
    }
}

// ------------------------------------------------------------------ cases from R

TEST(Survival, OrdinaryThirtyWaitsWithBothLimits) {
    check_case("ordinary");
}
TEST(Survival, EventsAndCensoringOnTheSameDay) {
    check_case("ties_event_and_censor");
}
TEST(Survival, CurveFlatAtOneHalfGivesTheMiddleOfTheStretch) {
    check_case("flat_half_midpoint");
}
TEST(Survival, CurveEndingFlatAtOneHalfGivesTheMiddleUpToTheLastWait) {
    check_case("flat_half_at_end");
}
TEST(Survival, FewerThanHalfEventsGiveNoMedian) {
    check_case("median_not_reached");
}
TEST(Survival, LowerLimitOfTheCurveNeverAtOneHalfGivesNoUpperLimit) {
    check_case("high_not_reached");
}
TEST(Survival, AllEventsTakeTheCurveToZeroWithoutLimitsThere) {
    check_case("all_events");
}
TEST(Survival, WaitsCensoredOnDayZero) {
    check_case("censored_at_zero");
}
TEST(Survival, HalfTheEventsOnDayZero) {
    check_case("event_at_zero");
}
TEST(Survival, SingleEvent) {
    check_case("single_event");
}
TEST(Survival, SingleCensoredWait) {
    check_case("single_censored");
}
TEST(Survival, NoEvents) {
    check_case("no_events");
}
// The curve's upper limit rises again (0.4928 on day 6, 0.4952 on day 9):
// R's findq takes the smallest value past one half, day 9, not the first.
TEST(Survival, UpperLimitThatRisesAgainTakesRsCrossing) {
    check_case("upper_limit_rises");
}
TEST(Survival, RandomThirtyWaits) {
    check_case("random_30");
}
TEST(Survival, RandomFortyFiveWaits) {
    check_case("random_45");
}
TEST(Survival, RandomSixtyWaits) {
    check_case("random_60");
}

TEST(Survival, EveryCaseInTheFileHasATest) {
    std::set<std::string> names;
    for (const json& c : reference.file().at("cases")) {
        names.insert(c.at("name").get<std::string>());
    }
    EXPECT_EQ(names, (std::set<std::string>{
                         "ordinary", "ties_event_and_censor", "flat_half_midpoint",
                         "flat_half_at_end", "median_not_reached", "high_not_reached", "all_events",
                         "censored_at_zero", "event_at_zero", "single_event", "single_censored",
                         "no_events", "upper_limit_rises", "random_30", "random_45", "random_60"}));
}

// ------------------------------------------------------------------ plain

TEST(Survival, NoWaitsGiveAnEmptyCurveAndNoMedian) {
    EXPECT_TRUE(kaplan_meier({}).empty());
    const auto m = median_wait({});
    EXPECT_EQ(m.waits, 0);
    EXPECT_EQ(m.events, 0);
    EXPECT_FALSE(m.median.has_value());
    EXPECT_FALSE(m.low.has_value());
    EXPECT_FALSE(m.high.has_value());
}

// The waits come in any order: the same figures shuffled.
TEST(Survival, OrderOfTheWaitsDoesNotMatter) {
    SCOPED_TRACE("random_60 shuffled");
    const json& c = reference.find("cases", "random_60");
    auto waits = waits_of(c);
    std::mt19937 generator(7);
    std::shuffle(waits.begin(), waits.end(), generator);
    check_curve(waits, c.at("curve"));
    check_median(waits, c);
}

// The interval is in order: the median's lower limit comes from the lower
// limit of the curve, which reaches one half first.
TEST(Survival, IntervalHoldsTheMedian) {
    for (const json& c : reference.file().at("cases")) {
        const auto m = median_wait(waits_of(c));
        const std::string name = c.at("name").get<std::string>();
        if (m.median && m.low) {
            EXPECT_LE(*m.low, *m.median) << name;
        }
        if (m.median && m.high) {
            EXPECT_LE(*m.median, *m.high) << name;
        }
    }
}

} // namespace
} // namespace sore::analysis
