#pragma once

// The days after a session: how far above the user's usual soreness each
// day after it lies (the profile), how many days until it settles
// (Kaplan-Meier, since the next session or a gap in the journal often
// comes first), the pressure that left the least (the causes report's
// session model, adjusted for the soreness before and the date), whether
// sessions leave less as the months go by, and sessions after which
// soreness stayed up longer than the usual 36-72 hours.

#include "analysis/days.hpp"
#include "analysis/stats.hpp"
#include "analysis/survival.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace sore::analysis {

// The session's day and the 4 after.
inline constexpr int profile_lags = 5;
// Back to usual: within this many points of the baseline.
inline constexpr double settled_within = 1.0;
// A figure from sessions needs this many (a profile cell, a pressure tried
// enough) and a recovery time this many settled sessions.
inline constexpr int min_cell = 3;
inline constexpr int min_settled = 3;
// The adjusted means need this many sessions in their model; settling
// this many over at least 28 days.
inline constexpr int min_model_sessions = 10;
inline constexpr int min_settling_days = 28;
// A pressure as comfortable as the best: less than a point more soreness,
// and an interval reaching no further than 2 points.
inline constexpr double close_points = 1.0;
inline constexpr double close_upper_points = 2.0;
// Pain during the massage this high on average is worth raising.
inline constexpr double painful_during = 7.0;
// Longer than usual: 2 points or more above the baseline for more than 3
// days after the session.
inline constexpr double still_sore_points = 2.0;
inline constexpr int usual_sore_days = 3;

// "light", "medium", "firm", "deep" for 1-4.
std::string_view pressure_name(int level);

struct Baseline {
    double median = 0;
    double q1 = 0;
    double q3 = 0;
    int days = 0;
};

// One day of the profile: sessions with that day logged, and the mean
// excess over their baselines when there are at least 3.
struct LagExcess {
    int lag = 0;
    int sessions = 0;
    std::optional<MeanInterval> excess;
};
using Profile = std::array<LagExcess, profile_lags>;

struct Adjusted {
    double estimate = 0;
    std::optional<Interval> ci; // absent on an exact fit
    // Against the level that left the least; 0 for that level itself.
    double difference = 0;
    std::optional<Interval> difference_ci;
};

struct Level {
    int pressure = 1;
    int sessions = 0; // sessions at this level with a baseline
    bool tried_enough = false;
    Profile excess{};
    MedianWait recovery; // days until settled
    std::optional<Adjusted> adjusted;
    std::optional<double> during_mean; // over every session at the level
    int during_sessions = 0;
};

struct Comfortable {
    enum class Reason {
        close_to_best, // the firmest level close to the one that left the least
        lightest_tried // no adjusted means: the lightest level tried enough
    };
    int pressure = 1;
    Reason reason = Reason::close_to_best;
};

struct Settling {
    int sessions = 0;
    Coefficient per_month; // soreness left, per month, at the same pressure
};

// What followed one session with a baseline.
struct Followed {
    // How the wait for soreness to come back to usual ended.
    enum class Ended { settled, next_session, gap, journal_end };
    journal::Day day;
    Wait wait; // days until back within a point of usual; or unsettled
    Ended ended = Ended::journal_end;
    int still_sore = 0; // days after it 2 or more points above usual
};

struct LongSoreness {
    journal::Day day; // the session
    int days = 0;     // days after it still 2 or more points above usual
};

// What a figure lacks.
struct Missing {
    enum class Figure { baseline, profile, recovery_days, adjusted, comfortable, settling };
    enum class Kind {
        no_sessions,   // no session at all
        no_clean_days, // sessions, but none with clean days in the 28 before
        no_pressure,   // sessions with a baseline, none recording a pressure
        few_sessions,  // fewer sessions than the figure needs (`have`, `needed`)
        few_settled,   // fewer than 3 sessions settled
        not_reached,   // fewer than half settled before the journal ends or moves on
        few_weeks,     // settling: sessions over fewer than 28 days
        no_fit,        // the model has no degree of freedom left
        injury_active, // a flag in the last 7 days: no pressure to suggest
    };
    Figure figure = Figure::baseline;
    std::optional<int> pressure; // the level, for a figure per level
    Kind kind = Kind::no_sessions;
    int have = 0;
    int needed = 0;
};

struct RecoveryReport {
    std::optional<journal::DaySpan> logged;
    int days = 0;
    int sessions = 0;
    int sessions_with_baseline = 0;
    std::optional<Baseline> baseline;
    Profile profile{};
    std::optional<int> peak_lag;
    // Whether the peak day lies clearly above the usual: its interval,
    // widened for the 5 days looked at (Bonferroni: 99%), is above 0. The
    // highest of 5 means alone is no sign of anything on a journal where
    // the sessions change nothing.
    bool peak_clear = false;
    std::array<Level, 4> levels{};
    std::optional<Comfortable> comfortable;
    std::optional<journal::Day> injury_flagged; // within the last 7 days
    std::optional<Settling> settling;
    std::vector<LongSoreness> longer_than_usual;
    std::vector<Followed> followed; // oldest first
    std::vector<Missing> missing;
};

// One session in the model behind the adjusted means and settling.
struct SessionRow {
    int pressure = 1;
    double baseline = 0;
    double months = 0; // since the first session in the model
    double left = 0;   // the soreness it left (Session::left)
};

// The model: `left` on the pressure level, the baseline and the months,
// HC3. Each level's mean at the average baseline and date (an estimated
// marginal mean), its difference from the level with the lowest, and the
// slope per month. Nothing when a fit fails (no degree of freedom left, or
// one session alone fixes a figure). Levels in `levels`, lightest first.
struct LevelMeans {
    std::vector<int> levels;
    std::vector<Adjusted> adjusted; // one per level
    std::size_t best = 0;           // index of the lowest mean
    std::optional<Coefficient> per_month;
};
std::optional<LevelMeans> level_means(std::span<const SessionRow> rows);

// `recent_injury`: the last day flagged within 7 days of today, if any;
// while it stands no pressure is suggested.
RecoveryReport build_recovery_report(const Timeline& timeline,
                                     std::optional<journal::Day> recent_injury);

} // namespace sore::analysis
