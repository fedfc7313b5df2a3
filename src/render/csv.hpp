#pragma once

// Writing CSV (RFC 4180): fields quoted only where needed, CRLF line ends,
// and text cells a spreadsheet would run as a formula neutralised with a
// leading apostrophe.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace sore::render {

// A number, date or other value that can never be a formula.
std::string csv_field(std::string_view value);

// Free text from the user: neutralised first (=, +, -, @, tab, CR at the start).
std::string csv_text_field(std::string_view text);

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

} // namespace sore::render
