#include "analysis/week.hpp"

#include <algorithm>
#include <cmath>

namespace sore::analysis {

namespace {

// Rounding slack so that exactly 2 points or exactly 30% counts.
constexpr double slack = 1e-9;

WeekRow row_of(journal::Day monday, const DayTotals& t) {
    WeekRow row;
    row.monday = monday;
    row.entries = t.entries;
    row.sessions = t.sessions;
    row.injuries = t.injuries;
    if (t.entries > 0) {
        row.mean_soreness = static_cast<double>(t.soreness_sum) / t.entries;
        row.max_soreness = t.soreness_max;
    }
    if (t.sitting_count > 0) {
        row.mean_sitting_hours = static_cast<double>(t.sitting_sum_min) / t.sitting_count / 60.0;
    }
    int best = 0;
    for (int level = 1; level <= 4; ++level) {
        auto count = t.pressure_counts[static_cast<std::size_t>(level - 1)];
        if (count > 0 && count >= t.pressure_counts[static_cast<std::size_t>(best)]) {
            best = level - 1;
            row.top_pressure = level;
        }
    }
    return row;
}

void add(DayTotals& into, const DayTotals& day) {
    into.soreness_max =
        into.entries == 0 ? day.soreness_max : std::max(into.soreness_max, day.soreness_max);
    into.entries += day.entries;
    into.sessions += day.sessions;
    into.soreness_sum += day.soreness_sum;
    into.sitting_sum_min += day.sitting_sum_min;
    into.sitting_count += day.sitting_count;
    for (std::size_t i = 0; i < into.pressure_counts.size(); ++i) {
        into.pressure_counts[i] += day.pressure_counts[i];
    }
    into.injuries += day.injuries;
}

// Nothing with fewer than 3 weeks with entries, or when their means lie
// exactly on a line (an interval of no width would claim certainty).
std::optional<Trend> trend_of(const std::vector<WeekRow>& weeks) {
    std::vector<double> position;
    std::vector<double> mean;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        if (weeks[i].mean_soreness) {
            position.push_back(static_cast<double>(i));
            mean.push_back(*weeks[i].mean_soreness);
        }
    }
    if (position.size() < weeks_for_trend) {
        return std::nullopt;
    }
    auto fit = fit_line(position, mean);
    if (!fit || !fit->slope_se || *fit->slope_se == 0) {
        return std::nullopt;
    }
    Trend trend{*fit, Direction::no_clear_change};
    if (fit->slope_ci->high < 0) {
        trend.direction = Direction::improving;
    } else if (fit->slope_ci->low > 0) {
        trend.direction = Direction::worsening;
    }
    return trend;
}

std::optional<Change> change_of(const std::vector<WeekRow>& weeks) {
    const WeekRow* first = nullptr;
    const WeekRow* last = nullptr;
    for (const auto& week : weeks) {
        if (week.mean_soreness) {
            first = first ? first : &week;
            last = &week;
        }
    }
    if (first == last) {
        return std::nullopt;
    }
    Change change;
    change.first_week = first->monday;
    change.last_week = last->monday;
    change.first_mean = *first->mean_soreness;
    change.last_mean = *last->mean_soreness;
    change.difference = change.last_mean - change.first_mean;
    if (change.first_mean > 0) {
        change.relative = change.difference / change.first_mean;
    }
    change.meaningful = std::abs(change.difference) >= meaningful_points - slack ||
                        (change.relative && std::abs(*change.relative) >= meaningful_share - slack);
    return change;
}

} // namespace

WeekReport build_week_report(const journal::DaySpan& span, std::span<const DayTotals> days) {
    WeekReport report{span, {}, 0, 0, std::nullopt, false, std::nullopt};
    if (span.last < span.first) {
        return report;
    }
    auto first = journal::monday_of(span.first);
    auto count = static_cast<std::size_t>((journal::monday_of(span.last) - first).count() / 7 + 1);
    std::vector<DayTotals> totals(count);
    for (const auto& day : days) {
        auto index = static_cast<std::size_t>((journal::monday_of(day.day) - first).count() / 7);
        add(totals.at(index), day);
    }
    for (std::size_t i = 0; i < count; ++i) {
        report.weeks.push_back(row_of(first + date::days{7 * static_cast<long>(i)}, totals[i]));
        report.entries += totals[i].entries;
        report.weeks_with_entries += totals[i].entries > 0 ? 1 : 0;
    }
    report.trend = trend_of(report.weeks);
    report.trend_exact = !report.trend && report.weeks_with_entries >= weeks_for_trend;
    report.change = change_of(report.weeks);
    return report;
}

} // namespace sore::analysis
