// Options of the commands that share the journal: `sore export`,
// `sore import` and `sore report`.

#include "cli/options.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"

#include <array>

namespace sore::cli {

namespace {

constexpr std::array<std::string_view, 3> export_formats{"csv", "json", "fhir"};

void add_output_options(po::options_description& desc, std::string_view what) {
    auto add = desc.add_options();
    add("output,o", po::value<std::string>()->value_name("FILE"),
        fmt::format("write {} to FILE instead of standard output", what).c_str());
    add("force", po::bool_switch(), "replace FILE if it exists");
}

OutputFile read_output(const po::variables_map& vm, std::string_view command) {
    OutputFile output{text(vm, "output"), flag(vm, "force")};
    if (output.force && !output.path) {
        throw UsageError(
            fmt::format("{}: --force replaces the file of -o FILE; give -o FILE too", command));
    }
    return output;
}

Spec export_spec() {
    Spec s("export");
    add_range_options(s.visible);
    s.visible.add_options()("format", po::value<std::string>()->value_name("F"),
                            "csv (default), json or fhir");
    add_output_options(s.visible, "the export");
    return s;
}

Spec import_spec() {
    Spec s("import");
    auto add = s.visible.add_options();
    add("dry-run", po::bool_switch(), "say what would be added, and change nothing");
    add("replace", po::bool_switch(),
        "where an entry in the file has other values than the same entry here (same "
        "uuid), take the file's");
    s.hidden.add_options()("file", po::value<Args>());
    s.positional.add("file", -1);
    return s;
}

Spec report_spec() {
    Spec s("report");
    add_range_options(s.visible);
    add_output_options(s.visible, "the page");
    return s;
}

} // namespace

std::optional<ExportOptions> parse_export(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(export_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    ExportOptions o;
    read_range(vm, today, o.filter);
    if (auto format = text(vm, "format")) {
        o.format = parse_enum<ExportFormat>("--format", *format, export_formats);
    }
    o.output = read_output(vm, "export");
    return o;
}

std::optional<ImportOptions> parse_import(const Args& args, const TodayFn&) {
    auto parsed_vm = parse(import_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    auto file = one_argument(vm, "file", "import", "FILE");
    if (!file || file->empty()) {
        throw UsageError("import: a file is required, as in 'sore import soreness.csv'");
    }
    return ImportOptions{*file, flag(vm, "dry-run"), flag(vm, "replace")};
}

std::optional<ReportOptions> parse_report(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(report_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    store::EntryFilter range;
    read_range(vm, today, range);
    return ReportOptions{range.from, range.to, read_output(vm, "report")};
}

std::string help_export() {
    return help(export_spec(),
                "sore export [--from DATE] [--to DATE] [--format F] [-o FILE] [--force]",
                "Write entries, oldest first, for a spreadsheet (csv: RFC 4180, one entry a\n"
                "row), for scripts and backups (json: every field) or for a clinic's record\n"
                "system (fhir: an R4 Bundle of Observations). Text that a spreadsheet would\n"
                "run as a formula gets a leading apostrophe; import takes it off again.",
                "sore export --from -90d -o soreness.csv");
}

std::string help_import() {
    return help(import_spec(), "sore import FILE [--dry-run] [--replace]",
                "Add the entries of a CSV or JSON file made by 'sore export'. Every row is\n"
                "checked like 'sore log' input; one bad row stops the import and nothing is\n"
                "added. Entries are matched by uuid, so importing a file twice adds nothing.",
                "sore import soreness.csv --dry-run");
}

std::string help_report() {
    return help(report_spec(), "sore report [--from DATE] [--to DATE] [-o FILE] [--force]",
                "Write one self-contained HTML page to print or send to a physiotherapist or\n"
                "doctor: soreness over time as a chart, the weeks, the five causes, injuries\n"
                "and every entry. It covers --from to --to, or to today if that is earlier;\n"
                "without them, the last 8 weeks up to today, as 'sore week' shows them.",
                "sore report --from -8w -o for-my-physio.html");
}

} // namespace sore::cli
