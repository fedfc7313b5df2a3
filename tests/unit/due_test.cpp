// The rules of what a reminder asks for, on day totals with today pinned,
// and the words they become.

#include "analysis/due.hpp"
#include "render/due.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

namespace sore {
namespace {

using analysis::DayTotals;

// 2026-12-06 is a Sunday.
const journal::Day sunday = test::day(2026, 12, 6);

DayTotals rest(const std::string& iso) {
    DayTotals d;
    d.day = test::on(iso);
    d.entries = 1;
    return d;
}

DayTotals session(const std::string& iso, int level) {
    auto d = rest(iso);
    d.sessions = 1;
    if (level > 0) {
        d.pressure_counts.at(static_cast<std::size_t>(level - 1)) = 1;
    }
    return d;
}

DayTotals injury(DayTotals d) {
    d.injuries = 1;
    return d;
}

TEST(Due, NothingWhenTodayIsLogged) {
    std::vector<DayTotals> days{session("2026-12-04", 4), rest("2026-12-06")};
    EXPECT_TRUE(analysis::find_due(days, sunday).empty());
}

TEST(Due, CheckInOneToThreeDaysAfterASession) {
    for (int after : {1, 2, 3}) {
        auto day = sunday - date::days{after};
        std::vector<DayTotals> days{session(test::iso(day), 4)};
        auto due = analysis::find_due(days, sunday);
        ASSERT_TRUE(due.check_in) << after;
        EXPECT_EQ(due.check_in->session, day);
        EXPECT_EQ(due.check_in->days_after, after);
        EXPECT_EQ(due.check_in->pressure, 4);
        EXPECT_FALSE(due.log_today) << "the check-in asks for today's entry already";
    }
}

TEST(Due, FourDaysAfterASessionAsksOnlyForToday) {
    std::vector<DayTotals> days{session("2026-12-02", 2)};
    auto due = analysis::find_due(days, sunday);
    EXPECT_FALSE(due.check_in);
    EXPECT_TRUE(due.log_today);
}

TEST(Due, TheLatestSessionAndItsFirmestPressure) {
    auto two = session("2026-12-04", 1);
    two.pressure_counts.at(2) = 1; // light and firm the same day
    std::vector<DayTotals> days{session("2026-12-03", 4), two};
    auto due = analysis::find_due(days, sunday);
    ASSERT_TRUE(due.check_in);
    EXPECT_EQ(due.check_in->session, test::on("2026-12-04"));
    EXPECT_EQ(due.check_in->pressure, 3);
}

TEST(Due, AnIdleJournalIsLeftAlone) {
    std::vector<DayTotals> days{rest("2026-11-16")}; // 20 days ago
    EXPECT_TRUE(analysis::find_due(days, sunday).empty());
    std::vector<DayTotals> fourteen{rest("2026-11-22")}; // 14 days ago still counts
    EXPECT_TRUE(analysis::find_due(fourteen, sunday).log_today);
    std::vector<DayTotals> fifteen{rest("2026-11-21")};
    EXPECT_TRUE(analysis::find_due(fifteen, sunday).empty());
    EXPECT_TRUE(analysis::find_due({}, sunday).empty());
}

TEST(Due, DaysAfterTodayAreIgnored) {
    std::vector<DayTotals> days{rest("2026-12-05"), session("2026-12-07", 4)};
    auto due = analysis::find_due(days, sunday);
    EXPECT_TRUE(due.log_today);
    EXPECT_FALSE(due.check_in);
}

TEST(Due, CautionAfterAnInjuryAndASessionSince) {
    std::vector<DayTotals> days{injury(rest("2026-11-30")), session("2026-12-02", 1),
                                session("2026-12-04", 2)};
    auto due = analysis::find_due(days, sunday);
    ASSERT_TRUE(due.caution);
    EXPECT_EQ(due.caution->injury, test::on("2026-11-30"));
    EXPECT_EQ(due.caution->session, test::on("2026-12-02")); // the first since
    EXPECT_TRUE(due.check_in);
}

TEST(Due, NoCautionWithoutASessionSinceOrAfterSevenDays) {
    std::vector<DayTotals> before{session("2026-12-01", 2), injury(rest("2026-12-03"))};
    EXPECT_FALSE(analysis::find_due(before, sunday).caution);
    std::vector<DayTotals> old{injury(rest("2026-11-28")), session("2026-12-01", 2)};
    EXPECT_FALSE(analysis::find_due(old, sunday).caution) << "8 days ago";
    std::vector<DayTotals> seven{injury(rest("2026-11-29")), session("2026-12-01", 2)};
    EXPECT_TRUE(analysis::find_due(seven, sunday).caution) << "7 days ago";
    std::vector<DayTotals> same{injury(session("2026-12-05", 3))};
    ASSERT_TRUE(analysis::find_due(same, sunday).caution);
}

TEST(Due, TheLatestInjuryWithASessionSinceDecides) {
    std::vector<DayTotals> days{injury(rest("2026-11-30")), session("2026-12-01", 2),
                                injury(rest("2026-12-03"))};
    auto due = analysis::find_due(days, sunday);
    ASSERT_TRUE(due.caution) << "a later injury with no session since does not hide it";
    EXPECT_EQ(due.caution->injury, test::on("2026-11-30"));
    days.push_back(session("2026-12-04", 1));
    due = analysis::find_due(days, sunday);
    ASSERT_TRUE(due.caution);
    EXPECT_EQ(due.caution->injury, test::on("2026-12-03"));
    EXPECT_EQ(due.caution->session, test::on("2026-12-04"));
}

TEST(DueWords, CheckInNamesTheDayAndPressure) {
    std::vector<DayTotals> days{session("2026-12-04", 4)};
    auto lines = render::due_lines(analysis::find_due(days, sunday));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "How sore are you today, 2 days after Friday's deep session? Log it: "
                        "sore log --soreness N");
    std::vector<DayTotals> yesterday{session("2026-12-05", 0)};
    EXPECT_EQ(render::due_lines(analysis::find_due(yesterday, sunday)).at(0),
              "How sore are you today, the day after Saturday's session? Log it: sore log "
              "--soreness N");
    EXPECT_EQ(render::due_summary(analysis::find_due(days, sunday)), "Time for a check-in");
}

TEST(DueWords, CautionNamesBothDays) {
    std::vector<DayTotals> days{injury(rest("2026-11-30")), session("2026-12-02", 1),
                                rest("2026-12-06")};
    auto due = analysis::find_due(days, sunday);
    auto lines = render::due_lines(due);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].starts_with("You flagged an injury on Monday 2026-11-30 and had a "
                                     "session since, on Wednesday 2026-12-02."))
        << lines[0];
    EXPECT_EQ(render::due_summary(due), "A session after an injury");
    EXPECT_TRUE(render::due_lines({}).empty());
    EXPECT_EQ(render::due_summary({}), "");
}

} // namespace
} // namespace sore
