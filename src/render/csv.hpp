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

// Free text from the user: neutralised first. Text that starts with =, +,
// -, @, tab or CR, after any apostrophes, gets one more apostrophe in front.
std::string csv_text_field(std::string_view text);

// The inverse for a cell read back: one leading apostrophe comes off when
// apostrophes and then one of those characters start the cell. Text that
// began with apostrophes is neutralised too, so the pair is lossless.
std::string_view csv_restore_text(std::string_view cell);

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

} // namespace sore::render
