// sore list [--from D] [--to D] [--last N] [--tag T] [--format F]: entries,
// oldest first.

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "formats/csv.hpp"
#include "formats/json.hpp"
#include "journal/values.hpp"
#include "render/entries.hpp"
#include "store/entries.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class ListFormat { table, csv, json };
constexpr std::array<std::string_view, 3> list_formats{"table", "csv", "json"};
constexpr long long max_last = 1'000'000'000;

struct ListOptions {
    store::EntryFilter filter;
    ListFormat format = ListFormat::table;
    bool wide = false; // every column, whatever the terminal's width
};

void declare(cli::Spec& spec) {
    cli::declare_range(spec);
    spec.option("last", "N", "only the N most recent entries")
        .option("tag", "T", "only entries with this tag")
        .option("site", "SITE",
                "only entries that name this body site (any side), or SITE:SIDE (that side)")
        .option("format", "F", "table (default), csv or json")
        .flag("wide", "every column and the whole note, however wide the terminal");
}

ListOptions read(const cli::Parsed& args) {
    ListOptions o;
    o.filter.range = cli::read_range(args);
    if (auto last = args.text("last")) {
        o.filter.last = journal::parse_whole("--last", *last, 1, max_last);
    }
    if (auto tag = args.text("tag")) {
        o.filter.tag = journal::parse_tag("--tag", *tag);
    }
    if (auto site = args.text("site")) {
        o.filter.site = journal::parse_site_key("--site", *site);
        o.filter.any_side = site->find(':') == std::string::npos;
    }
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<ListFormat>("--format", *format, list_formats);
    }
    o.wide = args.flag("wide");
    return o;
}

int run(cli::Context& ctx, const ListOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    switch (options.format) {
    case ListFormat::csv:
        formats::write_entry_csv_header(ctx.out);
        store::for_each_entry(db, options.filter, [&](const journal::Entry& e) {
            formats::write_entry_csv_row(ctx.out, e);
        });
        break;
    case ListFormat::json: {
        auto all = nlohmann::ordered_json::array();
        store::for_each_entry(db, options.filter, [&](const journal::Entry& e) {
            all.push_back(formats::entry_json(e));
        });
        ctx.out << formats::dump(all, 2) << '\n';
        break;
    }
    case ListFormat::table: {
        auto entries = store::list_entries(db, options.filter);
        if (entries.empty()) {
            bool filtered =
                options.filter.range.bounded() || options.filter.tag || options.filter.site;
            ctx.out << (filtered && ctx.journal_exists() ? "No entries match.\n"
                                                         : ctx.nothing_logged_yet());
            break;
        }
        render::print_entry_table(ctx.out, entries, ctx.color(),
                                  options.wide ? std::nullopt : ctx.table_width());
        break;
    }
    }
    return 0;
}

} // namespace

extern const cli::Command list_command{
    .name = "list",
    .summary = "show entries, oldest first",
    .usage = "sore list [--from DATE] [--to DATE] [--last N] [--tag T] [--site SITE] "
             "[--format F] [--wide]",
    .about = "Show entries, oldest first. On a terminal the table fits its width (COLUMNS,\n"
             "if set): the note is cut with '…', headers are shortened, and the least needed\n"
             "columns may be left out; --wide shows everything, as piped output does.",
    .example = "sore list --from -14d --format csv",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
