// sore sites [--from D] [--to D] [--format F] [--wide]: where it hurts, per
// body site and side.

#include "analysis/sites.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "render/sites.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class SitesFormat { text, json };
constexpr std::array<std::string_view, 2> sites_formats{"text", "json"};

struct SitesOptions {
    journal::DateRange range;
    SitesFormat format = SitesFormat::text;
    bool wide = false; // the full headers, whatever the terminal's width
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("format", "F", "text (default) or json")
        .flag("wide", "the full headers, however wide the terminal");
}

SitesOptions read(const cli::Parsed& args) {
    SitesOptions o{cli::read_range(args), SitesFormat::text, args.flag("wide")};
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<SitesFormat>("--format", *format, sites_formats);
    }
    return o;
}

int run(cli::Context& ctx, const SitesOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    auto timeline =
        analysis::build_timeline(store::days_for_report(db, options.range), options.range.from);
    auto report = analysis::build_sites_report(timeline, store::site_days(db, options.range),
                                               options.range.from);
    if (options.format == SitesFormat::json) {
        ctx.out << render::sites_json(report, options.range).dump(2) << '\n';
    } else if (report.days == 0 && options.range.bounded() && store::count_entries(db) > 0) {
        ctx.out << "No entries in that range; 'sore list' shows the days you logged.\n";
    } else if (report.days == 0) {
        ctx.out << ctx.nothing_logged_yet();
    } else {
        render::print_sites_text(
            ctx.out, report, {ctx.color(), false, options.wide ? std::nullopt : ctx.table_width()});
    }
    return 0;
}

} // namespace

extern const cli::Command sites_command{
    .name = "sites",
    .summary = "where it hurts: each body site and side, and what went with it",
    .usage = "sore sites [--from DATE] [--to DATE] [--format F] [--wide]",
    .about = "Each body site and side your entries name: how many entries, the mean and\n"
             "highest soreness there, and its trend a week. Then how each site's soreness\n"
             "the day after a session goes with pressure and knots, with the verdicts of\n"
             "'sore causes' (clear, small, unclear, not enough data), every site's tests\n"
             "weighed as one family. It shows what went together, not what caused what.",
    .example = "sore sites --from -90d",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
