#pragma once

// Days and sessions: what the reports are built on. Soreness after a
// massage comes over the next day or two, so a report cannot compare
// entries one by one; it needs the calendar. A logged day's soreness is the
// mean of its entries (a day without an entry is missing, never zero); a
// session is a day with a pressure or a technique other than none; a clean
// day is a logged day with no session on it or in the 3 days before and no
// injury flag: the user's usual soreness.

#include "journal/dates.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace sore::analysis {

// One day's totals: its entries added up by DayTotaller.
struct DayTotals {
    journal::Day day;
    int entries = 0;
    int sessions = 0; // entries that are sessions
    long soreness_sum = 0;
    int soreness_max = 0;
    long sitting_sum_min = 0;
    int sitting_count = 0;                // entries that record sitting
    std::array<int, 4> pressure_counts{}; // light, medium, firm, deep
    int injuries = 0;                     // entries flagged
    int emotional = 0;                    // entries with an emotional release
    std::optional<int> knots;             // the most any entry found
    long during_sum = 0;
    int during_count = 0;
};

// What one entry adds to its day's totals: a row of reports/days.sql.
struct EntryPart {
    journal::Day day;
    bool session = false;
    int soreness = 0;
    std::optional<int> sitting_min;
    std::optional<int> pressure; // 1-4
    bool injury = false;
    bool emotional = false;
    std::optional<int> knots;
    std::optional<int> during;
};

// Adds entries up into days, taking them in any order: a journal stored in
// no date order is read as it is stored, and only its days, not its
// entries, are put in order at the end.
class DayTotaller {
public:
    void add(const EntryPart& entry);
    // The days, oldest first.
    std::vector<DayTotals> days() &&;

private:
    DayTotals& day_of(journal::Day day);

    std::vector<DayTotals> days_;
    std::unordered_map<long, std::size_t> at_; // days since 1970 -> days_
    std::size_t last_ = 0;                     // the day the last entry went to
};

// Days after a session that are not clean, and the days before a session
// whose clean days give the soreness before it.
inline constexpr int session_shadow = 3;
inline constexpr int baseline_days = 28;
// The soreness a session left: its day and this many after.
inline constexpr int days_left = 2;
// Flagged days with at most this many unflagged days between them are one
// injury episode.
inline constexpr int episode_gap = 2;
// An injury flagged this many days ago or fewer is still active: no
// pressure is suggested, and a session since calls for caution.
inline constexpr int injury_active_days = 7;
// Sessions this many days after an episode's first day or fewer are
// within 72 hours of its start.
inline constexpr int acute_days = 2;

// The fewest logged days a model over days is fitted on.
inline constexpr int min_days = 28;

// The days before a period whose entries a timeline needs: the baseline
// of a session on its first day reaches 28 days back, and whether those
// days were clean depends on the 3 before them.
inline constexpr int context_days = baseline_days + session_shadow;

struct LoggedDay {
    journal::Day day;
    double soreness = 0; // mean of the day's entries
    bool session = false;
    bool injury = false;
    bool clean = false;
    std::optional<double> sitting_hours; // mean of the entries that record it
    double weeks = 0;                    // since the period's first logged day
};

struct Session {
    journal::Day day;
    std::optional<int> pressure; // the firmest of the day, 1-4
    std::optional<int> knots;    // the most found that day
    bool emotional = false;
    std::optional<double> during; // mean pain during the massage
    // The highest daily soreness on the session's day and the two after,
    // up to and including the next session's day.
    double left = 0;
    // The mean of the clean days in the 28 before; else the last logged
    // day before; nothing when nothing was logged before.
    std::optional<double> before;
    // What the causes report weighs: the soreness of the first logged day
    // after the session (at most 2 days after), and of the last logged day
    // before it. Post-massage soreness peaks the next day, and today's
    // soreness is much like yesterday's, so these two carry the most.
    std::optional<double> next_day;
    std::optional<double> day_before; // within 3 days; else `before`
    // The user's usual soreness before the session: the median of the clean
    // days in the 28 before (the recovery report's baseline), and how many.
    std::optional<double> baseline;
    int baseline_days = 0;
    double weeks = 0;
};

// Injury-flagged days with gaps of at most 2 days between them.
struct Episode {
    journal::DaySpan span;
    int flagged_days = 0;
    std::vector<journal::Day> sessions_soon; // within 72 hours of its start
};

struct Timeline {
    std::vector<LoggedDay> days; // in the period, oldest first
    std::vector<Session> sessions;
    std::vector<Episode> episodes;
    int clean_days = 0;
    // The soreness of each clean day that some session's baseline draws
    // on, context days included, each day once, oldest first.
    std::vector<double> usual;
    // Every clean day given, context included, oldest first: where a body
    // site's usual soreness before a session is looked up.
    std::vector<journal::Day> clean_dates;
};

// `days` oldest first, those before `first` (up to context_days) only as
// context; `first` nothing for a period open at the start.
Timeline build_timeline(std::span<const DayTotals> days, std::optional<journal::Day> first);

} // namespace sore::analysis
