// sore export [--from D] [--to D] [--format csv|json|fhir] [-o FILE]
// [--force]: entries for a spreadsheet, a script or a clinic.

#include "exchange/export.hpp"

#include "cli/context.hpp"
#include "cli/output.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>
#include <ostream>

namespace sore::commands {

namespace {

enum class ExportFormat { csv, json, fhir };
constexpr std::array<std::string_view, 3> export_formats{"csv", "json", "fhir"};

struct ExportOptions {
    store::EntryFilter filter; // the range only
    ExportFormat format = ExportFormat::csv;
    cli::OutputFile output;
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("format", "F", "csv (default), json or fhir");
    cli::declare_output(spec, "the export");
}

ExportOptions read(const cli::Parsed& args) {
    ExportOptions o;
    o.filter.range = cli::read_range(args);
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<ExportFormat>("--format", *format, export_formats);
    }
    o.output = cli::read_output(args);
    return o;
}

int run(cli::Context& ctx, const ExportOptions& options) {
    cli::Output output(ctx, options.output, "export"); // checks -o before any work
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
        ctx.out << fmt::format("Exported {} to {}.\n",
                               util::count(static_cast<std::size_t>(count), "entry", "entries"),
                               *options.output.path);
    }
    return 0;
}

} // namespace

extern const cli::Command export_command{
    .name = "export",
    .summary = "write entries as CSV, JSON or FHIR",
    .usage = "sore export [--from DATE] [--to DATE] [--format F] [-o FILE] [--force]",
    .about = "Write entries, oldest first, for a spreadsheet (csv: RFC 4180, one entry a\n"
             "row), for scripts and backups (json: every field) or for a clinic's record\n"
             "system (fhir: an R4 Bundle of Observations). Text that a spreadsheet would\n"
             "run as a formula gets a leading apostrophe; import takes it off again.",
    .example = "sore export --from -90d -o soreness.csv",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
