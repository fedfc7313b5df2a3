#pragma once

// An online copy of the journal (SQLite's backup API) that other sore
// processes can keep using meanwhile.

#include "store/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sore::store {

// Writes a consistent copy to `target` through util::AtomicFile, so a
// failure leaves no half-written backup and an existing file is replaced
// only when `replace` is set. The copy is one self-contained file (rollback
// journal, not WAL), mode 0600. Returns the number of entries copied, or
// nothing when `target` exists (or appeared meanwhile) and `replace` is
// not set.
std::optional<std::int64_t> backup(Database& source, const std::string& target, bool replace);

} // namespace sore::store
