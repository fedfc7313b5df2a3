#include "analysis/week.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace sore::analysis {

namespace {

// Rounding slack so that exactly 2 points or exactly 30% counts.
constexpr double slack = 1e-9;

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

struct Mean {
    double sum = 0;
    int count = 0;
    void add(double value) {
        sum += value;
        ++count;
    }
    std::optional<double> value() const {
        return count > 0 ? std::optional(sum / count) : std::nullopt;
    }
};

void add_kinds(std::vector<WeekRow>& weeks, const Timeline& t) {
    auto first = weeks.front().monday;
    auto week_of = [&](journal::Day day) -> WeekRow& {
        return weeks.at(static_cast<std::size_t>((journal::monday_of(day) - first).count() / 7));
    };
    std::vector<Mean> clean(weeks.size());
    std::vector<Mean> left(weeks.size());
    for (const auto& d : t.days) {
        if (d.clean) {
            auto& row = week_of(d.day);
            ++row.clean_days;
            clean[static_cast<std::size_t>(&row - weeks.data())].add(d.soreness);
        }
    }
    for (const auto& s : t.sessions) {
        auto& row = week_of(s.day);
        ++row.session_days;
        left[static_cast<std::size_t>(&row - weeks.data())].add(s.left);
    }
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].clean_mean = clean[i].value();
        weeks[i].left_mean = left[i].value();
    }
}

Direction direction_of(const Coefficient& c, bool exact) {
    auto ci = exact || !c.ci ? Interval{c.estimate, c.estimate} : *c.ci;
    if (exact && negligible(std::abs(c.estimate), 1.0)) {
        return Direction::no_clear_change;
    }
    return ci.high < 0  ? Direction::improving
           : ci.low > 0 ? Direction::worsening
                        : Direction::no_clear_change;
}

std::optional<Trend> trend_of(const Timeline& t) {
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (const auto& d : t.days) {
        weeks.push_back(d.weeks);
        soreness.push_back(d.soreness);
    }
    return trend_over(weeks, soreness);
}

struct Compared {
    journal::Day day;
    bool last = false;
    bool session = false;
    double soreness = 0;
};

ChangeKind kind_of(const Change& c) {
    auto d = c.difference.estimate;
    auto ci = c.exact || !c.difference.ci ? Interval{d, d} : *c.difference.ci;
    if (ci.low > 0) {
        return ChangeKind::worsening;
    }
    if (ci.high >= 0) {
        return ChangeKind::usual_variation;
    }
    bool by_points = d <= -meaningful_points + slack;
    bool by_share = c.first_mean >= meaningful_from - slack && c.relative &&
                    *c.relative <= -meaningful_share + slack;
    return by_points || by_share ? ChangeKind::meaningful_improvement : ChangeKind::improvement;
}

std::optional<Change> change_of(const Timeline& t, const std::optional<Trend>& trend) {
    auto n = t.days.size();
    auto width = std::min<std::size_t>(window_days, n / 2);
    if (width < min_window_days) {
        return std::nullopt;
    }
    Change change;
    change.first = {t.days.front().day, t.days[width - 1].day};
    change.last = {t.days[n - width].day, t.days.back().day};
    change.first_days = change.last_days = static_cast<int>(width);
    std::map<journal::Day, double> left;
    for (const auto& s : t.sessions) {
        left[s.day] = s.left;
    }
    std::vector<Compared> rows;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& d = t.days[i];
        bool last = i >= n - width;
        if (i >= width && !last) {
            continue;
        }
        if (d.session) {
            rows.push_back({d.day, last, true, left.at(d.day)});
        } else if (d.clean) {
            rows.push_back({d.day, last, false, d.soreness});
        }
    }
    // Only kinds of day that both windows have.
    for (bool session : {false, true}) {
        auto has = [&](bool last) {
            return std::any_of(rows.begin(), rows.end(), [&](const Compared& r) {
                return r.session == session && r.last == last;
            });
        };
        if (!has(false) || !has(true)) {
            std::erase_if(rows, [&](const Compared& r) { return r.session == session; });
        }
    }
    std::vector<double> in_last;
    std::vector<double> is_session;
    std::vector<double> soreness;
    Mean first_mean;
    for (const auto& r : rows) {
        in_last.push_back(r.last ? 1 : 0);
        is_session.push_back(r.session ? 1 : 0);
        soreness.push_back(r.soreness);
        if (!r.last) {
            first_mean.add(r.soreness);
        }
    }
    auto f = fit({in_last, is_session}, soreness, Errors::newey_west);
    if (!f || !f->coefficients[0] || (!f->exact && !f->coefficients[0]->ci)) {
        return std::nullopt;
    }
    change.compared = rows.size();
    for (const auto& r : rows) {
        (r.session ? change.sessions_compared : change.clean_compared) = true;
    }
    change.first_mean = *first_mean.value();
    // Like with like: the last end is the first plus the difference, so
    // the two means and the difference always agree.
    change.last_mean = change.first_mean + f->coefficients[0]->estimate;
    change.difference = *f->coefficients[0];
    change.exact = f->exact;
    if (change.first_mean > 0) {
        change.relative = change.difference.estimate / change.first_mean;
    }
    change.kind = kind_of(change);
    // The trend over the whole period has the last word on a direction.
    bool better =
        change.kind == ChangeKind::meaningful_improvement || change.kind == ChangeKind::improvement;
    bool worse = change.kind == ChangeKind::worsening;
    if (trend && ((better && trend->direction != Direction::improving) ||
                  (worse && trend->direction != Direction::worsening))) {
        change.kind = ChangeKind::usual_variation;
        change.trend_disagrees = true;
    }
    return change;
}

} // namespace

std::optional<Trend> trend_over(const std::vector<double>& weeks,
                                std::span<const double> soreness) {
    if (static_cast<int>(soreness.size()) < min_days) {
        return std::nullopt;
    }
    auto f = fit({weeks}, soreness, Errors::newey_west);
    if (!f || !f->coefficients[0]) {
        return std::nullopt;
    }
    Trend trend{soreness.size(), *f->coefficients[0], f->intercept.estimate, f->exact,
                Direction::no_clear_change};
    trend.direction = direction_of(trend.slope, trend.exact);
    return trend;
}

WeekReport build_week_report(const journal::DaySpan& span, std::span<const DayTotals> days) {
    WeekReport report{span, {}, 0, 0, 0, 0, 0, 0, std::nullopt, std::nullopt};
    if (span.last < span.first) {
        return report;
    }
    auto first = journal::monday_of(span.first);
    auto count = static_cast<std::size_t>((journal::monday_of(span.last) - first).count() / 7 + 1);
    std::vector<DayTotals> totals(count);
    for (const auto& day : days) {
        if (span.first <= day.day && day.day <= span.last) {
            auto index =
                static_cast<std::size_t>((journal::monday_of(day.day) - first).count() / 7);
            add(totals.at(index), day);
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        report.weeks.push_back(row_of(first + date::days{7 * static_cast<long>(i)}, totals[i]));
        report.entries += totals[i].entries;
        report.weeks_with_entries += totals[i].entries > 0 ? 1 : 0;
    }
    // Days after the span (there are none from the query) are not its.
    auto end = std::find_if(days.begin(), days.end(),
                            [&](const DayTotals& d) { return span.last < d.day; });
    auto timeline =
        build_timeline(days.first(static_cast<std::size_t>(end - days.begin())), span.first);
    add_kinds(report.weeks, timeline);
    report.days = static_cast<int>(timeline.days.size());
    report.clean_days = timeline.clean_days;
    report.sessions = static_cast<int>(timeline.sessions.size());
    report.episodes = static_cast<int>(timeline.episodes.size());
    report.trend = trend_of(timeline);
    report.change = change_of(timeline, report.trend);
    return report;
}

} // namespace sore::analysis
