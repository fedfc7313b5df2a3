#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <ostream>
#include <vector>

namespace sore::cli::commands {

int run(Context& ctx, const LogOptions& options) {
    journal::Entry entry;
    apply_fields(options.fields, entry);
    if (!options.fields.soreness) {
        if (!ctx.terminal().in) {
            throw UsageError("--soreness is required; expected a whole number from 0 to 10");
        }
        journal::validate(entry, ctx.today()); // refuse a bad date before asking
        entry.soreness = ask_rating(ctx, "soreness", "How sore are you after the session?");
    }
    journal::validate(entry, ctx.today());

    auto& db = ctx.journal(store::Access::write);
    store::Transaction tx(db);
    store::insert_entry(db, entry);
    std::vector<std::int64_t> same_day; // a hint for people, not for scripts
    if (ctx.terminal().out) {
        same_day = store::ids_on_date(db, entry.date);
    }
    ctx.out << fmt::format("Added entry {} for {} (soreness {}).\n", entry.id, entry.date,
                           entry.soreness);
    ctx.flush_output();
    tx.commit();

    caution_if_injured(ctx, entry);
    if (same_day.size() > 1) {
        ctx.err << fmt::format("sore: note: {} now has {} entries ({}); 'sore rm ID' removes one "
                               "logged twice\n",
                               entry.date, same_day.size(), fmt::join(same_day, ", "));
    }
    return 0;
}

} // namespace sore::cli::commands
