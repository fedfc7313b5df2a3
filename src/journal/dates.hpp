#pragma once

// Days and times of day as the journal keeps them, on the user's local
// calendar. Text becomes a Day or a TimeOfDay where it comes in (the
// command line, an import, a row of the journal) and text again only where
// it goes out (bound to SQL, printed).

#include <chrono>
#include <compare>
#include <date/date.h>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace sore::journal {

using Day = date::sys_days;

// No entry is older: dates before it are refused.
inline constexpr Day earliest_day{date::year{1900} / 1 / 1};

// A time of day to the minute, 00:00 to 23:59.
class TimeOfDay {
public:
    constexpr TimeOfDay() = default;
    // `minutes` after midnight, 0 to 1439.
    constexpr explicit TimeOfDay(int minutes) : minutes_(minutes) {}
    constexpr TimeOfDay(int hours, int minutes) : minutes_(hours * 60 + minutes) {}

    constexpr int hours() const { return minutes_ / 60; }
    constexpr int minutes() const { return minutes_ % 60; }
    constexpr std::chrono::minutes since_midnight() const { return std::chrono::minutes{minutes_}; }
    // From 00:00 to 23:59.
    constexpr bool is_valid() const { return minutes_ >= 0 && minutes_ < minutes_a_day; }

    constexpr auto operator<=>(const TimeOfDay&) const = default;

private:
    static constexpr int minutes_a_day = 24 * 60;
    int minutes_ = 0;
};

// For sorting: clang-tidy misreads the 0 in the rewritten `a < b`.
constexpr bool earlier(TimeOfDay a, TimeOfDay b) {
    return a.since_midnight() < b.since_midnight();
}

// The days from `from` to `to`, both included; an end that is not set is
// open (no earlier, or no later, limit).
struct DateRange {
    std::optional<Day> from;
    std::optional<Day> to;

    bool contains(Day day) const { return (!from || *from <= day) && (!to || day <= *to); }
    bool bounded() const { return from || to; }
    bool operator==(const DateRange&) const = default;
};

// The days from `first` to `last`, both included and both known: the period
// a report covers, worked out from a DateRange and today. Empty when
// `last` is before `first`.
struct DaySpan {
    Day first;
    Day last;

    DateRange range() const { return {first, last}; }
    bool operator==(const DaySpan&) const = default;
};

// Today in the local zone, as the C library finds it: TZ if set (a zone
// name or a POSIX rule), else /etc/localtime, else UTC. The hidden
// SORE_TODAY=YYYY-MM-DD pins it for tests.
Day today();
// The local time of day now (not pinned by SORE_TODAY).
TimeOfDay time_now();

// YYYY-MM-DD, today, yesterday, -Nd (N days ago), -Nw (N weeks ago), or a
// weekday name or its three-letter short form (the most recent one, today
// included). Throws UsageError naming field and value.
Day parse_date(std::string_view field, std::string_view text, Day today);

// The same, finding today only when the word needs it (a YYYY-MM-DD does
// not): finding the local zone reads its file.
using TodayFn = std::function<Day()>;
Day parse_date(std::string_view field, std::string_view text, const TodayFn& today);

// Strict YYYY-MM-DD of a real calendar day from 1900 on, or nothing.
std::optional<Day> parse_iso_date(std::string_view text);

// Strict YYYY-MM-DD of any real calendar day (as the journal's CHECK
// allows), or nothing: for dates read back from the journal.
std::optional<Day> parse_stored_date(std::string_view text);

// Whether the text has the shape of YYYY-MM-DD (four digits, a dash, two,
// a dash, two), whether or not it is a real day.
bool looks_like_iso_date(std::string_view text);

// What someone meant by "-3", "-3days" or "-2weeks" (a day counted back,
// written another way): "-3d, 3 days ago", "-2w, 2 weeks ago". Nothing
// for any other text.
std::optional<std::string> relative_day_meant(std::string_view text);

// Strict HH:MM, 00:00 to 23:59, or nothing: for times read back.
std::optional<TimeOfDay> parse_stored_time(std::string_view text);

std::string format_date(Day day);                                      // 2026-11-27
std::optional<std::string> format_date(const std::optional<Day>& day); // no day: null
std::string format_time(TimeOfDay time);
std::string_view weekday_name(Day day); // "Monday"
// The ISO week (Monday first) of a day: "2026-W53" for any day of it, and
// its Monday.
std::string format_week(Day day);
Day monday_of(Day day); // 09:05

// Now in UTC as 2026-11-27T21:04:05Z, for created_at and updated_at.
std::string utc_timestamp();

// Whether text is such a timestamp: YYYY-MM-DDTHH:MM:SSZ, a real moment.
bool is_utc_timestamp(std::string_view text);

// A UTC timestamp as local time, "YYYY-MM-DD HH:MM"; the text itself when
// it is not one.
std::string local_time_of(std::string_view utc_timestamp);

// The local zone's offset from UTC at a local day and time, as "+01:00"
// (the earlier one when the clocks go back, the one before the change when
// that time is skipped).
std::string utc_offset(Day day, TimeOfDay time);

} // namespace sore::journal
