#pragma once

// The words of the causes report. Every sentence the report prints is a
// function here, so its text and HTML forms say the same thing in the same
// words. The facts come from the article sore is built around (DESIGN.md
// section 1); the words are ours. Sentences say what went together, never
// what caused what, and only a clear verdict gets the article's advice.

#include "analysis/causes.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace sore::render {

// "light" ... "deep" for a level 1-4; "" for none.
std::string level_name(std::optional<int> level);

// "Knots and trigger points", "Pressure", ...
std::string_view title_of(analysis::Cause cause);

// What the article says of a cause, shown beside a clear link to more
// soreness.
std::string_view fact_of(analysis::Cause cause);

// What one estimate means: "per knot found", "deep against light",
// "per hour sat", "flagged days against clean days", "sessions with a
// release against without".
std::string unit_of(const analysis::Finding& finding);

// "+2.10 points, deep against light (95% CI +1.20 to +3.00; p 0.0012, 0.0048
// across the five)", or "... (exact, no interval)": the figures of a
// finding with an estimate.
std::string figure_line(const analysis::Finding& finding);

// The plain sentence for a finding: what went with what, how sure, and
// for a clear verdict what the article says; or what data are missing.
std::string finding_text(const analysis::Finding& finding);

// "50 logged days (18 clean), 22 sessions (20 weighed together), 1 injury
// episode".
std::string counts_text(const analysis::CausesReport& report);

// That the report shows association in the user's own data, not proof, and
// when to see a professional. Printed first.
std::string_view association_note();

// The injury episodes and the sessions within 72 hours of one starting,
// with the article's caution; empty when there were no episodes.
std::string episodes_text(const analysis::CausesReport& report);

// How the figures are made, in two sentences.
std::string_view method_note();

} // namespace sore::render
