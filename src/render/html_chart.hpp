#pragma once

// The chart of `sore report`: soreness over time as inline SVG. One circle
// per entry, drawn last so no other mark hides it: filled white for a rest
// day; for a session filled with its pressure's ink over its pressure's
// marker, so the level reads in black and white too (grey, without a
// marker, for a session without a pressure). The weekly means as larger
// squares joined by a line (weeks without entries break it), soreness 0-10
// up the side and the Mondays along the bottom. Drawn with presentation
// attributes only, so it needs no style sheet.

#include "analysis/week.hpp"
#include "journal/entry.hpp"

#include <date/date.h>
#include <span>
#include <string>
#include <string_view>

namespace sore::render {

// Where things go, in SVG user units (the drawing scales to the page).
struct ChartScale {
    static constexpr double left = 40;         // room for the soreness labels
    static constexpr double top = 12;          // above the line for 10
    static constexpr double plot_width = 672;  // 12 units a day over 8 weeks
    static constexpr double plot_height = 200; // 20 units a point
    static constexpr double width = 728;       // the whole drawing
    static constexpr double height = 280;      // with the dates and the legend's two rows

    date::sys_days first; // the first day drawn (a Monday)
    int days = 7;         // how many days are drawn

    double day_width() const { return plot_width / days; }
    // The k-th (from 0) of the n entries on `day`, spread across the day's
    // width; one entry sits in the middle of its day.
    double x(date::sys_days day, int k = 0, int n = 1) const;
    // The middle of the week that starts on `monday`.
    double week_x(date::sys_days monday) const;
    double y(double soreness) const; // 0 at the bottom, 10 at the top
};

// The chart of `entries` (oldest first, as the store lists them) over the
// weeks of `weeks`, with its weekly means. Entries outside those weeks are
// not drawn; days of those weeks outside `period` are shaded.
std::string soreness_chart_svg(const analysis::WeekReport& weeks,
                               std::span<const journal::Entry> entries,
                               const journal::DaySpan& period);

// Shared with the recovery chart (html_recovery.cpp), so that a pressure
// looks the same in both.

// A coordinate to a tenth of a unit, without trailing zeros: 82, 82.5.
std::string svg_number(double value);

// Pressure levels 1 (light) to 4 (deep): an ink from pale to dark orange
// (light to dark grey in print), a dash pattern for lines, and a marker
// shape (triangle, diamond, triangle pointing down, star).
std::string_view pressure_ink(int level);
std::string_view pressure_dash(int level);
// The level's marker as a <path> centred on (cx, cy), `radius` from the
// centre to its points, filled with the level's ink; `inner` is put inside
// the element (a <title>, say).
std::string pressure_marker(int level, double cx, double cy, double radius,
                            std::string_view inner = "");

} // namespace sore::render
