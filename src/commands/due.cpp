// sore due [--quiet]: what is due in the journal now, for a shell prompt
// or the message of the day.

#include "render/due.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "remind/due_now.hpp"

#include <ostream>

namespace sore::commands {

namespace {

struct DueOptions {
    bool quiet = false;
};

void declare(cli::Spec& spec) {
    spec.flag("quiet", "print nothing: exit 0 when something is due, 1 when nothing is");
}

DueOptions read(const cli::Parsed& args) {
    return {.quiet = args.flag("quiet")};
}

int run(cli::Context& ctx, const DueOptions& options) {
    if (!ctx.journal_exists()) {
        return options.quiet ? 1 : 0; // nothing logged, nothing asked for
    }
    const auto& path = ctx.journal_path();
    auto due = remind::due_now(ctx.journal(store::Access::read), path, ctx.today());
    if (options.quiet) {
        return due.empty() ? 1 : 0;
    }
    for (const auto& line : render::due_lines(due)) {
        ctx.out << line << '\n';
    }
    ctx.flush_output();
    remind::said(due, path, ctx.err);
    return 0;
}

} // namespace

extern const cli::Command due_command{
    .name = "due",
    .summary = "what the journal asks of you today (for a shell prompt)",
    .usage = "sore due [--quiet]",
    .about = "Prints what is due now, one line each, and nothing when nothing is: an entry\n"
             "for today (when you have logged in the last 14 days), how sore you are 1 to 3\n"
             "days after a session (days 'sore recovery' reads), and a caution, once,\n"
             "after a session that followed an injury flagged in the last 7 days. The same\n"
             "as a reminder would say ('sore remind'). With --quiet it prints nothing and\n"
             "exits 0 when something is due, 1 when nothing is.",
    .example = "sore due --quiet && echo '(sore)'",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
