// sore recovery [--from D] [--to D] [--format F]: the days after a session,
// how long it leaves you sore, and the pressure to start from.

#include "analysis/recovery.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "render/recovery.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class RecoveryFormat { text, json };
constexpr std::array<std::string_view, 2> recovery_formats{"text", "json"};

struct RecoveryOptions {
    journal::DateRange range;
    RecoveryFormat format = RecoveryFormat::text;
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("format", "F", "text (default) or json");
}

RecoveryOptions read(const cli::Parsed& args) {
    RecoveryOptions o{cli::read_range(args)};
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<RecoveryFormat>("--format", *format, recovery_formats);
    }
    return o;
}

int run(cli::Context& ctx, const RecoveryOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    auto days = store::days_for_report(db, options.range);
    auto timeline = analysis::build_timeline(days, options.range.from);
    auto report = analysis::build_recovery_report(timeline, store::recent_injury(db, ctx.today()));
    if (options.format == RecoveryFormat::json) {
        ctx.out << render::recovery_json(report, options.range).dump(2) << '\n';
    } else if (report.days == 0 && options.range.bounded() && store::count_entries(db) > 0) {
        ctx.out << "No entries in that range; 'sore list' shows the days you logged.\n";
    } else if (report.days == 0) {
        ctx.out << ctx.nothing_logged_yet();
    } else {
        render::print_recovery_text(ctx.out, report);
    }
    return 0;
}

} // namespace

extern const cli::Command recovery_command{
    .name = "recovery",
    .summary = "how long a session leaves you sore, and at which pressure",
    .usage = "sore recovery [--from DATE] [--to DATE] [--format F]",
    .about = "The days after your sessions: how far above your usual soreness each day after\n"
             "a session lies, how many days it takes to come back within a point of usual at\n"
             "each pressure, the soreness each pressure left, a pressure to start the\n"
             "conversation with your therapist, whether sessions leave less over the months,\n"
             "and sessions after which soreness stayed up longer than usual. Log the days\n"
             "after a session, and rest days too: they are what the figures are made of.",
    .example = "sore recovery --from -180d",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
