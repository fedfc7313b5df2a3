#pragma once

// A plain text table: columns sized to their widest cell (in terminal
// columns, util::display_width), optional colour per cell. Data in, text
// out; knows nothing about entries.

#include <fmt/color.h>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace sore::render {

enum class Align { left, right };

struct Column {
    std::string header;
    Align align = Align::left;
};

struct Cell {
    Cell(std::string cell_text = {}, std::optional<fmt::text_style> cell_style = std::nullopt)
        : text(std::move(cell_text)), style(cell_style) {}
    std::string text;
    std::optional<fmt::text_style> style;
};

class Table {
public:
    explicit Table(std::vector<Column> columns);

    void add_row(std::vector<Cell> cells);
    std::size_t rows() const { return rows_.size(); }

    // Columns separated by two spaces, no trailing blanks. Colour only when
    // `color` is set.
    void print(std::ostream& out, bool color) const;

private:
    std::vector<Column> columns_;
    std::vector<std::vector<Cell>> rows_;
};

} // namespace sore::render
