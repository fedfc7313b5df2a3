#include "analysis/week.hpp"

#include "cli/commands/commands.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"
#include "render/week.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

namespace {

constexpr int default_weeks = 8;
// No entry is older than 1900 (a Monday), so no week need start earlier.
constexpr date::sys_days earliest{date::year{1900} / 1 / 1};

date::sys_days day(const std::string& iso) {
    return *journal::parse_iso_date(iso); // options hold checked dates
}

} // namespace

int run(Context& ctx, const WeekOptions& options) {
    auto to = options.to ? day(*options.to) : ctx.today();
    if (options.from && !options.to && day(*options.from) > to) {
        journal::reject("--from", *options.from,
                        fmt::format("is after today ({})", journal::format_date(to)),
                        "a day up to today, or --to with a later day");
    }
    auto from = options.from ? day(*options.from)
                             : analysis::monday_of(to) -
                                   date::weeks{options.weeks.value_or(default_weeks) - 1};
    // Whole weeks, so that each row counts all of its week.
    from = std::max(analysis::monday_of(from), earliest);
    to = analysis::monday_of(to) + date::days{6};
    if (auto weeks = (to - from).count() / 7 + 1; weeks > max_weeks) {
        journal::reject("--from", *options.from,
                        fmt::format("is {} weeks before --to '{}'", weeks, *options.to),
                        fmt::format("a range of at most {} weeks", max_weeks));
    }
    auto& db = ctx.journal(store::Access::read);
    auto days = store::day_totals(db, journal::format_date(from), journal::format_date(to));
    auto report = analysis::build_week_report(from, to, days);
    switch (options.format) {
    case WeekFormat::json:
        ctx.out << render::week_json(report).dump(2) << '\n';
        break;
    case WeekFormat::csv:
        render::print_week_csv(ctx.out, report);
        break;
    case WeekFormat::text:
        if (report.entries == 0 && store::count_entries(db) == 0) {
            ctx.out << "No entries yet. Add one with: sore log --soreness N\n";
        } else if (report.entries == 0) {
            ctx.out << "No entries from " << journal::format_date(from) << " to "
                    << journal::format_date(to) << "; 'sore list' shows the days you logged.\n";
        } else {
            render::print_week_text(ctx.out, report, {ctx.color(), options.ascii});
        }
        break;
    }
    return 0;
}

} // namespace sore::cli::commands
