#include "cli/commands/commands.hpp"
#include "render/entries.hpp"
#include "store/entries.hpp"

#include <ostream>

namespace sore::cli::commands {

int run(Context& ctx, const ListOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    switch (options.format) {
    case ListFormat::csv:
        render::print_csv_header(ctx.out);
        store::for_each_entry(db, options.filter,
                              [&](const journal::Entry& e) { render::print_csv_row(ctx.out, e); });
        break;
    case ListFormat::json: {
        auto all = nlohmann::ordered_json::array();
        store::for_each_entry(db, options.filter, [&](const journal::Entry& e) {
            all.push_back(render::entry_json(e));
        });
        ctx.out << all.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
        break;
    }
    case ListFormat::table: {
        auto entries = store::list_entries(db, options.filter);
        if (entries.empty()) {
            bool filtered = options.filter.from || options.filter.to || options.filter.tag;
            ctx.out << (filtered ? "No entries match.\n"
                                 : "No entries yet. Add one with: sore log --soreness N\n");
            break;
        }
        render::print_entry_table(ctx.out, entries, ctx.color());
        break;
    }
    }
    return 0;
}

} // namespace sore::cli::commands
