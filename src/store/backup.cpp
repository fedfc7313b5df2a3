#include "store/backup.hpp"

#include "store/entries.hpp"
#include "util/atomic_file.hpp"

#include <array>

namespace sore::store {

std::optional<std::int64_t> backup(Database& source, const std::string& target, bool replace) {
    using util::AtomicFile;
    // SQLite writes the copy by name, so the file needs one while it grows,
    // and keeps its rollback journal, or its WAL while the mode changes,
    // beside it.
    static constexpr std::array<const char*, 3> beside{"-journal", "-wal", "-shm"};
    AtomicFile file(target, replace ? AtomicFile::Replace::yes : AtomicFile::Replace::no,
                    AtomicFile::Named::yes, beside);
    std::int64_t entries = 0;
    {
        Database copy(file.temp_path(), Database::Mode::read_write);
        Backup(copy, source).copy_all();
        copy.exec("PRAGMA journal_mode = DELETE");
        entries = count_entries(copy);
    }
    if (!file.commit()) {
        return std::nullopt;
    }
    return entries;
}

} // namespace sore::store
