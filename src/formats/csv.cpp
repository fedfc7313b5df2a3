#include "formats/csv.hpp"

#include "formats/columns.hpp"
#include "journal/sites.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <ostream>

namespace sore::formats {

namespace {

// Apostrophes, then a character that makes a spreadsheet run the cell.
bool looks_like_formula(std::string_view text) {
    auto first = text.find_first_not_of('\'');
    return first != std::string_view::npos &&
           std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

template <typename T> std::string or_blank(const std::optional<T>& value) {
    return value ? fmt::format("{}", *value) : std::string();
}

template <typename Enum> std::string name_or_blank(const std::optional<Enum>& value) {
    return value ? std::string(journal::name_of(*value)) : std::string();
}

} // namespace

std::string csv_field(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(value);
    }
    std::string out = "\"";
    for (char c : value) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string csv_text_field(std::string_view text) {
    if (looks_like_formula(text)) {
        return csv_field("'" + std::string(text));
    }
    return csv_field(text);
}

std::string_view csv_restore_text(std::string_view cell) {
    if (cell.starts_with('\'') && looks_like_formula(cell)) {
        cell.remove_prefix(1);
    }
    return cell;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    out << fmt::format("{}\r\n", fmt::join(fields, ","));
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

void write_entry_csv_header(std::ostream& out) {
    std::vector<std::string> header;
    for (auto column : csv_columns()) {
        header.emplace_back(name_of(column));
    }
    write_csv_row(out, header);
}

void write_entry_csv_row(std::ostream& out, const journal::Entry& e) {
    std::vector<std::string> row;
    row.reserve(csv_columns().size());
    for (auto column : csv_columns()) {
        switch (column) {
        case Column::id:
            row.push_back(std::to_string(e.id));
            break;
        case Column::uuid:
            row.push_back(e.uuid);
            break;
        case Column::date:
            row.push_back(journal::format_date(e.date));
            break;
        case Column::time:
            row.push_back(e.time ? journal::format_time(*e.time) : "");
            break;
        case Column::soreness:
            row.push_back(std::to_string(e.soreness));
            break;
        case Column::during:
            row.push_back(or_blank(e.during));
            break;
        case Column::sitting_hours:
            row.push_back(e.sitting_min ? format_hours(*e.sitting_min) : "");
            break;
        case Column::pressure:
            row.push_back(e.pressure ? std::to_string(journal::level_of(*e.pressure)) : "");
            break;
        case Column::technique:
            row.push_back(name_or_blank(e.technique));
            break;
        case Column::knots:
            row.push_back(or_blank(e.knots));
            break;
        case Column::injury:
            row.emplace_back(e.injury ? "1" : "0");
            break;
        case Column::emotional:
            row.emplace_back(e.emotional ? "1" : "0");
            break;
        case Column::side:
            row.push_back(name_or_blank(e.side));
            break;
        case Column::note:
            row.push_back(csv_text_field(e.note.value_or("")));
            break;
        case Column::tags:
            row.push_back(csv_text_field(fmt::format("{}", fmt::join(e.tags, ";"))));
            break;
        case Column::sites:
            row.push_back(journal::format_sites(e.sites));
            break;
        case Column::created_at:
            row.push_back(e.created_at);
            break;
        case Column::updated_at:
            row.push_back(e.updated_at);
            break;
        case Column::sitting_min:
            row.push_back(or_blank(e.sitting_min));
            break;
        }
    }
    write_csv_row(out, row);
}

} // namespace sore::formats
