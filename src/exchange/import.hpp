#pragma once

// Importing a CSV or JSON export: all or nothing, matched by uuid so that a
// file imported twice adds nothing.

#include "journal/dates.hpp"
#include "store/history.hpp"
#include "store/sqlite.hpp"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace sore::exchange {

struct ImportSettings {
    bool dry_run = false; // check and count in a read transaction; write nothing
    bool replace = false; // a conflicting row replaces the journal's entry
};

struct ImportCounts {
    std::int64_t rows = 0;
    std::int64_t added = 0;
    std::int64_t same = 0;      // already in the journal with these values
    std::int64_t conflicts = 0; // the uuid is here with other values
    std::string first_conflict; // "line 14: entry 12 here" when there is one
    bool written = false;       // committed
    // For the journal's history: entries added have ids above this one;
    // the entries --replace rewrote, before and after.
    std::int64_t last_id_before = 0;
    std::vector<store::EntryStep> replaced;
};

// Called as rows go by: bytes of the file read, rows so far.
using ImportProgress = std::function<void(std::uint64_t, std::int64_t)>;

// Called just before the commit with the final counts: the place to say
// what is being added, so that a failure to say it still changes nothing.
using BeforeCommit = std::function<void(const ImportCounts&)>;

// Reads `in` (CSV, or JSON when it starts with '{' or '['), checks every row
// as `sore log` would and writes them in one transaction, which is
// committed only when every row was good, this is no dry run, and there are
// no conflicts or `replace` is set. Ids in the file are kept when the
// journal has never held an entry (a restore); otherwise entries get new
// ids. Throws UsageError "line N: ..." (the caller names the file).
ImportCounts import_entries(store::Database& db, std::istream& in, journal::Day today,
                            const ImportSettings& settings, const ImportProgress& progress,
                            const BeforeCommit& before_commit = {});

} // namespace sore::exchange
