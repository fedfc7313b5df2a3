// sore week [--weeks N] [--from D] [--to D] [--format F] [--ascii]: soreness
// week by week, with the trend.

#include "analysis/week.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "error.hpp"
#include "journal/values.hpp"
#include "render/week.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <array>
#include <fmt/format.h>
#include <ostream>

namespace sore::commands {

namespace {

enum class WeekFormat { text, json, csv };
constexpr std::array<std::string_view, 3> week_formats{"text", "json", "csv"};

struct WeekOptions {
    journal::DateRange range;
    std::optional<int> weeks;
    WeekFormat format = WeekFormat::text;
    bool ascii = false; // bars drawn with '#' instead of block characters
    bool wide = false;  // the full headers, whatever the terminal's width
};

void declare(cli::Spec& spec) {
    spec.option("weeks", "N",
                fmt::format("how many weeks, ending with --to's week or this one (default {})",
                            analysis::default_weeks));
    cli::declare_range(spec);
    spec.option("format", "F", "text (default), json or csv")
        .flag("ascii", "draw bars with '#', for terminals without UTF-8")
        .flag("wide", "the full headers, however wide the terminal");
}

WeekOptions read(const cli::Parsed& args) {
    WeekOptions o{cli::read_range(args), std::nullopt, WeekFormat::text, args.flag("ascii"),
                  args.flag("wide")};
    if (auto weeks = args.text("weeks")) {
        if (o.range.from) {
            throw UsageError(fmt::format("--weeks '{}' and --from '{}' both set the first week; "
                                         "give one of them",
                                         *weeks, journal::format_date(*o.range.from)));
        }
        o.weeks = static_cast<int>(journal::parse_whole("--weeks", *weeks, 1, analysis::max_weeks));
    }
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<WeekFormat>("--format", *format, week_formats);
    }
    return o;
}

int run(cli::Context& ctx, const WeekOptions& options) {
    auto period = cli::resolve_period(options.range,
                                      options.weeks.value_or(analysis::default_weeks), ctx.today());
    // Whole weeks, so that each row counts all of its week.
    auto weeks = cli::whole_weeks(period, options.range);
    auto& db = ctx.journal(store::Access::read);
    auto report = analysis::build_week_report(weeks, store::days_for_report(db, weeks.range()));
    switch (options.format) {
    case WeekFormat::json:
        ctx.out << render::week_json(report).dump(2) << '\n';
        break;
    case WeekFormat::csv:
        render::print_week_csv(ctx.out, report);
        break;
    case WeekFormat::text:
        if (report.entries == 0 && store::count_entries(db) == 0) {
            ctx.out << ctx.nothing_logged_yet();
        } else if (report.entries == 0) {
            ctx.out << fmt::format("No entries from {} to {}; 'sore list' shows the days you "
                                   "logged.\n",
                                   journal::format_date(weeks.first),
                                   journal::format_date(weeks.last));
        } else {
            render::print_week_text(
                ctx.out, report,
                {ctx.color(), options.ascii, options.wide ? std::nullopt : ctx.table_width()});
        }
        break;
    }
    return 0;
}

// The help below says it in words.
static_assert(analysis::meaningful_points == 2.0 && analysis::meaningful_share == 0.3);

} // namespace

extern const cli::Command week_command{
    .name = "week",
    .summary = "soreness week by week, with the trend",
    .usage = "sore week [--weeks N] [--from DATE] [--to DATE] [--format F] [--ascii] [--wide]",
    .about = "Soreness week by week (ISO weeks, Monday first): entries, sessions, mean and\n"
             "highest soreness, mean hours sat, the usual pressure and injuries, with a bar\n"
             "for the mean. Below the table: the trend in points a week with its 95%\n"
             "interval, and whether the last week with entries differs from the first by a\n"
             "clinically meaningful amount (2 points or 30%).",
    .example = "sore week --weeks 12",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
