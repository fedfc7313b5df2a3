#include "store/journal_file.hpp"

#include "error.hpp"
#include "store/migrations.hpp"
#include "util/signals.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <system_error>
#include <thread>
#include <unistd.h>

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

} // namespace

// SQLite does not call the busy handler for this switch, so a second process
// opening a new journal at the same moment would fail at once; retry instead.
void use_wal(Database& db) {
    using namespace std::chrono_literals;
    auto deadline = std::chrono::steady_clock::now() + 5s;
    while (true) {
        auto error = db.try_exec("PRAGMA journal_mode = WAL");
        if (!error) {
            return;
        }
        auto code = error->code();
        bool busy = code == SqliteError::Code::busy || code == SqliteError::Code::locked;
        if (!busy || std::chrono::steady_clock::now() > deadline) {
            throw SqliteError(*error);
        }
        std::this_thread::sleep_for(10ms);
    }
}

bool journal_exists(const std::string& path) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
        // Never mistake a journal we may not see for an empty one.
        throw Error(fmt::format("cannot reach the journal {}: {}", path, ec.message()));
    }
    if (status.type() == fs::file_type::directory) {
        throw UsageError(fmt::format(
            "journal path '{}' is a folder; expected the path of a journal file", path));
    }
    if (fs::exists(status) && status.type() != fs::file_type::regular) {
        // SQLite would take /dev/null for an empty journal and leave
        // /dev/null-journal behind.
        throw UsageError(fmt::format(
            "journal path '{}' is not a regular file; expected the path of a journal file", path));
    }
    return fs::exists(status);
}

Database open_journal(const std::string& path, Access access, Found* found) {
    Found ignored{};
    found = found != nullptr ? found : &ignored;
    std::error_code ec;
    bool exists = journal_exists(path);
    *found = exists ? Found::journal : Found::nothing;
    bool creates = access == Access::write || access == Access::fill;
    if (!creates && !exists) {
        return open_memory_journal();
    }
    if (exists && ::access(path.c_str(), R_OK) != 0) {
        // SQLite would say only "unable to open database file".
        throw Error(fmt::format("cannot read the journal {}: {}", path, std::strerror(errno)));
    }
    if (access != Access::read && exists && ::access(path.c_str(), W_OK) != 0) {
        // Left to SQLite, this is found only after reading the schema has
        // made a -wal and a read-only -shm, which then block every write.
        throw Error(fmt::format("cannot write to the journal {}: {}", path, std::strerror(errno)));
    }
    if (access == Access::read) {
        // A writable connection, when allowed, removes the -wal and -shm
        // files as it closes. In a folder or a file we cannot write to and
        // with no -wal file, the journal is whole in its file and cannot
        // take new commits from us: read it as immutable, the only way
        // SQLite can without leaving a -wal and a read-only -shm (which
        // would block writes once the file is writable again).
        auto folder = fs::absolute(path).parent_path();
        bool folder_writable = ::access(folder.c_str(), W_OK) == 0;
        bool file_writable = ::access(path.c_str(), W_OK) == 0;
        bool has_wal = fs::exists(path + "-wal", ec);
        auto mode = Database::Mode::read_only;
        if ((!folder_writable || !file_writable) && !has_wal) {
            mode = Database::Mode::immutable;
        } else if (folder_writable && file_writable) {
            mode = Database::Mode::read_write;
        }
        Database db(path, mode);
        db.exec("PRAGMA foreign_keys = ON");
        if (is_current(db)) {
            return db;
        }
        // An older level: upgrade it through a writable connection below.
    }
    if (!exists) {
        auto folder = fs::absolute(path).parent_path();
        make_private_folders(folder);
        if (::access(folder.c_str(), W_OK | X_OK) != 0) {
            throw Error(
                fmt::format("cannot create the journal {}: {}", path, std::strerror(errno)));
        }
    }
    Database db(path, exists ? Database::Mode::read_write : Database::Mode::read_write_create);
    db.exec("PRAGMA foreign_keys = ON");
    if (!exists) {
        // Before the first table: 16 KiB pages take a quarter of the
        // writes, b-tree splits and WAL frames of SQLite's 4 KiB for a large
        // import, for a few more KiB written by each small command.
        db.exec("PRAGMA page_size = 16384");
    }
    bool made = false;
    if (!is_current(db)) { // checked before anything is written
        made = migrate(db);
    }
    *found = made ? Found::new_journal : Found::journal;
    if (!made || access != Access::fill) {
        use_wal(db);
    }
    if (!exists) { // the process umask should already give 0600; make sure
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace, ec);
    }
    return db;
}

Error explain(const SqliteError& error) {
    using Code = SqliteError::Code;
    const auto& path = error.path();
    switch (error.code()) {
    case Code::not_a_database:
        return Error(fmt::format("{} is not a sore journal: {}", path, error.message()));
    case Code::read_only:
    case Code::permission:
        return Error(fmt::format("cannot write to the journal {}: {}", path, error.message()));
    case Code::full:
        return Error(
            fmt::format("the disk is full: the journal {} cannot grow; nothing was changed", path));
    case Code::io:
        if (util::file_size_limit_reached()) {
            return Error(fmt::format("a file is too large: the journal {} cannot grow past the "
                                     "file size limit (ulimit -f); nothing was changed",
                                     path));
        }
        return Error(fmt::format("cannot use the journal {}: {}", path, error.message()));
    case Code::cant_open:
        return Error(fmt::format("cannot open the journal {}: {}", path, error.message()));
    case Code::busy:
    case Code::locked:
        return Error(
            fmt::format("the journal {} stayed locked by another program; try again", path));
    case Code::constraint:
    case Code::other:
        break;
    }
    return Error(fmt::format("journal {}: {}", path, error.message()));
}

Database open_memory_journal() {
    Database db(":memory:", Database::Mode::read_write_create);
    db.exec("PRAGMA foreign_keys = ON");
    migrate(db);
    return db;
}

} // namespace sore::store
