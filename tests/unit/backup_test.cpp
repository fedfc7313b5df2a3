#include "error.hpp"
#include "journal/entry.hpp"
#include "store/backup.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>

using namespace sore::store;
namespace fs = std::filesystem;

namespace {

void add(Database& db, const std::string& date, int soreness, std::vector<std::string> tags = {}) {
    sore::journal::Entry e;
    e.date = date;
    e.soreness = soreness;
    e.tags = std::move(tags);
    insert_entry(db, e);
}

std::string journal_mode(Database& db) {
    Statement stmt(db, "PRAGMA journal_mode");
    EXPECT_TRUE(stmt.step());
    return stmt.get_text(0);
}

} // namespace

TEST(Backup, CopiesEveryEntryIntoAPrivateSelfContainedFile) {
    sore::test::TempDir dir;
    auto source = open_journal(dir.file("journal.db"), Access::write);
    add(source, "2026-11-20", 3, {"hip"});
    add(source, "2026-11-21", 7);
    auto target = dir.file("copy.db");

    EXPECT_EQ(backup(source, target), 2);

    EXPECT_EQ(fs::status(target).permissions() & fs::perms::mask,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_FALSE(fs::exists(target + "-wal"));
    Database copy(target, Database::Mode::read_only);
    EXPECT_EQ(journal_mode(copy), "delete");
    auto entries = list_entries(copy, {});
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].date, "2026-11-20");
    EXPECT_EQ(entries[0].tags, std::vector<std::string>{"hip"});
    EXPECT_EQ(entries[1].soreness, 7);
}

TEST(Backup, LeavesNoTemporaryFilesBehind) {
    sore::test::TempDir dir;
    auto source = open_memory_journal();
    add(source, "2026-11-20", 3);
    backup(source, dir.file("copy.db"));
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(dir.path())) {
        names.push_back(item.path().filename().string());
    }
    EXPECT_EQ(names, std::vector<std::string>{"copy.db"});
}

TEST(Backup, AnUnwritableFolderIsAnErrorAndWritesNothing) {
    sore::test::TempDir dir;
    auto source = open_memory_journal();
    EXPECT_THROW(backup(source, dir.file("no/such/folder/copy.db")), sore::Error);
    EXPECT_FALSE(fs::exists(dir.path() / "no"));
}
