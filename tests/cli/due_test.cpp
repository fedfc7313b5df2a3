// `sore due` run as a user would: what is due (the days after a session,
// today's entry, the injury caution once) from journals logged with
// `sore log`. Bad arguments: the bad-input table (bad_input_test.cpp).

#include "remind.hpp"

namespace {

using namespace sore::testing::reminders;

// ---------------------------------------------------------------- sore due

class Due : public ::testing::Test {
protected:
    void SetUp() override { box.env["XDG_STATE_HOME"] = std::nullopt; }

    // `sore due`, which must succeed quietly on stderr: its lines.
    Lines due() {
        auto r = box.run({"due"});
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.err, "");
        return lines(r.out);
    }
    // `sore due --quiet`, which must print nothing: its status.
    int quiet() {
        auto r = box.run({"due", "--quiet"});
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err, "");
        return r.status;
    }
    void log(std::vector<std::string> args) { log_entry(box, std::move(args)); }

    fs::path cautions() const { return box.dir() / "home/.local/state/sore/cautions.json"; }

    Sandbox box;
};

TEST_F(Due, AnEntryTodayLeavesNothingDue) {
    log({"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    log({"--soreness", "3"});
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(quiet(), 1);
}

TEST_F(Due, TwoDaysAfterADeepSessionAsksHowSore) {
    log({"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    EXPECT_EQ(due(), Lines{check_in("2 days after", "Wednesday's deep session")});
    EXPECT_EQ(quiet(), 0);
    // Saying it changes nothing: asked again, it says it again.
    EXPECT_EQ(due(), Lines{check_in("2 days after", "Wednesday's deep session")});
    EXPECT_FALSE(fs::exists(cautions()));
}

TEST_F(Due, TheDayAfterASession) {
    log({"yesterday", "--soreness", "4", "--pressure", "light"});
    EXPECT_EQ(due(), Lines{check_in("the day after", "Thursday's light session")});
}

TEST_F(Due, ThreeDaysAfterASession) {
    log({"2026-11-24", "--soreness", "4", "--pressure", "firm"});
    EXPECT_EQ(due(), Lines{check_in("3 days after", "Tuesday's firm session")});
}

TEST_F(Due, FourDaysAfterASessionAsksForTodaysEntryInstead) {
    log({"2026-11-23", "--soreness", "4", "--pressure", "deep"});
    EXPECT_EQ(due(), Lines{log_today});
    EXPECT_EQ(quiet(), 0);
}

TEST_F(Due, TheLatestSessionIsNamedWithItsFirmestPressure) {
    log({"2026-11-24", "--soreness", "4", "--pressure", "deep"});
    log({"2026-11-26", "--soreness", "3", "--pressure", "light"});
    log({"2026-11-26", "--soreness", "3", "--pressure", "medium"});
    EXPECT_EQ(due(), Lines{check_in("the day after", "Thursday's medium session")});
}

TEST_F(Due, ASessionWithoutPressureIsNamedWithoutOne) {
    log({"2026-11-25", "--soreness", "4", "--technique", "swedish"});
    EXPECT_EQ(due(), Lines{check_in("2 days after", "Wednesday's session")});
}

TEST_F(Due, ARestDayIsNoSession) {
    log({"2026-11-26", "--soreness", "2", "--technique", "none"});
    EXPECT_EQ(due(), Lines{log_today});
}

TEST_F(Due, AJournalIdleForTwentyDaysAsksNothing) {
    log({"2026-11-07", "--soreness", "4", "--pressure", "deep"});
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(quiet(), 1);
}

TEST_F(Due, AnEntryFourteenDaysAgoStillAsksForToday) {
    log({"2026-11-13", "--soreness", "4"});
    EXPECT_EQ(due(), Lines{log_today});
    EXPECT_EQ(quiet(), 0);
}

TEST_F(Due, AnEntryFifteenDaysAgoAsksNothing) {
    log({"2026-11-12", "--soreness", "4"});
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(quiet(), 1);
}

TEST_F(Due, EntriesAfterTodayAreLeftOut) {
    // Logged while today was later, then read on 2026-11-27: a session and
    // an injury tomorrow, an entry the day after.
    box.env["SORE_TODAY"] = "2026-11-30";
    log({"2026-11-28", "--soreness", "5", "--pressure", "deep", "--injury"});
    log({"2026-11-29", "--soreness", "3"});
    box.env["SORE_TODAY"] = "2026-11-27";
    EXPECT_EQ(due(), Lines{}) << "only entries after today";
    EXPECT_EQ(quiet(), 1);
    log({"2026-11-25", "--soreness", "4", "--pressure", "firm"});
    EXPECT_EQ(due(), Lines{check_in("2 days after", "Wednesday's firm session")});
}

TEST_F(Due, NoJournalAsksNothingAndMakesNone) {
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(quiet(), 1);
    auto r = box.run({"remind", "now"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");
    EXPECT_FALSE(fs::exists(box.db()));
    EXPECT_FALSE(fs::exists(box.dir() / "home"));
}

TEST_F(Due, TheInjuryCautionIsGivenOncePerInjury) {
    log({"2026-11-23", "--soreness", "5", "--injury"});
    log({"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    const auto wednesday = check_in("2 days after", "Wednesday's deep session");
    const auto caution = "You flagged an injury on Monday 2026-11-23 and had a session since, on "
                         "Wednesday 2026-11-25. " +
                         caution_advice;
    // Neither --quiet nor status gives it.
    EXPECT_EQ(quiet(), 0);
    auto status = box.run({"remind", "status"});
    EXPECT_EQ(status.status, 0) << status.err;
    EXPECT_TRUE(sore::testing::contains(status.out, "  " + caution + "\n")) << status.out;
    EXPECT_FALSE(fs::exists(cautions()));

    EXPECT_EQ(due(), (Lines{wednesday, caution}));
    EXPECT_EQ(json::parse(read_file(cautions())), (json{{box.db(), "2026-11-23"}}));
    EXPECT_EQ(due(), Lines{wednesday});
    EXPECT_EQ(due(), Lines{wednesday});

    // A later injury, on the day of a session: given again, once.
    log({"2026-11-26", "--soreness", "6", "--pressure", "light", "--injury"});
    const auto thursday = check_in("the day after", "Thursday's light session");
    EXPECT_EQ(due(), (Lines{thursday, "You flagged an injury on Thursday 2026-11-26 and had a "
                                      "session the same day. " +
                                          caution_advice}));
    EXPECT_EQ(json::parse(read_file(cautions())), (json{{box.db(), "2026-11-26"}}));
    EXPECT_EQ(due(), Lines{thursday});
}

TEST_F(Due, TheCautionAloneIsDueUntilItIsGiven) {
    log({"2026-11-25", "--soreness", "5", "--injury"});
    log({"2026-11-26", "--soreness", "4", "--pressure", "medium"});
    log({"--soreness", "3", "--technique", "none"});
    EXPECT_EQ(quiet(), 0);
    EXPECT_EQ(quiet(), 0) << "--quiet gave the caution";
    EXPECT_EQ(due(), Lines{"You flagged an injury on Wednesday 2026-11-25 and had a session "
                           "since, on Thursday 2026-11-26. " +
                           caution_advice});
    EXPECT_EQ(quiet(), 1);
    EXPECT_EQ(due(), Lines{});
}

TEST_F(Due, TheCautionIsRememberedPerJournalInXdgStateHome) {
    box.env["XDG_STATE_HOME"] = (box.dir() / "state").string();
    log({"2026-11-24", "--soreness", "5", "--injury", "--pressure", "firm"});
    log({"--soreness", "3"});
    const Lines caution{"You flagged an injury on Tuesday 2026-11-24 and had a session the same "
                        "day. " +
                        caution_advice};
    EXPECT_EQ(due(), caution);
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(json::parse(read_file(box.dir() / "state/sore/cautions.json")),
              (json{{box.db(), "2026-11-24"}}));
    EXPECT_FALSE(fs::exists(cautions()));
    // A copy of the journal elsewhere is another journal: given there too.
    auto copy = (box.dir() / "copy.db").string();
    fs::copy_file(box.db(), copy);
    box.env["SORE_DB"] = copy;
    EXPECT_EQ(due(), caution);
    EXPECT_EQ(due(), Lines{});
    box.env["SORE_DB"] = box.db();
    EXPECT_EQ(due(), Lines{});
    // The same journal by a relative path or through a link is the same.
    box.env["SORE_DB"] = "journal.db";
    EXPECT_EQ(due(), Lines{});
    fs::create_symlink(box.db(), box.dir() / "link.db");
    box.env["SORE_DB"] = (box.dir() / "link.db").string();
    EXPECT_EQ(due(), Lines{});
}

TEST_F(Due, ACautionThatCannotBeRememberedIsGivenWithAWarning) {
    fs::create_directories(box.dir() / "home/.local");
    write_file(box.dir() / "home/.local/state", "a file where the folder would be\n");
    log({"2026-11-26", "--soreness", "5", "--injury", "--pressure", "light"});
    log({"--soreness", "3"});
    const auto caution = "You flagged an injury on Thursday 2026-11-26 and had a session the same "
                         "day. " +
                         caution_advice + "\n";
    for (int time = 0; time < 2; ++time) {
        auto r = box.run({"due"});
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.out, caution);
        EXPECT_EQ(r.err, "sore: warning: the injury caution may be given again: cannot make the "
                         "folder " +
                             (box.dir() / "home/.local/state/sore").string() +
                             ": Not a directory\n");
    }
}

TEST_F(Due, AnInjuryCountsForSevenDays) {
    log({"2026-11-20", "--soreness", "5", "--injury"});
    log({"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    EXPECT_EQ(due(), (Lines{check_in("2 days after", "Wednesday's deep session"),
                            "You flagged an injury on Friday 2026-11-20 and had a session since, "
                            "on Wednesday 2026-11-25. " +
                                caution_advice}));
}

TEST_F(Due, AnInjuryEightDaysAgoIsNoLongerFresh) {
    log({"2026-11-19", "--soreness", "5", "--injury"});
    log({"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    EXPECT_EQ(due(), Lines{check_in("2 days after", "Wednesday's deep session")});
}

TEST_F(Due, ASessionOnlyBeforeTheInjuryGivesNoCaution) {
    log({"2026-11-22", "--soreness", "4", "--pressure", "deep"});
    log({"2026-11-24", "--soreness", "5", "--injury"});
    log({"--soreness", "3"});
    EXPECT_EQ(due(), Lines{});
    EXPECT_EQ(quiet(), 1);
}

} // namespace
