#pragma once

// A plain text table: columns sized to their widest cell (in terminal
// columns, util::display_width), optional colour per cell. Given a width
// (a terminal's), it fits the table into it: short headers first, then the
// columns that may shrink are cut with "…", then one space between
// columns, then columns that may go are left out, least needed first.
// Data in, text out; knows nothing about entries.

#include <cstddef>
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
    std::string short_header = {}; // for a narrow table; "" keeps the header
    std::size_t shrinks_to = 0;    // cut with "…" down to this width to fit; 0: never
    int leaves = 0;                // left out to fit, the lowest first; 0: never
};

struct Cell {
    Cell(std::string cell_text = {}, std::optional<fmt::text_style> cell_style = std::nullopt,
         std::string cell_short_text = {})
        : text(std::move(cell_text)), style(cell_style), short_text(std::move(cell_short_text)) {}
    std::string text;
    std::optional<fmt::text_style> style;
    std::string short_text; // shown instead of a cut text when the column is narrow; "": cut
};

class Table {
public:
    explicit Table(std::vector<Column> columns);

    void add_row(std::vector<Cell> cells);
    std::size_t rows() const { return rows_.size(); }

    // Columns separated by two spaces, no trailing blanks, fitted into
    // `width` columns when one is given (and possible). Colour only when
    // `color` is set. Returns how many columns were left out to fit.
    std::size_t print(std::ostream& out, bool color,
                      std::optional<std::size_t> width = std::nullopt) const;

private:
    struct Layout {
        std::vector<std::string> headers;
        std::vector<std::size_t> widths; // 0: left out
        std::size_t gap = 2;
        std::size_t left_out = 0;
        std::size_t total() const;
    };
    Layout natural() const;
    Layout fit(std::size_t width) const;

    std::vector<Column> columns_;
    std::vector<std::vector<Cell>> rows_;
};

} // namespace sore::render
