#include "render/entries.hpp"

#include "render/csv.hpp"
#include "render/table.hpp"

#include <array>
#include <fmt/color.h>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

using journal::Entry;

namespace {

constexpr std::size_t note_width = 40;

fmt::text_style soreness_style(int soreness) {
    if (soreness >= 7) {
        return fmt::fg(fmt::terminal_color::red) | fmt::emphasis::bold;
    }
    if (soreness >= 4) {
        return fmt::fg(fmt::terminal_color::yellow);
    }
    return fmt::fg(fmt::terminal_color::green);
}

std::string flags(const Entry& e) {
    std::vector<std::string> set;
    if (e.injury) {
        set.emplace_back("injury");
    }
    if (e.emotional) {
        set.emplace_back("emotional");
    }
    return join(set, ",");
}

template <typename T> nlohmann::ordered_json json_or_null(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

} // namespace

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

std::string format_minutes(int minutes) {
    if (minutes < 60) {
        return fmt::format("{}m", minutes);
    }
    if (minutes % 60 == 0) {
        return fmt::format("{}h", minutes / 60);
    }
    return fmt::format("{}h{:02}m", minutes / 60, minutes % 60);
}

std::string format_hours(int minutes) {
    std::string text = fmt::format("{:.2f}", minutes / 60.0);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return text;
}

void print_entry_table(std::ostream& out, const std::vector<Entry>& entries, bool color) {
    Table table({{"id", Align::right},
                 {"date"},
                 {"time"},
                 {"sore", Align::right},
                 {"during", Align::right},
                 {"sitting", Align::right},
                 {"pressure"},
                 {"technique"},
                 {"knots", Align::right},
                 {"flags"},
                 {"side"},
                 {"tags"},
                 {"note"}});
    for (const auto& e : entries) {
        table.add_row({{std::to_string(e.id)},
                       {e.date},
                       {e.time.value_or("")},
                       {std::to_string(e.soreness), soreness_style(e.soreness)},
                       {or_blank(e.during)},
                       {e.sitting_min ? format_minutes(*e.sitting_min) : ""},
                       {name_or_blank(e.pressure)},
                       {name_or_blank(e.technique)},
                       {or_blank(e.knots)},
                       {flags(e), fmt::fg(fmt::terminal_color::red)},
                       {name_or_blank(e.side)},
                       {join(e.tags, ",")},
                       {shorten(e.note.value_or(""), note_width)}});
    }
    table.print(out, color);
    out << (entries.size() == 1 ? "1 entry\n" : fmt::format("{} entries\n", entries.size()));
}

std::span<const std::string_view> entry_csv_columns() {
    static constexpr std::array<std::string_view, 17> columns{
        "id",       "uuid",       "date",      "time",   "soreness",  "during", "sitting_hours",
        "pressure", "technique",  "knots",     "injury", "emotional", "side",   "note",
        "tags",     "created_at", "updated_at"};
    return columns;
}

void print_csv_header(std::ostream& out) {
    auto columns = entry_csv_columns();
    write_csv_row(out, std::vector<std::string>(columns.begin(), columns.end()));
}

void print_csv_row(std::ostream& out, const Entry& e) {
    std::string pressure = e.pressure ? std::to_string(journal::level_of(*e.pressure)) : "";
    write_csv_row(
        out, {std::to_string(e.id), e.uuid, e.date, e.time.value_or(""), std::to_string(e.soreness),
              or_blank(e.during), e.sitting_min ? format_hours(*e.sitting_min) : "", pressure,
              name_or_blank(e.technique), or_blank(e.knots), e.injury ? "1" : "0",
              e.emotional ? "1" : "0", name_or_blank(e.side), csv_text_field(e.note.value_or("")),
              csv_text_field(join(e.tags, ";")), e.created_at, e.updated_at});
}

nlohmann::ordered_json entry_json(const Entry& e) {
    nlohmann::ordered_json j;
    std::optional<int> pressure;
    if (e.pressure) {
        pressure = journal::level_of(*e.pressure);
    }
    auto name = [](const auto& value) -> nlohmann::ordered_json {
        return value ? nlohmann::ordered_json(journal::name_of(*value)) : nullptr;
    };
    j["id"] = e.id;
    j["uuid"] = e.uuid;
    j["date"] = e.date;
    j["time"] = json_or_null(e.time);
    j["soreness"] = e.soreness;
    j["during"] = json_or_null(e.during);
    j["sitting_min"] = json_or_null(e.sitting_min);
    j["pressure"] = json_or_null(pressure);
    j["technique"] = name(e.technique);
    j["knots"] = json_or_null(e.knots);
    j["injury"] = e.injury;
    j["emotional"] = e.emotional;
    j["side"] = name(e.side);
    j["note"] = json_or_null(e.note);
    j["tags"] = e.tags;
    j["created_at"] = e.created_at;
    j["updated_at"] = e.updated_at;
    return j;
}

void print_entry_details(std::ostream& out, const Entry& e, bool color) {
    auto line = [&](std::string_view label, const std::string& value,
                    std::optional<fmt::text_style> style = std::nullopt) {
        std::string shown = value.empty() ? "-" : value;
        if (color && style && !value.empty()) {
            shown = fmt::format(*style, "{}", shown);
        }
        out << fmt::format("{:<11}{}\n", label, shown);
    };
    out << (color ? fmt::format(fmt::emphasis::bold, "Entry {}", e.id)
                  : fmt::format("Entry {}", e.id))
        << '\n';
    line("date", e.date);
    line("time", e.time.value_or(""));
    line("soreness", fmt::format("{} of 10", e.soreness), soreness_style(e.soreness));
    line("during", e.during ? fmt::format("{} of 10", *e.during) : "");
    line("sitting", e.sitting_min ? fmt::format("{} ({} hours)", format_minutes(*e.sitting_min),
                                                format_hours(*e.sitting_min))
                                  : "");
    line("pressure", e.pressure ? fmt::format("{} ({} of 4)", journal::name_of(*e.pressure),
                                              journal::level_of(*e.pressure))
                                : "");
    line("technique", name_or_blank(e.technique));
    line("knots", or_blank(e.knots));
    line("injury", e.injury ? "yes" : "no",
         e.injury ? std::optional(fmt::fg(fmt::terminal_color::red)) : std::nullopt);
    line("emotional", e.emotional ? "yes" : "no");
    line("side", name_or_blank(e.side));
    line("tags", join(e.tags, ", "));
    line("uuid", e.uuid);
    line("created", e.created_at);
    line("updated", e.updated_at);
    if (e.note) {
        out << "note:\n" << *e.note << '\n';
    } else {
        line("note", "");
    }
}

} // namespace sore::render
