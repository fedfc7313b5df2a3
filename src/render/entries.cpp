#include "render/entries.hpp"

#include "formats/csv.hpp"
#include "journal/sites.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <ostream>

namespace sore::render {

using journal::Entry;

namespace {

fmt::text_style soreness_style(int soreness) {
    if (soreness >= 7) {
        return fmt::fg(fmt::terminal_color::red) | fmt::emphasis::bold;
    }
    if (soreness >= 4) {
        return fmt::fg(fmt::terminal_color::yellow);
    }
    return fmt::fg(fmt::terminal_color::green);
}

// "injury,emotional", or in a narrow table "inj,emo": cut, the first would
// hide the second flag.
Cell flags(const Entry& e) {
    std::vector<std::string> names;
    std::vector<std::string> shortened;
    if (e.injury) {
        names.emplace_back("injury");
        shortened.emplace_back("inj");
    }
    if (e.emotional) {
        names.emplace_back("emotional");
        shortened.emplace_back("emo");
    }
    return {fmt::format("{}", fmt::join(names, ",")), fmt::fg(fmt::terminal_color::red),
            fmt::format("{}", fmt::join(shortened, ","))};
}

} // namespace

std::string time_or_blank(const std::optional<journal::TimeOfDay>& time) {
    return time ? journal::format_time(*time) : std::string();
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

void print_entry_table(std::ostream& out, const std::vector<Entry>& entries, bool color,
                       std::optional<std::size_t> width) {
    // Fitted into a terminal: short headers, then the note, tags, flags and
    // technique cut with "…", then side, during, time and knots left out.
    Table table({{"id", Align::right},
                 {"date"},
                 {"time", Align::left, "", 0, 3},
                 {"sore", Align::right},
                 {"during", Align::right, "dur", 0, 2},
                 {"sitting", Align::right, "sat"},
                 {"pressure", Align::left, "press"},
                 {"technique", Align::left, "tech", 6},
                 {"knots", Align::right, "kn", 0, 4},
                 {"flags", Align::left, "flag", 7}, // room for "inj,emo"
                 {"side", Align::left, "", 0, 1},
                 {"tags", Align::left, "", 4},
                 {"sites", Align::left, "", 5},
                 {"note", Align::left, "", 8}});
    for (const auto& e : entries) {
        table.add_row({{std::to_string(e.id)},
                       {journal::format_date(e.date)},
                       {time_or_blank(e.time)},
                       {std::to_string(e.soreness), soreness_style(e.soreness)},
                       {or_blank(e.during)},
                       {e.sitting_min ? format_minutes(*e.sitting_min) : ""},
                       {name_or_blank(e.pressure)},
                       {name_or_blank(e.technique)},
                       {or_blank(e.knots)},
                       flags(e),
                       {name_or_blank(e.side)},
                       {fmt::format("{}", fmt::join(e.tags, ","))},
                       {journal::format_sites(e.sites)},
                       // One line, whole: the table cuts it only to fit a terminal.
                       {util::shorten(e.note.value_or(""), std::string::npos)}});
    }
    auto left_out = table.print(out, color, width);
    out << util::count(entries.size(), "entry", "entries");
    if (left_out > 0) {
        out << fmt::format(" ({} left out to fit; --wide shows all)",
                           util::count(left_out, "column", "columns"));
    }
    out << '\n';
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
    line("date", journal::format_date(e.date));
    line("time", time_or_blank(e.time));
    line("soreness", fmt::format("{} of 10", e.soreness), soreness_style(e.soreness));
    line("during", e.during ? fmt::format("{} of 10", *e.during) : "");
    line("sitting", e.sitting_min ? fmt::format("{} ({} hours)", format_minutes(*e.sitting_min),
                                                formats::format_hours(*e.sitting_min))
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
    line("tags", fmt::format("{}", fmt::join(e.tags, ", ")));
    if (e.sites.empty()) {
        line("sites", "");
    }
    for (std::size_t i = 0; i < e.sites.size(); ++i) {
        const auto& site = e.sites[i];
        auto where = journal::place_name(journal::key_of(site));
        line(i == 0 ? "sites" : "", fmt::format("{:<36} {} of 10", where, site.soreness),
             soreness_style(site.soreness));
    }
    line("uuid", e.uuid);
    line("created", e.created_at);
    line("updated", e.updated_at);
    if (e.note) {
        out << "note:\n" << util::visible(*e.note) << '\n';
    } else {
        line("note", "");
    }
}

} // namespace sore::render
