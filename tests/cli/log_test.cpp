#include "runner.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using sore::testing::Sandbox;

TEST(Log, AddsAnEntryAndListsIt) {
    Sandbox box;
    auto added =
        box.run({"log", "--soreness", "6", "--sitting", "7h30m", "--pressure", "deep",
                 "--technique", "deep-tissue", "--knots", "3", "--note", "left side tight"});
    ASSERT_EQ(added.status, 0) << added.err;
    EXPECT_EQ(added.out, "Added entry 1 for 2026-11-27 (soreness 6).\n");

    auto listed = box.run({"list", "--format", "json"});
    ASSERT_EQ(listed.status, 0) << listed.err;
    auto entries = nlohmann::json::parse(listed.out);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["date"], "2026-11-27");
    EXPECT_EQ(entries[0]["soreness"], 6);
    EXPECT_EQ(entries[0]["sitting_min"], 450);
    EXPECT_EQ(entries[0]["pressure"], 4);
    EXPECT_EQ(entries[0]["technique"], "deep-tissue");
    EXPECT_EQ(entries[0]["knots"], 3);
    EXPECT_EQ(entries[0]["note"], "left side tight");
}

TEST(Log, AsksForSorenessOnATerminal) {
    Sandbox box;
    auto asked = box.run_tty({"log", "--sitting", "2"}, "4\n");
    ASSERT_EQ(asked.status, 0) << asked.out;
    EXPECT_NE(asked.out.find("(0-10, or q to stop)"), std::string::npos) << asked.out;
    EXPECT_NE(asked.out.find("Added entry 1 for 2026-11-27 (soreness 4)."), std::string::npos)
        << asked.out;
}
