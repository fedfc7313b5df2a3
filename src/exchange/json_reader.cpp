#include "exchange/json_reader.hpp"

#include "error.hpp"
#include "exchange/export.hpp"
#include "journal/values.hpp"

#include <fmt/format.h>
#include <istream>

namespace sore::exchange {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] ".
std::string plain(const std::exception& e) {
    std::string_view text = e.what();
    if (auto end = text.find("] "); text.starts_with("[json.") && end != std::string_view::npos) {
        text.remove_prefix(end + 2);
    }
    return std::string(text);
}

std::string_view kind_of(const nlohmann::json& value) {
    return value.type_name(); // "object", "array", "string", "number", ...
}

// What a field holds, for messages.
std::string_view expected_for(Column column) {
    switch (column) {
    case Column::tags:
        return "a list of tags";
    case Column::injury:
    case Column::emotional:
        return "true or false";
    case Column::id:
    case Column::soreness:
    case Column::during:
    case Column::pressure:
    case Column::knots:
    case Column::sitting_min:
        return "a whole number or null";
    default:
        return "text or null";
    }
}

std::string cell(const std::string& where, Column column, const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::string:
        return value.get<std::string>();
    case nlohmann::json::value_t::boolean:
        if (column == Column::injury || column == Column::emotional) {
            return value.get<bool>() ? "1" : "0";
        }
        break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return value.dump();
    case nlohmann::json::value_t::array:
        if (column == Column::tags) {
            std::string joined;
            for (const auto& tag : value) {
                if (!tag.is_string()) {
                    throw UsageError(
                        fmt::format("{}: a tag is a {}; expected text", where, kind_of(tag)));
                }
                // Checked one by one: a ';' inside would split it in two.
                auto checked = journal::parse_tag("tags", tag.get<std::string>());
                joined += (joined.empty() ? "" : ";") + checked;
            }
            return joined;
        }
        break;
    default:
        break;
    }
    throw UsageError(fmt::format("{}: {} is {} {}; expected {}", where, name_of(column),
                                 value.is_array() || value.is_object() ? "an" : "a", kind_of(value),
                                 expected_for(column)));
}

} // namespace

JsonReader::JsonReader(std::istream& in) {
    try {
        document_ = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw UsageError(fmt::format("is not valid JSON: {}", plain(e)));
    }
    if (in.bad()) {
        throw Error("could not be read to the end");
    }
    bytes_ = static_cast<std::uint64_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (document_.is_array()) { // sore list --format json
        entries_ = std::move(document_);
        return;
    }
    if (document_.is_object() && document_.contains("resourceType")) {
        throw UsageError("is a FHIR document, which sore writes but does not read; expected the "
                         "CSV or JSON of 'sore export'");
    }
    if (!document_.is_object() || document_.value("format", nlohmann::json()) != "sore") {
        throw UsageError(
            "is JSON but not a sore export; expected an object with \"format\": \"sore\"");
    }
    const auto& version = document_.value("version", nlohmann::json());
    if (!version.is_number_integer() || version.get<long long>() < 1) {
        throw UsageError(
            fmt::format("has version {}; expected a whole number from 1", version.dump()));
    }
    if (version.get<long long>() > json_format_version) {
        throw UsageError(fmt::format("is version {}, from a newer sore; expected version {} or "
                                     "a newer sore to read it",
                                     version.get<long long>(), json_format_version));
    }
    auto found = document_.find("entries");
    if (found == document_.end() || !found->is_array()) {
        throw UsageError("has no \"entries\" list; expected the JSON of 'sore export'");
    }
    entries_ = std::move(*found);
}

std::optional<Record> JsonReader::next() {
    if (next_ >= entries_.size()) {
        return std::nullopt;
    }
    const auto& entry = entries_[next_++];
    Record record;
    // "item", not "entry": entry 3 is what `sore show 3` shows.
    record.where = fmt::format("item {}", next_);
    if (!entry.is_object()) {
        throw UsageError(fmt::format("{}: is {} {}; expected an object of fields", record.where,
                                     entry.is_array() ? "an" : "a", kind_of(entry)));
    }
    for (const auto& [key, value] : entry.items()) {
        auto column = column_named(key);
        if (!column) {
            throw UsageError(fmt::format("{}: the field {} is not one sore knows; expected the "
                                         "keys of 'sore export --format json'",
                                         record.where, journal::quoted(key)));
        }
        if (!value.is_null()) {
            record[*column] = cell(record.where, *column, value);
        }
    }
    return record;
}

} // namespace sore::exchange
