// sore edit ID [options] [--clear FIELD]...: change fields of an entry.

#include "cli/context.hpp"
#include "cli/entry_fields.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "journal/reject.hpp"
#include "journal/validate.hpp"
#include "journal/values.hpp"
#include "store/entries.hpp"
#include "store/undo.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <ostream>

namespace sore::commands {

namespace {

struct EditOptions {
    std::int64_t id = 0;
    cli::EntryFields fields;
    std::vector<formats::Column> clear;
};

void declare(cli::Spec& spec) {
    spec.option("date", "DATE", "move the entry to another day");
    cli::declare_entry_fields(spec);
    spec.repeated("untag", "T", "remove a tag (repeatable)")
        .repeated("unsite", "SITE", "remove a body site, as SITE[:SIDE] (repeatable)")
        .repeated(
            "clear", "FIELD",
            fmt::format("empty a field (repeatable): {}", util::one_of(cli::clearable_names())))
        .words("id");
}

EditOptions read(const cli::Parsed& args) {
    EditOptions o{cli::read_entry_id(args), cli::read_entry_fields(args), {}};
    if (auto date = args.text("date")) {
        o.fields.date = args.day("--date", *date);
    }
    for (const auto& tag : args.all("untag")) {
        o.fields.untags.push_back(journal::parse_tag("--untag", tag));
    }
    for (const auto& site : args.all("unsite")) {
        o.fields.unsites.push_back(journal::parse_site_key("--unsite", site));
    }
    for (const auto& name : args.all("clear")) {
        auto accepted = util::one_of(cli::clearable_names());
        if (auto lowered = util::lower(name); lowered == "soreness" || lowered == "date") {
            journal::reject("--clear", name, "is required and cannot be emptied", accepted);
        }
        auto column = cli::clearable_named(name);
        if (!column) {
            journal::reject("--clear", name, "is not a field that can be emptied", accepted);
        }
        o.clear.push_back(*column);
    }
    return o;
}

// Refuses options that ask for two things at once.
void check_consistent(const EditOptions& options) {
    if (!cli::gives_anything(options.fields) && options.clear.empty()) {
        throw UsageError("edit: nothing to change; give a field such as --soreness 5, or "
                         "--clear FIELD");
    }
    for (auto column : options.clear) {
        if (cli::is_given(options.fields, column)) {
            throw UsageError(
                fmt::format("edit: --{0} and --clear {0} contradict each other; give one of them",
                            cli::clear_name(column)));
        }
    }
    for (const auto& key : options.fields.unsites) {
        const auto& sites = options.fields.sites;
        if (std::any_of(sites.begin(), sites.end(),
                        [&](const auto& site) { return journal::key_of(site) == key; })) {
            throw UsageError(fmt::format(
                "edit: --site {0}=N and --unsite {0} contradict each other; give one of them",
                journal::format_site_key(key)));
        }
    }
    const auto& tags = options.fields.tags;
    for (const auto& tag : options.fields.untags) {
        if (std::find(tags.begin(), tags.end(), tag) != tags.end()) {
            throw UsageError(fmt::format(
                "edit: --tag {0} and --untag {0} contradict each other; give one of them", tag));
        }
    }
}

int run(cli::Context& ctx, const EditOptions& options) {
    check_consistent(options);
    auto& db = ctx.journal(store::Access::update);
    store::Transaction tx(db);
    auto entry = cli::existing_entry(ctx, db, options.id);
    for (const auto& tag : options.fields.untags) {
        if (std::find(entry.tags.begin(), entry.tags.end(), tag) == entry.tags.end()) {
            throw UsageError(fmt::format(
                "edit: entry {} has no tag '{}'; its tags: {}", entry.id, tag,
                entry.tags.empty() ? "none" : fmt::format("{}", fmt::join(entry.tags, ", "))));
        }
    }
    for (const auto& key : options.fields.unsites) {
        if (std::none_of(entry.sites.begin(), entry.sites.end(),
                         [&](const auto& site) { return journal::key_of(site) == key; })) {
            throw UsageError(fmt::format(
                "edit: --unsite {}: entry {} has no such site; its sites: {}",
                journal::format_site_key(key), entry.id,
                entry.sites.empty() ? std::string("none") : journal::format_sites(entry.sites)));
        }
    }
    bool was_injured = entry.injury;
    auto before = store::recorded(entry);
    for (auto column : options.clear) {
        cli::clear_field(column, entry);
    }
    cli::apply_fields(options.fields, entry);
    journal::validate(entry, ctx.today());
    store::update_entry(db, entry);
    auto after = store::recorded(entry);
    store::Change change;
    change.kind = store::ChangeKind::edit;
    change.command = store::command_json(ctx.command_line);
    change.summary = "changed " + store::entry_words(after);
    change.steps = {{entry.id, before, after}};
    store::record_change(db, change);
    ctx.out << fmt::format("Updated entry {} ({}, soreness {}).\n", entry.id,
                           journal::format_date(entry.date), entry.soreness);
    ctx.flush_output();
    tx.commit();

    if (!was_injured) {
        cli::caution_if_injured(ctx, entry);
    }
    return 0;
}

} // namespace

extern const cli::Command edit_command{
    .name = "edit",
    .summary = "change fields of an entry",
    .usage = "sore edit ID [options] [--clear FIELD]...",
    .about = "Change fields of an entry; fields not named stay as they are. --tag adds a tag,\n"
             "--untag removes one, --clear tags removes them all.",
    .example = "sore edit 3 --soreness 5 --clear note",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
