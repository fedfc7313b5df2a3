// sore backup FILE [--force]: a copy of the journal, safely, while in use.

#include "store/backup.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace fs = std::filesystem;

namespace sore::commands {

namespace {

struct BackupOptions {
    std::string file;
    bool force = false;
};

void declare(cli::Spec& spec) {
    spec.flag("force", "replace FILE if it exists").words("file");
}

BackupOptions read(const cli::Parsed& args) {
    auto file = args.one_word("file", "FILE");
    if (!file || file->empty()) {
        throw UsageError("backup: a destination file is required, as in 'sore backup "
                         "journal-copy.db'");
    }
    return {*file, args.flag("force")};
}

[[noreturn]] void exists(const std::string& file) {
    throw UsageError(fmt::format("backup: '{}' already exists; use --force to replace it", file));
}

int run(cli::Context& ctx, const BackupOptions& options) {
    std::error_code ec;
    fs::path target = options.file;
    if (fs::is_directory(target, ec)) {
        throw UsageError(
            fmt::format("backup: '{}' is a folder; expected a file name", options.file));
    }
    if (auto status = fs::status(target, ec); fs::exists(status) && !fs::is_regular_file(status)) {
        throw UsageError(
            fmt::format("backup: '{}' is not a regular file; expected a file name", options.file));
    }
    if (fs::exists(target, ec) && !options.force) {
        exists(options.file);
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
    auto entries = store::backup(ctx.journal(store::Access::read), options.file, options.force);
    if (!entries) {
        exists(options.file); // it appeared while the copy was made
    }
    ctx.out << fmt::format("Backed up {} to {}.\n",
                           util::count(static_cast<std::size_t>(*entries), "entry", "entries"),
                           options.file);
    return 0;
}

} // namespace

extern const cli::Command backup_command{
    .name = "backup",
    .summary = "copy the journal to a file, safely, while in use",
    .usage = "sore backup FILE [--force]",
    .about = "Copy the journal to FILE while it stays usable; FILE is created readable by\n"
             "you only.",
    .example = "sore backup ~/sore-backup.db",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
