#pragma once

// The entry as JSON, for `sore list --format json`, `sore show --format
// json` and the JSON export: the keys of json_columns() (the schema's
// column names), sitting in minutes, pressure as 1-4, names for technique
// and side, absent values as null, tags as an array.

#include "journal/entry.hpp"

#include <nlohmann/json.hpp>
#include <optional>

// An absent value is null; nlohmann 3.11 has no rule for std::optional.
template <typename T> struct nlohmann::adl_serializer<std::optional<T>> {
    template <typename Json> static void to_json(Json& j, const std::optional<T>& value) {
        if (value) {
            j = *value;
        } else {
            j = nullptr;
        }
    }
};

namespace sore::journal {

// Found by nlohmann through argument-dependent lookup.
void to_json(nlohmann::ordered_json& j, Pressure pressure); // 1-4
void to_json(nlohmann::ordered_json& j, Technique technique);
void to_json(nlohmann::ordered_json& j, Side side);
void to_json(nlohmann::ordered_json& j, TimeOfDay time); // "HH:MM"

} // namespace sore::journal

namespace sore::formats {

nlohmann::ordered_json entry_json(const journal::Entry& entry);

// The same entry as dump(entry_json(entry)) writes it, byte for byte,
// appended to `out` without building the document first: the export writes
// a million of them.
void append_entry_json(std::string& out, const journal::Entry& entry);

// The inverse, for the journal's own record of an entry (its history):
// nothing when the text is not an entry as entry_json writes it.
std::optional<journal::Entry> entry_from_json(std::string_view text);

// A document as one line (indent < 0) or indented; text that is not UTF-8
// (never in a checked journal) becomes U+FFFD rather than an exception.
std::string dump(const nlohmann::ordered_json& value, int indent = -1);

} // namespace sore::formats
