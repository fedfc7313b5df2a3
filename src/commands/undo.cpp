// sore undo [--dry-run] [--yes] and sore redo [--dry-run]: take back the
// newest change not yet taken back, and re-apply what the last undo took
// back. One flow for both, so they live in one file.

#include "store/undo.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "store/history.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::commands {

namespace {

struct UndoOptions {
    bool dry_run = false;
    bool yes = false;
};

void declare_undo(cli::Spec& spec) {
    spec.flag("dry-run", "show what it would take back, change nothing");
    spec.flag("yes,y", "do not ask for confirmation");
}

void declare_redo(cli::Spec& spec) {
    spec.flag("dry-run", "show what it would put back, change nothing");
}

UndoOptions read(const cli::Parsed& args) {
    return {args.flag("dry-run"), args.flag("yes")};
}

// "Undid "rm 41" (2026-12-05 21:14): restored entry 41 (2026-12-03, soreness 6)."
std::string said(std::string_view verb, const store::Change& target, const std::string& what) {
    return fmt::format("{} \"{}\" ({}): {}.", verb, store::command_words(target),
                       journal::local_time_of(target.at), what);
}

int take_back(cli::Context& ctx, const UndoOptions& options, bool redo) {
    auto& db = ctx.journal(store::Access::update);
    store::Transaction tx(db);
    if (auto broken = store::verify_chain(db)) {
        throw Error(fmt::format("the journal's history does not match itself from change {} on, "
                                "so nothing can be {} safely; run 'sore check'",
                                broken->change, redo ? "redone" : "undone"));
    }
    auto changes = store::all_changes(db, true);
    auto plan = redo ? store::plan_redo(db, changes) : store::plan_undo(db, changes);
    // A redo takes back an undo: say what that undo took back.
    const auto& shown = redo ? [&]() -> const store::Change& {
        for (const auto& c : changes) {
            if (c.id == *plan.target.target) {
                return c;
            }
        }
        return plan.target;
    }()
        : plan.target;
    if (options.dry_run) {
        ctx.out << said(redo ? "Would redo" : "Would undo", shown, plan.what) << '\n';
        return 0;
    }
    if (!redo && !options.yes) {
        if (!ctx.terminal().in) {
            throw UsageError("undo: undoing needs --yes when sore cannot ask on a terminal");
        }
        ctx.err << said("This will undo", shown, plan.what) << '\n';
        if (!cli::confirm(ctx, "Undo it?")) {
            ctx.out << "Nothing was undone.\n";
            return 0;
        }
    }
    store::carry_out(db, plan, redo ? store::ChangeKind::redo : store::ChangeKind::undo,
                     store::command_json(ctx.command_line));
    ctx.out << said(redo ? "Redid" : "Undid", shown, plan.what) << '\n';
    ctx.flush_output();
    tx.commit();
    return 0;
}

int run_undo(cli::Context& ctx, const UndoOptions& options) {
    return take_back(ctx, options, false);
}

int run_redo(cli::Context& ctx, const UndoOptions& options) {
    return take_back(ctx, options, true);
}

} // namespace

extern const cli::Command undo_command{
    .name = "undo",
    .summary = "take back the last change",
    .usage = "sore undo [--dry-run] [--yes]",
    .about = "Take back the newest change not yet taken back: a log, an edit, an rm, or a\n"
             "whole import. Run again to go further back. It shows the change and asks on a\n"
             "terminal; elsewhere --yes is required. It refuses when an entry it would touch\n"
             "was changed since. Changes made before the journal kept a history cannot be\n"
             "undone.",
    .example = "sore undo --dry-run",
    .declare = declare_undo,
    .invoke = cli::invoke<read, run_undo>,
};

extern const cli::Command redo_command{
    .name = "redo",
    .summary = "put back what the last undo took back",
    .usage = "sore redo [--dry-run]",
    .about = "Re-apply the change the last undo took back; run again for the one before.\n"
             "Any new change (log, edit, rm, import) ends what can be redone.",
    .example = "sore redo",
    .declare = declare_redo,
    .invoke = cli::invoke<read, run_redo>,
};

} // namespace sore::commands
