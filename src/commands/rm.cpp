// sore rm ID... [--yes]: delete entries.

#include "cli/context.hpp"
#include "cli/entry_fields.hpp"
#include "cli/parsing.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "store/entries.hpp"
#include "store/undo.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::commands {

namespace {

struct RmOptions {
    std::vector<std::int64_t> ids; // sorted, each once
    bool yes = false;
};

void declare(cli::Spec& spec) {
    spec.flag("yes,y", "do not ask for confirmation").words("id");
}

RmOptions read(const cli::Parsed& args) {
    RmOptions o;
    o.yes = args.flag("yes");
    auto words = args.all("id");
    if (words.empty()) {
        throw UsageError("rm: at least one entry id is required, as in 'sore rm 3'");
    }
    for (const auto& id : words) {
        o.ids.push_back(cli::parse_id(id));
    }
    std::sort(o.ids.begin(), o.ids.end());
    o.ids.erase(std::unique(o.ids.begin(), o.ids.end()), o.ids.end());
    return o;
}

int run(cli::Context& ctx, const RmOptions& options) {
    if (!options.yes && !ctx.terminal().in) {
        throw UsageError("rm: deleting needs --yes when sore cannot ask on a terminal");
    }
    const auto& ids = options.ids;
    auto& db = ctx.journal(store::Access::update);
    std::vector<journal::Entry> entries;
    entries.reserve(ids.size());
    for (auto id : ids) {
        entries.push_back(cli::existing_entry(ctx, db, id)); // every id is checked before any goes
    }
    if (!options.yes) {
        // Ask before taking the write lock, so other sore processes can go on.
        for (const auto& e : entries) {
            ctx.err << fmt::format("  {}  {}  soreness {}\n", e.id, journal::format_date(e.date),
                                   e.soreness);
        }
        auto question = ids.size() == 1 ? std::string("Delete this entry?")
                                        : fmt::format("Delete these {} entries?", ids.size());
        if (!cli::confirm(ctx, question)) {
            ctx.out << "Nothing was deleted.\n";
            return 0;
        }
    }

    store::Transaction tx(db);
    store::Change change;
    change.kind = store::ChangeKind::rm;
    change.command = store::command_json(ctx.command_line);
    for (auto id : ids) {
        auto entry = store::find_entry(db, id);
        if (!entry || !store::remove_entry(db, id)) { // removed by another process meanwhile
            throw UsageError(fmt::format("no entry with id {}; nothing was deleted", id));
        }
        change.steps.push_back({id, store::recorded(*entry), std::nullopt});
    }
    change.summary = ids.size() == 1 ? "removed " + store::entry_words(*change.steps[0].before)
                                     : fmt::format("removed {} entries", ids.size());
    store::record_change(db, change);
    ctx.out << (ids.size() == 1 ? fmt::format("Deleted entry {}.\n", ids.front())
                                : fmt::format("Deleted {} entries.\n", ids.size()));
    ctx.flush_output();
    tx.commit();
    return 0;
}

} // namespace

extern const cli::Command rm_command{
    .name = "rm",
    .summary = "delete entries",
    .usage = "sore rm ID... [--yes]",
    .about = "Delete entries. On a terminal it asks first unless --yes is given; elsewhere\n"
             "--yes is required.",
    .example = "sore rm 3 --yes",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
