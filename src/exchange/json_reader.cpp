#include "exchange/json_reader.hpp"

#include "error.hpp"
#include "exchange/export.hpp"
#include "journal/sites.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>
#include <nlohmann/json.hpp>

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
    case Column::sites:
        return "a list of {site, side, soreness} objects";
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

// A list of {"site", "side", "soreness"} as the CSV writes sites, so that
// the record's reader checks the values with the item's place, as it does
// a CSV cell. Only the shape is checked here.
std::string sites_cell(const std::string& where, const nlohmann::json& sites) {
    std::vector<std::string> items;
    for (const auto& site : sites) {
        auto value = [&](const char* key, bool number) -> std::string {
            auto it = site.is_object() ? site.find(key) : site.end();
            bool fits = it != site.end() && (number ? it->is_number_integer() : it->is_string());
            if (!fits) {
                throw UsageError(fmt::format(
                    "{}: a site's \"{}\" is {}; expected {{\"site\": NAME, \"side\": left, right "
                    "or both, \"soreness\": a whole number 0-10}}",
                    where, key, it == site.end() ? "missing" : "of the wrong type"));
            }
            auto text = number ? it->dump() : it->get<std::string>();
            if (text.find_first_of(":;=") != std::string::npos) {
                throw UsageError(fmt::format("{}: a site's \"{}\" {} holds ':', ';' or '='; "
                                             "expected a body site name or side",
                                             where, key, util::quoted(text)));
            }
            return text;
        };
        items.push_back(fmt::format("{}:{}={}", value("site", false), value("side", false),
                                    value("soreness", true)));
    }
    return fmt::format("{}", fmt::join(items, ";"));
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
        if (column == Column::sites) {
            return sites_cell(where, value);
        }
        break;
    default:
        break;
    }
    throw UsageError(fmt::format("{}: {} is {} {}; expected {}", where, formats::name_of(column),
                                 value.is_array() || value.is_object() ? "an" : "a", kind_of(value),
                                 expected_for(column)));
}

} // namespace

namespace {

using Event = nlohmann::json::parse_event_t;

void check_version(const nlohmann::json& version) {
    if (!version.is_number_integer() || version.get<long long>() < 1) {
        throw UsageError(
            fmt::format("has version {}; expected a whole number from 1", version.dump()));
    }
    if (version.get<long long>() > json_format_version) {
        throw UsageError(fmt::format("is version {}, from a newer sore; expected version {} or "
                                     "a newer sore to read it",
                                     version.get<long long>(), json_format_version));
    }
}

Record to_record(const nlohmann::json& entry, std::size_t position) {
    Record record;
    // "item", not "entry": entry 3 is what `sore show 3` shows.
    record.where = fmt::format("item {}", position);
    if (!entry.is_object()) {
        throw UsageError(fmt::format("{}: is {} {}; expected an object of fields", record.where,
                                     entry.is_array() ? "an" : "a", kind_of(entry)));
    }
    for (const auto& [key, value] : entry.items()) {
        auto column = formats::column_named(key);
        if (!column) {
            throw UsageError(fmt::format("{}: the field {} is not one sore knows; expected the "
                                         "keys of 'sore export --format json'",
                                         record.where, util::quoted(key)));
        }
        if (!value.is_null()) {
            record[*column] = cell(record.where, *column, value);
        }
    }
    return record;
}

} // namespace

JsonReader::JsonReader(std::istream& in) : in_(in) {}

void JsonReader::read(const std::function<void(Record&)>& visit) {
    bool list = false;       // the array of `sore list --format json`
    bool in_entries = false; // inside the export's "entries"
    bool format = false;
    bool version = false;
    bool entries = false;
    std::string key; // the export's key being read
    // Called by the parser for each piece; an entry is handed on as soon as
    // it is whole and then dropped (false), so memory holds one at a time.
    auto piece = [&](int depth, Event event, nlohmann::json& parsed) {
        if (depth == 0 && event == Event::array_start) {
            list = true;
        }
        if (!list && depth == 1) {
            if (event == Event::key) {
                key = parsed.get<std::string>();
                in_entries = key == "entries";
                if (key == "resourceType") {
                    throw UsageError("is a FHIR document, which sore writes but does not read; "
                                     "expected the CSV or JSON of 'sore export'");
                }
            } else if (event == Event::array_start && in_entries) {
                entries = true;
            } else if (event == Event::value || event == Event::object_end) {
                if (in_entries) {
                    throw UsageError("has no \"entries\" list; expected the JSON of 'sore export'");
                }
                if (key == "format" && parsed != "sore") {
                    throw UsageError("is JSON but not a sore export; expected an object with "
                                     "\"format\": \"sore\"");
                }
                format = format || key == "format";
                if (key == "version") {
                    check_version(parsed);
                    version = true;
                }
            }
        }
        bool item = (list && depth == 1) || (!list && in_entries && depth == 2);
        if (item &&
            (event == Event::object_end || event == Event::array_end || event == Event::value)) {
            bytes_ = static_cast<std::uint64_t>(std::max<std::streamoff>(in_.tellg(), 0));
            auto record = to_record(parsed, ++items_);
            visit(record); // which may take the texts out of it

            return false;
        }
        return true;
    };
    nlohmann::json rest;
    try {
        rest = nlohmann::json::parse(in_, piece);
    } catch (const nlohmann::json::exception& e) {
        throw UsageError(fmt::format("is not valid JSON: {}", plain(e)));
    }
    if (in_.bad()) {
        throw Error("could not be read to the end");
    }
    if (!list && !format) {
        throw UsageError(
            R"(is JSON but not a sore export; expected an object with "format": "sore")");
    }
    if (!list && !version) {
        throw UsageError("has no version; expected \"version\": 1");
    }
    if (!list && !entries) {
        throw UsageError("has no \"entries\" list; expected the JSON of 'sore export'");
    }
}

} // namespace sore::exchange
