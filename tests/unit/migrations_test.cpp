#include "embedded.hpp"
#include "error.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/integrity.hpp"
#include "store/journal_file.hpp"
#include "store/migrations.hpp"
#include "support.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <vector>

using namespace sore::store;
using sore::test::scalar;
using sore::test::scratch;

namespace {

std::vector<std::string> tables(Database& db) {
    std::vector<std::string> names;
    Statement stmt(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (stmt.step()) {
        names.push_back(stmt.get_text(0));
    }
    return names;
}

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void set_user_version(Database& db, int level) {
    db.exec("PRAGMA user_version = " + std::to_string(level));
}

sore::journal::Entry sample() {
    sore::journal::Entry e;
    e.date = sore::test::on("2026-11-20");
    e.soreness = 4;
    e.tags = {"hip"};
    return e;
}

} // namespace

TEST(Migrations, KnowsEverySchemaFileInOrder) {
    namespace fs = std::filesystem;
    std::vector<std::string> on_disk;
    for (const auto& file :
         fs::directory_iterator(fs::path(SORE_TEST_DATA) / ".." / ".." / "schema")) {
        if (file.path().extension() == ".sql") {
            on_disk.push_back(file.path().filename().string());
        }
    }
    std::sort(on_disk.begin(), on_disk.end());
    ASSERT_GE(on_disk.size(), 2U);
    EXPECT_EQ(known_schema_level(), static_cast<int>(on_disk.size()));
    auto embedded = sore::schema_files();
    ASSERT_EQ(embedded.size(), on_disk.size());
    for (std::size_t i = 0; i < on_disk.size(); ++i) {
        EXPECT_EQ(embedded[i].name, on_disk[i]);
        EXPECT_TRUE(on_disk[i].starts_with(fmt::format("{:03}_", i + 1))) << on_disk[i];
        EXPECT_FALSE(embedded[i].text.empty()) << on_disk[i];
    }
}

TEST(Migrations, FreshDatabaseReachesTheKnownLevel) {
    auto db = scratch();
    EXPECT_EQ(schema_level(db), 0);
    EXPECT_NO_THROW(check_compatible(db));
    migrate(db);
    EXPECT_EQ(schema_level(db), known_schema_level());
    auto names = tables(db);
    EXPECT_NE(std::find(names.begin(), names.end(), "entry"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "entry_tag"), names.end());
    EXPECT_EQ(scalar(db, "PRAGMA application_id"), 0x736f7265);
}

TEST(Migrations, MemoryJournalIsMigratedWithForeignKeysOn) {
    auto db = open_memory_journal();
    EXPECT_EQ(schema_level(db), known_schema_level());
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(count_entries(db), 0);
}

TEST(Migrations, MigratingTwiceIsANoOp) {
    auto db = open_memory_journal();
    auto entry = sample();
    insert_entry(db, entry);
    auto before = tables(db);
    migrate(db);
    migrate(db);
    EXPECT_EQ(schema_level(db), known_schema_level());
    EXPECT_EQ(tables(db), before);
    EXPECT_EQ(count_entries(db), 1);
    EXPECT_EQ(find_entry(db, entry.id)->tags, std::vector<std::string>{"hip"});
}

TEST(Migrations, RefusesAJournalFromANewerSore) {
    auto db = scratch();
    set_user_version(db, known_schema_level() + 1);
    try {
        check_compatible(db);
        FAIL() << "a newer journal was accepted";
    } catch (const sore::Error& e) {
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
    EXPECT_THROW(migrate(db), sore::Error);
    EXPECT_EQ(schema_level(db), known_schema_level() + 1);
    EXPECT_TRUE(tables(db).empty());
}

TEST(Migrations, RefusesAnotherProgramsDatabase) {
    auto db = scratch();
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    try {
        migrate(db);
        FAIL() << "a foreign database was migrated";
    } catch (const sore::Error& e) {
        EXPECT_NE(std::string(e.what()).find("not a sore journal"), std::string::npos) << e.what();
    }
    EXPECT_EQ(schema_level(db), 0);
    EXPECT_EQ(tables(db), std::vector<std::string>{"notes"});
}

TEST(Migrations, RefusesAForeignApplicationId) {
    auto db = scratch();
    db.exec("PRAGMA application_id = 42");
    EXPECT_THROW(check_compatible(db), sore::Error);
    EXPECT_THROW(migrate(db), sore::Error);
    EXPECT_TRUE(tables(db).empty());
}

TEST(Migrations, NewerJournalFileIsLeftUntouched) {
    sore::test::TempDir dir;
    auto path = dir.file("newer.db");
    {
        Database db(path, Database::Mode::read_write_create);
        db.exec("CREATE TABLE future (x); INSERT INTO future VALUES (1)");
        set_user_version(db, known_schema_level() + 5);
    }
    auto before = bytes_of(path);
    ASSERT_FALSE(before.empty());
    EXPECT_THROW(open_journal(path, Access::write), sore::Error);
    EXPECT_THROW(open_journal(path, Access::read), sore::Error);
    EXPECT_EQ(bytes_of(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    Database db(path, Database::Mode::read_only);
    EXPECT_EQ(schema_level(db), known_schema_level() + 5);
    EXPECT_EQ(tables(db), std::vector<std::string>{"future"});
}

TEST(Migrations, ForeignFileIsLeftUntouched) {
    sore::test::TempDir dir;
    auto path = dir.file("other.db");
    {
        Database db(path, Database::Mode::read_write_create);
        db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    }
    auto before = bytes_of(path);
    EXPECT_THROW(open_journal(path, Access::write), sore::Error);
    EXPECT_EQ(bytes_of(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(Migrations, TwoConnectionsOnOneFileAgree) {
    sore::test::TempDir dir;
    auto path = dir.file("shared.db");
    auto first = open_journal(path, Access::write);
    auto second = open_journal(path, Access::write);
    EXPECT_EQ(schema_level(first), known_schema_level());
    EXPECT_EQ(schema_level(second), known_schema_level());
    auto entry = sample();
    insert_entry(first, entry);
    EXPECT_EQ(count_entries(second), 1);
}

TEST(Integrity, SoundJournalHasNoProblems) {
    auto db = open_memory_journal();
    for (int i = 0; i < 3; ++i) {
        auto entry = sample();
        insert_entry(db, entry);
    }
    EXPECT_TRUE(find_problems(db).empty());
    db.exec("PRAGMA foreign_keys = OFF; DELETE FROM entry WHERE id = 2");
    EXPECT_EQ(find_problems(db).size(), 1u); // its tag is left behind
}

TEST(Integrity, ReportsATagWhoseEntryIsGone) {
    auto db = open_memory_journal();
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("INSERT INTO entry_tag (entry_id, tag) VALUES (99, 'orphan')");
    db.exec("PRAGMA foreign_keys = ON");
    auto problems = find_problems(db);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "tags refer to entry 99, which does not exist");
}

TEST(SchemaFiles, AreNumberedFromOneWithoutGaps) {
    // The level of a journal is the count of files applied, so a file out of
    // sequence would silently shift every later level.
    auto files = sore::schema_files();
    ASSERT_FALSE(files.empty());
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto number = std::to_string(i + 1);
        auto prefix = std::string(3 - std::min<std::size_t>(3, number.size()), '0') + number + "_";
        EXPECT_EQ(files[i].name.substr(0, 4), prefix) << files[i].name;
        EXPECT_TRUE(files[i].name.ends_with(".sql")) << files[i].name;
    }
}

// A journal written at level 1 keeps every entry, tag and the highest id
// ever given through the rebuild of level 2, and its rules still hold.
TEST(Migrations, Level2KeepsEntriesTagsAndIds) {
    auto db = scratch();
    db.exec("PRAGMA foreign_keys = ON");
    db.exec(std::string(sore::schema_files().front().text).c_str());
    set_user_version(db, 1);
    db.exec(R"(
        INSERT INTO entry (id, uuid, date, soreness, technique, side, created_at, updated_at)
        VALUES (1, 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '2026-11-01', 4, 'swedish', 'left',
                '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'),
               (7, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '2026-11-02', 6, 'none', NULL,
                '2026-11-02T10:00:00Z', '2026-11-02T10:00:00Z'),
               (9, 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', '2026-11-03', 1, NULL, NULL,
                '2026-11-03T10:00:00Z', '2026-11-03T10:00:00Z');
        INSERT INTO entry_tag VALUES (1, 'hip'), (1, 'work'), (7, 'rest');
        DELETE FROM entry WHERE id = 9;)");

    migrate(db);

    EXPECT_EQ(schema_level(db), known_schema_level());
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(count_entries(db), 2);
    EXPECT_EQ(find_entry(db, 1)->tags, (std::vector<std::string>{"hip", "work"}));
    EXPECT_EQ(find_entry(db, 7)->tags, std::vector<std::string>{"rest"});
    EXPECT_EQ(find_entry(db, 1)->technique, sore::journal::Technique::swedish);
    EXPECT_EQ(last_id_given(db), 9) << "a deleted id is never given again";
    auto next = sample();
    insert_entry(db, next);
    EXPECT_EQ(next.id, 10);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    Statement ok(db, "PRAGMA integrity_check");
    ASSERT_TRUE(ok.step());
    EXPECT_EQ(ok.get_text(0), "ok");
    // The rules written without IN lists refuse what they refused before.
    EXPECT_THROW(db.exec("UPDATE entry SET technique = 'shiatsu' WHERE id = 1"), sore::Error);
    EXPECT_THROW(db.exec("UPDATE entry SET side = 'middle' WHERE id = 1"), sore::Error);
    EXPECT_THROW(db.exec("UPDATE entry SET injury = 2 WHERE id = 1"), sore::Error);
    EXPECT_THROW(db.exec("UPDATE entry SET uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' "
                         "WHERE id = 1"),
                 sore::Error);
    EXPECT_NO_THROW(db.exec("UPDATE entry SET technique = 'myofascial', side = 'both' "
                            "WHERE id = 1"));
    // Deleting an entry still takes its tags with it.
    EXPECT_TRUE(remove_entry(db, 1));
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_tag WHERE entry_id = 1"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_tag"), 2); // 7's and 10's
}
