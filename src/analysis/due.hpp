#pragma once

// What a check-in reminder would ask for today: an entry for today, the
// days after a session (the ones the recovery report needs), and the
// caution after an injury. Decided from the days alone, so `sore due`,
// `sore remind now` and `sore remind status` agree.

#include "analysis/days.hpp"

#include <optional>
#include <span>

namespace sore::analysis {

// A journal with no entry in this many days is not asked for one.
inline constexpr int idle_days = 14;
// The days after a session a check-in names it.
inline constexpr int check_in_days = 3;

struct Due {
    // Nothing logged today, a session 1 to 3 days ago: the latest one.
    struct CheckIn {
        journal::Day session;
        int days_after = 0;
        std::optional<int> pressure; // its firmest level, 1 to 4
    };
    // An injury flagged in the last 7 days, and a session on or after it.
    struct Caution {
        journal::Day injury;  // the latest such flagged day
        journal::Day session; // the first session since it
    };

    std::optional<CheckIn> check_in;
    bool log_today = false; // nothing today, no check-in, logged lately
    std::optional<Caution> caution;

    bool empty() const { return !check_in && !log_today && !caution; }
};

// The days that decide it: today and the idle_days before.
journal::DateRange due_window(journal::Day today);

// `days` are the day totals of due_window(today), oldest first; days after
// today are ignored.
Due find_due(std::span<const DayTotals> days, journal::Day today);

} // namespace sore::analysis
