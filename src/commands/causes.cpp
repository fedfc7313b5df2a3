// sore causes [--from D] [--to D] [--format F]: how soreness goes with each
// of the five causes.

#include "analysis/causes.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "render/causes.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class CausesFormat { text, json };
constexpr std::array<std::string_view, 2> causes_formats{"text", "json"};

struct CausesOptions {
    journal::DateRange range;
    CausesFormat format = CausesFormat::text;
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("format", "F", "text (default) or json");
}

CausesOptions read(const cli::Parsed& args) {
    CausesOptions o{cli::read_range(args)};
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<CausesFormat>("--format", *format, causes_formats);
    }
    return o;
}

int run(cli::Context& ctx, const CausesOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    auto days = store::days_for_report(db, options.range);
    auto report = analysis::build_causes_report(analysis::build_timeline(days, options.range.from));
    if (options.format == CausesFormat::json) {
        ctx.out << render::causes_json(report, options.range).dump(2) << '\n';
    } else if (report.days == 0 && options.range.bounded() && store::count_entries(db) > 0) {
        ctx.out << "No entries in that range; 'sore list' shows the days you logged.\n";
    } else if (report.days == 0) {
        ctx.out << ctx.nothing_logged_yet();
    } else {
        render::print_causes_text(ctx.out, report, ctx.color());
    }
    return 0;
}

} // namespace

extern const cli::Command causes_command{
    .name = "causes",
    .summary = "how soreness goes with each of the five causes",
    .usage = "sore causes [--from DATE] [--to DATE] [--format F]",
    .about = "How your soreness goes with each of the five causes: knots, pressure and\n"
             "emotional release over the days after each session, hours sat on your usual\n"
             "days, and injury. Each gets one verdict: clear, small, unclear or not enough\n"
             "data. It shows what went together in your journal, not what caused what.",
    .example = "sore causes --from -90d",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
