#pragma once

// The weekly trend report as text, CSV and JSON. Data in, text out.

#include "analysis/week.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sore::render {

struct TextStyle {
    bool color = false;
    bool ascii = false;                    // '#' bars instead of Unicode blocks
    std::optional<std::size_t> width = {}; // a terminal's, to fit the table into
};

// A bar for a mean soreness of 0-10, two cells a point: Unicode eighth
// blocks, or '#' to the nearest cell in ASCII.
std::string soreness_bar(double mean, bool ascii);

// The sentences of the report, shared by its text and HTML forms: what the
// columns of the table mean, the trend over the weeks, and the change from
// the first week with entries to the last.
std::string week_columns_note();
// "a fall of 2 points, or of 30% from 4 or more,": what counts as a
// meaningful improvement.
std::string meaningful_bar();
// "In all: 50 logged days (12 clean), 14 sessions, 1 injury episode."
std::string counts_text(const analysis::WeekReport& report);
std::string trend_text(const analysis::WeekReport& report);
std::string change_text(const analysis::WeekReport& report);

void print_week_text(std::ostream& out, const analysis::WeekReport& report, TextStyle style);

// One row per week (weeks without entries too), RFC 4180 with CRLF.
void print_week_csv(std::ostream& out, const analysis::WeekReport& report);

// A trend's figures, unrounded: days, weeks (when given), slope, ci95, p,
// exact, intercept, direction.
nlohmann::ordered_json trend_json(const analysis::Trend& trend, std::optional<int> weeks);

// The same figures as the text, unrounded (keys in README.md).
nlohmann::ordered_json week_json(const analysis::WeekReport& report);

} // namespace sore::render
