#pragma once

// Sets the journal's indexes aside while an empty journal takes many rows:
// the rows go in in file order and each index is then built once, sorted,
// instead of growing by one random insert a row.

#include "store/sqlite.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sore::store {

class IndexesAside {
public:
    // Drops the indexes of the entry tables, keeping their definitions.
    // Call inside the write Transaction: a rollback brings them back.
    explicit IndexesAside(Database& db);

    // Builds them again. When the uuid index cannot be, because a uuid is
    // there twice, returns that uuid (and the transaction must not commit).
    std::optional<std::string> rebuild();

private:
    Database& db_;
    std::vector<std::string> definitions_;
};

} // namespace sore::store
