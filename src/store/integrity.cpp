#include "store/integrity.hpp"

#include <fmt/format.h>

namespace sore::store {

std::vector<std::string> find_problems(Database& db) {
    std::vector<std::string> problems;
    Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.step()) {
        auto line = integrity.get_text(0);
        if (line != "ok") {
            problems.push_back(line);
        }
    }
    // entry_tag has no rowid, so the check cannot say which row; name the
    // missing entry instead.
    Statement orphans(db, R"(
        SELECT DISTINCT entry_id FROM entry_tag
        WHERE entry_id NOT IN (SELECT id FROM entry) ORDER BY entry_id)");
    while (orphans.step()) {
        problems.push_back(
            fmt::format("tags refer to entry {}, which does not exist", orphans.get_int(0)));
    }
    Statement keys(db, "PRAGMA foreign_key_check");
    while (keys.step()) {
        if (keys.get_text(0) != "entry_tag") {
            problems.push_back(fmt::format("row {} of {} refers to a missing row of {}",
                                           keys.get_int(1), keys.get_text(0), keys.get_text(2)));
        }
    }
    return problems;
}

} // namespace sore::store
