#pragma once

// Writing CSV (RFC 4180): fields quoted only where needed, CRLF line ends,
// and text cells a spreadsheet would run as a formula neutralised with a
// leading apostrophe, undone again on import. The entry's own row is here
// too, so `sore list --format csv` and `sore export` write the same.

#include "journal/entry.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace sore::formats {

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

// The header of csv_columns(), then one row an entry.
void write_entry_csv_header(std::ostream& out);
void write_entry_csv_row(std::ostream& out, const journal::Entry& entry);

// 450 minutes -> "7.5"; 20 -> "0.33": two decimals, enough to get the exact
// minute back.
std::string format_hours(int minutes);

} // namespace sore::formats
