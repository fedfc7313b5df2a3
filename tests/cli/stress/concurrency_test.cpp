// Four processes logging at once: 4 x 250 runs of `sore log` on one journal
// all succeed, and every entry is there once with its own id; two processes
// creating a fresh journal at once both succeed; and `sore week` run again
// and again while an import commits sees the journal before the import or
// after it, never part of it.

#include "bulk.hpp"
#include "expect.hpp"

#include <atomic>
#include <iostream>
#include <latch>
#include <regex>
#include <set>
#include <thread>

using sore::testing::query;
using sore::testing::Sandbox;

namespace {

constexpr std::size_t writers = 4;
constexpr int runs_per_writer = 250;

struct Outcome {
    std::vector<std::string> failures; // "run N: status S: stderr"
    std::vector<long long> ids;        // from "Added entry N ..."
    int started = 0;                   // runs that said they made the journal
};

Outcome write_entries(const Sandbox& box, const std::string& writer) {
    Outcome outcome;
    const std::regex added(R"(Added entry (\d+) for 2026-11-27 \(soreness (\d+)\)\.\n)");
    for (int i = 0; i < runs_per_writer; ++i) {
        auto soreness = std::to_string(i % 11);
        auto r = box.run({"log", "--soreness", soreness, "--note", writer + "-" + std::to_string(i),
                          "--tag", writer});
        std::smatch m;
        // Of all the racing runs, the one that made the journal says so.
        bool made = r.err == "Started a new journal at " + box.db() + ".\n";
        outcome.started += made ? 1 : 0;
        if (r.status != 0 || (!r.err.empty() && !made) || !std::regex_match(r.out, m, added) ||
            m.str(2) != soreness) {
            outcome.failures.push_back("run " + std::to_string(i) + ": status " +
                                       std::to_string(r.status) + ": " + r.out + r.err);
            continue;
        }
        outcome.ids.push_back(std::stoll(m.str(1)));
    }
    return outcome;
}

std::string joined(const std::vector<long long>& ids) {
    std::string list;
    for (auto id : ids) {
        list += (list.empty() ? "" : ",") + std::to_string(id);
    }
    return list.empty() ? std::string("0") : list;
}

TEST(Concurrency, FourWritersOf250EntriesEach) {
    Sandbox box; // no journal yet: the writers also race to create it
    box.skip_leak_check();
    std::vector<Outcome> outcomes(writers);
    std::vector<std::string> names;
    std::vector<std::thread> threads;
    for (std::size_t w = 0; w < writers; ++w) {
        names.push_back(std::string(1, static_cast<char>('a' + w)));
    }
    for (std::size_t w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] { outcomes[w] = write_entries(box, names[w]); });
    }
    for (auto& thread : threads) {
        thread.join();
    }

    std::set<long long> ids;
    std::vector<std::string> per_tag;
    for (std::size_t w = 0; w < writers; ++w) {
        const auto& o = outcomes[w];
        EXPECT_EQ(o.failures.size(), 0u)
            << names[w] << ": " << (o.failures.empty() ? "" : o.failures.front());
        ids.insert(o.ids.begin(), o.ids.end());
        per_tag.push_back(names[w] + " " + std::to_string(runs_per_writer));
        // The ids sore printed are the ids stored, with the notes each run gave.
        EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry WHERE note LIKE '" + names[w] +
                                      "-%' AND id IN (" + joined(o.ids) + ")"),
                  std::vector<std::string>{std::to_string(o.ids.size())});
    }
    EXPECT_EQ(ids.size(), 1000u) << "ids printed by sore must be distinct";
    int started = 0;
    for (const auto& o : outcomes) {
        started += o.started;
    }
    EXPECT_EQ(started, 1) << "exactly one run made the journal";

    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry"), std::vector<std::string>{"1000"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT id) FROM entry"),
              std::vector<std::string>{"1000"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT uuid) FROM entry"),
              std::vector<std::string>{"1000"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT note) FROM entry"),
              std::vector<std::string>{"1000"});
    EXPECT_EQ(query(box.db(), "SELECT tag || ' ' || count(*) FROM entry_tag GROUP BY tag "
                              "ORDER BY tag"),
              per_tag);
    EXPECT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});

    auto check = box.run({"check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_NE(check.out.find("entries       1000"), std::string::npos) << check.out;
}

// The first use of a journal is the riskiest moment: both processes find no
// file, create it, switch it to WAL and apply the schema. Many fresh
// journals, two processes started together on each.
TEST(Concurrency, TwoFirstWritersOnFreshJournals) {
    constexpr int rounds = 50;
    std::vector<std::string> failures;
    for (int round = 0; round < rounds; ++round) {
        Sandbox box;
        box.skip_leak_check();
        std::latch start(2);
        sore::testing::Result one, two;
        auto writer = [&](sore::testing::Result& result, const char* soreness) {
            start.arrive_and_wait();
            result = box.run({"log", "--soreness", soreness});
        };
        std::thread first(writer, std::ref(one), "1");
        std::thread second(writer, std::ref(two), "2");
        first.join();
        second.join();
        for (const auto* r : {&one, &two}) {
            if (r->status != 0) {
                failures.push_back("round " + std::to_string(round) + ": status " +
                                   std::to_string(r->status) + ": " + r->err);
            }
        }
        if (one.status == 0 && two.status == 0) {
            EXPECT_EQ(query(box.db(), "SELECT group_concat(soreness, ',') FROM "
                                      "(SELECT soreness FROM entry ORDER BY soreness)"),
                      std::vector<std::string>{"1,2"});
            auto said = [&](const sore::testing::Result& r) {
                return r.err == "Started a new journal at " + box.db() + ".\n" ? 1 : 0;
            };
            if (said(one) + said(two) != 1) {
                failures.push_back("round " + std::to_string(round) +
                                   ": not exactly one run said it made the journal: [" + one.err +
                                   "] [" + two.err + "]");
            }
        }
    }
    EXPECT_TRUE(failures.empty()) << failures.size() << " of " << 2 * rounds
                                  << " runs failed; first: "
                                  << (failures.empty() ? "" : failures.front());
}

// `sore week` over every week of the journal, again and again from two
// threads while an import of 3,000 rows runs and commits: each output is the
// one before the import or the one after it. Eight imports, each into the
// journal as it was.
TEST(Concurrency, AWeekReportSeesTheJournalBeforeOrAfterAnImportNeverPart) {
    Sandbox box;
    box.skip_leak_check();
    for (const char* day : {"2026-02-02", "2026-05-05", "2026-11-20"}) {
        ASSERT_EQ(box.run({"log", day, "--soreness", "5", "--sitting", "8"}).status, 0);
    }
    sore::testing::write_file(
        box.dir() / "bulk.csv",
        sore::testing::bulk_csv(3000, std::chrono::year{2026} / std::chrono::November / 27, 330));
    const std::vector<std::string> week{"week", "--format", "csv", "--weeks", "52"};
    const auto base = box.db_bytes();
    auto restore = [&] {
        std::error_code ec;
        std::filesystem::remove(box.db() + "-wal", ec);
        std::filesystem::remove(box.db() + "-shm", ec);
        sore::testing::write_file(box.db(), base);
    };

    auto before = box.run(week);
    ASSERT_EQ(before.status, 0) << before.err;
    ASSERT_EQ(box.run({"import", "bulk.csv"}).status, 0);
    auto after = box.run(week);
    ASSERT_EQ(after.status, 0) << after.err;
    ASSERT_NE(before.out, after.out);
    ASSERT_EQ(sore::testing::lines(after.out).size(), 53u) << after.out; // header + 52 weeks

    constexpr int rounds = 8;
    int saw_before = 0, saw_after = 0;
    std::vector<std::string> wrong;
    for (int round = 0; round < rounds; ++round) {
        restore();
        auto import = box.start({"import", "bulk.csv"}, "import");
        std::atomic<bool> done = false;
        std::vector<sore::testing::Result> seen[2];
        auto reader = [&](int which) {
            // Once more after the import has ended: that one must see it all.
            bool last = false;
            while (!last) {
                last = done.load();
                seen[which].push_back(box.run(week));
            }
        };
        std::thread first(reader, 0);
        std::thread second(reader, 1);
        auto imported = import->wait();
        done = true;
        first.join();
        second.join();
        ASSERT_EQ(imported.status, 0) << imported.err;
        for (const auto& outputs : seen) {
            EXPECT_EQ(outputs.back().out, after.out) << "after the import ended";
            for (const auto& r : outputs) {
                if (r.status != 0 || !r.err.empty()) {
                    wrong.push_back("status " + std::to_string(r.status) + ": " + r.err);
                } else if (r.out == before.out) {
                    ++saw_before;
                } else if (r.out == after.out) {
                    ++saw_after;
                } else {
                    wrong.push_back(r.out);
                }
            }
        }
    }
    EXPECT_TRUE(wrong.empty()) << wrong.size() << " outputs were neither; the first:\n"
                               << (wrong.empty() ? "" : wrong.front()) << "\nbefore:\n"
                               << before.out << "after:\n"
                               << after.out;
    std::cout << saw_before + saw_after << " week reports during " << rounds
              << " imports: " << saw_before << " before, " << saw_after << " after\n";
}

} // namespace
