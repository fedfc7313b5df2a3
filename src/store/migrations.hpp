#pragma once

// Brings a journal to the schema level this binary knows, one embedded
// schema/NNN_*.sql file per transaction, with PRAGMA user_version recording
// the level. A journal from a newer sore, or a SQLite file that is not a
// journal, is refused before anything is written.

#include "store/sqlite.hpp"

namespace sore::store {

// The highest level this binary knows (the number of schema files).
int known_schema_level();

// Reads the journal's current level.
int schema_level(Database& db);

// Throws sore::Error when the file cannot be a journal this binary may touch.
void check_compatible(Database& db);

// check_compatible() on one snapshot, then whether the journal is at the
// known level. Writes nothing.
bool is_current(Database& db);

// Applies the missing levels. Safe when several processes open a new journal
// at once: each level is checked again inside its own write transaction.
// True when this call made the journal (applied its first level), which of
// several racing processes only one does.
bool migrate(Database& db);

} // namespace sore::store
