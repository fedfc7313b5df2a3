#include "exchange/import.hpp"

#include "error.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/json_reader.hpp"
#include "journal/dates.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"

#include <fmt/format.h>
#include <istream>

namespace sore::exchange {

namespace {

// Whether the document is JSON: its first byte after a BOM and white space.
bool looks_like_json(std::istream& in) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    std::size_t matched = 0;
    int c = in.peek();
    while (c != std::char_traits<char>::eof()) {
        if (matched < bom.size() && static_cast<char>(c) == bom[matched]) {
            ++matched;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            break;
        }
        in.get();
        c = in.peek();
    }
    bool json = c == '{' || c == '[';
    in.clear();
    in.seekg(0);
    if (!in) {
        throw Error("cannot be read from the start again");
    }
    return json;
}

class Writer {
public:
    Writer(store::Database& db, const ImportSettings& settings)
        : writer_(db), settings_(settings), keep_ids_(store::never_used(db)) {}

    void add(journal::Entry entry, const std::string& where, ImportCounts& counts) {
        ++counts.rows;
        if (!entry.uuid.empty()) {
            if (auto here = writer_.find_by_uuid(entry.uuid)) {
                if (journal::same_values(*here, entry)) {
                    ++counts.same;
                    return;
                }
                if (counts.conflicts++ == 0) {
                    counts.first_conflict = fmt::format("{}: entry {} here", where, here->id);
                }
                if (settings_.replace) {
                    entry.id = here->id;
                    if (entry.updated_at.empty()) {
                        entry.updated_at = journal::utc_timestamp();
                    }
                    writer_.replace(entry);
                }
                return;
            }
        }
        if (!keep_ids_ || (entry.id != 0 && writer_.id_taken(entry.id))) {
            entry.id = 0;
        }
        writer_.insert(entry);
        ++counts.added;
    }

private:
    store::EntryWriter writer_;
    const ImportSettings& settings_;
    bool keep_ids_;
};

template <typename Reader>
void read_all(Reader& reader, Writer& writer, date::sys_days today, ImportCounts& counts,
              const ImportProgress& progress) {
    while (auto record = reader.next()) {
        journal::Entry entry;
        try {
            entry = to_entry(*record, today);
        } catch (const UsageError& e) {
            throw UsageError(fmt::format("{}: {}", record->where, e.what()));
        }
        writer.add(std::move(entry), record->where, counts);
        if (progress) {
            progress(reader.bytes_read(), counts.rows);
        }
    }
}

} // namespace

ImportCounts import_entries(store::Database& db, std::istream& in, date::sys_days today,
                            const ImportSettings& settings, const ImportProgress& progress) {
    bool json = looks_like_json(in);
    ImportCounts counts;
    store::Transaction transaction(db);
    Writer writer(db, settings);
    if (json) {
        JsonReader reader(in);
        read_all(reader, writer, today, counts, progress);
    } else {
        CsvReader reader(in);
        read_all(reader, writer, today, counts, progress);
    }
    if (!settings.dry_run && (counts.conflicts == 0 || settings.replace)) {
        transaction.commit();
        counts.written = true;
    }
    return counts;
}

} // namespace sore::exchange
