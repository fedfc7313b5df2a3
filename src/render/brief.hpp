#pragma once

// The brief for the therapist: plain text that fits one screen (24 lines
// of 80 columns) and reads well pasted into a message, and the same facts
// as JSON (keys in README.md).

#include "analysis/brief.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>

namespace sore::render {

void print_brief_text(std::ostream& out, const analysis::Brief& brief,
                      const analysis::RecoveryReport& recovery);

nlohmann::ordered_json brief_json(const analysis::Brief& brief,
                                  const analysis::RecoveryReport& recovery);

} // namespace sore::render
