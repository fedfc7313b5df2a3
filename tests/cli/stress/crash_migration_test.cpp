// SIGKILL while sore upgrades a journal of 20,000 entries from schema level
// 1 (level 2 rebuilds the entry table, level 3 adds the history, level 4 the
// body sites) leaves it
// whole at one level or another, never between, with every entry and tag;
// the next sore finishes the upgrade, `sore check` is happy and `sore log`
// works.
//
// When each kill lands depends on the machine; no timing is asserted. The
// outcomes are: some kill must leave level 1, some level 2, and some must
// land while the upgrade wrote, leaving a -wal file with data behind (kills
// timed by the WAL's size make that near certain). The test prints where it
// killed.

#include "kill.hpp"

#include <fmt/format.h>
#include <iostream>

using namespace sore::testing;
namespace fs = std::filesystem;

namespace {

constexpr int old_entries = 20000;
const std::string latest = "4"; // the schema level this sore writes

const std::string schema_sql =
    "SELECT group_concat(type || ' ' || name || ': ' || coalesce(sql, ''), char(10)) FROM "
    "(SELECT * FROM sqlite_schema ORDER BY type, name)";

// The old entries' values and tags, to compare before and after.
const std::string content_sql =
    "SELECT count(*) || ' ' || sum(soreness) || ' ' || sum(length(note)) || ' ' || sum(id) || "
    "' ' || (SELECT count(*) FROM entry_tag WHERE tag = 'old') FROM entry WHERE note LIKE 'old %'";

// A level-1 journal, as sore before schema level 2 wrote it (in WAL mode),
// built with the level-1 schema file and SQL.
void build_level_1(const Sandbox& box) {
    auto init = read_file(test_data_dir() / ".." / ".." / "schema" / "001_init.sql");
    ASSERT_FALSE(init.empty());
    query(box.db(), init);
    query(box.db(), "PRAGMA user_version = 1");
    query(box.db(), "PRAGMA journal_mode = WAL");
    query(box.db(),
          fmt::format("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                      "{}) INSERT INTO entry (uuid, date, soreness, technique, note, created_at, "
                      "updated_at) SELECT printf('%08x-0000-4000-8000-%012x', i, i), "
                      "date('2026-11-27', '-' || (i % 3000) || ' days'), i % 11, 'swedish', "
                      "'old ' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n; "
                      "INSERT INTO entry_tag SELECT id, 'old' FROM entry WHERE id % 2 = 0",
                      old_entries));
}

TEST(CrashMigration, KilledWhileUpgradingLeavesOneLevelOrTheOther) {
    Sandbox box;
    box.skip_leak_check();
    build_level_1(box);
    ASSERT_FALSE(fs::exists(box.db() + "-wal"));
    const auto level_1 = box.db_bytes();
    const auto schema_1 = query(box.db(), schema_sql);
    const auto content = query(box.db(), content_sql);
    auto restore = [&] {
        std::error_code ec;
        fs::remove(box.db() + "-wal", ec);
        fs::remove(box.db() + "-shm", ec);
        write_file(box.db(), level_1);
    };
    const std::vector<std::string> log{"log", "--soreness", "3", "--note", "new"};

    // Once to the end: how long the upgrade and the log take, and what they
    // leave.
    Clock::duration total{};
    std::int64_t wal_max = 0;
    auto whole = kill_when(box, log, [&](const Moment& m) {
        total = m.elapsed;
        wal_max = std::max(wal_max, m.wal);
        return false;
    });
    ASSERT_EQ(whole.status, 0) << whole.err;
    const auto schema_latest = query(box.db(), schema_sql);
    ASSERT_EQ(query(box.db(), "PRAGMA user_version"), std::vector<std::string>{latest});
    ASSERT_NE(schema_1, schema_latest);
    std::cout << "uninterrupted upgrade and log: " << milliseconds(total) << " ms, WAL up to "
              << wal_max << " bytes\n";

    std::vector<std::pair<std::string, std::function<bool(const Moment&)>>> points;
    for (int tenth = 0; tenth <= 12; tenth += 2) {
        auto at = std::chrono::duration_cast<Clock::duration>(total * (tenth / 10.0));
        points.emplace_back(fmt::format("at {}% of the uninterrupted run's time", tenth * 10),
                            [at](const Moment& m) { return m.elapsed >= at; });
    }
    points.emplace_back("as the WAL starts", [](const Moment& m) { return m.wal > 0; });
    points.emplace_back("with the WAL half written",
                        [wal_max](const Moment& m) { return m.wal >= wal_max / 2; });
    points.emplace_back("with the WAL at its full size",
                        [wal_max](const Moment& m) { return m.wal >= wal_max; });
    points.emplace_back("once the WAL is removed",
                        [](const Moment& m) { return m.wal_seen && m.wal < 0; });

    int upgraded = 0, writing = 0;
    for (const auto& [point, when] : points) {
        SCOPED_TRACE("killed " + point);
        restore();
        auto outcome = kill_when(box, log, when);
        if (!outcome.killed) {
            EXPECT_EQ(outcome.status, 0) << outcome.err;
        }
        writing += outcome.killed_by_us() && size_of(box.db() + "-wal") > 0 ? 1 : 0;
        // As the kill left it, through SQLite alone: one level or the other.
        EXPECT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
        EXPECT_EQ(query(box.db(), "PRAGMA foreign_key_check"), std::vector<std::string>{});
        auto level = query(box.db(), "PRAGMA user_version").at(0);
        auto schema = query(box.db(), schema_sql);
        // Level 2 is the rebuilt entry table without the history tables.
        bool level_2 = level == "2" && contains(schema.at(0), "entry_by_uuid") &&
                       !contains(schema.at(0), "table change");
        // Level 3 has the history tables, not yet the body sites.
        bool level_3 = level == "3" && contains(schema.at(0), "table change") &&
                       !contains(schema.at(0), "entry_site");
        EXPECT_TRUE((level == "1" && schema == schema_1) || level_2 || level_3 ||
                    (level == latest && schema == schema_latest))
            << "level " << level << " with the schema\n"
            << schema.at(0);
        auto added = number(box, "SELECT count(*) FROM entry WHERE note = 'new'");
        EXPECT_TRUE(added == 0 || (added == 1 && level == latest)) << added << " new entries";
        EXPECT_EQ(query(box.db(), content_sql), content);
        upgraded += level != "1" ? 1 : 0;

        auto check = box.run({"check"}); // upgrades what is still at level 1
        EXPECT_EQ(check.status, 0) << check.out << check.err;
        EXPECT_TRUE(contains(check.out, "schema level  " + latest)) << check.out;
        EXPECT_TRUE(contains(check.out, "each matching the one before")) << check.out;
        EXPECT_EQ(query(box.db(), schema_sql), schema_latest);
        // The history starts with the entries the upgrade found.
        EXPECT_EQ(
            query(box.db(), "SELECT summary FROM change WHERE id = 1"),
            std::vector<std::string>{fmt::format("history starts here, {} entries", old_entries)});
        auto again = box.run({"log", "--soreness", "4", "--note", "after the kill"});
        EXPECT_EQ(again.status, 0) << again.err;
        EXPECT_EQ(number(box, "SELECT count(*) FROM entry"), old_entries + added + 1);
        std::cout << "  " << point << ": " << (outcome.killed ? "killed" : "finished")
                  << " (status " << outcome.status << "), level " << level << ", " << added
                  << " new\n";
    }
    const auto kills = static_cast<int>(points.size());
    std::cout << kills << " kills: " << upgraded << " left level 2 or 3, " << kills - upgraded
              << " level 1; " << writing << " while the WAL held data\n";
    EXPECT_GE(upgraded, 1) << "no kill left the journal upgraded";
    EXPECT_GE(kills - upgraded, 1) << "every kill left the journal upgraded";
    EXPECT_GE(writing, 1) << "no kill landed while the upgrade wrote the WAL";
}

} // namespace
