#include "render/text.hpp"

#include "util/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <sstream>

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

// Lines of at most `width` columns: the first starts with `first`, the
// others with `rest`.
std::string wrap_lines(std::string_view text, std::size_t width, std::string_view first,
                       std::string_view rest) {
    std::istringstream words{std::string(text)};
    std::string out;
    std::string line;
    std::string word;
    std::string_view indent = first;
    while (words >> word) {
        if (!line.empty() && util::display_width(indent) + util::display_width(line) + 1 +
                                     util::display_width(word) >
                                 width) {
            out += fmt::format("{}{}\n", indent, line);
            line.clear();
            indent = rest;
        }
        line += line.empty() ? word : " " + word;
    }
    if (!line.empty()) {
        out += fmt::format("{}{}\n", indent, line);
    }
    return out;
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

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
    return wrap_lines(text, width, indent, indent);
}

std::string wrap_hanging(std::string_view text, std::size_t width, std::string_view indent) {
    return wrap_lines(text, width, "", indent);
}

} // namespace sore::render
