#pragma once

// How soreness goes with each of the five causes, each on its own unit:
// pressure, knots and emotional release per session (the soreness of the
// day after, in one model with time and the day before's, HC3: the issue
// asked for the highest of the session's day and the two after against the
// clean days' mean, but on journals whose truth is known that found a real
// next-day effect in 54-85% of them, and this in 86-100%);
// sitting on clean days and injury against clean days (with time,
// Newey-West). The five tests are one family (Holm), and each cause gets
// one verdict. Where the data cannot answer, a Gap says what is missing.

#include "analysis/days.hpp"
#include "analysis/stats.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sore::analysis {

// In the article's order.
enum class Cause { knots, pressure, sitting, injury, emotional };
inline constexpr std::array<Cause, 5> all_causes{Cause::knots, Cause::pressure, Cause::sitting,
                                                 Cause::injury, Cause::emotional};

// "knots", "pressure", "sitting", "injury", "emotional": JSON keys.
std::string_view key_of(Cause cause);

enum class Verdict {
    clear,           // Holm-adjusted p < 0.05
    small,           // not clear, and the whole interval within +-1 point
    unclear,         // anything else
    not_enough_data, // a Gap says why
};
std::string_view name_of(Verdict verdict); // "clear", ..., "not enough data"

// The smallest change a person notices on the 0-10 scale, and the
// minimums behind a figure.
inline constexpr double noticeable_points = 1.0;
inline constexpr double clear_below = 0.05;
inline constexpr int min_sessions = 10; // for the model over sessions
inline constexpr int min_per_group = 5; // with and without a yes/no marker
inline constexpr int min_per_level = 3; // sessions at a pressure level in the model
// Two causes whose rank correlation over the sessions reaches this cannot
// be told apart.
inline constexpr double apart_below = 0.7;

// Why a cause has no figure, and how many more days or sessions would let
// it answer (0 when more alone would not help).
struct Gap {
    enum class Kind {
        few_days,     // a day model: fewer than 28 days (`have`)
        few_sessions, // knots: fewer than 10 sessions record them
        few_weighed,  // the session model: fewer than 10 sessions it can weigh
        few_with,     // fewer than 5 sessions with a release, or 5 injury episodes
        few_without,  // ... without it (clean days, for injury)
        few_levels,   // pressure: fewer than 2 levels with 3 sessions each
        constant,     // the measure never varies (its value in `value`)
        no_fit,       // one session alone fixes a figure, or no degree of freedom left
    };
    Kind kind;
    int have = 0;
    int needed = 0;
    std::optional<double> value;
};

struct Finding {
    Cause cause = Cause::knots;
    Verdict verdict = Verdict::not_enough_data;
    std::size_t n = 0; // days or sessions in its model
    // In points: per knot, firmest level against lightest, per hour sat,
    // flagged days against clean days, sessions with against without.
    std::optional<double> estimate;
    std::optional<Interval> ci; // 95%; absent when not enough data or exact
    bool exact = false;         // the data lie exactly on the model: no interval
    std::optional<double> p;
    std::optional<double> p_holm;
    std::size_t family = 0; // the causes tested together (Holm)
    // Pressure: the levels compared (1-4).
    std::optional<int> lightest;
    std::optional<int> firmest;
    // The cause this one moves with too closely to be told apart from,
    // and their rank correlation over the sessions (1 when one is exactly
    // the other's combination).
    std::optional<Cause> tied_with;
    std::optional<double> tied_rho;
    std::optional<Gap> gap; // set exactly when the verdict is not_enough_data
};

struct CausesReport {
    std::optional<journal::DaySpan> logged; // the first and last logged day
    int days = 0;                           // logged days in the period
    int clean_days = 0;
    int sessions = 0;
    int sessions_in_model = 0;
    std::vector<Episode> episodes;
    std::vector<Finding> findings; // clear first, then small, unclear, not enough data
};

// A finding with no figures yet.
Finding finding_of(Cause cause);

CausesReport build_causes_report(const Timeline& timeline);

// The session model alone, over any sessions whose next_day and day_before
// say what is weighed (the body sites report gives a site's): pressure,
// knots and, when asked, emotional release, in one fit with the day before
// and time, HC3. Findings by Cause; those not weighed here stay empty, and
// none is judged yet.
struct SessionFindings {
    std::array<Finding, 5> findings;
    int in_model = 0; // sessions in the fit
};
SessionFindings session_findings(std::span<const Session> sessions, bool emotional);

// One family of tests: the Holm-adjusted p-values of those with a figure,
// then each one's verdict.
void judge(std::span<Finding* const> family);

} // namespace sore::analysis
