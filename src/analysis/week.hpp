#pragma once

// The weekly trend: days folded into ISO weeks (Monday first), the
// least-squares slope of the weekly means, and whether the last week with
// entries differs from the first by a clinically meaningful amount.

#include "analysis/stats.hpp"
#include "journal/dates.hpp"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace sore::analysis {

// One day's totals, as reports/week.sql returns them.
struct DayTotals {
    journal::Day day;
    int entries = 0;
    int sessions = 0;
    long soreness_sum = 0;
    int soreness_max = 0;
    long sitting_sum_min = 0;
    int sitting_count = 0;                // entries that record sitting
    std::array<int, 4> pressure_counts{}; // light, medium, firm, deep
    int injuries = 0;
};

struct WeekRow {
    journal::Day monday;
    int entries = 0;
    int sessions = 0;
    std::optional<double> mean_soreness;
    std::optional<int> max_soreness;
    std::optional<double> mean_sitting_hours;
    std::optional<int> top_pressure; // 1-4; on a tie the firmer level
    int injuries = 0;
};

enum class Direction { improving, worsening, no_clear_change };

// Weekly means regressed on the week's position (gaps keep their place).
struct Trend {
    LineFit fit; // slope in points per week, with its 95% interval
    Direction direction = Direction::no_clear_change;
};

// The last week with entries against the first.
struct Change {
    journal::Day first_week; // Mondays
    journal::Day last_week;
    double first_mean = 0;
    double last_mean = 0;
    double difference = 0;          // last - first; negative is better
    std::optional<double> relative; // difference / first, when first > 0
    bool meaningful = false;        // at least 2 points or 30%
};

struct WeekReport {
    journal::DaySpan span;      // Monday of the first week to Sunday of the last
    std::vector<WeekRow> weeks; // every week of the span, oldest first
    int entries = 0;
    int weeks_with_entries = 0;
    std::optional<Trend> trend;   // needs 3 weeks with entries
    bool trend_exact = false;     // the means lie exactly on a line: no interval to give
    std::optional<Change> change; // needs 2 weeks with entries
};

inline constexpr int weeks_for_trend = 3;

// The weeks `sore week` and `sore report` cover when not told otherwise,
// and the most they cover (a hundred years).
inline constexpr int default_weeks = 8;
inline constexpr int max_weeks = 5200;

// A change in mean soreness that matters to a patient (IMMPACT): at least
// this many points on the 0-10 scale, or this share of where it started.
inline constexpr double meaningful_points = 2.0;
inline constexpr double meaningful_share = 0.3;

// `days` must lie within the span, in any order (an empty span has no
// weeks at all).
WeekReport build_week_report(const journal::DaySpan& span, std::span<const DayTotals> days);

} // namespace sore::analysis
