// Behaviour that depends on a terminal: colour (and NO_COLOR, --no-color,
// pipes), questions for missing values, and confirmation before deleting.

#include "json.hpp"

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::listed_ids;
using sore::testing::Sandbox;

namespace {

const std::string escape = "\x1b[";

class Terminal : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* soreness : {"8", "2"}) {
            auto r = box.run({"log", "--soreness", soreness, "--pressure", "deep", "--injury"});
            ASSERT_EQ(r.status, 0) << r.err;
        }
    }
    Sandbox box;
};

TEST_F(Terminal, ListAndShowUseColourOnATerminal) {
    auto list = box.run_tty({"list"}, "");
    ASSERT_EQ(list.status, 0) << list.out;
    EXPECT_TRUE(contains(list.out, escape)) << list.out;
    EXPECT_TRUE(contains(list.out, "2 entries")) << list.out;

    auto show = box.run_tty({"show", "1"}, "");
    ASSERT_EQ(show.status, 0) << show.out;
    EXPECT_TRUE(contains(show.out, escape)) << show.out;
    EXPECT_TRUE(contains(show.out, "8 of 10")) << show.out;
}

TEST_F(Terminal, NoColorEnvironmentTurnsColourOff) {
    box.env["NO_COLOR"] = "1";
    for (const char* command : {"list", "show"}) {
        std::vector<std::string> args{command};
        if (args[0] == "show") {
            args.emplace_back("1");
        }
        auto r = box.run_tty(args, "");
        ASSERT_EQ(r.status, 0) << r.out;
        EXPECT_FALSE(contains(r.out, escape)) << command << ": " << r.out;
        EXPECT_TRUE(contains(r.out, "2026-11-27")) << r.out;
    }
}

TEST_F(Terminal, NoColorOptionTurnsColourOff) {
    auto list = box.run_tty({"--no-color", "list"}, "");
    ASSERT_EQ(list.status, 0) << list.out;
    EXPECT_FALSE(contains(list.out, escape)) << list.out;
    EXPECT_TRUE(contains(list.out, "2 entries")) << list.out;

    auto show = box.run_tty({"--no-color", "show", "2"}, "");
    ASSERT_EQ(show.status, 0) << show.out;
    EXPECT_FALSE(contains(show.out, escape)) << show.out;
    EXPECT_TRUE(contains(show.out, "2 of 10")) << show.out;
}

TEST_F(Terminal, DumbTerminalGetsNoColour) {
    box.env["TERM"] = "dumb";
    auto r = box.run_tty({"list"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_FALSE(contains(r.out, escape)) << r.out;
    EXPECT_TRUE(contains(r.out, "2 entries")) << r.out;
}

TEST_F(Terminal, PipedOutputHasNoColour) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"list"},
                                                 {"show", "1"},
                                                 {"list", "--format", "csv"},
                                                 {"list", "--format", "json"},
                                                 {"check"}}) {
        auto r = box.run(args);
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(contains(r.out, args[0] == "check" ? "ok" : "2026-11-27")) << r.out;
        EXPECT_FALSE(contains(r.out, escape)) << args[0] << ": " << r.out;
        EXPECT_FALSE(contains(r.err, escape)) << args[0] << ": " << r.err;
    }
}

TEST_F(Terminal, JsonStaysPlainOnATerminal) {
    auto r = box.run_tty({"list", "--format", "json"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_FALSE(contains(r.out, escape)) << r.out;
    EXPECT_TRUE(contains(r.out, "\"soreness\": 8")) << r.out;
}

TEST(Prompt, LogAsksForSorenessAndAsksAgainAfterABadAnswer) {
    Sandbox box;
    auto r = box.run_tty({"log", "--sitting", "2"}, "eleven\n11\n7\n");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "(0-10, or q to stop)")) << r.out;
    EXPECT_TRUE(contains(r.out, "'eleven'")) << r.out;
    EXPECT_TRUE(contains(r.out, "Added entry 1 for 2026-11-27 (soreness 7).")) << r.out;
    auto e = sore::testing::show_json(box, "1");
    EXPECT_EQ(e["soreness"], 7);
    EXPECT_EQ(e["sitting_min"], 120);
}

TEST(Prompt, LogWithoutAnAnswerAddsNothing) {
    Sandbox box;
    auto r = box.run_tty({"log", "--sitting", "2"}, "\x04"); // end of input
    EXPECT_EQ(r.status, 1) << r.out;                         // nothing done, but not an error
    EXPECT_FALSE(contains(r.out, "sore: error: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "Nothing logged.")) << r.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{});
}

TEST(Prompt, QStopsAndSpacesAroundAnAnswerAreFine) {
    Sandbox box;
    auto stopped = box.run_tty({"log"}, "q\n");
    EXPECT_EQ(stopped.status, 1) << stopped.out;
    EXPECT_TRUE(contains(stopped.out, "Nothing logged.")) << stopped.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{});

    auto spaced = box.run_tty({"log"}, "  5 \n");
    ASSERT_EQ(spaced.status, 0) << spaced.out;
    EXPECT_EQ(sore::testing::show_json(box, "1")["soreness"], 5);
}

TEST(Prompt, ABadDateIsRefusedBeforeAsking) {
    Sandbox box;
    auto r = box.run_tty({"log", "2099-01-01"}, "5\n");
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_FALSE(contains(r.out, "How sore")) << r.out;
    EXPECT_TRUE(contains(r.out, "'2099-01-01' is in the future")) << r.out;
}

TEST(Prompt, LoggingTwiceOnADayIsPointedOutOnATerminal) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "-4d", "--soreness", "2"}).status, 0);
    auto r = box.run_tty({"log", "monday", "--soreness", "3"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "sore: note: 2026-11-23 now has 2 entries (1, 2)")) << r.out;
    auto piped = box.run({"log", "monday", "--soreness", "3"});
    EXPECT_EQ(piped.err, "") << "scripts that log several a day get no note";
}

TEST(Prompt, LogWithoutATerminalDoesNotAsk) {
    Sandbox box;
    auto r = box.run({"log", "--sitting", "2"}, "7\n");
    EXPECT_TRUE(fails_with(r, 2, {"--soreness", "0 to 10"}));
    EXPECT_EQ(box.db_bytes(), "");
}

TEST(Prompt, LogWithSorenessGivenDoesNotAsk) {
    Sandbox box;
    auto r = box.run_tty({"log", "--soreness", "3"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_FALSE(contains(r.out, "(0-10, or q to stop)")) << r.out;
    EXPECT_TRUE(contains(r.out, "Added entry 1 for 2026-11-27 (soreness 3).")) << r.out;
}

TEST_F(Terminal, RmAsksAndNoKeepsTheEntry) {
    auto before = box.db_bytes();
    auto r = box.run_tty({"rm", "1"}, "n\n");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "[y/N]")) << r.out;
    EXPECT_TRUE(contains(r.out, "soreness 8")) << "the question shows the entry: " << r.out;
    EXPECT_TRUE(contains(r.out, "Nothing was deleted.")) << r.out;
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2}));
    EXPECT_EQ(box.db_bytes(), before);
}

TEST_F(Terminal, RmAsksAndEmptyAnswerKeepsTheEntry) {
    auto r = box.run_tty({"rm", "1", "2"}, "\n");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "Nothing was deleted.")) << r.out;
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2}));
}

TEST_F(Terminal, RmAsksAndYesDeletes) {
    auto r = box.run_tty({"rm", "1"}, "y\n");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "Deleted entry 1.")) << r.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{2});
}

TEST_F(Terminal, RmOfAMissingIdOnATerminalAsksNothing) {
    auto r = box.run_tty({"rm", "2", "7"}, "y\n");
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_TRUE(contains(r.out, "no entry with id 7")) << r.out;
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2}));
}

TEST_F(Terminal, RmWithYesOnATerminalDoesNotAsk) {
    auto r = box.run_tty({"rm", "2", "--yes"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_FALSE(contains(r.out, "[y/N]")) << r.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{1});
}

TEST_F(Terminal, RmWithoutYesAndWithoutATerminalIsRefused) {
    auto before = box.db_bytes();
    auto r = box.run({"rm", "1"}, "y\n");
    EXPECT_TRUE(fails_with(r, 2, {"--yes"}));
    EXPECT_EQ(box.db_bytes(), before);
}

} // namespace
