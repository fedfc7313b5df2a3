#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const RmOptions& options) {
    if (!options.yes && !ctx.terminal().in) {
        throw UsageError("rm: deleting needs --yes when sore cannot ask on a terminal");
    }
    auto ids = options.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    auto& db = ctx.journal(store::Access::update);
    std::vector<journal::Entry> entries;
    entries.reserve(ids.size());
    for (auto id : ids) {
        entries.push_back(existing_entry(db, id)); // every id is checked before any is deleted
    }
    if (!options.yes) {
        // Ask before taking the write lock, so other sore processes can go on.
        for (const auto& e : entries) {
            ctx.err << fmt::format("  {}  {}  soreness {}\n", e.id, e.date, e.soreness);
        }
        auto question = ids.size() == 1 ? std::string("Delete this entry?")
                                        : fmt::format("Delete these {} entries?", ids.size());
        if (!confirm(ctx, question)) {
            ctx.out << "Nothing was deleted.\n";
            return 0;
        }
    }

    store::Transaction tx(db);
    for (auto id : ids) {
        if (!store::remove_entry(db, id)) { // removed by another process meanwhile
            throw UsageError(fmt::format("no entry with id {}; nothing was deleted", id));
        }
    }
    ctx.out << (ids.size() == 1 ? fmt::format("Deleted entry {}.\n", ids.front())
                                : fmt::format("Deleted {} entries.\n", ids.size()));
    ctx.flush_output();
    tx.commit();
    return 0;
}

} // namespace sore::cli::commands
