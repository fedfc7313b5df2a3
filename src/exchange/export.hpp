#pragma once

// Exports stream the journal entry by entry, so memory stays flat however
// long it is. Each returns the number of entries written.

#include "store/entries.hpp"

#include <cstdint>
#include <iosfwd>

namespace sore::exchange {

// The version of the JSON export's layout; import reads it and older ones.
inline constexpr int json_format_version = 1;

// RFC 4180, CRLF, the columns of DESIGN.md section 5 (as `sore list
// --format csv`), text cells neutralised against formulas.
std::int64_t export_csv(store::Database& db, const store::EntryFilter& filter, std::ostream& out);

// {"format": "sore", "version": 1, "entries": [...]}, one entry a line,
// every field (the keys of `sore list --format json`).
std::int64_t export_json(store::Database& db, const store::EntryFilter& filter, std::ostream& out);

// A FHIR R4 Bundle of type collection, one Observation an entry.
std::int64_t export_fhir(store::Database& db, const store::EntryFilter& filter, std::ostream& out);

} // namespace sore::exchange
