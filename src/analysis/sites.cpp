#include "analysis/sites.hpp"

#include <algorithm>

namespace sore::analysis {

namespace {

using journal::Day;
using journal::SiteKey;

bool in_period(const SiteDay& d, std::optional<Day> first) {
    return !first || *first <= d.day;
}

// A site's soreness on one day: the mean of the entries that name it.
struct Point {
    Day day;
    double soreness = 0;
};

std::vector<Point> series_of(std::span<const SiteDay> days, SiteKey key) {
    std::vector<Point> points;
    for (const auto& d : days) {
        if (d.key == key) {
            points.push_back({d.day, static_cast<double>(d.soreness_sum) / d.entries});
        }
    }
    return points;
}

// The site's soreness on the first day after the session, at most 2 days
// after, that names it: the causes report's next day, at this site.
std::optional<double> next_day_at(const std::vector<Point>& points, Day session) {
    auto after = std::upper_bound(points.begin(), points.end(), session,
                                  [](Day day, const Point& p) { return day < p.day; });
    if (after != points.end() && (after->day - session).count() <= days_left) {
        return after->soreness;
    }
    return std::nullopt;
}

// The site's soreness on the last day before the session, at most 3 days
// before, that names it; else its mean over the clean days in the 28
// before that name it.
std::optional<double> day_before_at(const std::vector<Point>& points, Day session,
                                    const std::vector<Day>& clean) {
    auto at = std::lower_bound(points.begin(), points.end(), session,
                               [](const Point& p, Day day) { return p.day < day; });
    if (at != points.begin() && (session - std::prev(at)->day).count() <= session_shadow) {
        return std::prev(at)->soreness;
    }
    double sum = 0;
    int count = 0;
    for (auto p = at; p != points.begin();) {
        --p;
        if ((session - p->day).count() > baseline_days) {
            break;
        }
        if (std::binary_search(clean.begin(), clean.end(), p->day)) {
            sum += p->soreness;
            ++count;
        }
    }
    return count > 0 ? std::optional(sum / count) : std::nullopt;
}

SiteRow row_of(const Timeline& t, std::span<const SiteDay> days, SiteKey key,
               std::optional<Day> first) {
    SiteRow row;
    auto points = series_of(days, key);
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (const auto& p : points) {
        if (!first || *first <= p.day) {
            weeks.push_back(static_cast<double>((p.day - t.days.front().day).count()) / 7.0);
            soreness.push_back(p.soreness);
        }
    }
    row.days = static_cast<int>(soreness.size());
    row.trend = trend_over(weeks, soreness);
    std::vector<Session> sessions;
    for (auto s : t.sessions) {
        s.next_day = next_day_at(points, s.day);
        s.day_before = day_before_at(points, s.day, t.clean_dates);
        sessions.push_back(s);
    }
    auto found = session_findings(sessions, false);
    row.pressure = found.findings[static_cast<std::size_t>(Cause::pressure)];
    row.knots = found.findings[static_cast<std::size_t>(Cause::knots)];
    row.sessions_in_model = found.in_model;
    return row;
}

} // namespace

std::vector<SiteSummary> summaries_of(std::span<const SiteDay> days,
                                      std::optional<journal::Day> first) {
    std::vector<SiteSummary> out;
    std::vector<long> sums;
    for (const auto& d : days) {
        if (!in_period(d, first)) {
            continue;
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const SiteSummary& s) {
            return s.site == d.key.site && s.side == d.key.side;
        });
        if (it == out.end()) {
            out.push_back({d.key.site, d.key.side, 0, 0, 0});
            sums.push_back(0);
            it = std::prev(out.end());
        }
        it->entries += d.entries;
        it->highest = std::max(it->highest, d.soreness_max);
        sums[static_cast<std::size_t>(it - out.begin())] += d.soreness_sum;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].mean = static_cast<double>(sums[i]) / out[i].entries;
    }
    std::sort(out.begin(), out.end(), [](const SiteSummary& a, const SiteSummary& b) {
        return journal::in_body_order({a.site, a.side}, {b.site, b.side});
    });
    return out;
}

SitesReport build_sites_report(const Timeline& timeline, std::span<const SiteDay> site_days,
                               std::optional<journal::Day> first) {
    SitesReport report;
    report.days = static_cast<int>(timeline.days.size());
    report.sessions = static_cast<int>(timeline.sessions.size());
    if (timeline.days.empty()) {
        return report;
    }
    report.logged = journal::DaySpan{timeline.days.front().day, timeline.days.back().day};
    std::vector<Day> named;
    for (const auto& d : site_days) {
        if (in_period(d, first) && (named.empty() || named.back() != d.day)) {
            named.push_back(d.day);
        }
    }
    report.site_days = static_cast<int>(named.size());
    for (const auto& summary : summaries_of(site_days, first)) {
        auto row = row_of(timeline, site_days, {summary.site, summary.side}, first);
        row.summary = summary;
        report.sites.push_back(row);
    }
    std::vector<Finding*> family;
    family.reserve(2 * report.sites.size());
    for (auto& row : report.sites) {
        family.push_back(&row.pressure);
        family.push_back(&row.knots);
    }
    judge(family);
    for (const auto* f : family) {
        report.tests = std::max(report.tests, f->family);
    }
    return report;
}

} // namespace sore::analysis
