#pragma once

// The words of the causes report, one record per cause. The facts behind
// them come from the article sore is built around (DESIGN.md section 1); the
// words are ours. Every sentence the causes report prints is a function
// here, so its text and HTML forms say the same thing in the same words.

#include "analysis/causes.hpp"

#include <string>
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

// Why all five could not be weighed together.
std::string together_gap_text(const analysis::Gap& gap);

// What the regression's figures mean, and which causes it left out.
std::string together_note(const analysis::Together& together);

// That the report shows association in the user's own data, not proof, and
// when to see a professional.
std::string_view association_note();

// What a Gap means, in a sentence: what is missing and how many more entries
// would let sore answer.
std::string gap_text(analysis::Cause cause, const analysis::Gap& gap);

// The plain sentence for an answered cause, relating the user's figure to
// what the article says about that cause.
std::string finding_text(const analysis::Finding& finding);

} // namespace sore::render
