#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const LogOptions& options) {
    journal::Entry entry;
    apply_fields(options.fields, entry);
    if (!options.fields.soreness) {
        if (!ctx.terminal().in) {
            throw UsageError("--soreness is required; expected a whole number from 0 to 10");
        }
        journal::validate(entry, ctx.today()); // refuse a bad date before asking
        entry.soreness = ask_rating(ctx, "--soreness", "How sore are you after the session?");
    }
    journal::validate(entry, ctx.today());

    auto& db = ctx.journal(store::Access::write);
    store::Transaction tx(db);
    store::insert_entry(db, entry);
    tx.commit();

    ctx.out << fmt::format("Added entry {} for {} (soreness {}).\n", entry.id, entry.date,
                           entry.soreness);
    if (journal::needs_injury_caution(entry)) {
        ctx.err << "sore: caution: this massage was logged with an injury or inflamed area. While "
                   "an injury is fresh,\n"
                   "  massage is better put off; a doctor or physiotherapist can guide its "
                   "recovery instead.\n";
    }
    return 0;
}

} // namespace sore::cli::commands
