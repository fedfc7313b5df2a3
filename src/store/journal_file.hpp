#pragma once

// Opening the journal file: folder and file permissions, connection pragmas,
// compatibility check and migrations, in that order; and what a failure of
// SQLite means for the journal, in the user's words.

#include "store/sqlite.hpp"

#include <string>

namespace sore::store {

enum class Access {
    write,  // create the folder (0700) and file (0600) when missing
    update, // change existing entries: a missing file is an empty journal
    read,   // a missing file reads as an empty journal; nothing is created
    fill,   // as write, but a journal made now keeps SQLite's rollback journal
            // until use_wal(): its first, large transaction then writes each
            // page once, where a WAL writes it twice (the WAL, then the file)
};

// What open_journal found at the path.
enum class Found {
    journal,     // a journal file (made by another process racing this one, too)
    new_journal, // nothing, and this call made the journal (only one racer is told so)
    nothing,     // nothing: a read or an update sees an empty journal in memory
};

Database open_journal(const std::string& path, Access access, Found* found = nullptr);

// Puts the journal in WAL mode (a journal made with Access::fill, once
// filled); retries while another process holds the lock.
void use_wal(Database& db);

// Whether a journal file is there. Throws Error when that cannot be told
// (no permission to look) and UsageError when the path is a folder or
// another file that is not a regular one (a pipe, a device).
bool journal_exists(const std::string& path);

// An empty journal in memory, at the current schema level (tests, dry runs).
Database open_memory_journal();

// The failure told as the user needs it ("the disk is full: the journal
// ... cannot grow; nothing was changed"), for any SQLite file sore writes.
Error explain(const SqliteError& error);

} // namespace sore::store
