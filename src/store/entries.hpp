#pragma once

// Entry queries: the only place that knows the entry, entry_tag and
// entry_site tables.
// Every value is bound; no SQL is built from user text.

#include "journal/entry.hpp"
#include "journal/sites.hpp"
#include "store/sqlite.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sore::store {

struct EntryFilter {
    journal::DateRange range;
    std::optional<std::string> tag;
    std::optional<std::int64_t> last;     // only the N latest of those that match
    std::optional<journal::SiteKey> site; // only entries naming it
    bool any_side = false;                // ... on any side
};

// Writes entries and their tags. Each statement is prepared the first time
// it is needed and then kept, so an import of many rows prepares it once
// and a `sore log` prepares only what it uses. Call inside a Transaction.
class EntryWriter {
public:
    explicit EntryWriter(Database& db);

    // Inserts with entry.id when it is not 0, else a new id (filled in);
    // fills in uuid and timestamps when empty.
    void insert(journal::Entry& entry);
    // The same, but adds nothing and returns false when the entry's id or
    // uuid is already in the journal: one statement where a lookup and an
    // insert would take two.
    bool try_insert(journal::Entry& entry);
    // Rewrites every field and the tags of entry.id, updated_at as given.
    void replace(const journal::Entry& entry);

    std::optional<journal::Entry> find_by_uuid(const std::string& uuid);

private:
    Statement& prepared(std::optional<Statement>& statement, const std::string& sql);
    void write_tags(const journal::Entry& entry, bool clear);

public:
    // The entry's sites (after the entry row is written); `clear` removes
    // those it had first.
    void write_sites(const journal::Entry& entry, bool clear);

private:
    Database& db_;
    std::optional<Statement> insert_;
    std::optional<Statement> try_insert_;
    std::optional<Statement> update_;
    std::optional<Statement> find_by_uuid_;
    std::optional<Statement> clear_tags_;
    std::optional<Statement> add_tag_;
    std::optional<Statement> clear_sites_;
    std::optional<Statement> add_site_;
};

// Inserts the entry and its tags; fills in id, and uuid and timestamps when
// empty. Call inside a Transaction.
void insert_entry(Database& db, journal::Entry& entry);

// Rewrites every field and the tags of an existing entry; sets updated_at.
void update_entry(Database& db, journal::Entry& entry);

std::optional<journal::Entry> find_entry(Database& db, std::int64_t id);

// Deletes the entry and, through the foreign key, its tags.
bool remove_entry(Database& db, std::int64_t id);

// Matching entries oldest first (date, then time, then id), one at a time,
// so that a long journal never has to fit in memory.
void for_each_entry(Database& db, const EntryFilter& filter,
                    const std::function<void(const journal::Entry&)>& visit);

std::vector<journal::Entry> list_entries(Database& db, const EntryFilter& filter);

std::int64_t count_entries(Database& db);

// Whether the entry table is stored about in date order, judged from the
// dates of 33 rows spread evenly over it (33 seeks by rowid): at most one
// step back between neighbours. A walk of the date index over such a table
// reads its pages in order; over one in another order (entries logged late,
// merged, imported shuffled) it reads a page a row, and scanning the table
// and sorting is faster for a long period.
bool stored_in_date_order(Database& db);

// Whether the journal has never held an entry (none now, none deleted).
bool never_used(Database& db);

// The highest id the journal has ever given (0 when none): a new entry's id
// is always higher.
std::int64_t last_id_given(Database& db);

// Ids of the entries on one day, in order.
std::vector<std::int64_t> ids_on_date(Database& db, journal::Day day);

// The INSERT of `rows` new entries in one statement, numbered parameters
// row after row, and the binding of row `row` (from 0) of it: fills in uuid
// and timestamps when empty, binds id when not 0. Texts are bound in place:
// keep the entry until the statement is reset.
std::string insert_entries_sql(int rows);
void bind_new_entry(Statement& stmt, journal::Entry& entry, int row);

// A new random (version 4) UUID, lower case.
std::string new_uuid();

} // namespace sore::store
