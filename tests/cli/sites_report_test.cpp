// `sore sites` through the whole program: the table of each site and side
// with its figures, the words when there is nothing to show, a period, and
// the JSON's keys. Its statistics are checked against statsmodels in
// sites_reference_test.cpp and on journals of known truth in
// sites_truth_test.cpp.

#include "reports.hpp"

#include <string>

namespace {

using json = nlohmann::json;
using sore::testing::contains;
using sore::testing::keys_of;
using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::report_json;
using sore::testing::Sandbox;

// Three days, three sites: two entries name the left gluteus medius (7 and
// 5), one the right piriformis, one the lower back; the third day none.
void log_three_days(const Sandbox& box) {
    log_entry(box, {"2026-11-20", "--site", "glute-med:left=7", "--site", "lower-back=2",
                    "--pressure", "deep"});
    log_entry(box, {"2026-11-21", "--site", "glute-med:left=5", "--site", "piriformis:right=4"});
    log_entry(box, {"2026-11-22", "--soreness", "1"});
}

TEST(SitesReport, EachSiteAndSideWithItsEntriesMeanAndHighest) {
    Sandbox box;
    log_three_days(box);
    auto r = box.run({"sites", "--wide"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.starts_with("Where it hurts, 2026-11-20 to 2026-11-22\n"
                                  "3 logged days, 2 of them naming a site; 1 session\n"))
        << r.out;
    std::vector<std::string> rows;
    for (const auto& line : lines(r.out)) {
        if (contains(line, " of 28 days")) {
            rows.push_back(line);
        }
    }
    ASSERT_EQ(rows.size(), 3u) << r.out;
    EXPECT_EQ(rows[0], "gluteus medius  left         2   6.0        7  2 of 28 days");
    EXPECT_EQ(rows[1], "piriformis      right        1   4.0        4  1 of 28 days");
    EXPECT_EQ(rows[2], "lower back      both         1   2.0        2  1 of 28 days");
    EXPECT_TRUE(contains(r.out, "went together in your own journal")) << r.out;
    EXPECT_TRUE(contains(r.out, "gluteus medius, left\n   Trend: needs 28 days that name it; "
                                "there are 2."))
        << r.out;
    EXPECT_TRUE(contains(r.out, "   Pressure: not enough data\n")) << r.out;
    // The same gaps at the next site are not said again.
    EXPECT_TRUE(contains(r.out, "piriformis, right\n   Trend: needs 28 days that name it; there "
                                "is 1.\n   Pressure and knots: not enough data, as above\n"))
        << r.out;
}

TEST(SitesReport, JsonHasEveryFigureUnrounded) {
    Sandbox box;
    log_three_days(box);
    log_entry(box, {"2026-11-22", "--site", "glute-med:left=6"});
    auto j = report_json(box, {"sites"});
    EXPECT_EQ(keys_of(j), (std::vector<std::string>{"days", "from", "sessions", "site_days",
                                                    "sites", "tests", "to"}));
    EXPECT_EQ(j["days"], 3);
    EXPECT_EQ(j["site_days"], 3);
    EXPECT_EQ(j["sessions"], 1);
    EXPECT_EQ(j["tests"], 0);
    ASSERT_EQ(j["sites"].size(), 3u);
    const auto& med = j["sites"][0];
    EXPECT_EQ(keys_of(med),
              (std::vector<std::string>{"causes", "days", "entries", "highest", "label", "mean",
                                        "sessions_in_model", "side", "site", "trend"}));
    EXPECT_EQ(med["site"], "glute-med");
    EXPECT_EQ(med["side"], "left");
    EXPECT_EQ(med["label"], "gluteus medius");
    EXPECT_EQ(med["entries"], 3);
    EXPECT_DOUBLE_EQ(med["mean"].get<double>(), 6.0);
    EXPECT_EQ(med["highest"], 7);
    EXPECT_EQ(med["days"], 3);
    EXPECT_TRUE(med["trend"].is_null());
    EXPECT_EQ(med["causes"][0]["cause"], "pressure");
    EXPECT_EQ(med["causes"][0]["verdict"], "not enough data");
    EXPECT_EQ(med["causes"][1]["cause"], "knots");
    EXPECT_EQ(j["sites"][2]["side"], "both");
}

// A day that does not name a site says nothing about it: the third day's
// soreness 1 is not the gluteus medius's.
TEST(SitesReport, ADayThatDoesNotNameASiteIsNotZeroThere) {
    Sandbox box;
    log_three_days(box);
    auto j = report_json(box, {"sites"});
    EXPECT_EQ(j["sites"][0]["days"], 2);
    EXPECT_DOUBLE_EQ(j["sites"][0]["mean"].get<double>(), 6.0);
}

TEST(SitesReport, APeriodCountsOnlyItsOwnDays) {
    Sandbox box;
    log_three_days(box);
    auto j = report_json(box, {"sites", "--from", "2026-11-21"});
    EXPECT_EQ(j["from"], "2026-11-21");
    EXPECT_EQ(j["days"], 2);
    ASSERT_EQ(j["sites"].size(), 2u);
    EXPECT_EQ(j["sites"][0]["entries"], 1);
    EXPECT_DOUBLE_EQ(j["sites"][0]["mean"].get<double>(), 5.0);
    EXPECT_EQ(j["sites"][1]["site"], "piriformis");
}

TEST(SitesReport, NothingToShowIsSaidInOneSentence) {
    Sandbox box;
    auto fresh = box.run({"sites"});
    EXPECT_EQ(fresh.status, 0);
    EXPECT_TRUE(contains(fresh.out, "Add an entry with: sore log --soreness N")) << fresh.out;

    log_entry(box, {"2026-11-20", "--soreness", "3"});
    auto none = box.run({"sites"});
    EXPECT_EQ(none.status, 0);
    EXPECT_TRUE(contains(none.out, "No entry in this period names a body site.")) << none.out;
    EXPECT_TRUE(contains(none.out, "--site glute-med:left=6")) << none.out;

    auto outside = box.run({"sites", "--from", "2026-11-25"});
    EXPECT_EQ(outside.status, 0);
    EXPECT_EQ(outside.out, "No entries in that range; 'sore list' shows the days you logged.\n");
}

} // namespace
