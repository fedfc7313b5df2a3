#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

namespace {

bool sets(const EntryFields& f, Field field) {
    switch (field) {
    case Field::time:
        return f.time.has_value();
    case Field::during:
        return f.during.has_value();
    case Field::sitting:
        return f.sitting_min.has_value();
    case Field::pressure:
        return f.pressure.has_value();
    case Field::technique:
        return f.technique.has_value();
    case Field::knots:
        return f.knots.has_value();
    case Field::injury:
        return f.injury;
    case Field::emotional:
        return f.emotional;
    case Field::side:
        return f.side.has_value();
    case Field::note:
        return f.note.has_value();
    case Field::tags:
        return false; // --clear tags --tag x replaces the tags
    }
    return false;
}

bool changes_anything(const EditOptions& o) {
    const auto& f = o.fields;
    return !o.clear.empty() || f.date || f.time || f.soreness || f.during || f.sitting_min ||
           f.pressure || f.technique || f.knots || f.injury || f.emotional || f.side || f.note ||
           !f.tags.empty();
}

} // namespace

int run(Context& ctx, const EditOptions& options) {
    if (!changes_anything(options)) {
        throw UsageError("edit: nothing to change; give a field such as --soreness 5, or "
                         "--clear FIELD");
    }
    for (auto field : options.clear) {
        if (sets(options.fields, field)) {
            throw UsageError("edit: a field cannot be set and cleared at once; choose one");
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
