#include "analysis/causes.hpp"
#include "analysis/week.hpp"
#include "cli/commands/commands.hpp"
#include "cli/output.hpp"
#include "cli/period.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"
#include "render/html.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <fmt/format.h>

namespace sore::cli::commands {

namespace {

constexpr int default_weeks = 8;

} // namespace

// The page covers the days from --from (or the Monday 7 weeks before the
// last day's week) to --to or today, whichever is earlier: no report is made
// of days still to come. The weekly table widens that to whole weeks, as
// `sore week` does.
int run(Context& ctx, const ReportOptions& options) {
    Output output(ctx, options.output, "report");
    auto today = ctx.today();
    auto after_today = [&](const std::optional<std::string>& option) {
        return option && *journal::parse_iso_date(*option) > today; // options hold checked dates
    };
    if (after_today(options.from)) {
        journal::reject("--from", *options.from,
                        fmt::format("is after today ({})", journal::format_date(today)),
                        "a day up to today: the report covers days that have passed");
    }
    // A --to after today means today, and is said as today in messages.
    auto to_option = after_today(options.to) ? std::nullopt : options.to;
    auto period = resolve_period(options.from, to_option, default_weeks, today);
    auto weeks = whole_weeks(period, options.from, to_option);
    auto from = journal::format_date(period.from);
    auto to = journal::format_date(period.to);

    auto& db = ctx.journal(store::Access::read);
    render::ReportPage page;
    page.from = period.from;
    page.to = period.to;
    page.today = today;
    auto days =
        store::day_totals(db, journal::format_date(weeks.from), journal::format_date(weeks.to));
    page.weeks = analysis::build_week_report(weeks.from, weeks.to, days);
    analysis::CausesTally tally;
    store::for_each_observation(db, from, to,
                                [&](const analysis::Observation& row) { tally.add(row); });
    page.causes = tally.report();
    page.entries = store::list_entries(db, {from, to, std::nullopt, std::nullopt});
    page.journal_entries = store::count_entries(db);

    render::print_report_html(output.stream(), page);
    output.commit();
    if (options.output.path) {
        auto count = page.entries.size();
        ctx.out << fmt::format("Wrote the page for {} to {} ({} {}) to {}.\n", from, to, count,
                               count == 1 ? "entry" : "entries", *options.output.path);
    }
    return 0;
}

} // namespace sore::cli::commands
