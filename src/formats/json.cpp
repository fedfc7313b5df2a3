#include "formats/json.hpp"

#include "formats/columns.hpp"
#include "journal/sites.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace sore::journal {

void to_json(nlohmann::ordered_json& j, Pressure pressure) {
    j = level_of(pressure);
}

void to_json(nlohmann::ordered_json& j, Technique technique) {
    j = name_of(technique);
}

void to_json(nlohmann::ordered_json& j, Side side) {
    j = name_of(side);
}

void to_json(nlohmann::ordered_json& j, TimeOfDay time) {
    j = format_time(time);
}

void to_json(nlohmann::ordered_json& j, const SiteSoreness& site) {
    j = {{"site", name_of(site.site)}, {"side", name_of(site.side)}, {"soreness", site.soreness}};
}

} // namespace sore::journal

namespace sore::formats {

nlohmann::ordered_json entry_json(const journal::Entry& e) {
    nlohmann::ordered_json j;
    for (auto column : json_columns()) {
        auto& value = j[std::string(name_of(column))];
        switch (column) {
        case Column::id:
            value = e.id;
            break;
        case Column::uuid:
            value = e.uuid;
            break;
        case Column::date:
            value = journal::format_date(e.date);
            break;
        case Column::time:
            value = e.time;
            break;
        case Column::soreness:
            value = e.soreness;
            break;
        case Column::during:
            value = e.during;
            break;
        case Column::sitting_min:
        case Column::sitting_hours:
            value = e.sitting_min;
            break;
        case Column::pressure:
            value = e.pressure;
            break;
        case Column::technique:
            value = e.technique;
            break;
        case Column::knots:
            value = e.knots;
            break;
        case Column::injury:
            value = e.injury;
            break;
        case Column::emotional:
            value = e.emotional;
            break;
        case Column::side:
            value = e.side;
            break;
        case Column::note:
            value = e.note;
            break;
        case Column::tags:
            value = e.tags;
            break;
        case Column::sites:
            value = e.sites;
            break;
        case Column::created_at:
            value = e.created_at;
            break;
        case Column::updated_at:
            value = e.updated_at;
            break;
        }
    }
    return j;
}

namespace {

template <typename T> std::optional<T> optional_of(const nlohmann::json& j, const char* key) {
    const auto& value = j.at(key);
    return value.is_null() ? std::nullopt : std::optional<T>(value.get<T>());
}

// A name that must be one of the known ones, or nothing when null.
template <typename Enum>
std::optional<Enum> named(const nlohmann::json& j, const char* key,
                          std::optional<Enum> (*from_name)(std::string_view)) {
    auto name = optional_of<std::string>(j, key);
    if (!name) {
        return std::nullopt;
    }
    auto value = from_name(*name);
    if (!value) {
        throw std::invalid_argument(key);
    }
    return value;
}

} // namespace

std::optional<journal::Entry> entry_from_json(std::string_view text) {
    try {
        auto j = nlohmann::json::parse(text);
        journal::Entry e;
        e.id = j.at("id").get<std::int64_t>();
        e.uuid = j.at("uuid").get<std::string>();
        auto date = journal::parse_stored_date(j.at("date").get<std::string>());
        if (!date) {
            return std::nullopt;
        }
        e.date = *date;
        if (auto time = optional_of<std::string>(j, "time")) {
            auto parsed = journal::parse_stored_time(*time);
            if (!parsed) {
                return std::nullopt;
            }
            e.time = *parsed;
        }
        e.soreness = j.at("soreness").get<int>();
        e.during = optional_of<int>(j, "during");
        e.sitting_min = optional_of<int>(j, "sitting_min");
        if (auto level = optional_of<int>(j, "pressure")) {
            if (*level < 1 || *level > 4) {
                return std::nullopt;
            }
            e.pressure = static_cast<journal::Pressure>(*level);
        }
        e.technique = named(j, "technique", journal::technique_from_name);
        e.knots = optional_of<int>(j, "knots");
        e.injury = j.at("injury").get<bool>();
        e.emotional = j.at("emotional").get<bool>();
        e.side = named(j, "side", journal::side_from_name);
        e.note = optional_of<std::string>(j, "note");
        e.tags = j.at("tags").get<std::vector<std::string>>();
        if (auto sites = j.find("sites"); sites != j.end()) { // none before schema level 4
            for (const auto& site : *sites) {
                auto name = journal::body_site_from_name(site.at("site").get<std::string>());
                auto side = journal::side_from_name(site.at("side").get<std::string>());
                if (!name || !side) {
                    return std::nullopt;
                }
                e.sites.push_back({*name, *side, site.at("soreness").get<int>()});
            }
        }
        e.created_at = j.at("created_at").get<std::string>();
        e.updated_at = j.at("updated_at").get<std::string>();
        return e;
    } catch (const std::exception&) { // nlohmann's errors and an unknown name
        return std::nullopt;
    }
}

namespace {

// A JSON string as dump() writes it: text that needs no escape and is
// ASCII is copied as it is; anything else goes through nlohmann.
void append_string(std::string& out, std::string_view text) {
    bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
        out += '"';
        out += text;
        out += '"';
    } else {
        out += dump(nlohmann::ordered_json(text));
    }
}

template <typename T> void append_number(std::string& out, const std::optional<T>& value) {
    out += value ? std::to_string(*value) : "null";
}

template <typename Name> void append_name(std::string& out, const std::optional<Name>& value) {
    if (value) {
        append_string(out, journal::name_of(*value));
    } else {
        out += "null";
    }
}

} // namespace

void append_entry_json(std::string& out, const journal::Entry& e) {
    char separator = '{';
    for (auto column : json_columns()) {
        out += separator;
        separator = ',';
        append_string(out, name_of(column));
        out += ':';
        switch (column) {
        case Column::id:
            out += std::to_string(e.id);
            break;
        case Column::uuid:
            append_string(out, e.uuid);
            break;
        case Column::date:
            append_string(out, journal::format_date(e.date));
            break;
        case Column::time:
            if (e.time) {
                append_string(out, journal::format_time(*e.time));
            } else {
                out += "null";
            }
            break;
        case Column::soreness:
            out += std::to_string(e.soreness);
            break;
        case Column::during:
            append_number(out, e.during);
            break;
        case Column::sitting_min:
        case Column::sitting_hours:
            append_number(out, e.sitting_min);
            break;
        case Column::pressure:
            append_number(out, e.pressure ? std::optional(journal::level_of(*e.pressure))
                                          : std::nullopt);
            break;
        case Column::technique:
            append_name(out, e.technique);
            break;
        case Column::knots:
            append_number(out, e.knots);
            break;
        case Column::injury:
            out += e.injury ? "true" : "false";
            break;
        case Column::emotional:
            out += e.emotional ? "true" : "false";
            break;
        case Column::side:
            append_name(out, e.side);
            break;
        case Column::note:
            if (e.note) {
                append_string(out, *e.note);
            } else {
                out += "null";
            }
            break;
        case Column::tags: {
            char open = '[';
            for (const auto& tag : e.tags) {
                out += open;
                open = ',';
                append_string(out, tag);
            }
            out += e.tags.empty() ? "[]" : "]";
            break;
        }
        case Column::sites: {
            char open = '[';
            for (const auto& site : e.sites) {
                out += open;
                open = ',';
                out += R"({"site":)";
                append_string(out, journal::name_of(site.site));
                out += R"(,"side":)";
                append_string(out, journal::name_of(site.side));
                out += R"(,"soreness":)";
                out += std::to_string(site.soreness);
                out += '}';
            }
            out += e.sites.empty() ? "[]" : "]";
            break;
        }
        case Column::created_at:
            append_string(out, e.created_at);
            break;
        case Column::updated_at:
            append_string(out, e.updated_at);
            break;
        }
    }
    out += '}';
}

std::string dump(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace sore::formats
