// sore log [DATE] --soreness N [options]: add an entry for a day.

#include "analysis/days.hpp"
#include "cli/context.hpp"
#include "cli/entry_fields.hpp"
#include "cli/parsing.hpp"
#include "cli/prompt.hpp"
#include "error.hpp"
#include "journal/validate.hpp"
#include "store/entries.hpp"
#include "store/undo.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <ostream>
#include <vector>

namespace sore::commands {

namespace {

struct LogOptions {
    cli::EntryFields fields; // the date always set
};

void declare(cli::Spec& spec) {
    spec.option("date", "DATE",
                "the day of the entry, as DATE before the options (default: today)");
    cli::declare_entry_fields(spec);
    spec.words("day").date_words();
}

LogOptions read(const cli::Parsed& args) {
    LogOptions o{cli::read_entry_fields(args)};
    auto word = args.one_word("day", "DATE");
    auto option = args.text("date");
    if (word && option) {
        throw UsageError(fmt::format("log: the day is given twice, as {} and as --date {}; give "
                                     "one of them",
                                     util::quoted(*word), util::quoted(*option)));
    }
    if (word) {
        o.fields.date = args.day("date", *word);
    } else if (option) {
        o.fields.date = args.day("--date", *option);
    } else {
        o.fields.date = args.today();
    }
    return o;
}

// The days after a session the recovery figures need (its day and the 3
// after it), of those not logged yet.
std::vector<journal::Day> unlogged_days_after(store::Database& db, journal::Day session) {
    std::vector<journal::Day> days;
    for (int after = 1; after <= analysis::session_shadow; ++after) {
        auto day = session + date::days{after};
        if (store::ids_on_date(db, day).empty()) {
            days.push_back(day);
        }
    }
    return days;
}

int run(cli::Context& ctx, const LogOptions& options) {
    journal::Entry entry;
    cli::apply_fields(options.fields, entry);
    if (!options.fields.soreness && options.fields.sites.empty()) { // sites give the highest
        if (!ctx.terminal().in) {
            throw UsageError("--soreness is required; expected a whole number from 0 to 10");
        }
        journal::validate(entry, ctx.today()); // refuse a bad date before asking
        entry.soreness = cli::ask_rating(ctx, "soreness", "How sore are you after the session?");
    }
    journal::validate(entry, ctx.today());

    auto& db = ctx.journal(store::Access::write);
    store::Transaction tx(db);
    store::insert_entry(db, entry);
    auto now = store::recorded(entry);
    store::Change change;
    change.kind = store::ChangeKind::log;
    change.command = store::command_json(ctx.command_line);
    change.summary = "added " + store::entry_words(now);
    change.steps = {{entry.id, std::nullopt, now}};
    store::record_change(db, change);
    std::vector<std::int64_t> same_day; // hints for people, not for scripts
    std::vector<journal::Day> days_after;
    if (ctx.terminal().out) {
        same_day = store::ids_on_date(db, entry.date);
        if (entry.is_session()) {
            days_after = unlogged_days_after(db, entry.date);
        }
    }
    auto date = journal::format_date(entry.date);
    ctx.out << fmt::format("Added entry {} for {} (soreness {}).\n", entry.id, date,
                           entry.soreness);
    ctx.flush_output();
    tx.commit();

    ctx.tell_about_journal(); // before the notes: a mistyped --db shows itself
    cli::caution_if_injured(ctx, entry);
    if (same_day.size() > 1) {
        ctx.err << fmt::format("sore: note: {} now has {} entries ({}); 'sore rm ID' removes one "
                               "logged twice\n",
                               date, same_day.size(), fmt::join(same_day, ", "));
    }
    if (!days_after.empty()) {
        std::vector<std::string> dates;
        dates.reserve(days_after.size());
        for (auto day : days_after) {
            dates.push_back(journal::format_date(day));
        }
        ctx.err << fmt::format("sore: note: for 'sore recovery', log the days after it too: {}\n",
                               util::joined(dates, "and"));
    }
    return 0;
}

} // namespace

extern const cli::Command log_command{
    .name = "log",
    .alias = "add",
    .summary = "add an entry for a day",
    .usage = "sore log [DATE] --soreness N [options]   (alias: sore add)",
    .about = "Add an entry for DATE (default: today) and print its id. DATE is YYYY-MM-DD,\n"
             "today, yesterday, -Nd (N days ago), -Nw (N weeks ago) or a weekday name.\n"
             "On a terminal a missing --soreness is asked for.",
    .example = "sore log --soreness 6 --sitting 7h30m --pressure deep --knots 3",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
