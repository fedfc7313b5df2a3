#include "formats/json.hpp"

#include "formats/columns.hpp"

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

std::string dump(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace sore::formats
