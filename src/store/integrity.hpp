#pragma once

// The journal's own health check: SQLite's integrity check and foreign keys.

#include "store/sqlite.hpp"

#include <string>
#include <vector>

namespace sore::store {

// One line per problem found; empty when the journal is sound.
std::vector<std::string> find_problems(Database& db);

} // namespace sore::store
