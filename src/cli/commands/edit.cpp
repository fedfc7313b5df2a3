#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
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
    for (const auto& tag : options.fields.untags) {
        if (std::find(options.fields.tags.begin(), options.fields.tags.end(), tag) !=
            options.fields.tags.end()) {
            throw UsageError(fmt::format(
                "edit: --tag {0} and --untag {0} contradict each other; give one of them", tag));
        }
    }

    auto& db = ctx.journal(store::Access::update);
    store::Transaction tx(db);
    auto entry = existing_entry(db, options.id);
    for (const auto& tag : options.fields.untags) {
        if (std::find(entry.tags.begin(), entry.tags.end(), tag) == entry.tags.end()) {
            throw UsageError(fmt::format(
                "edit: entry {} has no tag '{}'; its tags: {}", entry.id, tag,
                entry.tags.empty() ? "none" : fmt::format("{}", fmt::join(entry.tags, ", "))));
        }
    }
    bool was_injured = entry.injury;
    for (auto field : options.clear) {
        clear_field(field, entry);
    }
    apply_fields(options.fields, entry);
    journal::validate(entry, ctx.today());
    store::update_entry(db, entry);
    ctx.out << fmt::format("Updated entry {} ({}, soreness {}).\n", entry.id, entry.date,
                           entry.soreness);
    ctx.flush_output();
    tx.commit();

    if (!was_injured) {
        caution_if_injured(ctx, entry);
    }
    return 0;
}

} // namespace sore::cli::commands
