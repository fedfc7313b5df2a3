#pragma once

// Numbers in report text, to a fixed precision. (Paragraphs are wrapped by
// util::wrap.)

#include <string>

namespace sore::render {

// 1.234 -> "1.23"; never "-0.00".
std::string fixed(double value, int decimals);
// The same with a sign: "+1.23", "-0.50", "0.00".
std::string signed_fixed(double value, int decimals);

} // namespace sore::render
