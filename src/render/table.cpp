#include "render/table.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::add_row(std::vector<Cell> cells) {
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out, bool color) const {
    std::vector<std::size_t> widths;
    for (const auto& column : columns_) {
        widths.push_back(util::display_width(column.header));
    }
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], util::display_width(row[i].text));
        }
    }
    auto print_line = [&](const std::vector<Cell>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::size_t pad = widths[i] - util::display_width(cells[i].text);
            std::string text = cells[i].text;
            if (color && cells[i].style && !text.empty()) {
                text = fmt::format(*cells[i].style, "{}", text);
            }
            if (i > 0) {
                line += "  ";
            }
            if (columns_[i].align == Align::right) {
                line += std::string(pad, ' ') + text;
            } else {
                line += text;
                if (i + 1 < cells.size()) {
                    line += std::string(pad, ' ');
                }
            }
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out << line << '\n';
    };
    std::vector<Cell> header;
    for (const auto& column : columns_) {
        header.emplace_back(column.header, fmt::emphasis::bold);
    }
    print_line(header);
    for (const auto& row : rows_) {
        print_line(row);
    }
}

} // namespace sore::render
