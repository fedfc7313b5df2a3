#pragma once

// Escaping text for the page of `sore report` and its SVG.

#include <string>
#include <string_view>

namespace sore::render {

// Text as HTML (and XML) character data or an attribute value: & < > " '
// become references; control characters other than tab, line feed and
// carriage return, and bytes that are not UTF-8, become U+FFFD, which XML
// allows where they are not.
std::string html_escape(std::string_view text);

} // namespace sore::render
