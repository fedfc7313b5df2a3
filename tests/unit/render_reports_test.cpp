#include "render/causes.hpp"
#include "render/causes_words.hpp"
#include "render/text.hpp"
#include "render/week.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>

namespace sore::render {
namespace {

using analysis::Cause;
using analysis::Gap;

TEST(SorenessBar, TwoCellsAPointInEighths) {
    EXPECT_EQ(soreness_bar(0, false), "");
    std::string full;
    for (int i = 0; i < 20; ++i) {
        full += "█";
    }
    EXPECT_EQ(soreness_bar(10, false), full);
    EXPECT_EQ(soreness_bar(2.5, false), "█████");
    EXPECT_EQ(soreness_bar(0.0625, false), "▏"); // 1/8 of a cell
    EXPECT_EQ(soreness_bar(1.25, false), "██▌");
    EXPECT_EQ(soreness_bar(12, false), soreness_bar(10, false)); // clamped
}

TEST(SorenessBar, AsciiRoundsToWholeCells) {
    EXPECT_EQ(soreness_bar(2.5, true), "#####");
    EXPECT_EQ(soreness_bar(2.2, true), "####");
    EXPECT_EQ(soreness_bar(2.3, true), "#####");
    EXPECT_EQ(soreness_bar(0.1, true), "");
    EXPECT_EQ(soreness_bar(10, true), std::string(20, '#'));
}

using analysis::ChangeKind;

analysis::WeekReport report_with(std::optional<analysis::Trend> trend,
                                 std::optional<analysis::Change> change, int days = 40) {
    analysis::WeekReport r;
    r.days = days;
    r.trend = trend;
    r.change = change;
    return r;
}

analysis::Change change_of(double difference, analysis::Interval ci, ChangeKind kind) {
    analysis::Change c;
    auto day = date::sys_days{date::year{2026} / 10 / 1};
    c.first = {day, day + date::days{13}};
    c.last = {day + date::days{30}, day + date::days{43}};
    c.first_days = c.last_days = 14;
    c.first_mean = 5.0;
    c.last_mean = 5.0 + difference;
    c.difference = {difference, 0.3, ci, 0.01};
    c.kind = kind;
    return c;
}

TEST(WeekText, TheTrendNeeds28LoggedDaysAndSaysHowManyMore) {
    EXPECT_EQ(trend_text(report_with({}, {}, 19)),
              "Trend: needs 28 logged days; there are 19, so 9 more would let sore answer.");
    analysis::Trend exact{30, {-0.5, {}, {}, {}}, 6, true, analysis::Direction::improving};
    EXPECT_EQ(trend_text(report_with(exact, {})),
              "Trend: -0.50 points a week over 30 logged days, exactly on a line (exact, no "
              "interval).");
    analysis::Trend flat{
        40, {-0.1, 0.1, {{-0.3, 0.1}}, 0.3}, 4, false, analysis::Direction::no_clear_change};
    EXPECT_EQ(trend_text(report_with(flat, {})),
              "Trend: -0.10 points a week (95% CI -0.30 to +0.10) over 40 logged days; no clear "
              "change: the interval takes in a flat line.");
}

TEST(WeekText, TheChangeLineGivesItsIntervalAndOneOfFourAnswers) {
    auto text = [](const analysis::Change& c) {
        return change_text(report_with({}, c));
    };
    auto meaningful = text(change_of(-2.5, {-3.1, -1.9}, ChangeKind::meaningful_improvement));
    EXPECT_NE(meaningful.find("down 2.50 points (95% CI -3.10 to -1.90), from 5.0 to 2.5: a "
                              "meaningful improvement"),
              std::string::npos)
        << meaningful;
    EXPECT_NE(
        text(change_of(-0.8, {-1.2, -0.4}, ChangeKind::improvement))
            .find(": an improvement, though less than a fall of 2 points, or of 30% from 4 or "
                  "more, which counts as meaningful."),
        std::string::npos);
    EXPECT_NE(
        text(change_of(1.2, {0.5, 1.9}, ChangeKind::worsening)).find(": sorer by 1.2 points."),
        std::string::npos);
    EXPECT_NE(text(change_of(0.3, {-0.4, 1.0}, ChangeKind::usual_variation))
                  .find(": within your usual day-to-day variation."),
              std::string::npos);
    auto held = change_of(-2.5, {-3.1, -1.9}, ChangeKind::usual_variation);
    held.trend_disagrees = true;
    EXPECT_NE(text(held).find("The trend over the whole period does not go the same way"),
              std::string::npos);
    EXPECT_EQ(text(held).find("meaningful improvement"), std::string::npos);
}

TEST(WeekText, NoChangeLineSaysWhy) {
    EXPECT_EQ(change_text(report_with({}, {}, 7)),
              "Change: needs 5 logged days at each end of the period to compare; there are 7 "
              "logged days in all, so 3 more would let sore compare.");
    EXPECT_NE(change_text(report_with({}, {}, 30)).find("cannot be compared like with like"),
              std::string::npos);
}

TEST(ReportText, NumbersNeverShowMinusZero) {
    EXPECT_EQ(fixed(-0.001, 2), "0.00");
    EXPECT_EQ(fixed(2.345, 1), "2.3");
    EXPECT_EQ(signed_fixed(0.5, 2), "+0.50");
    EXPECT_EQ(signed_fixed(-0.004, 2), "0.00");
    EXPECT_EQ(signed_fixed(-1.5, 1), "-1.5");
}

analysis::Finding gap_finding(Cause cause, Gap gap) {
    auto f = analysis::finding_of(cause);
    f.gap = gap;
    return f;
}

TEST(CausesWords, GapsSayWhatIsMissingAndHowManyMoreAddingUp) {
    EXPECT_EQ(finding_text(gap_finding(Cause::sitting, {Gap::Kind::few_days, 19, 9, {}})),
              "This needs 28 clean days (no session on them or in the 3 days before, no injury) "
              "that record hours sat with --sitting H; there are 19, so 9 more would let sore "
              "answer.");
    EXPECT_EQ(finding_text(gap_finding(Cause::knots, {Gap::Kind::few_sessions, 1, 9, {}})),
              "This needs 10 sessions that record knots with --knots N; there is 1, so 9 more "
              "would let sore answer.");
    EXPECT_EQ(finding_text(gap_finding(Cause::emotional, {Gap::Kind::few_with, 2, 3, {}})),
              "This needs 5 sessions with an emotional release (--emotional); there are 2, so 3 "
              "more would let sore answer.");
    EXPECT_EQ(finding_text(gap_finding(Cause::injury, {Gap::Kind::few_without, 4, 1, {}})),
              "This needs 5 clean days to compare flagged days with; there are 4, so 1 more "
              "would let sore answer.");
    EXPECT_EQ(finding_text(gap_finding(Cause::pressure, {Gap::Kind::constant, 12, 3, 3.0})),
              "Every session used the same pressure (firm); 3 sessions at another level would let "
              "sore compare.");
    // Light 3 and medium 1: 4 between them, 2 more at medium.
    EXPECT_EQ(finding_text(gap_finding(Cause::pressure, {Gap::Kind::few_levels, 4, 2, {}})),
              "This needs 3 sessions at each of two pressure levels; the two most used have 4 "
              "between them, so 2 more would let sore compare.");
}

analysis::Finding answered(Cause cause, analysis::Verdict verdict, double estimate,
                           analysis::Interval ci) {
    auto f = analysis::finding_of(cause);
    f.verdict = verdict;
    f.estimate = estimate;
    f.ci = ci;
    f.p = 0.01;
    f.p_holm = 0.04;
    f.family = 3;
    f.n = 30;
    if (cause == Cause::pressure) {
        f.lightest = 1;
        f.firmest = 4;
    }
    return f;
}

TEST(CausesWords, OnlyAClearVerdictSaysWhatWentWithWhatAndGivesAdvice) {
    using analysis::Verdict;
    auto clear = answered(Cause::pressure, Verdict::clear, 2.14, {1.2, 3.1});
    EXPECT_EQ(finding_text(clear).rfind("The day after a deep session you were 2.1 points more "
                                        "sore than the day after a light one. Deeper work",
                                        0),
              0U)
        << finding_text(clear);
    EXPECT_EQ(figure_line(clear),
              "Deep against light: +2.14 points (95% CI +1.20 to +3.10; p = 0.010, p = 0.040 "
              "allowing for 3 tests)");
    auto lower = answered(Cause::sitting, Verdict::clear, -0.4, {-0.6, -0.2});
    EXPECT_EQ(finding_text(lower),
              "On clean days, each extra hour sat went with 0.4 points less soreness.");
    EXPECT_EQ(finding_text(answered(Cause::knots, Verdict::small, 0.1, {-0.4, 0.6})),
              "Small either way: from -0.4 to +0.6 points, less than the 1 point most people "
              "notice.");
    EXPECT_EQ(finding_text(answered(Cause::injury, Verdict::unclear, 1.1, {-0.5, 2.3})),
              "Can't tell yet: anywhere from -0.5 to +2.3 points.");
    auto tied = answered(Cause::knots, Verdict::unclear, 0.8, {-0.1, 1.7});
    tied.tied_with = Cause::pressure;
    tied.tied_rho = 0.83;
    EXPECT_EQ(finding_text(tied),
              "Knots and pressure rose and fell together over your sessions (rank correlation "
              "+0.83), so this journal cannot tell which of the two goes with your soreness; "
              "sessions where they differ would.");
    auto exact = answered(Cause::sitting, Verdict::clear, 1.0, {});
    exact.ci.reset();
    exact.exact = true;
    EXPECT_EQ(figure_line(exact), "Per hour sat: +1.00 points (exact, no interval)");
}

TEST(CausesWords, NoSentenceSaysWhatCausedWhatOrThatACauseIsRuledOut) {
    using analysis::Verdict;
    for (auto cause : analysis::all_causes) {
        for (auto verdict : {Verdict::clear, Verdict::small, Verdict::unclear}) {
            for (double e : {-2.0, 2.0}) {
                auto text = finding_text(answered(cause, verdict, e, {e - 0.5, e + 0.5}));
                for (std::string_view claim :
                     {"left you", "caused", "explain", "source", "because of", "due to"}) {
                    EXPECT_EQ(text.find(claim), std::string::npos) << text;
                }
                if (verdict != Verdict::clear) {
                    for (std::string_view advice : {"therapist", "doctor", "put off", "breaks"}) {
                        EXPECT_EQ(text.find(advice), std::string::npos) << text;
                    }
                }
            }
        }
    }
}

} // namespace
} // namespace sore::render
