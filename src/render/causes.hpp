#pragma once

// The causes report as text and JSON: for each cause its figures, a
// strength label and one plain sentence, then all five together.

#include "analysis/causes.hpp"
#include "render/week.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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

// What a Gap means, in a sentence: what is missing and how many more entries
// would let sore answer.
std::string gap_text(analysis::Cause cause, const analysis::Gap& gap);

// The plain sentence for an answered cause, relating the user's figure to
// what the article says about that cause.
std::string finding_text(const analysis::Finding& finding);

} // namespace sore::render
