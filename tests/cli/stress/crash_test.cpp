// SIGKILL at any moment of `sore log` or `sore edit` leaves each entry
// whole, all old or all new, its tags with it; after every kill `sore check`
// is happy, and the journal takes new entries afterwards. (Imports:
// crash_import_test.cpp.)
//
// Half the runs are killed after delays spread over a typical run, the other
// half at moments read off the journal's files. Where a kill landed is read
// off what the dead process left: sore has the journal open exactly while
// its -wal file exists (SQLite makes it as the journal is opened; only the
// last connection's close copies it back and removes it), and the -wal file
// holds data only from the commit, which writes the new pages into it, until
// that close. So a run killed by SIGKILL that leaves a -wal file died with
// the journal open, and one that leaves a -wal file with data died while it
// wrote. Each command must have at least one of each: the delays alone might
// all miss on a fast or a loaded machine; the kills timed by the files make
// both near certain.

#include "kill.hpp"

#include <iostream>

using namespace sore::testing;

namespace {

// Runs `sore ARGS` (from make_args(i)) `runs` times, killing each run at
// kill_point(i); then checks the journal with `sore check` and
// verify(i, exit status). Asserts that some kills landed while the journal
// was open and some while the WAL held data.
void kill_in_a_loop(const Sandbox& box, int runs, Clock::duration typical,
                    const std::function<std::vector<std::string>(int)>& make_args,
                    const std::function<void(int, int)>& verify) {
    int killed = 0, open = 0, writing = 0;
    for (int i = 0; i < runs; ++i) {
        auto point = kill_point(i, runs, typical);
        SCOPED_TRACE("run " + std::to_string(i) + ", killed " + point.name);
        ASSERT_FALSE(std::filesystem::exists(box.db() + "-wal")) << "a -wal file before the run";
        auto r = kill_when(box, make_args(i), point.when);
        if (r.killed_by_us()) {
            // What the dead process left tells where it died.
            auto wal = size_of(box.db() + "-wal");
            ++killed;
            open += wal >= 0 ? 1 : 0;
            writing += wal > 0 ? 1 : 0;
        } else {
            EXPECT_EQ(r.status, 0) << r.err;
        }
        auto check = box.run({"check"});
        ASSERT_EQ(check.status, 0) << check.out << check.err;
        ASSERT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
        verify(i, r.status);
    }
    std::cout << runs << " runs: " << killed << " killed by SIGKILL (" << open
              << " with the journal open, " << writing << " of them with data in the WAL), "
              << runs - killed << " finished\n";
    EXPECT_GE(open, 1) << "no run was killed while it had the journal open";
    EXPECT_GE(writing, 1) << "no run was killed while the WAL held its data";
}

TEST(Crash, LogKilledAtAnyMomentAddsAWholeEntryOrNone) {
    Sandbox scratch;
    auto typical = typical_run(scratch, {"log", "--soreness", "1", "--note", "n", "--tag", "t"});
    Sandbox box;
    box.skip_leak_check();
    ASSERT_EQ(box.run({"log", "2026-11-01", "--soreness", "3", "--tag", "first"}).status, 0);
    std::int64_t entries = 1;
    kill_in_a_loop(
        box, 50, typical,
        [](int i) {
            auto name = "log-" + std::to_string(i);
            return std::vector<std::string>{"log",    "--soreness", std::to_string(i % 11),
                                            "--note", name,         "--tag",
                                            name,     "--tag",      "crash"};
        },
        [&](int i, int status) {
            auto now = number(box, "SELECT count(*) FROM entry");
            ASSERT_TRUE(now == entries || now == entries + 1) << now << " after " << entries;
            if (status == 0) {
                EXPECT_EQ(now, entries + 1) << "a finished log must have added its entry";
            }
            if (now == entries + 1) {
                auto name = "log-" + std::to_string(i);
                EXPECT_EQ(query(box.db(), "SELECT note || ' ' || soreness FROM entry "
                                          "ORDER BY id DESC LIMIT 1"),
                          std::vector<std::string>{name + " " + std::to_string(i % 11)});
            }
            entries = now;
            // Every logged entry has exactly its two tags, and no tag is
            // left without its entry.
            EXPECT_EQ(number(box, "SELECT count(*) FROM entry e WHERE note LIKE 'log-%' AND "
                                  "(SELECT group_concat(tag, ',') FROM (SELECT tag FROM "
                                  "entry_tag WHERE entry_id = e.id ORDER BY tag)) "
                                  "IS NOT 'crash,' || note"),
                      0);
            EXPECT_EQ(number(box, "SELECT count(*) FROM entry_tag"), 1 + 2 * (entries - 1));
        });
    auto log = box.run({"log", "--soreness", "2", "--note", "after the loop"});
    EXPECT_EQ(log.status, 0) << log.err;
    EXPECT_EQ(number(box, "SELECT count(*) FROM entry"), entries + 1);
    EXPECT_EQ(query(box.db(), "SELECT tag FROM entry_tag WHERE entry_id = 1"),
              std::vector<std::string>{"first"});
}

TEST(Crash, EditKilledAtAnyMomentLeavesTheEntryAllOldOrAllNew) {
    Sandbox box;
    box.skip_leak_check();
    ASSERT_EQ(
        box.run({"log", "2026-11-01", "--soreness", "3", "--note", "other", "--tag", "x"}).status,
        0);
    ASSERT_EQ(
        box.run({"log", "2026-11-02", "--soreness", "0", "--note", "v0", "--tag", "v0"}).status, 0);
    // Entry 2's note, soreness and only tag always change together.
    std::string note = "v0";
    int soreness = 0;
    auto state = [&] {
        return query(box.db(), "SELECT note || ' ' || soreness || ' ' || (SELECT "
                               "group_concat(tag, ',') FROM entry_tag WHERE entry_id = 2) "
                               "FROM entry WHERE id = 2")
            .at(0);
    };
    Sandbox scratch;
    ASSERT_EQ(scratch.run({"log", "--soreness", "1", "--tag", "t"}).status, 0);
    auto typical = typical_run(scratch, {"edit", "1", "--soreness", "2", "--note", "n"});
    int changed = 0;
    kill_in_a_loop(
        box, 50, typical,
        [&](int i) {
            auto next = "v" + std::to_string(i + 1);
            return std::vector<std::string>{
                "edit",    "2",  "--soreness", std::to_string((i + 1) % 11),
                "--note",  next, "--tag",      next,
                "--untag", note};
        },
        [&](int i, int status) {
            auto next = "v" + std::to_string(i + 1);
            auto old_state = note + " " + std::to_string(soreness) + " " + note;
            auto new_state = next + " " + std::to_string((i + 1) % 11) + " " + next;
            auto now = state();
            ASSERT_TRUE(now == old_state || now == new_state)
                << "entry 2 is '" << now << "', expected '" << old_state << "' or '" << new_state
                << "'";
            if (status == 0) {
                EXPECT_EQ(now, new_state) << "a finished edit must have changed the entry";
            }
            if (now == new_state) {
                note = next;
                soreness = (i + 1) % 11;
                ++changed;
            }
            EXPECT_EQ(query(box.db(), "SELECT note || ' ' || soreness || ' ' || (SELECT "
                                      "group_concat(tag) FROM entry_tag WHERE entry_id = 1) "
                                      "FROM entry WHERE id = 1"),
                      std::vector<std::string>{"other 3 x"});
            EXPECT_EQ(number(box, "SELECT count(*) FROM entry"), 2);
        });
    std::cout << changed << " of 50 edits took effect\n";
    auto edit = box.run({"edit", "2", "--note", "after the loop"});
    EXPECT_EQ(edit.status, 0) << edit.err;
    EXPECT_EQ(query(box.db(), "SELECT note FROM entry WHERE id = 2"),
              std::vector<std::string>{"after the loop"});
}

} // namespace
