#include "render/html_escape.hpp"

#include <utf8proc.h>

namespace sore::render {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// Whether XML may hold the character: not the controls other than tab,
// line feed and carriage return, nor U+FFFE and U+FFFF.
bool xml_allows(utf8proc_int32_t c) {
    return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto size = static_cast<utf8proc_ssize_t>(text.size());
    for (utf8proc_ssize_t i = 0; i < size;) {
        utf8proc_int32_t c = 0;
        auto length = utf8proc_iterate(bytes + i, size - i, &c);
        if (length <= 0 || !xml_allows(c)) {
            out += replacement;
            i += length <= 0 ? 1 : length;
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
            out.append(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(length)));
        }
        i += length;
    }
    return out;
}

} // namespace sore::render
