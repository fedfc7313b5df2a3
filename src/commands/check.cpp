// sore check: the journal's integrity, foreign keys and permissions.

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "store/entries.hpp"
#include "store/history.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <ostream>

namespace sore::commands {

namespace {

struct CheckOptions {};

void declare(cli::Spec& /*spec*/) {}

CheckOptions read(const cli::Parsed& /*args*/) {
    return {};
}

int run(cli::Context& ctx, const CheckOptions& /*options*/) {
    const auto& path = ctx.journal_path();
    if (!store::journal_exists(path)) {
        ctx.out << fmt::format("There is no journal at {} yet; the first 'sore log' creates it.\n",
                               path);
        return 0;
    }
    auto& db = ctx.journal(store::Access::read);
    auto problems = store::find_problems(db);
    ctx.out << fmt::format("journal       {}\n", path);
    ctx.out << fmt::format("schema level  {}\n", store::schema_level(db));
    ctx.out << fmt::format("entries       {}\n", store::count_entries(db));
    for (const auto& problem : problems) {
        ctx.out << "problem       " << problem << '\n';
    }
    // The history is checked even when something else failed: a change
    // removed outside sore shows as a broken link too, and this names it.
    std::optional<store::ChainBreak> broken;
    if (store::schema_level(db) >= store::history_level) {
        store::Transaction snapshot(db, store::Transaction::Kind::read);
        broken = store::verify_chain(db);
        if (broken) {
            ctx.out << fmt::format("history       change {} does not match: {}\n", broken->change,
                                   broken->why);
        }
    }
    if (!problems.empty()) {
        throw Error(fmt::format("the journal {} failed its check with {} problem(s); restore a "
                                "backup made with 'sore backup'",
                                path, problems.size()));
    }
    ctx.out << "integrity     ok\nforeign keys  ok\n";
    if (broken) {
        throw Error(fmt::format("the journal's history was changed outside sore: change {} is "
                                "the first that no longer matches ({}); what it and later "
                                "changes say cannot be trusted, and undo is refused",
                                broken->change, broken->why));
    }
    if (store::schema_level(db) >= store::history_level) {
        auto count = store::all_changes(db, false).size();
        ctx.out << fmt::format("history       {}, each matching the one before\n",
                               util::count(count, "change", "changes"));
    }
    // Health data: say so when others may read it, but it is not damage.
    namespace fs = std::filesystem;
    auto perms = fs::status(path).permissions();
    auto mode = static_cast<unsigned>(perms) & 0777U;
    if ((perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
        ctx.out << fmt::format("permissions   {:04o}: other users can read it; 'chmod 600 {}' "
                               "makes it yours only\n",
                               mode, path);
    } else {
        ctx.out << fmt::format("permissions   {:04o}, yours only\n", mode);
    }
    return 0;
}

} // namespace

extern const cli::Command check_command{
    .name = "check",
    .summary = "check the journal's integrity",
    .usage = "sore check",
    .about = "Check the journal's integrity, its foreign keys and its history (each change\n"
             "holds the SHA-256 of the one before, so a change altered, removed or inserted\n"
             "outside sore shows); exit 1 if a problem is found.",
    .example = "sore check",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
