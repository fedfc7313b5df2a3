#include "render/csv.hpp"

#include <ostream>

namespace sore::render {

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

namespace {

// Apostrophes, then a character that makes a spreadsheet run the cell.
bool looks_like_formula(std::string_view text) {
    auto first = text.find_first_not_of('\'');
    return first != std::string_view::npos &&
           std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

} // namespace

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
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out << ',';
        }
        out << fields[i];
    }
    out << "\r\n";
}

} // namespace sore::render
