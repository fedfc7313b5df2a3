#include "render/html_escape.hpp"

#include "util/text.hpp"

#include <cstdint>

namespace sore::render {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// Whether XML may hold the character: not the controls other than tab,
// line feed and carriage return, nor U+FFFE and U+FFFF.
bool xml_allows(std::int32_t c) {
    return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto [c, length] = util::code_point_at(text, i);
        if (!xml_allows(c)) { // a byte that is not UTF-8 (-1) included
            out += replacement;
            i += length;
            continue;
        }
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

} // namespace sore::render
