// sore report [--from D] [--to D] [-o FILE] [--force]: a printable HTML
// summary for a physiotherapist or doctor.

#include "analysis/causes.hpp"
#include "analysis/recovery.hpp"
#include "analysis/sites.hpp"
#include "analysis/week.hpp"
#include "cli/context.hpp"
#include "cli/output.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "journal/reject.hpp"
#include "journal/values.hpp"
#include "render/html.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace sore::commands {

namespace {

struct ReportOptions {
    journal::DateRange range;
    cli::OutputFile output;
    std::optional<std::string> name; // whose journal
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("name", "TEXT",
                "whose journal it is, for the page's heading (or name = TEXT in the config file)");
    cli::declare_output(spec, "the page");
}

ReportOptions read(const cli::Parsed& args) {
    auto name = args.parsed("name", journal::parse_text);
    if (name && util::is_blank(*name)) {
        journal::reject("--name", *name, "is blank", "a name to print in the page's heading");
    }
    return {cli::read_range(args), cli::read_output(args), name};
}

// The page covers the days from --from (or the Monday 7 weeks before the
// last day's week) to --to or today, whichever is earlier: no report is made
// of days still to come. The weekly table widens that to whole weeks, as
// `sore week` does.
int run(cli::Context& ctx, const ReportOptions& options) {
    cli::Output output(ctx, options.output, "report");
    auto today = ctx.today();
    if (options.range.from && *options.range.from > today) {
        journal::reject("--from", journal::format_date(*options.range.from),
                        fmt::format("is after today ({})", journal::format_date(today)),
                        "a day up to today: the report covers days that have passed");
    }
    // A --to after today means today, and is said as today in messages.
    auto given = options.range;
    if (given.to && *given.to > today) {
        given.to.reset();
    }
    auto period = cli::resolve_period(given, analysis::default_weeks, today);
    auto weeks = cli::whole_weeks(period, given);

    auto& db = ctx.journal(store::Access::read);
    render::ReportPage page;
    page.period = period;
    page.today = today;
    page.weeks = analysis::build_week_report(weeks, store::days_for_report(db, weeks.range()));
    auto days = store::days_for_report(db, period.range());
    auto timeline = analysis::build_timeline(days, period.first);
    page.causes = analysis::build_causes_report(timeline);
    page.recovery = analysis::build_recovery_report(timeline, store::recent_injury(db, today));
    store::EntryFilter in_period;
    in_period.range = period.range();
    page.entries = store::list_entries(db, in_period);
    page.sites = analysis::summaries_of(store::site_days(db, period.range()), period.first);
    page.journal_entries = store::count_entries(db);
    page.name = options.name ? options.name : ctx.settings().name;

    render::print_report_html(output.stream(), page);
    output.commit();
    if (options.output.path) {
        ctx.out << fmt::format(
            "Wrote the page for {} to {} ({}) to {}.\n", journal::format_date(period.first),
            journal::format_date(period.last), util::count(page.entries.size(), "entry", "entries"),
            *options.output.path);
    }
    return 0;
}

// The help below says it in words.
static_assert(analysis::default_weeks == 8);

} // namespace

extern const cli::Command report_command{
    .name = "report",
    .summary = "a printable HTML summary for a physiotherapist or doctor",
    .usage = "sore report [--from DATE] [--to DATE] [--name TEXT] [-o FILE] [--force]",
    .about = "Write one self-contained HTML page to print or send to a physiotherapist or\n"
             "doctor: soreness over time as a chart, the weeks, the five causes, the days\n"
             "after a session, injuries and every entry. It covers --from to --to, or to\n"
             "today if that is earlier; without them, the last 8 weeks up to today, as\n"
             "'sore week' shows them.",
    .example = "sore report --from -8w -o for-my-physio.html",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
