#include "analysis/days.hpp"

#include "analysis/stats.hpp"

#include <algorithm>
#include <utility>

namespace sore::analysis {

namespace {

using journal::Day;

std::optional<int> firmest(const DayTotals& t) {
    for (int level = 4; level >= 1; --level) {
        if (t.pressure_counts[static_cast<std::size_t>(level - 1)] > 0) {
            return level;
        }
    }
    return std::nullopt;
}

double mean_soreness(const DayTotals& t) {
    return static_cast<double>(t.soreness_sum) / t.entries;
}

// Whether each day is clean: no session on it or in the 3 days before, no
// injury. A session before the first day we were given cannot be seen, so
// the first 3 days of an open journal count as clean when nothing says
// otherwise.
std::vector<bool> clean_flags(std::span<const DayTotals> days) {
    std::vector<bool> clean(days.size());
    std::optional<Day> last_session;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto& d = days[i];
        if (d.sessions > 0) {
            last_session = d.day;
        }
        bool shadowed = last_session && (d.day - *last_session).count() <= session_shadow;
        clean[i] = !shadowed && d.injuries == 0;
    }
    return clean;
}

// The clean days in the 28 before day `at`, as indices.
std::vector<std::size_t> clean_before(std::span<const DayTotals> days,
                                      const std::vector<bool>& clean, std::size_t at) {
    std::vector<std::size_t> found;
    auto from = days[at].day - date::days{baseline_days};
    for (std::size_t i = at; i-- > 0 && days[i].day >= from;) {
        if (clean[i]) {
            found.push_back(i);
        }
    }
    return found;
}

std::optional<double> before_of(std::span<const DayTotals> days,
                                const std::vector<std::size_t>& clean_days, std::size_t at) {
    if (!clean_days.empty()) {
        double sum = 0;
        for (auto i : clean_days) {
            sum += mean_soreness(days[i]);
        }
        return sum / static_cast<double>(clean_days.size());
    }
    if (at > 0) {
        return mean_soreness(days[at - 1]);
    }
    return std::nullopt;
}

// The window ends with the next session's day: soreness from a massage
// starts some hours later, so that day's rating still belongs to this
// session, and the next session's own soreness comes after it.
double left_by(std::span<const DayTotals> days, std::size_t at) {
    double most = mean_soreness(days[at]);
    for (std::size_t i = at + 1; i < days.size(); ++i) {
        if ((days[i].day - days[at].day).count() > days_left) {
            break;
        }
        most = std::max(most, mean_soreness(days[i]));
        if (days[i].sessions > 0) {
            break;
        }
    }
    return most;
}

// Episodes over every day given, context included, so that one that began
// before the period keeps its first day; those that reach into the period
// are kept.
std::vector<Episode> episodes_of(std::span<const DayTotals> days, journal::Day period_start) {
    std::vector<Episode> episodes;
    for (const auto& d : days) {
        if (d.injuries == 0) {
            continue;
        }
        if (!episodes.empty() && (d.day - episodes.back().span.last).count() <= episode_gap + 1) {
            episodes.back().span.last = d.day;
        } else {
            episodes.push_back({{d.day, d.day}, 0, {}});
        }
        ++episodes.back().flagged_days;
    }
    std::erase_if(episodes, [&](const Episode& e) { return e.span.last < period_start; });
    for (auto& e : episodes) {
        for (const auto& d : days) {
            auto after = (d.day - e.span.first).count();
            if (d.sessions > 0 && after >= 0 && after <= acute_days) {
                e.sessions_soon.push_back(d.day);
            }
        }
    }
    return episodes;
}

} // namespace

DayTotals& DayTotaller::day_of(journal::Day day) {
    // Entries of one day mostly come together, in date order or not.
    if (last_ < days_.size() && days_[last_].day == day) {
        return days_[last_];
    }
    auto key = day.time_since_epoch().count();
    if (auto at = at_.find(key); at != at_.end()) {
        last_ = at->second;
    } else {
        DayTotals fresh;
        fresh.day = day;
        days_.push_back(fresh);
        last_ = days_.size() - 1;
        at_.emplace(key, last_);
    }
    return days_[last_];
}

void DayTotaller::add(const EntryPart& entry) {
    auto& t = day_of(entry.day);
    ++t.entries;
    t.sessions += entry.session ? 1 : 0;
    t.soreness_sum += entry.soreness;
    t.soreness_max = std::max(t.soreness_max, entry.soreness); // soreness is 0-10
    if (entry.sitting_min) {
        t.sitting_sum_min += *entry.sitting_min;
        ++t.sitting_count;
    }
    if (entry.pressure && *entry.pressure >= 1 && *entry.pressure <= 4) {
        ++t.pressure_counts[static_cast<std::size_t>(*entry.pressure - 1)];
    }
    t.injuries += entry.injury ? 1 : 0;
    t.emotional += entry.emotional ? 1 : 0;
    if (entry.knots) {
        t.knots = std::max(t.knots.value_or(*entry.knots), *entry.knots);
    }
    if (entry.during) {
        t.during_sum += *entry.during;
        ++t.during_count;
    }
}

std::vector<DayTotals> DayTotaller::days() && {
    auto by_day = [](const DayTotals& a, const DayTotals& b) {
        return a.day < b.day;
    };
    if (!std::is_sorted(days_.begin(), days_.end(), by_day)) {
        std::sort(days_.begin(), days_.end(), by_day);
    }
    return std::move(days_);
}

Timeline build_timeline(std::span<const DayTotals> days, std::optional<journal::Day> first) {
    Timeline t;
    auto clean = clean_flags(days);
    auto start = std::find_if(days.begin(), days.end(),
                              [&](const DayTotals& d) { return !first || d.day >= *first; });
    if (start == days.end()) {
        return t;
    }
    auto origin = start->day;
    std::vector<bool> usual(days.size());
    for (auto i = static_cast<std::size_t>(start - days.begin()); i < days.size(); ++i) {
        const auto& d = days[i];
        LoggedDay day;
        day.day = d.day;
        day.soreness = mean_soreness(d);
        day.session = d.sessions > 0;
        day.injury = d.injuries > 0;
        day.clean = clean[i];
        if (d.sitting_count > 0) {
            day.sitting_hours = static_cast<double>(d.sitting_sum_min) / d.sitting_count / 60.0;
        }
        day.weeks = static_cast<double>((d.day - origin).count()) / 7.0;
        t.days.push_back(day);
        t.clean_days += day.clean ? 1 : 0;
        if (day.session) {
            Session s;
            s.day = d.day;
            s.pressure = firmest(d);
            s.knots = d.knots;
            s.emotional = d.emotional > 0;
            if (d.during_count > 0) {
                s.during = static_cast<double>(d.during_sum) / d.during_count;
            }
            s.left = left_by(days, i);
            auto clean_days = clean_before(days, clean, i);
            s.before = before_of(days, clean_days, i);
            if (i + 1 < days.size() && (days[i + 1].day - d.day).count() <= days_left) {
                s.next_day = mean_soreness(days[i + 1]);
            }
            // Yesterday's soreness tells today's best; a day long ago does
            // not, and then the clean days' mean stands in.
            if (i > 0 && (d.day - days[i - 1].day).count() <= session_shadow) {
                s.day_before = mean_soreness(days[i - 1]);
            } else {
                s.day_before = s.before;
            }
            std::vector<double> soreness;
            for (auto j : clean_days) {
                soreness.push_back(mean_soreness(days[j]));
                usual[j] = true;
            }
            if (!soreness.empty()) {
                s.baseline = median(soreness);
                s.baseline_days = static_cast<int>(soreness.size());
            }
            s.weeks = day.weeks;
            t.sessions.push_back(s);
        }
    }
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (usual[i]) {
            t.usual.push_back(mean_soreness(days[i]));
        }
        if (clean[i]) {
            t.clean_dates.push_back(days[i].day);
        }
    }
    t.episodes = episodes_of(days, origin);
    return t;
}

} // namespace sore::analysis
