// sore show ID [--format text|json]: one entry, every field.

#include "cli/context.hpp"
#include "cli/entry_fields.hpp"
#include "cli/parsing.hpp"
#include "formats/json.hpp"
#include "render/entries.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class ShowFormat { text, json };
constexpr std::array<std::string_view, 2> show_formats{"text", "json"};

struct ShowOptions {
    std::int64_t id = 0;
    ShowFormat format = ShowFormat::text;
};

void declare(cli::Spec& spec) {
    spec.option("format", "F", "text (default) or json").words("id");
}

ShowOptions read(const cli::Parsed& args) {
    ShowOptions o{cli::read_entry_id(args)};
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<ShowFormat>("--format", *format, show_formats);
    }
    return o;
}

int run(cli::Context& ctx, const ShowOptions& options) {
    auto entry = cli::existing_entry(ctx, ctx.journal(store::Access::read), options.id);
    if (options.format == ShowFormat::json) {
        ctx.out << formats::dump(formats::entry_json(entry), 2) << '\n';
    } else {
        render::print_entry_details(ctx.out, entry, ctx.color());
    }
    return 0;
}

} // namespace

extern const cli::Command show_command{
    .name = "show",
    .summary = "show every field of one entry",
    .usage = "sore show ID [--format text|json]",
    .about = "Show every field of one entry.",
    .example = "sore show 3",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
