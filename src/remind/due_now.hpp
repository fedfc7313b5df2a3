#pragma once

// What a reminder would say now, for `sore due`, `sore remind now` and
// `sore remind status` alike.

#include "analysis/due.hpp"
#include "store/sqlite.hpp"

#include <string>

namespace sore::remind {

// What is due in the journal at `path` today, leaving out the injury
// caution once it has been given for that injury.
analysis::Due due_now(store::Database& db, const std::string& path, journal::Day today);

// Remembers that what was due has been said (the caution is given once);
// a failure to remember is a warning on `err`, never a failed reminder.
void said(const analysis::Due& due, const std::string& path, std::ostream& err);

} // namespace sore::remind
