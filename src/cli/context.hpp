#pragma once

// What every command gets: the streams, whether they are terminals, today's
// date, and the journal (opened on first use, so `--help` never touches it).

#include "journal/dates.hpp"
#include "store/journal_file.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace sore::cli {

struct GlobalOptions {
    std::optional<std::string> db;
    std::optional<std::string> config;
    bool no_color = false;
};

// The settings of the config file ($XDG_CONFIG_HOME/sore/config, or
// --config), read with Boost.Program_options; what is not set is empty.
struct Settings {
    std::optional<std::string> db;   // the journal, relative to the config file
    std::optional<std::string> name; // whose journal, for the report's heading
};

// Throws UsageError for an unknown setting or a bad value, Error when the
// file is there but cannot be read.
Settings read_settings(const std::optional<std::string>& config);

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
    // The command and its arguments as typed (global options left out): the
    // journal's history records them.
    std::vector<std::string> command_line;

    const Terminal& terminal() const { return terminal_; }
    const GlobalOptions& global() const { return global_; }
    // The config file's settings, read on first use.
    const Settings& settings();
    bool color() const;
    // The width to fit tables into: on a terminal, COLUMNS if set, else the
    // terminal's own; nothing when standard output is not a terminal
    // (piped output keeps every character).
    std::optional<std::size_t> table_width() const;
    // Found on first use: the local zone costs a read of its file.
    journal::Day today();

    // The journal's path: --db, SORE_DB, `db =` in the config file, else
    // $XDG_DATA_HOME/sore/journal.db (~/.local/share/sore/journal.db).
    const std::string& journal_path();

    store::Database& journal(store::Access access);

    // Whether the journal file is there (a read of a missing journal reads
    // an empty one, and says where it looked).
    bool journal_exists();
    // What became of the journal file, said on standard error once, after
    // the command's own output: "Started a new journal at PATH." when this
    // command made it, "There is no journal at PATH yet." when a read found
    // none and nothing_logged_yet() has not said so already.
    void tell_about_journal();
    // For a command that opens the journal itself (import).
    void opened_journal(store::Found found);

    // "No entries yet. ..." or, when there is no journal file at all,
    // "There is no journal at PATH yet. ...": a mistyped --db shows itself.
    std::string nothing_logged_yet();

    // Flushes standard output; Error if it could not be written. Commands
    // that write call it before committing, so that exit 1 always means
    // nothing was changed.
    void flush_output();

private:
    GlobalOptions global_;
    Terminal terminal_;
    std::optional<journal::Day> today_;
    std::optional<std::string> path_;
    std::optional<Settings> settings_;
    std::optional<store::Database> db_;
    std::optional<store::Found> found_; // once the journal is opened
    bool told_ = false;                 // what became of it has been said
};

} // namespace sore::cli
