#include "error.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "store/migrations.hpp"
#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>

using namespace sore::store;
namespace fs = std::filesystem;

namespace {

fs::perms permissions_of(const fs::path& path) {
    return fs::status(path).permissions() & fs::perms::mask;
}

std::string text_pragma(Database& db, const char* sql) {
    Statement stmt(db, sql);
    EXPECT_TRUE(stmt.step());
    return stmt.get_text(0);
}

} // namespace

TEST(OpenJournal, CreatesPrivateFoldersAndFile) {
    sore::test::TempDir dir;
    auto path = dir.path() / "a" / "b" / "journal.db";
    {
        auto db = open_journal(path.string(), Access::write);
        EXPECT_EQ(schema_level(db), known_schema_level());
        EXPECT_EQ(text_pragma(db, "PRAGMA journal_mode"), "wal");
    }
    EXPECT_TRUE(fs::is_regular_file(path));
    EXPECT_EQ(permissions_of(path), fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(permissions_of(dir.path() / "a"), fs::perms::owner_all);
    EXPECT_EQ(permissions_of(dir.path() / "a" / "b"), fs::perms::owner_all);
}

TEST(OpenJournal, AJournalMadeToFillWaitsForWalAndAnExistingOneHasIt) {
    sore::test::TempDir dir;
    auto path = dir.file("journal.db");
    Found found{};
    {
        auto db = open_journal(path, Access::fill, &found);
        EXPECT_EQ(found, Found::new_journal);
        EXPECT_EQ(text_pragma(db, "PRAGMA journal_mode"), "delete");
        use_wal(db);
        EXPECT_EQ(text_pragma(db, "PRAGMA journal_mode"), "wal");
    }
    { // a journal left in the rollback mode (a killed import) gets WAL on opening
        Database db(path, Database::Mode::read_write);
        db.exec("PRAGMA journal_mode = DELETE");
    }
    auto db = open_journal(path, Access::fill, &found);
    EXPECT_EQ(found, Found::journal);
    EXPECT_EQ(text_pragma(db, "PRAGMA journal_mode"), "wal");
}

TEST(OpenJournal, KeepsEntriesBetweenOpenings) {
    sore::test::TempDir dir;
    auto path = dir.file("journal.db");
    std::int64_t id = 0;
    {
        auto db = open_journal(path, Access::write);
        sore::journal::Entry e;
        e.date = sore::test::on("2026-11-20");
        e.soreness = 6;
        e.note = "kept";
        insert_entry(db, e);
        id = e.id;
    }
    auto db = open_journal(path, Access::read);
    auto found = find_entry(db, id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->soreness, 6);
    EXPECT_EQ(found->note, "kept");
}

TEST(OpenJournal, ANewJournalHas16KiBPagesAndAnOlderOneKeepsItsOwn) {
    sore::test::TempDir dir;
    auto fresh = open_journal(dir.file("new.db"), Access::write);
    EXPECT_EQ(sore::test::scalar(fresh, "PRAGMA page_size"), 16384);

    auto older_path = dir.file("older.db");
    { // as sore made journals before
        Database older(older_path, Database::Mode::read_write_create);
        older.exec("PRAGMA page_size = 4096");
        migrate(older);
    }
    auto older = open_journal(older_path, Access::write);
    EXPECT_EQ(sore::test::scalar(older, "PRAGMA page_size"), 4096);
    sore::journal::Entry e;
    e.date = sore::test::on("2026-11-20");
    e.soreness = 3;
    insert_entry(older, e);
    EXPECT_EQ(count_entries(older), 1);
}

TEST(OpenJournal, ReadingAMissingFileCreatesNothing) {
    sore::test::TempDir dir;
    auto path = dir.path() / "missing" / "journal.db";
    auto db = open_journal(path.string(), Access::read);
    EXPECT_EQ(count_entries(db), 0);
    EXPECT_EQ(schema_level(db), known_schema_level());
    EXPECT_FALSE(fs::exists(path));
    EXPECT_FALSE(fs::exists(dir.path() / "missing"));
}

TEST(OpenJournal, AFolderIsNotAJournal) {
    sore::test::TempDir dir;
    EXPECT_THROW(open_journal(dir.path().string(), Access::write), sore::UsageError);
}

TEST(OpenJournal, AFileThatIsNotSqliteIsRefused) {
    sore::test::TempDir dir;
    auto path = dir.file("notes.txt");
    {
        std::ofstream out(path);
        out << "this is a shopping list, not a database, and it is long enough to have a header\n";
    }
    EXPECT_THROW(open_journal(path, Access::write), sore::Error);
}

TEST(OpenMemoryJournal, EachIsIndependent) {
    auto first = open_memory_journal();
    auto second = open_memory_journal();
    sore::journal::Entry e;
    e.date = sore::test::on("2026-11-20");
    e.soreness = 1;
    insert_entry(first, e);
    EXPECT_EQ(count_entries(first), 1);
    EXPECT_EQ(count_entries(second), 0);
    EXPECT_EQ(first.path(), ":memory:");
}
