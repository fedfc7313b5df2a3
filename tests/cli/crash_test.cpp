// SIGKILL at any moment leaves the journal whole. An import killed at the
// start, while it reads the file, while it commits or while SQLite copies the
// WAL back into the journal holds all of the file's rows or none of them; a
// `sore log` or `sore edit` killed at any delay leaves each entry whole.
// After every kill `sore check` is happy and `sore log` works.
//
// When each kill lands depends on the machine; no timing is asserted, only
// the state of the journal afterwards. The tests print where they killed.

#include "bulk.hpp"
#include "expect.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <functional>
#include <iostream>
#include <thread>

using sore::testing::contains;
using sore::testing::query;
using sore::testing::Sandbox;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

constexpr int bulk_rows = 20000;
constexpr int base_entries = 5;

std::int64_t size_of(const fs::path& path) {
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    return ec ? -1 : static_cast<std::int64_t>(size);
}

// Bytes the process has read so far (rchar in /proc/PID/io), or -1.
std::int64_t bytes_read(int pid) {
    std::ifstream io("/proc/" + std::to_string(pid) + "/io");
    std::string key;
    std::int64_t value = 0;
    while (io >> key >> value) {
        if (key == "rchar:") {
            return value;
        }
    }
    return -1;
}

std::int64_t number(const Sandbox& box, const std::string& sql) {
    return std::stoll(query(box.db(), sql).at(0));
}

// What the polling loop sees of a running import.
struct Moment {
    Clock::duration elapsed{};
    std::int64_t read = -1; // bytes read by the process
    std::int64_t wal = -1;  // size of the -wal file, -1 when there is none
    std::int64_t db = -1;   // size of the journal file
    bool wal_seen = false;  // the -wal file had data at some earlier moment
};

struct Outcome {
    bool killed = false; // SIGKILL sent while it still ran
    int status = -1;
};

// Runs `args` and polls it every 100 µs; kills it with SIGKILL as soon as
// `when` says so. `when` never true: it runs to the end (each moment is still
// shown to it).
Outcome kill_when(const Sandbox& box, const std::vector<std::string>& args,
                  const std::function<bool(const Moment&)>& when) {
    auto started = Clock::now();
    auto process = box.start(args, "killed");
    Moment moment;
    Outcome outcome;
    while (process->running()) {
        moment.elapsed = Clock::now() - started;
        moment.read = bytes_read(process->pid());
        moment.wal = size_of(box.db() + "-wal");
        moment.db = size_of(box.db());
        if (when(moment) || moment.elapsed > 60s) {
            EXPECT_LT(moment.elapsed, 60s) << "sore ran for a minute; killed";
            process->kill(SIGKILL);
            outcome.killed = true;
            break;
        }
        moment.wal_seen = moment.wal_seen || moment.wal > 0;
        std::this_thread::sleep_for(100us);
    }
    outcome.status = process->wait().status;
    return outcome;
}

// The journal with five entries and their tags, as bytes, and the import
// file beside it; an uninterrupted import of it measured once.
class CrashImport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        box_ = new Sandbox;
        for (int i = 0; i < base_entries; ++i) {
            auto r = box_->run({"log", "2026-11-0" + std::to_string(i + 1), "--soreness",
                                std::to_string(i + 2), "--note", "before " + std::to_string(i),
                                "--tag", "before", "--tag", "b" + std::to_string(i)});
            ASSERT_EQ(r.status, 0) << r.err;
        }
        base_ = new std::string(box_->db_bytes());
        ASSERT_FALSE(fs::exists(box_->db() + "-wal")) << "sore left a -wal file behind";
        sore::testing::write_file(
            box_->dir() / "bulk.csv",
            sore::testing::bulk_csv(bulk_rows, std::chrono::year{2026} / std::chrono::November / 27,
                                    20000));
        csv_size_ = size_of(box_->dir() / "bulk.csv");
        // One import to the end: how long it takes, how large the WAL gets
        // at the commit and the journal after the checkpoint.
        restore();
        auto outcome = kill_when(*box_, {"import", "bulk.csv"}, [](const Moment& m) {
            total_ = m.elapsed;
            wal_max_ = std::max(wal_max_, m.wal);
            return false;
        });
        ASSERT_EQ(outcome.status, 0) << sore::testing::read_file(box_->dir() / "killed.err");
        db_final_ = size_of(box_->db());
        std::cout << "uninterrupted import of " << bulk_rows << " rows: "
                  << std::chrono::duration_cast<std::chrono::milliseconds>(total_).count()
                  << " ms, WAL up to " << wal_max_ << " bytes, journal " << base_->size() << " -> "
                  << db_final_ << " bytes\n";
    }

    static void TearDownTestSuite() {
        delete box_;
        delete base_;
        box_ = nullptr;
        base_ = nullptr;
    }

    // The journal as it was before any import.
    static void restore() {
        std::error_code ec;
        for (const char* suffix : {"-wal", "-shm"}) {
            fs::remove(box_->db() + suffix, ec);
        }
        sore::testing::write_file(box_->db(), *base_);
    }

    // Restores the journal, imports and kills when `when` says so, then
    // checks that the journal is whole with all rows or none, and usable.
    static void kill_and_check(const std::string& point,
                               const std::function<bool(const Moment&)>& when) {
        SCOPED_TRACE("import killed " + point);
        restore();
        auto outcome = kill_when(*box_, {"import", "bulk.csv"}, when);
        if (!outcome.killed) {
            EXPECT_EQ(outcome.status, 0) << sore::testing::read_file(box_->dir() / "killed.err");
        }
        // sore itself opens the journal first, as a user would next.
        auto check = box_->run({"check"});
        EXPECT_EQ(check.status, 0) << check.out << check.err;
        EXPECT_TRUE(contains(check.out, "integrity     ok")) << check.out;
        EXPECT_EQ(query(box_->db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
        EXPECT_EQ(query(box_->db(), "PRAGMA foreign_key_check"), std::vector<std::string>{});

        auto entries = number(*box_, "SELECT count(*) FROM entry");
        auto added = entries - base_entries;
        EXPECT_TRUE(added == 0 || added == bulk_rows) << entries << " entries";
        EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry WHERE note LIKE 'bulk %'"), added);
        EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry_tag WHERE tag = 'bulk'"), added);
        EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry_tag"), 2 * (base_entries + added));
        EXPECT_EQ(
            query(box_->db(), "SELECT group_concat(note || ':' || soreness, ',') FROM "
                              "(SELECT * FROM entry WHERE note LIKE 'before %' ORDER BY id)"),
            std::vector<std::string>{"before 0:2,before 1:3,before 2:4,before 3:5,before 4:6"});

        auto log = box_->run({"log", "--soreness", "1", "--note", "after the kill"});
        EXPECT_EQ(log.status, 0) << log.err;
        EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry"), entries + 1);

        ++kills_;
        killed_ += outcome.killed && outcome.status == 128 + SIGKILL ? 1 : 0;
        (added == 0 ? none_ : all_) += 1;
        std::cout << "  " << point << ": " << (outcome.killed ? "killed" : "finished")
                  << " (status " << outcome.status << "), " << added << " rows added\n";
    }

    void SetUp() override {
        if (box_ == nullptr || db_final_ == 0) {
            GTEST_FAIL() << "the uninterrupted import failed; see the suite's set-up";
        }
    }

    void TearDown() override {
        std::cout << kills_ << " imports: " << killed_ << " killed by SIGKILL; " << none_
                  << " left the journal as before, " << all_ << " with every row\n";
        kills_ = killed_ = none_ = all_ = 0;
    }

    static Clock::duration after(double fraction) {
        return std::chrono::duration_cast<Clock::duration>(total_ * fraction);
    }

    static inline Sandbox* box_ = nullptr;
    static inline std::string* base_ = nullptr;
    static inline std::int64_t csv_size_ = 0;
    static inline Clock::duration total_{};
    static inline std::int64_t wal_max_ = 0;
    static inline std::int64_t db_final_ = 0;
    static inline int kills_ = 0, killed_ = 0, none_ = 0, all_ = 0;
};

TEST_F(CrashImport, KilledAtTheStartOrWhileReadingTheFile) {
    for (auto delay : {0ms, 2ms, 10ms}) {
        kill_and_check(fmt::format("{} ms after the start", delay.count()),
                       [delay](const Moment& m) { return m.elapsed >= delay; });
    }
    for (int percent : {10, 50, 90}) {
        kill_and_check(fmt::format("with {}% of the file read", percent),
                       [percent](const Moment& m) { return m.read >= csv_size_ * percent / 100; });
    }
}

// Delays spread over the whole of an uninterrupted run, and past its end.
TEST_F(CrashImport, KilledAtDelaysSpreadOverTheRun) {
    for (int tenth = 1; tenth <= 11; tenth += 2) {
        kill_and_check(fmt::format("at {}% of the uninterrupted run's time", tenth * 10),
                       [tenth](const Moment& m) { return m.elapsed >= after(tenth / 10.0); });
    }
}

// SQLite writes the whole transaction into the WAL at the commit, then (as
// the last connection closes) copies it into the journal and removes it.
TEST_F(CrashImport, KilledWhileCommittingOrCheckpointing) {
    kill_and_check("as the commit starts writing the WAL",
                   [](const Moment& m) { return m.wal > 0; });
    for (int quarter = 1; quarter <= 3; ++quarter) {
        kill_and_check(fmt::format("with the WAL {}% written", quarter * 25),
                       [quarter](auto& m) { return m.wal >= wal_max_ * quarter / 4; });
    }
    kill_and_check("with the WAL at its full size",
                   [](const Moment& m) { return m.wal >= wal_max_; });
    const auto base = static_cast<std::int64_t>(base_->size());
    kill_and_check("as the checkpoint starts growing the journal",
                   [base](const Moment& m) { return m.db > base; });
    kill_and_check("with the checkpoint half done",
                   [base](const Moment& m) { return m.db >= base + (db_final_ - base) / 2; });
    kill_and_check("with the checkpoint done", [](const Moment& m) { return m.db >= db_final_; });
    kill_and_check("once the WAL is removed",
                   [](const Moment& m) { return m.wal_seen && m.wal < 0; });
}

// How long `sore ARGS` takes here, uninterrupted: the median of five runs.
Clock::duration typical_run(const Sandbox& box, const std::vector<std::string>& args) {
    std::vector<Clock::duration> times;
    for (int i = 0; i < 5; ++i) {
        auto started = Clock::now();
        auto r = box.start(args, "timing")->wait();
        EXPECT_EQ(r.status, 0) << r.err;
        times.push_back(Clock::now() - started);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

// Runs `sore ARGS` (from make_args(i)) `runs` times, killing run i after
// i / (runs - 1) of 1.2 times a typical run; then checks the journal with
// `sore check` and verify(i, exit status).
void kill_in_a_loop(const Sandbox& box, int runs, Clock::duration typical,
                    const std::function<std::vector<std::string>(int)>& make_args,
                    const std::function<void(int, int)>& verify) {
    int killed = 0;
    for (int i = 0; i < runs; ++i) {
        auto delay = std::chrono::duration_cast<Clock::duration>(typical * 1.2 * i / (runs - 1));
        auto process = box.start(make_args(i), "killed");
        std::this_thread::sleep_for(delay);
        process->kill(SIGKILL);
        auto r = process->wait();
        killed += r.status == 128 + SIGKILL ? 1 : 0;
        if (r.status != 128 + SIGKILL) {
            EXPECT_EQ(r.status, 0) << "run " << i << ": " << r.err;
        }
        SCOPED_TRACE(
            "run " + std::to_string(i) + ", killed after " +
            std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(delay).count()) +
            " µs");
        auto check = box.run({"check"});
        ASSERT_EQ(check.status, 0) << check.out << check.err;
        ASSERT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
        verify(i, r.status);
    }
    std::cout << runs << " runs killed after 0 to "
              << std::chrono::duration_cast<std::chrono::microseconds>(typical * 1.2).count()
              << " µs: " << killed << " killed by SIGKILL, " << runs - killed << " finished\n";
}

TEST(Crash, LogKilledAtAnyMomentAddsAWholeEntryOrNone) {
    Sandbox scratch;
    auto typical = typical_run(scratch, {"log", "--soreness", "1", "--note", "n", "--tag", "t"});
    Sandbox box;
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
