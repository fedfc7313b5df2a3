#pragma once

// Entries for people: a terminal table and a detailed view. Renderers take
// plain entries and never touch the database. (CSV and JSON: formats/.)

#include "journal/entry.hpp"

#include <fmt/format.h>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace sore::render {

// Fitted into `width` columns when one is given (a terminal's), else every
// character; a note is always one line (line breaks shown as "↵").
void print_entry_table(std::ostream& out, const std::vector<journal::Entry>& entries, bool color,
                       std::optional<std::size_t> width = std::nullopt);

// Every field, one per line; the note last, line by line as typed, its
// control characters shown rather than obeyed (util::visible).
void print_entry_details(std::ostream& out, const journal::Entry& entry, bool color);

// A value as text, or "" when there is none.
template <typename T> std::string or_blank(const std::optional<T>& value) {
    return value ? fmt::format("{}", *value) : std::string();
}

// A level's, technique's or side's name, or "" when there is none.
template <typename Enum> std::string name_or_blank(const std::optional<Enum>& value) {
    return value ? std::string(journal::name_of(*value)) : std::string();
}

// The time as HH:MM, or "" when there is none.
std::string time_or_blank(const std::optional<journal::TimeOfDay>& time);

// 450 minutes -> "7h30m"; 45 -> "45m"; 420 -> "7h".
std::string format_minutes(int minutes);

} // namespace sore::render
