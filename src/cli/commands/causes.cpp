#include "analysis/causes.hpp"

#include "cli/commands/commands.hpp"
#include "render/causes.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"

#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const CausesOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    analysis::CausesTally tally;
    store::for_each_observation(db, options.from, options.to,
                                [&](const analysis::Observation& row) { tally.add(row); });
    auto report = tally.report();
    render::Range range{options.from, options.to};
    if (options.format == CausesFormat::json) {
        ctx.out << render::causes_json(report, range).dump(2) << '\n';
    } else if (report.entries == 0 && (options.from || options.to) &&
               store::count_entries(db) > 0) {
        ctx.out << "No entries in that range; 'sore list' shows the days you logged.\n";
    } else if (report.entries == 0) {
        ctx.out << "No entries yet. Add one with: sore log --soreness N\n";
    } else {
        render::print_causes_text(ctx.out, report, range, ctx.color());
    }
    return 0;
}

} // namespace sore::cli::commands
