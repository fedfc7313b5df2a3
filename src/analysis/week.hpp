#pragma once

// The weekly trend: days folded into ISO weeks (Monday first), each week's
// clean-day and after-session soreness apart, the trend over the logged
// days (Newey-West), and the change from the first 14 logged days to the
// last 14, like with like.

#include "analysis/days.hpp"
#include "analysis/stats.hpp"
#include "journal/dates.hpp"

#include <optional>
#include <span>
#include <vector>

namespace sore::analysis {

struct WeekRow {
    journal::Day monday;
    int entries = 0;
    int sessions = 0; // entries that are sessions
    std::optional<double> mean_soreness;
    std::optional<int> max_soreness;
    std::optional<double> mean_sitting_hours;
    std::optional<int> top_pressure; // 1-4; on a tie the firmer level
    int injuries = 0;
    int clean_days = 0;
    std::optional<double> clean_mean; // the user's usual soreness that week
    int session_days = 0;
    std::optional<double> left_mean; // the soreness the week's sessions left
};

enum class Direction { improving, worsening, no_clear_change };

// Daily soreness regressed on time, in points per week.
struct Trend {
    std::size_t days = 0;
    Coefficient slope;
    double intercept = 0; // at the first logged day
    bool exact = false;   // the days lie on a line: a slope, no interval
    Direction direction = Direction::no_clear_change;
};

enum class ChangeKind {
    meaningful_improvement, // a fall of 2 points, or 30% from 4 or more, interval below 0
    improvement,            // a fall whose interval is below 0, smaller than that
    worsening,              // a rise whose interval is above 0
    usual_variation,        // anything else
};

// The first 14 logged days of the period against the last 14 (halves when
// there are fewer than 28), clean days with clean days and sessions with
// sessions.
struct Change {
    journal::DaySpan first; // first and last logged day of each window
    journal::DaySpan last;
    int first_days = 0; // logged days in each window
    int last_days = 0;
    std::size_t compared = 0;       // clean days and sessions compared, both windows
    bool clean_compared = false;    // clean days are at both ends
    bool sessions_compared = false; // sessions are at both ends
    double first_mean = 0;          // of what was compared at the first end
    double last_mean = 0;           // first_mean + difference: like with like
    Coefficient difference;         // last - first, like with like; negative is better
    bool exact = false;
    std::optional<double> relative; // difference / first_mean, when first_mean > 0
    ChangeKind kind = ChangeKind::usual_variation;
    // The windows alone would say otherwise, but the trend does not agree.
    bool trend_disagrees = false;
};

struct WeekReport {
    journal::DaySpan span;      // Monday of the first week to Sunday of the last
    std::vector<WeekRow> weeks; // every week of the span, oldest first
    int entries = 0;
    int weeks_with_entries = 0;
    int days = 0; // logged days
    int clean_days = 0;
    int sessions = 0;             // session days
    int episodes = 0;             // injury episodes
    std::optional<Trend> trend;   // needs 28 logged days
    std::optional<Change> change; // needs 5 logged days in each window
};

inline constexpr int window_days = 14;
inline constexpr int min_window_days = 5;

// The weeks `sore week` and `sore report` cover when not told otherwise,
// and the most they cover (a hundred years).
inline constexpr int default_weeks = 8;
inline constexpr int max_weeks = 5200;

// A change in soreness that matters to a patient (IMMPACT): at least this
// many points on the 0-10 scale, or this share of a start at least
// `meaningful_from`.
inline constexpr double meaningful_points = 2.0;
inline constexpr double meaningful_share = 0.3;
inline constexpr double meaningful_from = 4.0;

// Soreness on logged days (`weeks` since the first, oldest first) regressed
// on time, Newey-West; nothing for fewer than min_days days.
std::optional<Trend> trend_over(const std::vector<double>& weeks, std::span<const double> soreness);

// `days` oldest first: those in the span, and up to context_days before
// it, which only decide which days are clean and a session's baseline.
WeekReport build_week_report(const journal::DaySpan& span, std::span<const DayTotals> days);

} // namespace sore::analysis
