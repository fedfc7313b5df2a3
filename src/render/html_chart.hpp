#pragma once

// The chart of `sore report`: soreness over time as inline SVG. One circle
// per entry, drawn last and filled white so no other mark hides it, the
// weekly means as larger squares joined by a line (weeks without entries
// break it), soreness 0-10 up the side and the Mondays along the bottom. Drawn with presentation
// attributes only, so it needs no style sheet, and in dark grey and blue that print well in black
// and white.

#include "analysis/week.hpp"
#include "journal/entry.hpp"

#include <date/date.h>
#include <span>
#include <string>

namespace sore::render {

// Where things go, in SVG user units (the drawing scales to the page).
struct ChartScale {
    static constexpr double left = 40;         // room for the soreness labels
    static constexpr double top = 12;          // above the line for 10
    static constexpr double plot_width = 672;  // 12 units a day over 8 weeks
    static constexpr double plot_height = 200; // 20 units a point
    static constexpr double width = 728;       // the whole drawing
    static constexpr double height = 262;      // with the dates and the legend

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

} // namespace sore::render
