#include "import_fuzz.hpp"

#include "check.hpp"
#include "error.hpp"
#include "exchange/export.hpp"
#include "exchange/import.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"

#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace sore::fuzz {

namespace {

using exchange::ImportCounts;
using exchange::ImportSettings;

ImportCounts import_text(store::Database& db, std::string_view text, bool dry_run = false) {
    std::istringstream in{std::string(text)};
    ImportSettings settings;
    settings.dry_run = dry_run;
    return exchange::import_entries(db, in, today, settings, {});
}

// An import that must succeed: a UsageError here is a broken promise.
ImportCounts import_good(store::Database& db, std::string_view text, const char* what) {
    try {
        return import_text(db, text);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "%s was refused: %s\n", what, e.what());
        require(false, "a file sore accepted (or wrote) imports again");
    }
    return {};
}

// An empty journal in memory, as open_memory_journal() makes it: a copy of
// one migrated once, since migrating for every input took a third of the
// time of an input the import refuses.
store::Database fresh_journal() {
    static store::Database image = store::open_memory_journal();
    store::Database db(":memory:", store::Database::Mode::read_write_create);
    store::Backup(db, image).copy_all();
    db.exec("PRAGMA foreign_keys = ON");
    return db;
}

bool sound(store::Database& db) {
    store::Statement integrity(db, "PRAGMA integrity_check");
    bool ok = integrity.step() && integrity.get_text(0) == "ok" && !integrity.step();
    store::Statement keys(db, "PRAGMA foreign_key_check");
    return ok && !keys.step();
}

bool untouched(store::Database& db) {
    return store::count_entries(db) == 0 && store::never_used(db);
}

} // namespace

bool reads_as_json(std::string_view bytes) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    std::size_t matched = 0;
    for (char c : bytes) { // as import.cpp's read_start
        if (matched < bom.size() && c == bom[matched]) {
            ++matched;
        } else if (c != '\n' && c != ' ' && c != '\t' && c != '\r') {
            return c == '{' || c == '[';
        }
    }
    return false;
}

void import_bytes(std::string_view bytes) {
    auto db = fresh_journal();

    // A dry run counts what the import will do, and writes nothing.
    ImportCounts dry;
    bool dry_refused = false;
    try {
        dry = import_text(db, bytes, true);
    } catch (const UsageError&) {
        dry_refused = true;
    }
    require(untouched(db), "a dry run writes nothing");
    require(!dry.written, "a dry run commits nothing");

    ImportCounts counts;
    try {
        counts = import_text(db, bytes);
    } catch (const UsageError&) {
        require(dry_refused, "a dry run refuses what the import refuses");
        require(untouched(db), "a refused import changes nothing");
        return;
    }
    require(!dry_refused, "a dry run accepts what the import accepts");
    require(dry.rows == counts.rows && dry.added == counts.added, "a dry run counts the same");
    require(counts.written, "a good file is committed");
    require(counts.added == counts.rows && counts.same == 0 && counts.conflicts == 0,
            "every row of a file is new to an empty journal");
    require(store::count_entries(db) == counts.added, "the journal holds the rows counted");
    require(sound(db), "integrity_check and foreign_key_check are clean after an import");

    // The same file again: the rows with a uuid are here with the same values.
    auto again = import_good(db, bytes, "the same file a second time");
    require(again.rows == counts.rows && again.conflicts == 0 &&
                again.added + again.same == again.rows,
            "a file imported twice finds its rows the same");
    require(store::count_entries(db) == counts.added + again.added,
            "the journal holds the rows counted the second time");

    // What export writes, import reads back as the very same entries.
    auto total = store::count_entries(db);
    std::ostringstream csv;
    require(exchange::export_csv(db, {}, csv) == total, "the CSV export writes every entry");
    auto from_csv = import_good(db, csv.str(), "sore's CSV export");
    require(from_csv.rows == total && from_csv.same == total, "a CSV export reads back the same");
    std::ostringstream json;
    require(exchange::export_json(db, {}, json) == total, "the JSON export writes every entry");
    auto from_json = import_good(db, json.str(), "sore's JSON export");
    require(from_json.rows == total && from_json.same == total,
            "a JSON export reads back the same");
    require(store::count_entries(db) == total, "reading exports back adds nothing");
    require(sound(db), "integrity_check and foreign_key_check are clean at the end");
}

} // namespace sore::fuzz
