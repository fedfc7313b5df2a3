#pragma once

// The causes report as text and JSON: for each cause its figures, a
// strength label and one plain sentence, then all five together.

#include "analysis/causes.hpp"
#include "render/week.hpp"

#include <array>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sore::render {

// The date range the report covers, for its heading; either end optional.
struct Range {
    std::optional<std::string> from;
    std::optional<std::string> to;
};

void print_causes_text(std::ostream& out, const analysis::CausesReport& report, const Range& range,
                       bool color);

// The same figures, unrounded (keys in README.md).
nlohmann::ordered_json causes_json(const analysis::CausesReport& report, const Range& range);

// The parts of the report shared by its text and HTML forms.

// "+1.03 to +1.43": a 95% interval to two decimals.
std::string interval_text(const analysis::Interval& ci);

// An answered cause's figures in two lines: the effect with its interval,
// then Spearman's rho (measures) or the two group means (markers).
std::array<std::string, 2> figure_lines(const analysis::Finding& finding);

// "strong", "moderate", "weak", "none seen", or "not enough data".
std::string strength_label(const analysis::Finding& finding);

// "28 entries with sitting, pressure and knots; R-squared 0.97": only when
// the regression has a fit.
std::string together_summary(const analysis::Together& together);

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
