#include "store/backup.hpp"

#include "error.hpp"
#include "store/entries.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

namespace sore::store {

namespace {

// Removes the temporary file unless the backup completed.
class TempFile {
public:
    explicit TempFile(const std::string& target) : path_(target + ".tmp-XXXXXX") {
        int fd = mkstemp(path_.data()); // mode 0600
        if (fd < 0) {
            throw Error(
                fmt::format("cannot create a file beside {}: {}", target, std::strerror(errno)));
        }
        close(fd);
    }
    ~TempFile() {
        if (!kept_) {
            (void)std::remove(path_.c_str()); // best effort: the command is failing already
        }
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }
    void keep() { kept_ = true; }

private:
    std::string path_;
    bool kept_ = false;
};

// Copies every page of `source` into `target` in one step of SQLite's
// backup API.
void copy_pages(Database& source, Database& target) {
    sqlite3_backup* job = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (job == nullptr) {
        target.check(sqlite3_errcode(target.handle()));
    }
    int rc = sqlite3_backup_step(job, -1);
    sqlite3_backup_finish(job);
    if (rc != SQLITE_DONE) {
        target.check(rc);
        throw Error(
            fmt::format("the copy of the journal to {} stopped before the end", target.path()));
    }
}

} // namespace

std::int64_t backup(Database& source, const std::string& target) {
    TempFile temp(target);
    std::int64_t entries = 0;
    {
        Database copy(temp.path(), Database::Mode::read_write);
        copy_pages(source, copy);
        copy.exec("PRAGMA journal_mode = DELETE");
        entries = count_entries(copy);
    }
    if (std::rename(temp.path().c_str(), target.c_str()) != 0) {
        throw Error(fmt::format("cannot write the backup {}: {}", target, std::strerror(errno)));
    }
    temp.keep();
    return entries;
}

} // namespace sore::store
