#include "cli/commands/commands.hpp"
#include "cli/entry_fields.hpp"
#include "render/entries.hpp"

#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const ShowOptions& options) {
    auto entry = existing_entry(ctx.journal(store::Access::read), options.id);
    if (options.format == ShowFormat::json) {
        ctx.out << render::entry_json(entry).dump(2, ' ', false,
                                                  nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
    } else {
        render::print_entry_details(ctx.out, entry, ctx.color());
    }
    return 0;
}

} // namespace sore::cli::commands
