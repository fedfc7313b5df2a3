#include "exchange/import.hpp"

#include "error.hpp"
#include "exchange/row_reader.hpp"
#include "formats/columns.hpp"
#include "formats/json.hpp"
#include "journal/dates.hpp"
#include "journal/entry.hpp"
#include "store/bulk.hpp"
#include "store/entries.hpp"
#include "store/undo.hpp"

#include <fmt/format.h>
#include <istream>

namespace sore::exchange {

namespace {

struct Start {
    bool json = false;
    long blank_lines = 0; // read before the first byte that says which
};

// Reads a BOM and white space, then looks at the next byte: '{' or '[' is
// JSON. Nothing is read twice, so a pipe works too.
Start read_start(std::istream& in) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    Start start;
    std::size_t matched = 0;
    for (int c = in.peek(); c != std::char_traits<char>::eof(); c = in.peek()) {
        if (matched < bom.size() && static_cast<char>(c) == bom[matched]) {
            ++matched;
        } else if (c == '\n') {
            ++start.blank_lines;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            start.json = c == '{' || c == '[';
            break;
        }
        in.get();
    }
    return start;
}

// A set of keys in a temporary table (on disk, not in memory, however long
// the file): uuids seen by a dry run, or ids of journal entries a file has
// matched.
class TempSet {
public:
    TempSet(store::Database& db, std::string_view name, std::string_view type) : db_(db) {
        auto create = fmt::format("DROP TABLE IF EXISTS temp.{0};"
                                  "CREATE TEMP TABLE {0} (key {1} PRIMARY KEY) WITHOUT ROWID",
                                  name, type);
        db.exec(create);
        add_.emplace(db, fmt::format("INSERT OR IGNORE INTO temp.{} VALUES (?1)", name));
    }

    // False when the key was there already.
    template <typename Key> bool add(const Key& key) {
        add_->reset();
        add_->bind(1, key).run();
        return db_.changes() > 0;
    }

private:
    store::Database& db_;
    std::optional<store::Statement> add_;
};

// "entry 12 here has soreness 6, the file 9": the first field that differs.
std::string difference(const journal::Entry& here, const journal::Entry& file) {
    auto a = formats::entry_json(here);
    auto b = formats::entry_json(file);
    for (auto column : formats::json_columns()) {
        auto key = std::string(formats::name_of(column));
        if (!formats::is_identity(column) && a[key] != b[key]) {
            return fmt::format("entry {} here has {} {}, the file {}", here.id, key, a[key].dump(),
                               b[key].dump());
        }
    }
    return fmt::format("entry {} here", here.id);
}

UsageError twice(const std::string& where, const std::string& uuid) {
    return UsageError(fmt::format("{}: uuid '{}' is earlier in the file as well; expected each "
                                  "entry once in a file",
                                  where, uuid));
}

// Adds the file's entries. Into an empty journal the indexes are set aside
// and built at the end, so a row costs one insert and no lookup, and the
// uuid index, as it is built, finds a uuid given twice. Into a journal in
// use each uuid is looked up: an entry added by this import, or one the file
// has matched before, means the file has the uuid twice.
class Writer {
public:
    Writer(store::Database& db, const ImportSettings& settings)
        : db_(db), writer_(db), settings_(settings), keep_ids_(store::never_used(db)),
          last_id_before_(store::last_id_given(db)) {
        if (settings.dry_run) {
            seen_.emplace(db, "import_seen", "TEXT");
        } else if (store::count_entries(db) == 0) {
            aside_.emplace(db);
            bulk_.emplace(db);
        }
        // Rows added at the end of tables need few pages at hand, and the
        // sorter that builds the indexes takes as much memory as the cache:
        // 1 MiB ran a million rows as fast as 4 MiB, and kept the import's
        // peak under 16 MiB. Rows spread over a large uuid index need many
        // pages, or the same pages are written out again and again.
        db.exec(aside_ ? "PRAGMA cache_size = -1024" : "PRAGMA cache_size = -16384"); // KiB
    }

    // Takes what it needs from `entry`; the rest goes back with its batch.
    void add(journal::Entry& entry, const std::string& where, ImportCounts& counts) {
        ++counts.rows;
        if (settings_.dry_run) {
            check(std::move(entry), where, counts);
            return;
        }
        if (!keep_ids_) {
            entry.id = 0;
        }
        if (bulk_) {
            // No uuid index to refuse a row: a uuid twice is found when
            // the index is built again.
            bulk_->add(entry);
            ++counts.added;
            return;
        }
        // Looked up before the insert: an insert that SQLite refuses would
        // still use up an id.
        if (!entry.uuid.empty()) {
            if (auto here = writer_.find_by_uuid(entry.uuid)) {
                // Entries older than this import have the lower ids.
                if (here->id > last_id_before_ || !matched().add(here->id)) {
                    throw twice(where, entry.uuid);
                }
                conflict_or_same(*here, std::move(entry), where, counts);
                return;
            }
        }
        writer_.insert(entry);
        ++counts.added;
    }

    // Writes the entries add() has kept; call before they go.
    void flush() {
        if (bulk_) {
            bulk_->flush();
        }
    }

    // Builds the indexes set aside; throws when a uuid is in the file twice.
    void finish() {
        if (aside_) {
            if (auto uuid = aside_->rebuild()) {
                throw UsageError(fmt::format(
                    "has uuid '{}' more than once; expected each entry once in a file", *uuid));
            }
        }
    }

private:
    // What a write would do, without writing.
    void check(journal::Entry entry, const std::string& where, ImportCounts& counts) {
        if (!entry.uuid.empty()) {
            if (!seen_->add(entry.uuid)) {
                throw twice(where, entry.uuid);
            }
            if (auto here = writer_.find_by_uuid(entry.uuid)) {
                conflict_or_same(*here, std::move(entry), where, counts);
                return;
            }
        }
        ++counts.added;
    }

    void conflict_or_same(const journal::Entry& here, journal::Entry entry,
                          const std::string& where, ImportCounts& counts) {
        if (journal::same_values(here, entry)) {
            ++counts.same;
            return;
        }
        if (counts.conflicts++ == 0) {
            counts.first_conflict = fmt::format("{}: {}", where, difference(here, entry));
        }
        if (settings_.replace && !settings_.dry_run) {
            // The journal's entry changes now: its id and created_at stay.
            entry.id = here.id;
            entry.updated_at = journal::utc_timestamp();
            writer_.replace(entry);
            auto now = store::find_entry(db_, here.id);
            counts.replaced.push_back(
                {here.id, store::recorded(here), now ? store::recorded(*now) : std::string()});
        }
    }

    TempSet& matched() {
        if (!matched_) {
            matched_.emplace(db_, "import_matched", "INTEGER");
        }
        return *matched_;
    }

    store::Database& db_;
    store::EntryWriter writer_;
    const ImportSettings& settings_;
    bool keep_ids_;
    std::int64_t last_id_before_;
    std::optional<TempSet> seen_;    // uuids of a dry run
    std::optional<TempSet> matched_; // ids of journal entries this file has matched
    std::optional<store::IndexesAside> aside_;
    std::optional<store::BulkWriter> bulk_;
};

} // namespace

ImportCounts import_entries(store::Database& db, std::istream& in, journal::Day today,
                            const ImportSettings& settings, const ImportProgress& progress,
                            const BeforeCommit& before_commit) {
    auto start = read_start(in);
    ImportCounts counts;
    // A dry run only reads the journal: it never holds the write lock.
    store::Transaction transaction(db, settings.dry_run ? store::Transaction::Kind::read
                                                        : store::Transaction::Kind::write);
    Writer writer(db, settings);
    counts.last_id_before = store::last_id_given(db);
    RowReader reader(in, start.json, start.blank_lines, today);
    for (bool last = false; !last;) {
        auto batch = reader.next();
        for (auto& row : batch.rows) {
            writer.add(row.entry, row.where, counts);
        }
        writer.flush();
        if (progress) {
            progress(batch.bytes_read, counts.rows);
        }
        last = batch.last;
        reader.give_back(std::move(batch));
    }
    if (!settings.dry_run && (counts.conflicts == 0 || settings.replace)) {
        writer.finish();
        if (before_commit) {
            before_commit(counts);
        }
        transaction.commit();
        counts.written = true;
    }
    return counts;
}

} // namespace sore::exchange
