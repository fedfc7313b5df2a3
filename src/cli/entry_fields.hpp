#pragma once

// Applying what the user typed (log and edit options) to an entry.

#include "cli/options.hpp"
#include "journal/entry.hpp"
#include "store/sqlite.hpp"

namespace sore::cli {

// Sets every field that was given; flags given set true; tags are added.
void apply_fields(const EntryFields& fields, journal::Entry& entry);

// Empties one field (flags become false).
void clear_field(Field field, journal::Entry& entry);

// The entry with this id, or UsageError "no entry with id N".
journal::Entry existing_entry(store::Database& db, std::int64_t id);

} // namespace sore::cli
