#include "render/table.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>
#include <ostream>

namespace sore::render {

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::add_row(std::vector<Cell> cells) {
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

std::size_t Table::Layout::total() const {
    std::size_t shown = 0;
    std::size_t sum = 0;
    for (auto w : widths) {
        shown += w > 0 ? 1 : 0;
        sum += w;
    }
    return sum + (shown > 0 ? gap * (shown - 1) : 0);
}

Table::Layout Table::natural() const {
    Layout layout;
    for (const auto& column : columns_) {
        layout.headers.push_back(column.header);
        layout.widths.push_back(std::max<std::size_t>(util::display_width(column.header), 1));
    }
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            layout.widths[i] = std::max(layout.widths[i], util::display_width(row[i].text));
        }
    }
    return layout;
}

Table::Layout Table::fit(std::size_t width) const {
    auto layout = natural();
    if (layout.total() <= width) {
        return layout;
    }
    // 1. Short headers, where a header is wider than its cells.
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (columns_[i].short_header.empty()) {
            continue;
        }
        std::size_t cells = util::display_width(columns_[i].short_header);
        for (const auto& row : rows_) {
            cells = std::max(cells, util::display_width(row[i].text));
        }
        layout.headers[i] = columns_[i].short_header;
        layout.widths[i] = cells;
    }
    auto wide = layout.widths; // what the shrinking starts from
    // 2. Cut what may shrink, the last column first (a note, say), as far
    // as the excess asks; 3. one space between columns; 4. leave columns
    // out, and cut again what the others still need.
    std::vector<std::size_t> leaving(columns_.size());
    std::iota(leaving.begin(), leaving.end(), 0);
    std::erase_if(leaving, [&](std::size_t i) { return columns_[i].leaves == 0; });
    std::stable_sort(leaving.begin(), leaving.end(), [&](std::size_t a, std::size_t b) {
        return columns_[a].leaves < columns_[b].leaves;
    });
    auto shrink = [&] {
        for (std::size_t i = columns_.size(); i-- > 0 && layout.total() > width;) {
            if (columns_[i].shrinks_to == 0 || layout.widths[i] == 0) {
                continue;
            }
            auto excess = layout.total() - width;
            auto room = layout.widths[i] - std::min(layout.widths[i], columns_[i].shrinks_to);
            layout.widths[i] -= std::min(excess, room);
        }
    };
    shrink();
    if (layout.total() > width) {
        layout.gap = 1;
        layout.widths = wide;
        shrink();
    }
    for (auto i : leaving) {
        if (layout.total() <= width) {
            break;
        }
        wide[i] = 0;
        layout.widths = wide;
        ++layout.left_out;
        shrink();
    }
    return layout;
}

std::size_t Table::print(std::ostream& out, bool color, std::optional<std::size_t> width) const {
    auto layout = width ? fit(*width) : natural();
    auto print_line = [&](const std::vector<Cell>& cells) {
        std::string line;
        bool first = true;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            auto w = layout.widths[i];
            if (w == 0) {
                continue;
            }
            std::string text = cells[i].text;
            if (util::display_width(text) > w) {
                const auto& brief = cells[i].short_text;
                text = !brief.empty() && util::display_width(brief) <= w ? brief
                                                                         : util::shorten(text, w);
            }
            std::size_t pad = w - std::min(w, util::display_width(text));
            if (color && cells[i].style && !text.empty()) {
                text = fmt::format(*cells[i].style, "{}", text);
            }
            if (!first) {
                line += std::string(layout.gap, ' ');
            }
            first = false;
            if (columns_[i].align == Align::right) {
                line += std::string(pad, ' ') + text;
            } else {
                line += text + std::string(pad, ' ');
            }
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out << line << '\n';
    };
    std::vector<Cell> header;
    for (const auto& text : layout.headers) {
        header.emplace_back(text, fmt::emphasis::bold);
    }
    print_line(header);
    for (const auto& row : rows_) {
        print_line(row);
    }
    return layout.left_out;
}

} // namespace sore::render
