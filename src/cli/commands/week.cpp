#include "analysis/week.hpp"

#include "cli/commands/commands.hpp"
#include "cli/period.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"
#include "render/week.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

namespace {

constexpr int default_weeks = 8;

} // namespace

int run(Context& ctx, const WeekOptions& options) {
    auto period = resolve_period(options.from, options.to, options.weeks.value_or(default_weeks),
                                 ctx.today());
    // Whole weeks, so that each row counts all of its week.
    auto [from, to] = whole_weeks(period, options.from, options.to);
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
