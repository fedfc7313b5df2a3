#pragma once

// The entry's columns, named once: the schema's columns, the CSV header and
// the JSON keys all come from this list (DESIGN.md sections 2 and 5).

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace sore::formats {

// In CSV order; sitting_min (the schema's and the JSON's minutes) last.
enum class Column {
    id,
    uuid,
    date,
    time,
    soreness,
    during,
    sitting_hours,
    pressure,
    technique,
    knots,
    injury,
    emotional,
    side,
    note,
    tags,
    sites,
    created_at,
    updated_at,
    sitting_min,
};
inline constexpr std::size_t column_count = 19;

std::string_view name_of(Column column);
// Exact, lower-case names only.
std::optional<Column> column_named(std::string_view name);

// The CSV's columns, in order (sitting in hours).
std::span<const Column> csv_columns();
// The JSON's keys, in order: the CSV's with sitting in minutes, as the
// schema keeps it.
std::span<const Column> json_columns();

// Where and when an entry was recorded, not what it records: left out when
// two entries are compared (journal::same_values holds the rest).
constexpr bool is_identity(Column column) {
    return column == Column::id || column == Column::uuid || column == Column::created_at ||
           column == Column::updated_at;
}

// Free text from the user, which CSV neutralises against formulas.
constexpr bool is_text(Column column) {
    return column == Column::note || column == Column::tags;
}

} // namespace sore::formats
