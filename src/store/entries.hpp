#pragma once

// Entry queries: the only place that knows the entry and entry_tag tables.
// Every value is bound; no SQL is built from user text.

#include "journal/entry.hpp"
#include "store/sqlite.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sore::store {

struct EntryFilter {
    std::optional<std::string> from; // YYYY-MM-DD, inclusive
    std::optional<std::string> to;   // YYYY-MM-DD, inclusive
    std::optional<std::string> tag;
    std::optional<std::int64_t> last; // only the N latest of those that match
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

// Ids of the entries on one day, in order.
std::vector<std::int64_t> ids_on_date(Database& db, const std::string& date);

// A new random (version 4) UUID, lower case.
std::string new_uuid();

} // namespace sore::store
