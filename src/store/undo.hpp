#pragma once

// Taking a change back and putting it back again. Undo takes back the
// newest change not yet taken back (a whole import at once); redo
// re-applies what the last undo took back. Both check first that every
// entry they would touch is as the change left it, and refuse, naming the
// entry and the change, when it is not.

#include "journal/entry.hpp"
#include "store/history.hpp"

#include <string>
#include <vector>

namespace sore::store {

// An entry as its history records it: the JSON of `sore show --format json`.
std::string recorded(const journal::Entry& entry);

// A step of a change as a person reads it: "entry 41 (2026-12-03, soreness 6)".
std::string entry_words(const std::string& recorded);

// What an undo or redo will do: the change it takes back, and each entry
// from its value now to its value after.
struct Plan {
    Change target;
    std::vector<EntryStep> steps; // before: now; after: once done
    std::string what;             // "restored entry 41 (2026-12-03, soreness 6)"
};

// Throws Error when the history does not allow it (nothing to undo, an
// entry changed since); `changes` as all_changes(db, true) gives them.
Plan plan_undo(Database& db, const std::vector<Change>& changes);
Plan plan_redo(Database& db, const std::vector<Change>& changes);

// Writes the plan's entries and records it as a change of `kind`. Call
// inside a Transaction.
Change carry_out(Database& db, const Plan& plan, ChangeKind kind, std::string command);

// "rm 41": the command of a change as typed.
std::string command_words(const Change& change);

} // namespace sore::store
