#include "render/text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

bool rounds_to_zero(const std::string& text) {
    return text.find_first_not_of("-+0.") == std::string::npos;
}

// Halves round away from zero, as people round (4.25 -> 4.3), rather than
// to even.
double rounded(double value, int decimals) {
    double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

std::string fixed(double value, int decimals) {
    auto text = fmt::format("{:.{}f}", rounded(value, decimals), decimals);
    return rounds_to_zero(text) ? fmt::format("{:.{}f}", 0.0, decimals) : text;
}

std::string signed_fixed(double value, int decimals) {
    auto text = fmt::format("{:+.{}f}", rounded(value, decimals), decimals);
    return rounds_to_zero(text) ? fmt::format("{:.{}f}", 0.0, decimals) : text;
}

} // namespace sore::render
