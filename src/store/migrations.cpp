#include "store/migrations.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "store/history.hpp"

#include <fmt/format.h>
#include <string>

namespace sore::store {

namespace {

constexpr std::int64_t application_id = 0x736f7265; // "sore"

std::int64_t pragma_int(Database& db, const char* sql) {
    Statement stmt(db, sql);
    stmt.step();
    return stmt.get_int(0);
}

bool has_any_table(Database& db) {
    Statement stmt(db, "SELECT 1 FROM sqlite_schema LIMIT 1");
    return stmt.step();
}

// A level may rebuild a table, which with foreign keys on would delete the
// rows that point at it. The pragma works only outside a transaction; each
// level checks the keys itself before it commits.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db)
        : db_(db), were_on_(pragma_int(db, "PRAGMA foreign_keys") != 0) {
        db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() {
        if (were_on_) {
            (void)db_.try_exec("PRAGMA foreign_keys = ON");
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& db_;
    bool were_on_;
};

} // namespace

int known_schema_level() {
    return static_cast<int>(schema_files().size());
}

int schema_level(Database& db) {
    return static_cast<int>(pragma_int(db, "PRAGMA user_version"));
}

void check_compatible(Database& db) {
    int level = schema_level(db);
    if (level > known_schema_level()) {
        throw Error(
            fmt::format("the journal {} was written by a newer sore (schema level {}, this "
                        "sore knows up to {}); it was left untouched, upgrade sore to use it",
                        db.path(), level, known_schema_level()));
    }
    std::int64_t app = pragma_int(db, "PRAGMA application_id");
    if ((app != 0 && app != application_id) || (level == 0 && has_any_table(db))) {
        throw Error(fmt::format("{} is a SQLite database of another program, not a sore journal; "
                                "it was left untouched",
                                db.path()));
    }
}

bool is_current(Database& db) {
    // One snapshot: another process's migration is seen whole or not at all.
    Transaction snapshot(db, Transaction::Kind::read);
    check_compatible(db);
    return schema_level(db) == known_schema_level();
}

bool migrate(Database& db) {
    ForeignKeysOff keys_off(db);
    bool made = false;
    auto files = schema_files();
    for (std::size_t i = 0; i < files.size(); ++i) {
        int level = static_cast<int>(i) + 1;
        Transaction tx(db);
        check_compatible(db);
        if (schema_level(db) >= level) { // done before, maybe by another process
            continue;
        }
        db.exec(files[i].text);
        if (level == history_level) {
            start_history(db);
        }
        if (Statement broken(db, "PRAGMA foreign_key_check"); broken.step()) {
            throw Error(fmt::format("upgrading the journal {} to level {} would break the links "
                                    "between its entries and tags; it was left as it was",
                                    db.path(), level));
        }
        // A pragma cannot take a bound value; the level is our own integer.
        db.exec(fmt::format("PRAGMA user_version = {}", level));
        tx.commit();
        made = made || level == 1;
    }
    return made;
}

} // namespace sore::store
