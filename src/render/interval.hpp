#pragma once

// A 95% interval as the reports show it, in text and in JSON.

#include "analysis/stats.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sore::render {

// "+1.03 to +1.43": to two decimals, with signs.
std::string interval_text(const analysis::Interval& ci);

// {"low": ..., "high": ...}, or null.
nlohmann::ordered_json interval_json(const std::optional<analysis::Interval>& ci);

} // namespace sore::render
