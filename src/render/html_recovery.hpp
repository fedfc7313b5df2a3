#pragma once

// The recovery section of the `sore report` page: the days after a session
// as an SVG chart, and the section's mustache data in the words of
// recovery_words.hpp. The chart puts the session's day and the 4 after
// along the bottom and the soreness above the user's usual up the side, one
// line per pressure level with figures and one for all sessions, each with
// its 95% intervals as a translucent band; a day with too few sessions
// breaks its line. Levels look as in the soreness chart (pressure_ink,
// pressure_marker), with a dash pattern each, so that it reads in black and
// white; presentation attributes only.

#include "analysis/recovery.hpp"
#include "render/html_sections.hpp"

#include <string>

namespace sore::render {

// Where things go, in SVG user units.
struct ProfileScale {
    static constexpr double left = 48;         // room for the point labels
    static constexpr double top = 12;          // above the highest line
    static constexpr double plot_width = 640;  // 128 units a day
    static constexpr double plot_height = 210; // 30 units a point from -2 to +5
    static constexpr double width = 728;
    static constexpr double height = 276; // with the days and the legend

    int low = -2; // the bottom and top lines, in whole points
    int high = 5;

    double x(int lag) const;       // the middle of the lag's fifth of the width
    double y(double points) const; // `low` at the bottom, `high` at the top
};

// -2 to +5, widened to whole points to hold every mean and interval drawn,
// within -10 to +10; past 10 points in all, to even ends (labelled every 2).
ProfileScale profile_scale(const analysis::RecoveryReport& report);

// The chart; empty when no day has a figure (fewer than 3 sessions each).
std::string recovery_chart_svg(const analysis::RecoveryReport& report);

namespace html {

// Adds recovery_note, recovery_baseline, has_recovery_chart and
// recovery_chart, recovery_peak, has_recovery_levels and recovery_levels (a
// row per level with sessions), has_recovery_compare_note and
// recovery_compare_note, has_recovery_sessions, recovery_comfortable,
// has_recovery_during and recovery_during, recovery_settling,
// has_recovery_longer and recovery_longer, recovery_method.
void add_recovery(Data& page, const analysis::RecoveryReport& report);

} // namespace html

} // namespace sore::render
