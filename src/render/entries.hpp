#pragma once

// Entries as a terminal table, CSV, JSON and a detailed view. Renderers take
// plain entries and never touch the database.

#include "journal/entry.hpp"

#include <fmt/format.h>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sore::render {

void print_entry_table(std::ostream& out, const std::vector<journal::Entry>& entries, bool color);

// The columns of the CSV, in order (DESIGN.md section 5).
std::span<const std::string_view> entry_csv_columns();

// The CSV header row, then one row per entry (see DESIGN.md section 5).
void print_csv_header(std::ostream& out);
void print_csv_row(std::ostream& out, const journal::Entry& entry);

// Stable keys for scripts: the schema's column names, sitting in minutes,
// pressure as 1-4, absent values as null, tags as an array.
nlohmann::ordered_json entry_json(const journal::Entry& entry);

// Every field, one per line; the note last and exactly as stored.
void print_entry_details(std::ostream& out, const journal::Entry& entry, bool color);

// A value as text, or "" when there is none.
template <typename T> std::string or_blank(const std::optional<T>& value) {
    return value ? fmt::format("{}", *value) : std::string();
}

// A level's, technique's or side's name, or "" when there is none.
template <typename Enum> std::string name_or_blank(const std::optional<Enum>& value) {
    return value ? std::string(journal::name_of(*value)) : std::string();
}

// Tags and the like: "a, b" with ", " as the separator.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// 450 minutes -> "7h30m"; 45 -> "45m"; 420 -> "7h".
std::string format_minutes(int minutes);

// 450 minutes -> "7.5"; 20 -> "0.33": two decimals, enough to get the exact
// minute back.
std::string format_hours(int minutes);

} // namespace sore::render
