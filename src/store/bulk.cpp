#include "store/bulk.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

namespace sore::store {

namespace {

std::string quoted_name(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

} // namespace

IndexesAside::IndexesAside(Database& db) : db_(db) {
    std::vector<std::string> names;
    {
        Statement indexes(db, R"(
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('entry', 'entry_tag')
            ORDER BY name)");
        while (indexes.step()) {
            names.push_back(indexes.get_text(0));
            definitions_.push_back(indexes.get_text(1));
        }
    }
    for (const auto& name : names) {
        db.exec(fmt::format("DROP INDEX {}", quoted_name(name)).c_str());
    }
}

std::optional<std::string> IndexesAside::rebuild() {
    for (const auto& definition : definitions_) {
        int rc = db_.try_exec(definition.c_str());
        if ((rc & 0xff) == SQLITE_CONSTRAINT) {
            Statement twice(db_, "SELECT uuid FROM entry GROUP BY uuid HAVING count(*) > 1");
            if (twice.step()) {
                return twice.get_text(0);
            }
        }
        db_.check(rc);
    }
    return std::nullopt;
}

} // namespace sore::store
