#pragma once

// The words of the causes report, one record per cause. The facts behind
// them come from the article sore is built around (DESIGN.md section 1); the
// words are ours. Used by the renderers of the causes report (text and HTML).

#include "analysis/causes.hpp"

#include <string_view>

namespace sore::render {

struct CauseWords {
    std::string_view title;    // heading: "Knots and trigger points"
    std::string_view recorded; // "entries record knots", "entries mark an injury"
    std::string_view option;   // how to log it: "--knots N"
    std::string_view unit;     // after "points": "a knot", "with an injury"
    std::string_view measure;  // "every entry records the same number of knots"
    std::string_view up;       // the cause goes with more soreness; {} is the figure
    std::string_view down;     // ... with less
    std::string_view none;     // no link seen
};

const CauseWords& words_of(analysis::Cause cause);

} // namespace sore::render
