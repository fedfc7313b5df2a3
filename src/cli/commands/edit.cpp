#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const EditOptions& options) {
    if (!gives_anything(options.fields) && options.clear.empty()) {
        throw UsageError("edit: nothing to change; give a field such as --soreness 5, or "
                         "--clear FIELD");
    }
    for (auto field : options.clear) {
        if (is_given(options.fields, field)) {
            auto name = field_name(field);
            throw UsageError(fmt::format(
                "edit: --{0} and --clear {0} contradict each other; give one of them", name));
        }
    }

    auto& db = ctx.journal(store::Access::update);
    store::Transaction tx(db);
    auto entry = existing_entry(db, options.id);
    for (auto field : options.clear) {
        clear_field(field, entry);
    }
    apply_fields(options.fields, entry);
    journal::validate(entry, ctx.today());
    store::update_entry(db, entry);
    tx.commit();

    ctx.out << fmt::format("Updated entry {} ({}, soreness {}).\n", entry.id, entry.date,
                           entry.soreness);
    return 0;
}

} // namespace sore::cli::commands
