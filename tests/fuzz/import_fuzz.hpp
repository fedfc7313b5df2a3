#pragma once

// The body of the CSV and JSON import targets: a whole file through
// sore::exchange::import_entries into a fresh journal in memory, with the
// import's promises checked afterwards.

#include <string_view>

namespace sore::fuzz {

// Whether import_entries reads these bytes as JSON (its first byte after a
// BOM and white space is '{' or '['), so each target keeps to its format.
bool reads_as_json(std::string_view bytes);

// Imports the bytes. A UsageError is the expected answer to a bad file and
// must leave the journal untouched; anything else thrown is a finding. An
// import that succeeds must have written exactly what it counted, import
// again as nothing new, and survive a CSV and a JSON export read back.
void import_bytes(std::string_view bytes);

} // namespace sore::fuzz
