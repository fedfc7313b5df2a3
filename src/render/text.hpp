#pragma once

// Small helpers for report text: numbers to a fixed precision and
// paragraphs wrapped to the terminal's usual width.

#include <string>
#include <string_view>

namespace sore::render {

// 1.234 -> "1.23"; never "-0.00".
std::string fixed(double value, int decimals);
// The same with a sign: "+1.23", "-0.50", "0.00".
std::string signed_fixed(double value, int decimals);

// `text` broken at spaces into lines of at most `width` columns, each
// starting with `indent`, each ending in a newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);

// The same with a hanging indent: the first line starts at the margin, the
// lines after it with `indent` ("sore: caution: ..." and its continuation).
std::string wrap_hanging(std::string_view text, std::size_t width, std::string_view indent);

} // namespace sore::render
