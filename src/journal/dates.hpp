#pragma once

// Calendar dates as the user types them, on the user's local calendar.

#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>

namespace sore::journal {

// Today in the local zone: TZ if set and known (Debian's date 3.0.1
// current_zone() ignores TZ), else /etc/localtime, else UTC. The hidden
// SORE_TODAY=YYYY-MM-DD pins it for tests.
date::sys_days today();

// YYYY-MM-DD, today, yesterday, -Nd (N days ago), -Nw (N weeks ago), or a
// weekday name or its three-letter short form (the most recent one, today
// included). Throws UsageError naming field and value.
date::sys_days parse_date(std::string_view field, std::string_view text, date::sys_days today);

// Strict YYYY-MM-DD of a real calendar day from 1900 on, or nothing.
std::optional<date::sys_days> parse_iso_date(std::string_view text);

std::string format_date(date::sys_days day);

// Now in UTC as 2026-11-27T21:04:05Z, for created_at and updated_at.
std::string utc_timestamp();

// Whether text is such a timestamp: YYYY-MM-DDTHH:MM:SSZ, a real moment.
bool is_utc_timestamp(std::string_view text);

// The local zone's offset from UTC at a local day and time, as "+01:00"
// (the earlier one when the clocks go back, the one before the change when
// that time is skipped).
std::string utc_offset(date::sys_days day, std::chrono::minutes time_of_day);

} // namespace sore::journal
