// sore import FILE [--dry-run] [--replace]: add the entries of a CSV or
// JSON export, all or nothing.

#include "exchange/import.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/progress.hpp"
#include "error.hpp"
#include "store/entries.hpp"
#include "store/history.hpp"
#include "store/journal_file.hpp"
#include "util/text.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <ostream>
#include <vector>

namespace fs = std::filesystem;

namespace sore::commands {

namespace {

struct ImportOptions {
    std::string file;
    bool dry_run = false;
    bool replace = false; // take the file's values where a uuid conflicts
};

void declare(cli::Spec& spec) {
    spec.flag("dry-run", "say what would be added, and change nothing")
        .flag("replace", "where an entry in the file has other values than the same entry here "
                         "(same uuid), take the file's")
        .words("file");
}

ImportOptions read(const cli::Parsed& args) {
    auto file = args.one_word("file", "FILE");
    if (!file || file->empty()) {
        throw UsageError("import: a file is required, as in 'sore import soreness.csv'");
    }
    return {*file, args.flag("dry-run"), args.flag("replace")};
}

std::string entries(std::int64_t count) {
    return util::count(static_cast<std::size_t>(count), "entry", "entries");
}

// The journal file and the folders above it that do not exist yet: what an
// import into a new journal creates, and removes again when it fails.
class NewJournal {
public:
    explicit NewJournal(const std::string& path) {
        std::error_code ec;
        created_.emplace_back(path);
        for (auto folder = fs::absolute(path, ec).parent_path();
             !folder.empty() && !fs::exists(folder, ec); folder = folder.parent_path()) {
            created_.push_back(folder);
        }
    }
    void undo() const {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            fs::remove(created_.front().string() + suffix, ec);
        }
        for (auto folder = created_.begin() + 1; folder != created_.end(); ++folder) {
            fs::remove(*folder, ec); // only if empty
        }
    }

private:
    std::vector<fs::path> created_;
};

std::ifstream open_file(const std::string& file, std::uint64_t& size) {
    std::error_code ec;
    auto status = fs::status(file, ec);
    if (status.type() == fs::file_type::not_found) {
        throw UsageError(fmt::format("import: {} does not exist; expected a CSV or JSON file "
                                     "made by 'sore export'",
                                     util::quoted(file)));
    }
    if (status.type() == fs::file_type::directory) {
        throw UsageError(
            fmt::format("import: {} is a folder; expected a CSV or JSON file", util::quoted(file)));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(
            fmt::format("import: cannot read {}: {}", util::quoted(file), std::strerror(errno)));
    }
    size = status.type() == fs::file_type::regular ? fs::file_size(file, ec) : 0;
    return in;
}

void report(std::ostream& out, const ImportOptions& options, const exchange::ImportCounts& c) {
    out << fmt::format("{}: {}: {} new, {} already in the journal, {} conflicting.\n", options.file,
                       util::count(static_cast<std::size_t>(c.rows), "row", "rows"), c.added,
                       c.same, c.conflicts);
    auto replaced = options.replace ? c.conflicts : 0;
    if (options.dry_run) {
        out << "Dry run: nothing was written. ";
        if (c.conflicts > 0 && !options.replace) {
            out << fmt::format("An import would stop at the conflicts (the first at {}); "
                               "--replace takes the file's values.\n",
                               c.first_conflict);
        } else {
            out << fmt::format("An import would add {}{}.\n", entries(c.added),
                               replaced > 0 ? fmt::format(" and replace {}", replaced) : "");
        }
    } else if (c.rows == 0) {
        out << "Nothing to add: the file has no entries.\n";
    } else if (c.added == 0 && replaced == 0) {
        out << "Nothing to add: the journal has every entry already.\n";
    } else {
        out << fmt::format(
            "Added {}{}.\n", entries(c.added),
            replaced > 0 ? fmt::format(" and replaced {} with the file's values", replaced) : "");
    }
}

// One change for the whole import: the range of ids it added rather than a
// copy of each, and the entries --replace rewrote.
void record_import(store::Database& db, const exchange::ImportCounts& counts,
                   const std::vector<std::string>& command, const std::string& file) {
    if (counts.added == 0 && counts.replaced.empty()) {
        return; // nothing changed: nothing to record
    }
    store::Change change;
    change.kind = store::ChangeKind::import;
    change.command = store::command_json(command);
    if (counts.added > 0) {
        change.added_first = counts.last_id_before + 1;
        change.added_last = store::last_id_given(db);
        change.added_count = counts.added;
    }
    change.steps = counts.replaced;
    change.summary = fmt::format(
        "imported {} from {}",
        counts.added == 1 ? std::string("1 entry") : fmt::format("{} entries", counts.added), file);
    if (!counts.replaced.empty()) {
        change.summary += fmt::format(", replaced {}", counts.replaced.size());
    }
    store::record_change(db, change);
}

int run(cli::Context& ctx, const ImportOptions& options) {
    std::uint64_t size = 0;
    auto in = open_file(options.file, size);
    const auto& path = ctx.journal_path();
    std::optional<NewJournal> new_journal;
    if (!options.dry_run && !store::journal_exists(path)) {
        new_journal.emplace(path);
    }
    auto today = ctx.today();
    exchange::ImportCounts counts;
    store::Found found{};
    try {
        // A dry run only reads: a missing journal is an empty one in memory.
        auto db = store::open_journal(
            path, options.dry_run ? store::Access::read : store::Access::fill, &found);
        cli::Progress progress(ctx.err, ctx.terminal().err, size, "Importing");
        counts = exchange::import_entries(
            db, in, today, {options.dry_run, options.replace},
            [&](std::uint64_t done, std::int64_t rows) { progress.update(done, rows); },
            [&](const exchange::ImportCounts& final_counts) {
                record_import(db, final_counts, ctx.command_line, options.file);
                // Said before the commit: if it cannot be said, nothing is added.
                progress.finish();
                report(ctx.out, options, final_counts);
                ctx.flush_output();
            });
        if (found == store::Found::new_journal) {
            store::use_wal(db); // filled through the rollback journal
        }
    } catch (const UsageError& e) {
        if (new_journal) {
            new_journal->undo();
        }
        throw UsageError(fmt::format("{} {}", options.file, e.what()));
    } catch (const std::exception& e) {
        if (new_journal) {
            new_journal->undo();
        }
        const auto* sqlite = dynamic_cast<const store::SqliteError*>(&e);
        std::string explained = sqlite != nullptr ? store::explain(*sqlite).what() : e.what();
        std::string_view what = explained;
        throw Error(
            fmt::format("import: {}: {}{}", options.file, what,
                        what.ends_with("nothing was changed") ? "" : "; nothing was imported"));
    }
    if (counts.conflicts > 0 && !options.replace && !options.dry_run) {
        if (new_journal) {
            new_journal->undo();
        }
        throw UsageError(
            fmt::format("{}: {} {} the uuid of an entry here but other values (the first at {}); "
                        "nothing was imported; --replace takes the file's values",
                        options.file, counts.conflicts,
                        counts.conflicts == 1 ? "row has" : "rows have", counts.first_conflict));
    }
    if (!counts.written) { // a dry run: nothing to commit, so said after
        report(ctx.out, options, counts);
    }
    ctx.opened_journal(found);
    return 0;
}

} // namespace

extern const cli::Command import_command{
    .name = "import",
    .summary = "add entries from a CSV or JSON export",
    .usage = "sore import FILE [--dry-run] [--replace]",
    .about = "Add the entries of a CSV or JSON file made by 'sore export'. Every row is\n"
             "checked like 'sore log' input; one bad row stops the import and nothing is\n"
             "added. Entries are matched by uuid, so importing a file twice adds nothing.",
    .example = "sore import soreness.csv --dry-run",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
