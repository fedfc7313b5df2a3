#pragma once

// Parsers for the values a user types. Each takes the field name for its
// message and throws sore::UsageError naming the field, the value and what
// is accepted.

#include "journal/entry.hpp"

#include <string>
#include <string_view>

namespace sore::journal {

// A 0-10 numeric rating scale value (soreness, pain during).
int parse_rating(std::string_view field, std::string_view text);

// A whole number from min to max (knots, ids, counts).
long long parse_whole(std::string_view field, std::string_view text, long long min, long long max);

// Hours sat: "7.5", "9", "7h30m", "7h", "45m", "7:30". Returns minutes, 0-1440.
int parse_sitting_minutes(std::string_view field, std::string_view text);

// "HH:MM" or "H:MM", 00:00-23:59.
TimeOfDay parse_time(std::string_view field, std::string_view text);

// light|medium|firm|deep or 1-4.
Pressure parse_pressure(std::string_view field, std::string_view text);
Technique parse_technique(std::string_view field, std::string_view text);
Side parse_side(std::string_view field, std::string_view text);

// 1-64 bytes, no white space, ',' or ';' (tags are joined with ';' in CSV);
// returned in lower case.
std::string parse_tag(std::string_view field, std::string_view text);

// Free text (a note): any valid UTF-8 without NUL bytes, returned as given.
std::string parse_text(std::string_view field, std::string_view text);

} // namespace sore::journal
