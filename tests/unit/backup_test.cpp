#include "error.hpp"
#include "journal/entry.hpp"
#include "store/backup.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>

using namespace sore::store;
namespace fs = std::filesystem;

namespace {

void add(Database& db, const std::string& date, int soreness, std::vector<std::string> tags = {}) {
    sore::journal::Entry e;
    e.date = sore::test::on(date);
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

    EXPECT_EQ(backup(source, target, false), 2);

    EXPECT_EQ(fs::status(target).permissions() & fs::perms::mask,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_FALSE(fs::exists(target + "-wal"));
    Database copy(target, Database::Mode::read_only);
    EXPECT_EQ(journal_mode(copy), "delete");
    auto entries = list_entries(copy, {});
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(sore::test::iso(entries[0].date), "2026-11-20");
    EXPECT_EQ(entries[0].tags, std::vector<std::string>{"hip"});
    EXPECT_EQ(entries[1].soreness, 7);
}

TEST(Backup, LeavesNoTemporaryFilesBehind) {
    sore::test::TempDir dir;
    auto source = open_memory_journal();
    add(source, "2026-11-20", 3);
    backup(source, dir.file("copy.db"), false);
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(dir.path())) {
        names.push_back(item.path().filename().string());
    }
    EXPECT_EQ(names, std::vector<std::string>{"copy.db"});
}

TEST(Backup, AnUnwritableFolderIsAnErrorAndWritesNothing) {
    sore::test::TempDir dir;
    auto source = open_memory_journal();
    EXPECT_THROW(backup(source, dir.file("no/such/folder/copy.db"), false), sore::Error);
    EXPECT_FALSE(fs::exists(dir.path() / "no"));
}

TEST(Backup, ReplacesAnExistingFileOnlyWhenAsked) {
    sore::test::TempDir dir;
    auto source = open_memory_journal();
    add(source, "2026-11-20", 3);
    auto target = dir.file("copy.db");
    {
        std::ofstream old(target);
        old << "an older copy";
    }
    EXPECT_EQ(backup(source, target, false), std::nullopt);
    std::ifstream kept(target);
    std::string text((std::istreambuf_iterator<char>(kept)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, "an older copy");

    EXPECT_EQ(backup(source, target, true), 1);
    Database copy(target, Database::Mode::read_only);
    EXPECT_EQ(list_entries(copy, {}).size(), 1u);
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(dir.path())) {
        names.push_back(item.path().filename().string());
    }
    EXPECT_EQ(names, std::vector<std::string>{"copy.db"});
}
