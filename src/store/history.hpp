#pragma once

// The journal's history (schema level 3): every change `sore` makes, in the
// same transaction as the change, never updated or deleted. Each change
// holds the SHA-256 of the previous change's hash and of its own content,
// so a row altered, removed or inserted outside sore breaks the chain at
// that row. Undo and redo are changes too: undo takes back the newest
// change not yet taken back, redo re-applies what the last undo took back.

#include "store/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sore::store {

// The schema level that adds the history (schema/003_history.sql).
inline constexpr int history_level = 3;

enum class ChangeKind { start, log, edit, rm, import, undo, redo };
std::string_view name_of(ChangeKind kind);

// One entry a change touched: its values before and after as the JSON of
// `sore show --format json` (formats::entry_json), nothing for none.
struct EntryStep {
    std::int64_t entry = 0;
    std::optional<std::string> before;
    std::optional<std::string> after;
};

struct Change {
    std::int64_t id = 0;
    std::string at; // UTC
    ChangeKind kind = ChangeKind::log;
    std::string command; // the arguments as typed, a JSON array
    std::optional<std::int64_t> target;
    // An import: it added the entries with ids in [added_first, added_last].
    std::optional<std::int64_t> added_first;
    std::optional<std::int64_t> added_last;
    std::optional<std::int64_t> added_count; // how many it added
    std::string summary;                     // "added entry 12 (2026-12-03, soreness 6)"
    std::vector<EntryStep> steps;
    std::string hash;
};

// A command line as a change records it: a JSON array of its words.
std::string command_json(const std::vector<std::string>& words);

// Appends `change` (its id, at and hash filled in here). Call inside the
// Transaction that makes the change.
void record_change(Database& db, Change& change);

// The first change of a journal at level 3: nothing before it can be undone.
void start_history(Database& db);

// Every change, oldest first; with their steps when `steps`.
std::vector<Change> all_changes(Database& db, bool steps);

// The changes that touched `entry`, oldest first, each with only that
// entry's step (an import's range counts as a step with no before).
std::vector<Change> changes_of_entry(Database& db, std::int64_t entry);

// The first change whose hash no longer matches what it holds and the one
// before it: altered, removed or inserted outside sore.
struct ChainBreak {
    std::int64_t change = 0;
    std::string why;
};
std::optional<ChainBreak> verify_chain(Database& db);

// What undo and redo would take: the change undo would take back (nothing
// when history starts there), and the undo redo would take back.
struct UndoState {
    std::optional<std::int64_t> undo;
    std::optional<std::int64_t> redo;
};
UndoState undo_state(const std::vector<Change>& changes);

} // namespace sore::store
