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

// Weeks from 2026-W45 with `entries` entries each, whose soreness adds up to
// the given sums.
std::string week_text(std::vector<int> sums, int entries = 10) {
    std::vector<analysis::DayTotals> days;
    auto monday = date::sys_days{date::year{2026} / 11 / 2};
    for (std::size_t i = 0; i < sums.size(); ++i) {
        analysis::DayTotals t;
        t.day = monday + date::weeks{static_cast<int>(i)};
        t.entries = entries;
        t.soreness_sum = sums[i];
        t.soreness_max = 9;
        days.push_back(t);
    }
    auto to = monday + date::weeks{static_cast<int>(sums.size())} - date::days{1};
    std::ostringstream out;
    print_week_text(out, analysis::build_week_report({monday, to}, days), {});
    auto text = out.str(); // one line, so wrapping does not matter
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

TEST(WeekText, TheChangeLineSaysWhatChangedAndWhetherItMatters) {
    EXPECT_NE(week_text({40, 40}).find("Change: mean soreness was 4.0 in 2026-W45 and in "
                                       "2026-W46: no change."),
              std::string::npos);
    auto down = week_text({60, 50, 35});
    EXPECT_NE(down.find("from 6.0 in 2026-W45 to 3.5 in 2026-W47, down 2.50 points (41.7%): a "
                        "clinically meaningful improvement"),
              std::string::npos)
        << down;
    EXPECT_NE(week_text({40, 45}).find("up 0.50 points (12.5%): less than a clinically meaningful"),
              std::string::npos);
    EXPECT_NE(week_text({40}).find("Change: only one week has entries"), std::string::npos);
    // 9.000 to 7.005: 1.995 points, which shows as 2.00 but is short of 2.
    EXPECT_NE(week_text({1800, 1401}, 200)
                  .find("down 2.00 points (22.2%): just short of a clinically meaningful change"),
              std::string::npos);
}

TEST(WeekText, NoIntervalWhenTheMeansLieExactlyOnALine) {
    auto text = week_text({60, 50, 40});
    EXPECT_NE(text.find("Trend: the weekly means lie exactly on a line"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("95% CI"), std::string::npos) << text;
}

TEST(ReportText, NumbersNeverShowMinusZero) {
    EXPECT_EQ(fixed(-0.001, 2), "0.00");
    EXPECT_EQ(fixed(2.345, 1), "2.3");
    EXPECT_EQ(signed_fixed(0.5, 2), "+0.50");
    EXPECT_EQ(signed_fixed(-0.004, 2), "0.00");
    EXPECT_EQ(signed_fixed(-1.5, 1), "-1.5");
}

TEST(CausesWords, GapsSayWhatIsMissingAndHowManyMore) {
    EXPECT_EQ(gap_text(Cause::sitting, {Gap::Kind::few_entries, 5, 3, {}}),
              "Only 5 entries record hours sat; 3 more with --sitting H would let sore answer.");
    EXPECT_EQ(gap_text(Cause::knots, {Gap::Kind::few_entries, 0, 8, {}}),
              "No entries record knots; 8 more with --knots N would let sore answer.");
    EXPECT_EQ(gap_text(Cause::pressure, {Gap::Kind::few_entries, 1, 7, {}}),
              "Only 1 entry records a pressure; 7 more with --pressure LEVEL would let sore "
              "answer.");
    EXPECT_EQ(gap_text(Cause::emotional, {Gap::Kind::few_with, 2, 1, {}}),
              "Only 2 entries mark an emotional release; 1 more with --emotional would let sore "
              "compare.");
    EXPECT_EQ(gap_text(Cause::injury, {Gap::Kind::few_without, 1, 2, {}}),
              "Only 1 entry is without an injury; 2 more without it would let sore compare.");
    EXPECT_EQ(gap_text(Cause::pressure, {Gap::Kind::measure_constant, 9, 1, 3.0}),
              "Every entry records the same pressure (firm); entries with other values would let "
              "sore answer.");
    EXPECT_EQ(gap_text(Cause::sitting, {Gap::Kind::soreness_constant, 9, 1, 4.0}),
              "Soreness was 4 in every one of these entries, so nothing can go with it yet; "
              "entries with other ratings would let sore answer.");
}

TEST(CausesWords, TheSentenceFollowsTheDirectionAndStrength) {
    analysis::Finding f{Cause::sitting,
                        20,
                        analysis::LineFit{20, 0.64, 1, 0.1, {{0.4, 0.9}}},
                        {},
                        0.6,
                        analysis::Strength::strong,
                        {}};
    EXPECT_EQ(finding_text(f).rfind("Each extra hour sat went with about 0.6 points more", 0), 0U);
    f.line->slope = -0.64;
    EXPECT_EQ(finding_text(f).rfind("Days with more sitting left you less sore", 0), 0U);
    f.strength = analysis::Strength::none_seen;
    EXPECT_EQ(finding_text(f),
              "No clear link yet between the hours you sat and how sore you were.");
}

} // namespace
} // namespace sore::render
