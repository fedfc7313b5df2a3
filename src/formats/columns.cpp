#include "formats/columns.hpp"

#include <algorithm>
#include <array>

namespace sore::formats {

namespace {

constexpr std::array<std::string_view, column_count> names{
    "id",       "uuid",      "date",       "time",       "soreness",   "during", "sitting_hours",
    "pressure", "technique", "knots",      "injury",     "emotional",  "side",   "note",
    "tags",     "sites",     "created_at", "updated_at", "sitting_min"};

template <std::size_t N> constexpr std::array<Column, N> first_columns() {
    std::array<Column, N> out{};
    for (std::size_t i = 0; i < N; ++i) {
        out[i] = static_cast<Column>(i);
    }
    return out;
}

constexpr auto csv = first_columns<column_count - 1>();

constexpr auto json = [] {
    auto out = csv;
    out[static_cast<std::size_t>(Column::sitting_hours)] = Column::sitting_min;
    return out;
}();

} // namespace

std::string_view name_of(Column column) {
    return names.at(static_cast<std::size_t>(column));
}

std::optional<Column> column_named(std::string_view name) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
        return std::nullopt;
    }
    return static_cast<Column>(it - names.begin());
}

std::span<const Column> csv_columns() {
    return csv;
}

std::span<const Column> json_columns() {
    return json;
}

} // namespace sore::formats
