#include "render/interval.hpp"

#include "render/text.hpp"

#include <fmt/format.h>

namespace sore::render {

std::string interval_text(const analysis::Interval& ci) {
    return fmt::format("{} to {}", signed_fixed(ci.low, 2), signed_fixed(ci.high, 2));
}

nlohmann::ordered_json interval_json(const std::optional<analysis::Interval>& ci) {
    if (!ci) {
        return nullptr;
    }
    return {{"low", ci->low}, {"high", ci->high}};
}

} // namespace sore::render
