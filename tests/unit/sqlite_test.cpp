#include "error.hpp"
#include "store/journal_file.hpp"
#include "store/sqlite.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <optional>
#include <source_location>
#include <string>

using namespace sore::store;
using sore::test::scalar;
using sore::test::scratch;

namespace {

// A valid uuid not used before, so that only the column under test can fail.
std::string fresh_uuid() {
    static int next = 0;
    auto digits = std::to_string(++next);
    return "0b5ec0de-0000-4000-8000-" + std::string(12 - digits.size(), '0') + digits;
}

// One raw row for the entry table; each test spoils one column.
struct Row {
    std::optional<std::string> uuid = fresh_uuid();
    std::optional<std::string> date = "2026-11-20";
    std::optional<std::string> time;
    std::optional<std::int64_t> soreness = 5;
    std::optional<std::int64_t> during;
    std::optional<std::int64_t> sitting_min;
    std::optional<std::int64_t> pressure;
    std::optional<std::string> technique;
    std::optional<std::int64_t> injury = 0;
    std::optional<std::string> side;
};

void insert(Database& db, const Row& r) {
    Statement stmt(db, R"(
        INSERT INTO entry (uuid, date, time, soreness, during, sitting_min, pressure, technique,
                           injury, side, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'now', 'now'))");
    stmt.bind(1, r.uuid)
        .bind(2, r.date)
        .bind(3, r.time)
        .bind(4, r.soreness)
        .bind(5, r.during)
        .bind(6, r.sitting_min)
        .bind(7, r.pressure)
        .bind(8, r.technique)
        .bind(9, r.injury)
        .bind(10, r.side);
    stmt.run();
}

} // namespace

TEST(Statement, BindsAndReadsValues) {
    auto db = scratch();
    db.exec("CREATE TABLE t (i INTEGER, s TEXT)");
    Statement add(db, "INSERT INTO t VALUES (?1, ?2)");
    add.bind(1, std::int64_t{1} << 40).bind(2, "héllo 😀").run();
    add.reset();
    add.bind(1, std::optional<int>{}).bind(2, std::optional<std::string>{}).run();
    add.reset();
    add.bind(1, -7).bind(2, std::string_view("a\0b", 3)).run();
    EXPECT_EQ(db.last_insert_id(), 3);
    EXPECT_EQ(db.changes(), 1);

    Statement read(db, "SELECT i, s FROM t ORDER BY rowid");
    ASSERT_TRUE(read.step());
    EXPECT_EQ(read.get_int(0), std::int64_t{1} << 40);
    EXPECT_EQ(read.get_text(1), "héllo 😀");
    ASSERT_TRUE(read.step());
    EXPECT_TRUE(read.is_null(0));
    EXPECT_FALSE(read.get_optional_int(0));
    EXPECT_FALSE(read.get_optional_text(1));
    EXPECT_EQ(read.get_text(1), "");
    ASSERT_TRUE(read.step());
    EXPECT_EQ(read.get_optional_int(0), -7);
    EXPECT_EQ(read.get_text(1), std::string("a\0b", 3));
    EXPECT_FALSE(read.step());
}

TEST(Statement, ResetAllowsAnotherRun) {
    auto db = scratch();
    Statement stmt(db, "SELECT ?1 + 1");
    stmt.bind(1, 1);
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.get_int(0), 2);
    stmt.reset();
    stmt.bind(1, 41);
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.get_int(0), 42);
}

TEST(Statement, BadSqlThrowsWithSqlitesMessage) {
    auto db = scratch();
    try {
        Statement stmt(db, "SELEKT 1");
        FAIL() << "bad SQL was prepared";
    } catch (const sore::Error& e) {
        EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
    }
    EXPECT_THROW(Statement(db, "SELECT * FROM missing"), sore::Error);
    EXPECT_THROW(db.exec("DROP TABLE missing"), sore::Error);
}

TEST(Database, MissingFileWithoutCreateIsAnError) {
    sore::test::TempDir dir;
    auto path = dir.file("absent.db");
    EXPECT_THROW(Database(path, Database::Mode::read_write), sore::Error);
    EXPECT_THROW(Database(path, Database::Mode::read_only), sore::Error);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(Database, ReadOnlyRefusesWrites) {
    sore::test::TempDir dir;
    auto path = dir.file("ro.db");
    {
        Database db(path, Database::Mode::read_write_create);
        db.exec("CREATE TABLE t (x)");
    }
    Database ro(path, Database::Mode::read_only);
    EXPECT_EQ(ro.path(), path);
    EXPECT_THROW(ro.exec("INSERT INTO t VALUES (1)"), sore::Error);
    EXPECT_EQ(scalar(ro, "SELECT count(*) FROM t"), 0);
}

TEST(Transaction, RollsBackWhenNotCommitted) {
    auto db = scratch();
    db.exec("CREATE TABLE t (x)");
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        EXPECT_EQ(scalar(db, "SELECT count(*) FROM t"), 1);
    }
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM t"), 0);
    try {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (2)");
        throw std::runtime_error("half way");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM t"), 0);
}

TEST(Transaction, CommitKeepsTheChanges) {
    auto db = scratch();
    db.exec("CREATE TABLE t (x)");
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)");
        tx.commit();
    }
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM t"), 2);
    // Nothing is left open: a new transaction can begin.
    EXPECT_NO_THROW(Transaction{db});
}

TEST(Schema, AcceptsAValidRow) {
    auto db = open_memory_journal();
    Row r;
    r.time = "23:59";
    r.pressure = 4;
    r.technique = "deep-tissue";
    r.sitting_min = 1440;
    r.side = "both";
    insert(db, r);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry"), 1);
}

TEST(Schema, RefusesOutOfRangeAndUnknownValues) {
    auto db = open_memory_journal();
    auto refused = [&](auto spoil, std::source_location at = std::source_location::current()) {
        SCOPED_TRACE(at.line());
        Row r;
        spoil(r);
        EXPECT_THROW(insert(db, r), sore::Error);
    };
    refused([](Row& r) { r.soreness = 11; });
    refused([](Row& r) { r.soreness = -1; });
    refused([](Row& r) { r.soreness = std::nullopt; });
    refused([](Row& r) { r.during = 11; });
    refused([](Row& r) { r.pressure = 5; });
    refused([](Row& r) { r.pressure = 0; });
    refused([](Row& r) { r.sitting_min = 1441; });
    refused([](Row& r) { r.technique = "bogus"; });
    refused([](Row& r) { r.side = "middle"; });
    refused([](Row& r) { r.injury = 2; });
    refused([](Row& r) { r.time = "24:00"; });
    refused([](Row& r) { r.time = "9:30"; });
    refused([](Row& r) { r.date = "2026-11-2"; });
    refused([](Row& r) { r.date = "2026-13-01"; });
    refused([](Row& r) { r.date = std::nullopt; });
    refused([](Row& r) { r.uuid = "0B5EC0DE-0000-4000-8000-000000000001"; });
    refused([](Row& r) { r.uuid = "short"; });
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry"), 0);
}

TEST(Schema, RefusesADayNotOnTheCalendar) {
    auto db = open_memory_journal();
    for (const char* bad : {"2026-02-30", "2026-04-31", "2023-02-29", "2026-11-31"}) {
        Row r;
        r.date = bad;
        EXPECT_THROW(insert(db, r), sore::Error) << bad;
    }
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry"), 0);
    Row leap;
    leap.date = "2024-02-29";
    EXPECT_NO_THROW(insert(db, leap));
}

TEST(Schema, RefusesPressureOrDuringOnARestDay) {
    auto db = open_memory_journal();
    Row pressed;
    pressed.technique = "none";
    pressed.pressure = 2;
    EXPECT_THROW(insert(db, pressed), sore::Error);
    Row during;
    during.technique = "none";
    during.during = 3;
    EXPECT_THROW(insert(db, during), sore::Error);
    Row rest;
    rest.technique = "none";
    EXPECT_NO_THROW(insert(db, rest));
}

TEST(Schema, RefusesTextInAnIntegerColumn) {
    auto db = open_memory_journal();
    EXPECT_THROW(db.exec("INSERT INTO entry (uuid, date, soreness, created_at, updated_at) VALUES "
                         "('0b5ec0de-0000-4000-8000-ffffffffffff', '2026-11-20', 'five', 'x', "
                         "'x')"),
                 sore::Error);
}

TEST(Schema, RefusesADuplicateUuid) {
    auto db = open_memory_journal();
    Row first;
    insert(db, first);
    Row second;
    second.uuid = first.uuid;
    EXPECT_THROW(insert(db, second), sore::Error);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry"), 1);
}

TEST(Schema, RefusesATagWithoutItsEntry) {
    auto db = open_memory_journal();
    EXPECT_THROW(db.exec("INSERT INTO entry_tag (entry_id, tag) VALUES (99, 'hip')"), sore::Error);
    insert(db, Row{});
    EXPECT_THROW(db.exec("INSERT INTO entry_tag (entry_id, tag) VALUES (1, '')"), sore::Error);
    EXPECT_NO_THROW(db.exec("INSERT INTO entry_tag (entry_id, tag) VALUES (1, 'hip')"));
}

TEST(Schema, ConstraintMessageComesFromSqlite) {
    auto db = open_memory_journal();
    Row r;
    r.soreness = 11;
    try {
        insert(db, r);
        FAIL() << "soreness 11 was stored";
    } catch (const sore::Error& e) {
        EXPECT_NE(std::string(e.what()).find("CHECK constraint failed"), std::string::npos)
            << e.what();
    }
}

TEST(SqliteError, CarriesThePrimaryAndExtendedCodes) {
    auto db = scratch();
    db.exec("CREATE TABLE t (x INTEGER PRIMARY KEY, y NOT NULL)");
    db.exec("INSERT INTO t VALUES (1, 1)");
    try {
        db.exec("INSERT INTO t VALUES (1, 2)");
        FAIL() << "a second row with key 1 went in";
    } catch (const SqliteError& e) {
        EXPECT_EQ(e.code(), SqliteError::Code::constraint);
        EXPECT_EQ(e.primary_code(), 19);    // SQLITE_CONSTRAINT
        EXPECT_EQ(e.extended_code(), 1555); // SQLITE_CONSTRAINT_PRIMARYKEY
        EXPECT_EQ(e.path(), ":memory:");
        EXPECT_NE(e.message().find("UNIQUE"), std::string::npos) << e.message();
    }
    auto failure = db.try_exec("INSERT INTO t VALUES (2, NULL)");
    ASSERT_TRUE(failure);
    EXPECT_EQ(failure->extended_code(), 1299); // SQLITE_CONSTRAINT_NOTNULL
    EXPECT_FALSE(db.try_exec("INSERT INTO t VALUES (2, 2)"));
}

TEST(SqliteError, ABusyJournalSaysSo) {
    sore::test::TempDir dir;
    auto path = dir.file("busy.db");
    Database first(path, Database::Mode::read_write_create);
    first.exec("CREATE TABLE t (x); PRAGMA busy_timeout = 0");
    Database second(path, Database::Mode::read_write);
    second.exec("PRAGMA busy_timeout = 0");
    Transaction held(first);
    auto failure = second.try_exec("BEGIN IMMEDIATE");
    ASSERT_TRUE(failure);
    EXPECT_EQ(failure->code(), SqliteError::Code::busy);
    auto words = std::string(explain(*failure).what());
    EXPECT_EQ(words, "the journal " + path + " stayed locked by another program; try again");
}

TEST(SqliteError, ExplainedInTheUsersWords) {
    auto full = SqliteError(13, "/j.db", "database or disk is full"); // SQLITE_FULL
    EXPECT_STREQ(explain(full).what(),
                 "the disk is full: the journal /j.db cannot grow; nothing was changed");
    auto not_db = SqliteError(26, "/j.db", "file is not a database"); // SQLITE_NOTADB
    EXPECT_STREQ(explain(not_db).what(), "/j.db is not a sore journal: file is not a database");
    auto other = SqliteError(1, "/j.db", "no such table: x"); // SQLITE_ERROR
    EXPECT_EQ(other.code(), SqliteError::Code::other);
    EXPECT_STREQ(explain(other).what(), "journal /j.db: no such table: x");
}

TEST(Statement, NamedParametersByName) {
    auto db = scratch();
    Statement stmt(db, "SELECT :b || :a || :b");
    EXPECT_EQ(stmt.parameter(":a"), 2);
    EXPECT_EQ(stmt.parameter(":b"), 1);
    stmt.bind(stmt.parameter(":a"), "x").bind(stmt.parameter(":b"), "y");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.get_text(0), "yxy");
    EXPECT_THROW(stmt.parameter(":c"), SqliteError);
}

TEST(Statement, KeepsItsConnectionAfterTheDatabaseIsGone) {
    std::optional<Statement> stmt;
    {
        auto db = scratch();
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (41)");
        stmt.emplace(db, "SELECT x + 1 FROM t");
    }
    ASSERT_TRUE(stmt->step()); // the connection lives as long as its statements
    EXPECT_EQ(stmt->get_int(0), 42);
}

TEST(Backup, CopiesEveryPageAndFinishesOnItsOwn) {
    auto source = scratch();
    source.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)");
    auto target = scratch();
    {
        Backup backup(target, source);
        backup.copy_all();
    }
    EXPECT_EQ(scalar(target, "SELECT sum(x) FROM t"), 6);
    // Finished: the source takes writes again.
    EXPECT_NO_THROW(source.exec("INSERT INTO t VALUES (4)"));
}
