#pragma once

// What every command gets: the streams, whether they are terminals, today's
// date, and the journal (opened on first use, so `--help` never touches it).

#include "journal/dates.hpp"
#include "store/journal_file.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace sore::cli {

struct GlobalOptions {
    std::optional<std::string> db;
    std::optional<std::string> config;
    bool no_color = false;
};

struct Terminal {
    bool in = false;  // standard input is a terminal: prompts may be asked
    bool out = false; // standard output is a terminal: tables, colour
    bool err = false; // standard error is a terminal: progress bars
};

class Context {
public:
    Context(GlobalOptions global, std::istream& input, std::ostream& output, std::ostream& errors,
            Terminal terminal);

    std::istream& in;
    std::ostream& out;
    std::ostream& err;

    const Terminal& terminal() const { return terminal_; }
    bool color() const;
    // Found on first use: the local zone costs a scan of the zone database.
    journal::Day today();

    // The journal's path: --db, SORE_DB, `db =` in the config file, else
    // $XDG_DATA_HOME/sore/journal.db (~/.local/share/sore/journal.db).
    const std::string& journal_path();

    store::Database& journal(store::Access access);

    // Flushes standard output; Error if it could not be written. Commands
    // that write call it before committing, so that exit 1 always means
    // nothing was changed.
    void flush_output();

private:
    GlobalOptions global_;
    Terminal terminal_;
    std::optional<journal::Day> today_;
    std::optional<std::string> path_;
    std::optional<store::Database> db_;
};

} // namespace sore::cli
