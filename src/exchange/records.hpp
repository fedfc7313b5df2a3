#pragma once

// An entry as it arrives from a file, before it is an Entry: text values by
// column, and where in the file it was, for messages. CSV and JSON imports
// both make Records, so both check values the same way.

#include "formats/columns.hpp"
#include "journal/entry.hpp"

#include <array>
#include <optional>
#include <string>

namespace sore::exchange {

using formats::Column;
using formats::column_count;

struct Record {
    std::string where; // "line 14", "entry 3"
    // Values as text, CSV neutralising already undone; absent = not given.
    // Tags are joined with ';'.
    std::array<std::optional<std::string>, column_count> cells;

    std::optional<std::string>& operator[](Column column) {
        return cells.at(static_cast<std::size_t>(column));
    }
    const std::optional<std::string>& operator[](Column column) const {
        return cells.at(static_cast<std::size_t>(column));
    }
};

// Every value checked as `sore log` checks it, then the entry as a whole.
// Throws UsageError naming the column, the value and what is accepted. An
// empty cell is an absent value; an id, when given, is a whole number from
// 1. In the Entry, id 0 and an empty uuid mean the file gave none (or an id
// too large to keep, past 15 digits).
// Takes the long texts out of `record` rather than copy them.
journal::Entry to_entry(Record&& record, journal::Day today);

} // namespace sore::exchange
