#include "store/journal_file.hpp"

#include "error.hpp"
#include "store/migrations.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <system_error>

namespace fs = std::filesystem;

namespace sore::store {

namespace {

// Creates each missing folder on the way with owner-only permissions.
void make_private_folders(const fs::path& folder) {
    if (folder.empty() || fs::exists(folder)) {
        return;
    }
    make_private_folders(folder.parent_path());
    std::error_code ec;
    fs::create_directory(folder, ec);
    if (ec) {
        throw Error(fmt::format("cannot create the folder {}: {}", folder.string(), ec.message()));
    }
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
}

void prepare(Database& db, bool in_memory) {
    db.exec("PRAGMA foreign_keys = ON");
    check_compatible(db); // before anything can write to a file we may not own
    if (!in_memory) {
        db.exec("PRAGMA journal_mode = WAL");
    }
    migrate(db);
}

} // namespace

Database open_journal(const std::string& path, Access access) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        throw UsageError(fmt::format(
            "journal path '{}' is a folder; expected the path of a journal file", path));
    }
    bool exists = fs::exists(path, ec);
    if (access == Access::read && !exists) {
        return open_memory_journal();
    }
    if (!exists) {
        make_private_folders(fs::absolute(path).parent_path());
    }
    Database db(path, exists ? Database::Mode::read_write : Database::Mode::read_write_create);
    prepare(db, false);
    if (!exists) { // the process umask should already give 0600; make sure
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace, ec);
    }
    return db;
}

Database open_memory_journal() {
    Database db(":memory:", Database::Mode::read_write_create);
    prepare(db, true);
    return db;
}

} // namespace sore::store
