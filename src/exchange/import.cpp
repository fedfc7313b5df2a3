#include "exchange/import.hpp"

#include "error.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/json_reader.hpp"
#include "journal/dates.hpp"
#include "journal/entry.hpp"
#include "render/entries.hpp"
#include "store/entries.hpp"

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

// The uuids this file has given so far and where, in a temporary table
// (on disk, not in memory, however long the file): a uuid twice in one
// file is a mistake in the file.
class SeenUuids {
public:
    explicit SeenUuids(store::Database& db) : db_(db) {
        db.exec("DROP TABLE IF EXISTS temp.import_seen;"
                "CREATE TEMP TABLE import_seen (uuid TEXT PRIMARY KEY, place TEXT NOT NULL) "
                "WITHOUT ROWID");
        add_.emplace(db, "INSERT OR IGNORE INTO temp.import_seen VALUES (?1, ?2)");
        find_.emplace(db, "SELECT place FROM temp.import_seen WHERE uuid = ?1");
    }

    // Where the uuid was before, or nothing the first time.
    std::optional<std::string> add(const std::string& uuid, const std::string& where) {
        add_->reset();
        add_->bind(1, uuid).bind(2, where).run();
        if (db_.changes() > 0) {
            return std::nullopt;
        }
        find_->reset();
        find_->bind(1, uuid);
        find_->step();
        auto place = find_->get_text(0);
        find_->reset();
        return place;
    }

private:
    store::Database& db_;
    std::optional<store::Statement> add_;
    std::optional<store::Statement> find_;
};

// "entry 12 here has soreness 6, the file 9": the first field that differs.
std::string difference(const journal::Entry& here, const journal::Entry& file) {
    auto a = render::entry_json(here);
    auto b = render::entry_json(file);
    for (const auto& [key, value] : a.items()) {
        if (key != "id" && key != "uuid" && key != "created_at" && key != "updated_at" &&
            value != b[key]) {
            return fmt::format("entry {} here has {} {}, the file {}", here.id, key, value.dump(),
                               b[key].dump());
        }
    }
    return fmt::format("entry {} here", here.id);
}

class Writer {
public:
    Writer(store::Database& db, const ImportSettings& settings)
        : writer_(db), seen_(db), settings_(settings), keep_ids_(store::never_used(db)) {}

    void add(journal::Entry entry, const std::string& where, ImportCounts& counts) {
        ++counts.rows;
        if (!entry.uuid.empty()) {
            if (auto before = seen_.add(entry.uuid, where)) {
                throw UsageError(fmt::format("{}: uuid '{}' is on {} as well; expected each "
                                             "entry once in a file",
                                             where, entry.uuid, *before));
            }
            if (auto here = writer_.find_by_uuid(entry.uuid)) {
                conflict_or_same(*here, std::move(entry), where, counts);
                return;
            }
        }
        ++counts.added;
        if (settings_.dry_run) {
            return;
        }
        if (!keep_ids_ || (entry.id != 0 && writer_.id_taken(entry.id))) {
            entry.id = 0;
        }
        writer_.insert(entry);
    }

private:
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
        }
    }

    store::EntryWriter writer_;
    SeenUuids seen_;
    const ImportSettings& settings_;
    bool keep_ids_;
};

void add(const Record& record, Writer& writer, date::sys_days today, ImportCounts& counts) {
    journal::Entry entry;
    try {
        entry = to_entry(record, today);
    } catch (const UsageError& e) {
        throw UsageError(fmt::format("{}: {}", record.where, e.what()));
    }
    writer.add(std::move(entry), record.where, counts);
}

void read_csv(CsvReader& reader, Writer& writer, date::sys_days today, ImportCounts& counts,
              const ImportProgress& progress) {
    while (auto record = reader.next()) {
        add(*record, writer, today, counts);
        if (progress) {
            progress(reader.bytes_read(), counts.rows);
        }
    }
}

} // namespace

ImportCounts import_entries(store::Database& db, std::istream& in, date::sys_days today,
                            const ImportSettings& settings, const ImportProgress& progress,
                            const BeforeCommit& before_commit) {
    auto start = read_start(in);
    ImportCounts counts;
    // A large import touches more pages than SQLite's default 2 MiB cache
    // holds; a bigger cache keeps it from writing pages out again and again.
    db.exec("PRAGMA cache_size = -16384"); // KiB
    // A dry run only reads the journal: it never holds the write lock.
    store::Transaction transaction(db, settings.dry_run ? store::Transaction::Kind::read
                                                        : store::Transaction::Kind::write);
    Writer writer(db, settings);
    if (start.json) {
        JsonReader reader(in);
        reader.read([&](const Record& record) {
            add(record, writer, today, counts);
            if (progress) {
                progress(reader.bytes_read(), counts.rows);
            }
        });
    } else {
        CsvReader reader(in, start.blank_lines);
        read_csv(reader, writer, today, counts, progress);
    }
    if (!settings.dry_run && (counts.conflicts == 0 || settings.replace)) {
        if (before_commit) {
            before_commit(counts);
        }
        transaction.commit();
        counts.written = true;
    }
    return counts;
}

} // namespace sore::exchange
