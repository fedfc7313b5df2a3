// Two processes logging at once: 2 x 200 runs of `sore log` on one journal
// all succeed, and every entry is there once with its own id; and two
// processes creating a fresh journal at once both succeed.

#include "expect.hpp"

#include <latch>
#include <regex>
#include <set>
#include <thread>

using sore::testing::query;
using sore::testing::Sandbox;

namespace {

constexpr int runs_per_writer = 200;

struct Outcome {
    std::vector<std::string> failures; // "run N: status S: stderr"
    std::vector<long long> ids;        // from "Added entry N ..."
};

Outcome write_entries(const Sandbox& box, const std::string& writer) {
    Outcome outcome;
    const std::regex added(R"(Added entry (\d+) for 2026-11-27 \(soreness (\d+)\)\.\n)");
    for (int i = 0; i < runs_per_writer; ++i) {
        auto soreness = std::to_string(i % 11);
        auto r = box.run({"log", "--soreness", soreness, "--note", writer + "-" + std::to_string(i),
                          "--tag", writer});
        std::smatch m;
        if (r.status != 0 || !r.err.empty() || !std::regex_match(r.out, m, added) ||
            m.str(2) != soreness) {
            outcome.failures.push_back("run " + std::to_string(i) + ": status " +
                                       std::to_string(r.status) + ": " + r.out + r.err);
            continue;
        }
        outcome.ids.push_back(std::stoll(m.str(1)));
    }
    return outcome;
}

TEST(Concurrency, TwoWritersOf200EntriesEach) {
    Sandbox box; // no journal yet: the two writers also race to create it
    Outcome a, b;
    std::thread first([&] { a = write_entries(box, "a"); });
    std::thread second([&] { b = write_entries(box, "b"); });
    first.join();
    second.join();

    EXPECT_EQ(a.failures.size(), 0u) << (a.failures.empty() ? "" : a.failures.front());
    EXPECT_EQ(b.failures.size(), 0u) << (b.failures.empty() ? "" : b.failures.front());

    std::set<long long> ids(a.ids.begin(), a.ids.end());
    ids.insert(b.ids.begin(), b.ids.end());
    EXPECT_EQ(ids.size(), 400u) << "ids printed by sore must be distinct";

    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry"), std::vector<std::string>{"400"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT id) FROM entry"),
              std::vector<std::string>{"400"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT uuid) FROM entry"),
              std::vector<std::string>{"400"});
    EXPECT_EQ(query(box.db(), "SELECT count(DISTINCT note) FROM entry"),
              std::vector<std::string>{"400"});
    EXPECT_EQ(query(box.db(), "SELECT tag || ' ' || count(*) FROM entry_tag GROUP BY tag "
                              "ORDER BY tag"),
              (std::vector<std::string>{"a 200", "b 200"}));
    // The ids sore printed are the ids stored, with the notes each run gave.
    EXPECT_EQ(query(
                  box.db(), "SELECT count(*) FROM entry WHERE note LIKE 'a-%' AND id IN (" +
                                [&] {
                                    std::string list;
                                    for (auto id : a.ids) {
                                        list += (list.empty() ? "" : ",") + std::to_string(id);
                                    }
                                    return list.empty() ? std::string("0") : list;
                                }() +
                                ")"),
              std::vector<std::string>{std::to_string(a.ids.size())});
    EXPECT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});

    auto check = box.run({"check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_NE(check.out.find("entries       400"), std::string::npos) << check.out;
}

// The first use of a journal is the riskiest moment: both processes find no
// file, create it, switch it to WAL and apply the schema. Many fresh
// journals, two processes started together on each.
TEST(Concurrency, TwoFirstWritersOnFreshJournals) {
    constexpr int rounds = 50;
    std::vector<std::string> failures;
    for (int round = 0; round < rounds; ++round) {
        Sandbox box;
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
        }
    }
    EXPECT_TRUE(failures.empty()) << failures.size() << " of " << 2 * rounds
                                  << " runs failed; first: "
                                  << (failures.empty() ? "" : failures.front());
}

} // namespace
