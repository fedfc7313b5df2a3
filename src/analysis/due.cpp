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
    std::optional<journal::Day> injury;
    bool logged_today = false;
    bool logged_lately = false;
    for (const auto& day : past) {
        if (day.day < oldest) {
            continue;
        }
        logged_lately = true;
        logged_today = logged_today || day.day == today;
        if (day.injuries > 0 && day.day >= today - date::days{injury_active_days}) {
            injury = day.day;
        }
    }
    for (const auto& day : past) {
        if (injury && day.day >= *injury && day.sessions > 0 && !due.caution) {
            due.caution = Due::Caution{*injury, day.day};
        }
        auto after = (today - day.day).count();
        if (!logged_today && day.sessions > 0 && after >= 1 && after <= check_in_days) {
            due.check_in = Due::CheckIn{day.day, static_cast<int>(after), firmest(day)};
        }
    }
    due.log_today = !logged_today && logged_lately && !due.check_in;
    return due;
}

} // namespace sore::analysis
