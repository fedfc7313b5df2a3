// SIGKILL at any moment of an import leaves the journal whole, with all of
// the file's rows or none of them: killed at the start, while it reads the
// file, at delays spread over a whole run (the end of reading to the commit
// included), and at the commit. Both ways an import writes: into a journal
// in use (five entries), where the commit writes the WAL and SQLite then
// copies it back into the journal; and into no journal at all, where the
// import creates it, sets the indexes aside to build them at the end, and
// fills it through SQLite's rollback journal before it turns to WAL. After
// every kill `sore check` is happy, the indexes are all there, `sore log`
// works and the journal is in WAL mode.
//
// Most kills are timed by what the import does to its files (bytes read,
// the WAL's size, the journal's size), the rest by delays. No timing is
// asserted, but the outcomes are: the kills at the start and while reading
// must include one that added nothing, and those while committing and
// checkpointing one that added nothing, one that added every row, and one
// that landed during the commit's write of the WAL: the import died leaving
// a -wal file with data but short of the size an uninterrupted import's WAL
// reaches (its commit frame, the last one, never written), which must have
// added nothing. The tests print where they killed.

#include "bulk.hpp"
#include "kill.hpp"

#include <fmt/format.h>
#include <iostream>

using namespace sore::testing;
namespace fs = std::filesystem;

namespace {

constexpr int bulk_rows = 20000;

enum class Start { with_entries, no_journal };

template <Start start> class ImportKills : public ::testing::Test {
protected:
    static constexpr int base_entries = start == Start::with_entries ? 5 : 0;

    static void SetUpTestSuite() {
        box_ = new Sandbox;
        box_->skip_leak_check();
        for (int i = 0; i < base_entries; ++i) {
            auto r = box_->run({"log", "2026-11-0" + std::to_string(i + 1), "--soreness",
                                std::to_string(i + 2), "--note", "before " + std::to_string(i),
                                "--tag", "before", "--tag", "b" + std::to_string(i)});
            ASSERT_EQ(r.status, 0) << r.err;
        }
        base_ = box_->db_bytes();
        ASSERT_FALSE(fs::exists(box_->db() + "-wal")) << "sore left a -wal file behind";
        write_file(
            box_->dir() / "bulk.csv",
            bulk_csv(bulk_rows, std::chrono::year{2026} / std::chrono::November / 27, 20000));
        auto csv_size = size_of(box_->dir() / "bulk.csv");
        // One import to the end: how long it takes, when it has read the
        // file and starts the commit, how large the WAL gets and the journal
        // after the checkpoint.
        restore();
        auto outcome = kill_when(*box_, {"import", "bulk.csv"}, [csv_size](const Moment& m) {
            total_ = m.elapsed;
            if (m.read < csv_size) {
                read_ = m.elapsed;
            }
            // The commit: into a journal in use, the WAL getting data; into
            // a new one, the rollback journal going away.
            if (start == Start::with_entries ? !m.wal_seen && m.wal <= 0 : m.rollback >= 0) {
                commit_ = m.elapsed;
                db_at_commit_ = m.db;
            }
            wal_max_ = std::max(wal_max_, m.wal);
            return false;
        });
        ASSERT_EQ(outcome.status, 0) << outcome.err;
        db_final_ = size_of(box_->db());
        indexes_ = indexes();
        std::cout << "uninterrupted import of " << bulk_rows << " rows: " << milliseconds(total_)
                  << " ms (file read at " << milliseconds(read_) << " ms, commit from "
                  << milliseconds(commit_) << " ms), WAL up to " << wal_max_ << " bytes, journal "
                  << db_at_commit_ << " -> " << db_final_ << " bytes, indexes " << indexes_ << "\n";
    }

    static void TearDownTestSuite() {
        delete box_;
        box_ = nullptr;
    }

    void SetUp() override {
        if (db_final_ <= 0) {
            GTEST_FAIL() << "the uninterrupted import failed; see the suite's set-up";
        }
    }

    void TearDown() override {
        std::cout << kills_ << " imports: " << killed_ << " killed by SIGKILL (" << wal_writes_
                  << " during the WAL write); " << none_ << " left the journal as before, " << all_
                  << " with every row\n";
        kills_ = killed_ = none_ = all_ = wal_writes_ = 0;
    }

    static std::string indexes() {
        return query(box_->db(), "SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                 "sqlite_schema WHERE type = 'index' ORDER BY name)")
            .at(0);
    }

    // The journal as it was before any import.
    static void restore() {
        std::error_code ec;
        for (const char* suffix : {"-wal", "-shm", ""}) {
            fs::remove(box_->db() + suffix, ec);
        }
        if (!base_.empty()) {
            write_file(box_->db(), base_);
        }
    }

    // Restores the journal, imports and kills when `when` says so, then
    // checks that the journal is whole with all rows or none, and usable.
    static void kill_and_check(const std::string& point,
                               const std::function<bool(const Moment&)>& when) {
        SCOPED_TRACE("import killed " + point);
        restore();
        auto outcome = kill_when(*box_, {"import", "bulk.csv"}, when);
        if (!outcome.killed) {
            EXPECT_EQ(outcome.status, 0) << outcome.err;
        }
        // What the dead import left, before anything opens the journal.
        const auto wal_left = size_of(box_->db() + "-wal");
        const bool in_wal_write = outcome.killed_by_us() && wal_left > 0 && wal_left < wal_max_;
        std::int64_t added = 0;
        if (fs::exists(box_->db())) { // killed before it made one: nothing to check
            // sore itself opens the journal first, as a user would next.
            auto check = box_->run({"check"});
            EXPECT_EQ(check.status, 0) << check.out << check.err;
            EXPECT_TRUE(contains(check.out, "integrity     ok")) << check.out;
            EXPECT_EQ(query(box_->db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
            EXPECT_EQ(query(box_->db(), "PRAGMA foreign_key_check"), std::vector<std::string>{});
            EXPECT_EQ(indexes(), indexes_);

            auto entries = number(*box_, "SELECT count(*) FROM entry");
            added = entries - base_entries;
            EXPECT_TRUE(added == 0 || added == bulk_rows) << entries << " entries";
            EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry WHERE note LIKE 'bulk %'"), added);
            EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry_tag WHERE tag = 'bulk'"), added);
            EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry_tag"), 2 * (base_entries + added));
            if (base_entries > 0) {
                EXPECT_EQ(query(box_->db(),
                                "SELECT group_concat(note || ':' || soreness, ',') FROM "
                                "(SELECT * FROM entry WHERE note LIKE 'before %' ORDER BY "
                                "id)"),
                          std::vector<std::string>{
                              "before 0:2,before 1:3,before 2:4,before 3:5,before 4:6"});
            }
        }
        auto log = box_->run({"log", "--soreness", "1", "--note", "after the kill"});
        EXPECT_EQ(log.status, 0) << log.err;
        EXPECT_EQ(number(*box_, "SELECT count(*) FROM entry"), base_entries + added + 1);
        EXPECT_EQ(query(box_->db(), "PRAGMA journal_mode"), std::vector<std::string>{"wal"});

        if (in_wal_write) {
            EXPECT_EQ(added, 0) << "killed with " << wal_left << " of " << wal_max_
                                << " bytes of WAL written, yet rows were added";
            ++wal_writes_;
        }

        ++kills_;
        killed_ += outcome.killed_by_us() ? 1 : 0;
        (added == 0 ? none_ : all_) += 1;
        std::cout << "  " << point << ": " << (outcome.killed ? "killed" : "finished")
                  << " (status " << outcome.status << "), " << added << " rows added"
                  << (in_wal_write ? ", during the WAL write (" + std::to_string(wal_left) +
                                         " of " + std::to_string(wal_max_) + " bytes)"
                                   : std::string())
                  << "\n";
    }

    // At least one kill of this test had each outcome asked for.
    static void expect_outcomes(bool nothing_added, bool everything_added, bool in_wal_write) {
        if (nothing_added) {
            EXPECT_GE(none_, 1) << "no kill left the journal as before";
        }
        if (everything_added) {
            EXPECT_GE(all_, 1) << "no kill left the journal with every row";
        }
        if (in_wal_write) {
            EXPECT_GE(wal_writes_, 1) << "no kill landed while the commit wrote the WAL";
        }
    }

    static Clock::duration part(Clock::duration whole, double fraction) {
        return std::chrono::duration_cast<Clock::duration>(whole * fraction);
    }

    static void kill_at_the_start_or_while_reading() {
        using namespace std::chrono_literals;
        for (auto delay : {0ms, 2ms, 10ms}) {
            kill_and_check(fmt::format("{} ms after the start", delay.count()),
                           [delay](const Moment& m) { return m.elapsed >= delay; });
        }
        auto csv_size = size_of(box_->dir() / "bulk.csv");
        for (int percent : {10, 50, 90}) {
            kill_and_check(fmt::format("with {}% of the file read", percent),
                           [=](const Moment& m) { return m.read >= csv_size * percent / 100; });
        }
    }

    // Delays spread over the whole of an uninterrupted run and past its end,
    // and over the time from the end of reading to the commit, where an
    // import into an empty journal builds its indexes.
    static void kill_at_delays_spread_over_the_run() {
        for (int tenth = 1; tenth <= 11; tenth += 2) {
            kill_and_check(
                fmt::format("at {}% of the uninterrupted run's time", tenth * 10),
                [tenth](const Moment& m) { return m.elapsed >= part(total_, tenth / 10.0); });
        }
        // Timed from the moment this run has read the whole file.
        auto csv_size = size_of(box_->dir() / "bulk.csv");
        for (int third = 0; third < 3; ++third) {
            auto wait = part(commit_ - read_, third / 3.0);
            kill_and_check(
                fmt::format("{}/3 of the way from the end of reading to the commit", third),
                [=, read_at = std::optional<Clock::duration>()](const Moment& m) mutable {
                    if (!read_at && m.read >= csv_size) {
                        read_at = m.elapsed;
                    }
                    return read_at && m.elapsed >= *read_at + wait;
                });
        }
    }

    // SQLite writes the whole transaction into the WAL at the commit, then
    // (as the last connection closes) copies it into the journal and
    // removes it.
    static void kill_while_committing_or_checkpointing() {
        kill_and_check("as the commit starts writing the WAL",
                       [](const Moment& m) { return m.wal > 0; });
        for (int quarter = 1; quarter <= 3; ++quarter) {
            kill_and_check(fmt::format("with the WAL {}% written", quarter * 25),
                           [quarter](auto& m) { return m.wal >= wal_max_ * quarter / 4; });
        }
        kill_and_check("with the WAL at its full size",
                       [](const Moment& m) { return m.wal >= wal_max_; });
        kill_and_check("as the checkpoint starts growing the journal",
                       [](const Moment& m) { return m.wal_seen && m.db > db_at_commit_; });
        kill_and_check("with the checkpoint half done", [](const Moment& m) {
            return m.wal_seen && m.db >= db_at_commit_ + (db_final_ - db_at_commit_) / 2;
        });
        kill_and_check("with the checkpoint done",
                       [](const Moment& m) { return m.wal_seen && m.db >= db_final_; });
        kill_and_check("once the WAL is removed",
                       [](const Moment& m) { return m.wal_seen && m.wal < 0; });
    }

    // A new journal is filled through SQLite's rollback journal: pages go
    // into the file as the cache spills them and at the commit, which
    // removes the -journal file; then the journal turns to WAL.
    static void kill_while_filling_or_committing() {
        for (int quarter = 1; quarter <= 3; ++quarter) {
            kill_and_check(
                fmt::format("with the journal file at {}% of its final size", quarter * 25),
                [quarter](const Moment& m) {
                    return m.rollback_seen && m.db >= db_final_ * quarter / 4;
                });
        }
        kill_and_check("with the journal file at its final size",
                       [](const Moment& m) { return m.rollback_seen && m.db >= db_final_; });
        kill_and_check("once the commit has removed the rollback journal", [](const Moment& m) {
            return m.db >= db_final_ && m.rollback_seen && m.rollback < 0;
        });
        kill_and_check("as the -wal file appears",
                       [](const Moment& m) { return m.rollback_seen && m.wal >= 0; });
    }

    static inline Sandbox* box_ = nullptr;
    static inline std::string base_;    // the journal's bytes, "" for none
    static inline std::string indexes_; // names of the journal's indexes
    static inline Clock::duration total_{}, read_{}, commit_{};
    static inline std::int64_t wal_max_ = 0;
    static inline std::int64_t db_at_commit_ = 0; // the journal's size as the commit starts
    static inline std::int64_t db_final_ = 0;
    static inline int kills_ = 0, killed_ = 0, none_ = 0, all_ = 0, wal_writes_ = 0;
};

using CrashImport = ImportKills<Start::with_entries>;
using CrashImportIntoNoJournal = ImportKills<Start::no_journal>;

TEST_F(CrashImport, KilledAtTheStartOrWhileReadingTheFile) {
    kill_at_the_start_or_while_reading();
    expect_outcomes(true, false, false);
}

TEST_F(CrashImport, KilledAtDelaysSpreadOverTheRun) {
    kill_at_delays_spread_over_the_run();
}

TEST_F(CrashImport, KilledWhileCommittingOrCheckpointing) {
    kill_while_committing_or_checkpointing();
    expect_outcomes(true, true, true);
}

TEST_F(CrashImportIntoNoJournal, KilledAtTheStartOrWhileReadingTheFile) {
    kill_at_the_start_or_while_reading();
    expect_outcomes(true, false, false);
}

TEST_F(CrashImportIntoNoJournal, KilledAtDelaysSpreadOverTheRun) {
    kill_at_delays_spread_over_the_run();
}

TEST_F(CrashImportIntoNoJournal, KilledWhileFillingOrCommitting) {
    kill_while_filling_or_committing();
    expect_outcomes(true, true, false);
}

} // namespace
