#include "analysis/due.hpp"

#include <algorithm>

namespace sore::analysis {

namespace {

std::optional<int> firmest(const DayTotals& day) {
    for (int level = 4; level >= 1; --level) {
        if (day.pressure_counts.at(static_cast<std::size_t>(level - 1)) > 0) {
            return level;
        }
    }
    return std::nullopt;
}

} // namespace

journal::DateRange due_window(journal::Day today) {
    return {today - date::days{idle_days}, today};
}

Due find_due(std::span<const DayTotals> days, journal::Day today) {
    Due due;
    auto past = std::span(days.begin(), std::find_if(days.begin(), days.end(),
                                                     [&](const auto& d) { return d.day > today; }));
    auto oldest = today - date::days{idle_days};
    auto injury_window = today - date::days{injury_active_days};
    bool logged_today = false;
    bool logged_lately = false;
    std::optional<journal::Day> injury;    // the latest flagged day so far
    std::optional<journal::Day> cautioned; // the latest with a session since
    for (const auto& day : past) {
        if (day.day < oldest) {
            continue;
        }
        logged_lately = true;
        logged_today = logged_today || day.day == today;
        if (day.injuries > 0 && day.day >= injury_window) {
            injury = day.day;
        }
        if (day.sessions > 0 && injury) {
            cautioned = injury;
        }
        auto after = (today - day.day).count();
        if (day.sessions > 0 && after >= 1 && after <= check_in_days) {
            due.check_in = Due::CheckIn{day.day, static_cast<int>(after), firmest(day)};
        }
    }
    if (logged_today) {
        due.check_in.reset();
    }
    if (cautioned) {
        auto first = std::find_if(past.begin(), past.end(), [&](const auto& d) {
            return d.day >= *cautioned && d.sessions > 0;
        });
        due.caution = Due::Caution{*cautioned, first->day};
    }
    due.log_today = !logged_today && logged_lately && !due.check_in;
    return due;
}

} // namespace sore::analysis
