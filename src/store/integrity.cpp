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
    Statement keys(db, "PRAGMA foreign_key_check");
    while (keys.step()) {
        problems.push_back(fmt::format("row {} of {} refers to a missing row of {}",
                                       keys.get_int(1), keys.get_text(0), keys.get_text(2)));
    }
    return problems;
}

} // namespace sore::store
