#include "exchange/export.hpp"

#include "cli/commands/commands.hpp"
#include "cli/output.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const ExportOptions& options) {
    Output output(ctx, options.output, "export"); // checks -o before any work
    auto& db = ctx.journal(store::Access::read);
    auto& out = output.stream();
    std::int64_t count = 0;
    switch (options.format) {
    case ExportFormat::csv:
        count = exchange::export_csv(db, options.filter, out);
        break;
    case ExportFormat::json:
        count = exchange::export_json(db, options.filter, out);
        break;
    case ExportFormat::fhir:
        count = exchange::export_fhir(db, options.filter, out);
        break;
    }
    output.commit();
    if (options.output.path) {
        ctx.out << fmt::format("Exported {} {} to {}.\n", count, count == 1 ? "entry" : "entries",
                               *options.output.path);
    }
    return 0;
}

} // namespace sore::cli::commands
