#include "formats/json.hpp"

#include "formats/columns.hpp"
#include "journal/sites.hpp"

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

std::string dump(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace sore::formats
