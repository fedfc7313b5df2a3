#pragma once

// An online copy of the journal (SQLite's backup API) that other sore
// processes can keep using meanwhile.

#include "store/sqlite.hpp"

#include <cstdint>
#include <string>

namespace sore::store {

// Writes a consistent copy to `target` through a temporary file in the same
// folder, renamed into place only when complete, so a failure leaves no
// half-written backup. The copy is one self-contained file (rollback
// journal, not WAL), mode 0600. Returns the number of entries copied.
std::int64_t backup(Database& source, const std::string& target);

} // namespace sore::store
