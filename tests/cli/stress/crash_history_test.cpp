// SIGKILL at any moment of `sore undo --yes`, `sore redo` or `sore log`
// leaves the journal as it was before the command or as the command leaves
// it, never between, and its history agrees with its entries: after every
// kill `sore check` is happy (the chain of hashes included), the export is
// the one before or the one after, and the newest change is the undo or
// redo exactly when the entries changed (a log's change exactly when its
// entry is there, holding that entry).
//
// As in crash_test.cpp, half the runs are killed after delays spread over a
// typical run and half at moments read off the -wal file; each command must
// have some kills with the journal open and some while the WAL held data.
// Undo and redo go back and forth over seven changes (logs, edits, an rm),
// every tenth run uninterrupted, so that both go some way.

#include "kill.hpp"

#include <iostream>
#include <map>

using namespace sore::testing;

namespace {

// Kills that landed: with the journal open, and while the WAL held data.
struct Tally {
    int killed = 0;
    int open = 0;
    int writing = 0;

    void add(const Sandbox& box, const Outcome& r) {
        if (!r.killed_by_us()) {
            return;
        }
        auto wal = size_of(box.db() + "-wal");
        ++killed;
        open += wal >= 0 ? 1 : 0;
        writing += wal > 0 ? 1 : 0;
    }

    void expect(int runs, const std::string& what) const {
        std::cout << what << ": " << runs << " runs, " << killed << " killed by SIGKILL (" << open
                  << " with the journal open, " << writing << " of them with data in the WAL)\n";
        EXPECT_GE(open, 1) << what << ": no run was killed while it had the journal open";
        EXPECT_GE(writing, 1) << what << ": no run was killed while the WAL held its data";
    }
};

std::string export_of(const Sandbox& box) {
    auto r = box.run({"export", "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out;
}

// After a kill: `sore check` (the history's chain included) and SQLite's
// own check pass, and sore left no -wal file open.
void expect_whole(const Sandbox& box) {
    auto check = box.run({"check"});
    ASSERT_EQ(check.status, 0) << check.out << check.err;
    ASSERT_TRUE(contains(check.out, "each matching the one before")) << check.out;
    ASSERT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    ASSERT_EQ(query(box.db(), "PRAGMA foreign_key_check"), std::vector<std::string>{});
}

TEST(CrashHistory, UndoAndRedoKilledAtAnyMomentLeaveBeforeOrAfterWithTheirChange) {
    Sandbox scratch;
    for (int i = 0; i < 6; ++i) {
        ASSERT_EQ(scratch.run({"log", "--soreness", "2", "--note", "n", "--tag", "t"}).status, 0);
    }
    auto typical = typical_run(scratch, {"undo", "--yes"});

    // Seven changes to go back and forth over; the export after each.
    Sandbox box;
    box.skip_leak_check();
    std::vector<std::string> exports{export_of(box)};
    const std::vector<std::vector<std::string>> steps = {
        {"log", "2026-11-01", "--soreness", "3", "--note", "one", "--tag", "a", "--tag", "b"},
        {"log", "2026-11-02", "--soreness", "4", "--pressure", "deep", "--tag", "a"},
        {"log", "2026-11-03", "--soreness", "5", "--note", "three"},
        {"edit", "1", "--soreness", "7", "--untag", "a", "--tag", "c", "--note", "edited"},
        {"log", "2026-11-04", "--soreness", "6", "--tag", "d"},
        {"rm", "2", "--yes"},
        {"edit", "3", "--clear", "note", "--side", "left"},
    };
    for (const auto& step : steps) {
        auto r = box.run(step);
        ASSERT_EQ(r.status, 0) << r.err;
        exports.push_back(export_of(box));
    }
    ASSERT_FALSE(std::filesystem::exists(box.db() + "-wal"));

    constexpr int runs = 80;
    const int top = static_cast<int>(steps.size());
    int at = top;                    // the steps in effect
    bool down = true;                // undoing, else redoing
    std::map<std::string, int> took; // runs that changed the journal, by command
    Tally tally;
    for (int i = 0; i < runs; ++i) {
        if (down && at == 0) {
            down = false;
        } else if (!down && at == top) {
            down = true;
        }
        const int next = down ? at - 1 : at + 1;
        const std::vector<std::string> args =
            down ? std::vector<std::string>{"undo", "--yes"} : std::vector<std::string>{"redo"};
        // Every tenth run goes to the end, so that the runs come back up
        // from the start however few of the killed ones took effect.
        auto point = i % 10 == 9 ? KillPoint{"never (it runs to the end)",
                                             [](const Moment&) {
                                                 return false;
                                             }}
                                 : kill_point(i, runs, typical);
        SCOPED_TRACE("run " + std::to_string(i) + ": " + args[0] + " from step " +
                     std::to_string(at) + ", killed " + point.name);
        ASSERT_FALSE(std::filesystem::exists(box.db() + "-wal")) << "a -wal file before the run";
        const auto changes_before = number(box, "SELECT count(*) FROM change");

        auto r = kill_when(box, args, point.when);
        tally.add(box, r);
        if (!r.killed_by_us()) {
            EXPECT_EQ(r.status, 0) << r.err;
        }
        expect_whole(box);
        if (HasFatalFailure()) {
            return;
        }
        auto now = export_of(box);
        ASSERT_TRUE(now == exports[static_cast<std::size_t>(at)] ||
                    now == exports[static_cast<std::size_t>(next)])
            << "the journal is neither as before nor as after:\n"
            << now;
        const bool changed = now == exports[static_cast<std::size_t>(next)];
        if (r.status == 0) {
            EXPECT_TRUE(changed) << "a finished " << args[0] << " must have changed the journal";
        }
        // The history says so exactly when the entries changed.
        auto changes = number(box, "SELECT count(*) FROM change");
        EXPECT_EQ(changes, changes_before + (changed ? 1 : 0));
        if (changed) {
            EXPECT_EQ(query(box.db(), "SELECT kind FROM change ORDER BY id DESC LIMIT 1"),
                      std::vector<std::string>{args[0]});
            at = next;
            ++took[args[0]];
        }
    }
    tally.expect(runs, "undo and redo");
    std::cout << took["undo"] << " undos and " << took["redo"] << " redos of " << runs
              << " took effect\n";
    EXPECT_GE(took["undo"], 1);
    EXPECT_GE(took["redo"], 1) << "the runs never came back up";

    // The history carries on: undo and redo still go the whole way.
    while (at > 0) {
        auto r = box.run({"undo", "--yes"});
        ASSERT_EQ(r.status, 0) << r.err;
        --at;
        EXPECT_EQ(export_of(box), exports[static_cast<std::size_t>(at)]);
    }
    auto none = box.run({"undo", "--yes"});
    EXPECT_EQ(none.status, 1);
    EXPECT_TRUE(contains(none.err, "nothing to undo")) << none.err;
    while (at < top) {
        auto r = box.run({"redo"});
        ASSERT_EQ(r.status, 0) << r.err;
        ++at;
        EXPECT_EQ(export_of(box), exports[static_cast<std::size_t>(at)]);
    }
    expect_whole(box);
}

TEST(CrashHistory, LogKilledAtAnyMomentRecordsItsChangeIffItsEntryIsThere) {
    Sandbox scratch;
    auto typical = typical_run(scratch, {"log", "--soreness", "1", "--note", "n", "--tag", "t"});
    Sandbox box;
    box.skip_leak_check();
    ASSERT_EQ(box.run({"log", "2026-11-01", "--soreness", "3", "--tag", "first"}).status, 0);
    constexpr int runs = 50;
    Tally tally;
    std::int64_t entries = 1;
    for (int i = 0; i < runs; ++i) {
        auto point = kill_point(i, runs, typical);
        SCOPED_TRACE("run " + std::to_string(i) + ", killed " + point.name);
        ASSERT_FALSE(std::filesystem::exists(box.db() + "-wal")) << "a -wal file before the run";
        auto name = "log-" + std::to_string(i);
        auto r = kill_when(
            box, {"log", "--soreness", std::to_string(i % 11), "--note", name, "--tag", "crash"},
            point.when);
        tally.add(box, r);
        if (!r.killed_by_us()) {
            EXPECT_EQ(r.status, 0) << r.err;
        }
        expect_whole(box);
        if (HasFatalFailure()) {
            return;
        }
        auto now = number(box, "SELECT count(*) FROM entry");
        ASSERT_TRUE(now == entries || now == entries + 1) << now << " after " << entries;
        if (r.status == 0) {
            EXPECT_EQ(now, entries + 1) << "a finished log must have added its entry";
        }
        entries = now;
        // One change per entry after the first change, a log each.
        EXPECT_EQ(number(box, "SELECT count(*) FROM change"), 1 + entries);
        EXPECT_EQ(number(box, "SELECT count(*) FROM change WHERE kind = 'log'"), entries);
        EXPECT_EQ(number(box, "SELECT count(*) FROM change_entry"), entries);
        // The newest change holds the newest entry as it is.
        EXPECT_EQ(query(box.db(), "SELECT (e.entry_id = n.id) || ' ' || "
                                  "(json_extract(e.after, '$.note') IS n.note) || ' ' || "
                                  "(json_extract(e.after, '$.uuid') = n.uuid) || ' ' || "
                                  "(json_extract(e.after, '$.soreness') = n.soreness) "
                                  "FROM change_entry e, (SELECT * FROM entry ORDER BY id DESC "
                                  "LIMIT 1) n ORDER BY e.change_id DESC LIMIT 1"),
                  std::vector<std::string>{"1 1 1 1"});
    }
    tally.expect(runs, "log");

    // Undo takes the logs back one by one, newest first. On a busy machine
    // every one of the 50 may have been killed before its commit: then the
    // newest is the first log, which has no note.
    auto last_note =
        query(box.db(), "SELECT coalesce(note, '') FROM entry ORDER BY id DESC LIMIT 1").at(0);
    auto undo = box.run({"undo", "--yes"});
    ASSERT_EQ(undo.status, 0) << undo.err;
    EXPECT_TRUE(contains(undo.out, last_note.empty() ? "log 2026-11-01 --soreness 3 --tag first"
                                                     : "--note " + last_note))
        << undo.out;
    EXPECT_EQ(number(box, "SELECT count(*) FROM entry"), entries - 1);
    expect_whole(box);
}

} // namespace
