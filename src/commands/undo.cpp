// sore undo [--dry-run] [--yes] and sore redo [--dry-run]: take back the
// newest change not yet taken back, and re-apply what the last undo took
// back. One flow for both, so they live in one file.

#include "store/undo.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "store/history.hpp"

#include <algorithm>
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

// The change a person would name: through undos and redos to what was
// first done.
store::Change original(const std::vector<store::Change>& changes, store::Change change) {
    for (int hops = 0;
         hops < 1000 && change.target &&
         (change.kind == store::ChangeKind::undo || change.kind == store::ChangeKind::redo);
         ++hops) {
        auto it = std::find_if(changes.begin(), changes.end(),
                               [&](const store::Change& c) { return c.id == *change.target; });
        if (it == changes.end()) {
            break;
        }
        change = *it;
    }
    return change;
}

struct Prepared {
    store::Plan plan;
    store::Change shown; // the change named in what is said
};

// Within the caller's transaction: the chain checked, then the plan.
Prepared prepare(store::Database& db, bool redo) {
    if (auto broken = store::verify_chain(db)) {
        throw Error(fmt::format("the journal's history does not match itself from change {} on, "
                                "so nothing can be {} safely; run 'sore check'",
                                broken->change, redo ? "redone" : "undone"));
    }
    auto changes = store::all_changes(db, true);
    auto plan = redo ? store::plan_redo(db, changes) : store::plan_undo(db, changes);
    auto shown = original(changes, plan.target);
    return {std::move(plan), std::move(shown)};
}

int take_back(cli::Context& ctx, const UndoOptions& options, bool redo) {
    std::string_view verb = redo ? "redo" : "undo";
    if (!ctx.journal_exists()) {
        throw Error(
            fmt::format("nothing to {}: there is no journal at {} yet", verb, ctx.journal_path()));
    }
    bool ask = !redo && !options.yes && !options.dry_run;
    if (ask && !ctx.terminal().in) {
        throw UsageError("undo: undoing needs --yes when sore cannot ask on a terminal");
    }
    auto& db = ctx.journal(store::Access::update);
    Prepared first;
    {
        // Read first, and ask with no lock held: another sore may write
        // while the question waits.
        store::Transaction snapshot(db, store::Transaction::Kind::read);
        first = prepare(db, redo);
    }
    if (options.dry_run) {
        ctx.out << said(redo ? "Would redo" : "Would undo", first.shown, first.plan.what) << '\n';
        return 0;
    }
    if (ask) {
        ctx.err << said("This will undo", first.shown, first.plan.what) << '\n';
        if (!cli::confirm(ctx, "Undo it?")) {
            ctx.out << "Nothing was undone.\n";
            return 0;
        }
    }
    store::Transaction tx(db);
    auto now = prepare(db, redo);
    if (now.plan.target.id != first.plan.target.id) {
        throw Error(fmt::format("the journal changed while sore was asking; nothing was {}; run "
                                "'sore {}' again to see what it would take back now",
                                redo ? "redone" : "undone", verb));
    }
    store::carry_out(db, now.plan, redo ? store::ChangeKind::redo : store::ChangeKind::undo,
                     store::command_json(ctx.command_line));
    ctx.out << said(redo ? "Redid" : "Undid", now.shown, now.plan.what) << '\n';
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
