#include "store/backup.hpp"

#include "cli/commands/commands.hpp"
#include "error.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace fs = std::filesystem;

namespace sore::cli::commands {

int run(Context& ctx, const BackupOptions& options) {
    std::error_code ec;
    fs::path target = options.file;
    if (fs::is_directory(target, ec)) {
        throw UsageError(
            fmt::format("backup: '{}' is a folder; expected a file name", options.file));
    }
    if (fs::exists(target, ec) && !options.force) {
        throw UsageError(
            fmt::format("backup: '{}' already exists; use --force to replace it", options.file));
    }
    auto folder = fs::absolute(target).parent_path();
    if (!fs::is_directory(folder, ec)) {
        throw UsageError(fmt::format("backup: the folder '{}' does not exist; expected a file in "
                                     "an existing folder",
                                     folder.string()));
    }
    const auto& path = ctx.journal_path();
    if (!store::journal_exists(path)) {
        throw Error(fmt::format("there is no journal at {} to back up", path));
    }
    if (fs::equivalent(path, target, ec)) {
        throw UsageError("backup: the backup cannot replace the journal itself");
    }
    auto& db = ctx.journal(store::Access::read);
    auto entries = store::backup(db, options.file);
    ctx.out << fmt::format("Backed up {} {} to {}.\n", entries, entries == 1 ? "entry" : "entries",
                           options.file);
    return 0;
}

} // namespace sore::cli::commands
