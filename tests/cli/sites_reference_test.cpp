// `sore sites` against figures computed independently with statsmodels
// (tests/data/sites_expected.py): a generated journal with body sites goes
// in through `sore import`, and every figure of `sore sites --format json`
// must match to 1e-6, for the whole journal and for a period whose first
// days draw on the days before it.

#include "reports.hpp"

#include <fstream>
#include <string>

namespace {

using json = nlohmann::json;
using sore::testing::report_json;
using sore::testing::Sandbox;

constexpr double tolerance = 1e-6;

const json& reference() {
    static const json file = [] {
        std::ifstream in(sore::testing::test_data_dir() / "sites_expected.json");
        return json::parse(in);
    }();
    return file;
}

void expect_near_interval(const json& expected, const json& got, const std::string& what) {
    ASSERT_TRUE(got.is_object()) << what;
    EXPECT_NEAR(expected["low"].get<double>(), got["low"].get<double>(), tolerance) << what;
    EXPECT_NEAR(expected["high"].get<double>(), got["high"].get<double>(), tolerance) << what;
}

void expect_trend(const json& expected, const json& got, const std::string& what) {
    if (expected.is_null()) {
        EXPECT_TRUE(got.is_null()) << what;
        return;
    }
    ASSERT_TRUE(got.is_object()) << what;
    EXPECT_EQ(expected["days"], got["days"]) << what;
    for (const auto* key : {"slope", "p", "intercept"}) {
        EXPECT_NEAR(expected[key].get<double>(), got[key].get<double>(), tolerance)
            << what << " " << key;
    }
    expect_near_interval(expected["ci95"], got["ci95"], what + " ci95");
    EXPECT_EQ(expected["direction"], got["direction"]) << what;
}

void expect_finding(const json& expected, const json& got, const std::string& what) {
    if (expected.is_null()) {
        EXPECT_EQ(got["verdict"], "not enough data") << what;
        EXPECT_TRUE(got["estimate"].is_null()) << what;
        return;
    }
    for (const auto* key : {"estimate", "p", "p_holm"}) {
        ASSERT_TRUE(got[key].is_number()) << what << " " << key;
        EXPECT_NEAR(expected[key].get<double>(), got[key].get<double>(), tolerance)
            << what << " " << key;
    }
    expect_near_interval(expected["ci95"], got["ci95"], what + " ci95");
    EXPECT_EQ(expected["verdict"], got["verdict"]) << what;
}

void check_case(const json& expected) {
    Sandbox box;
    auto csv = box.dir() / "journal.csv";
    std::ofstream(csv) << reference()["csv"].get<std::string>();
    auto imported = box.run({"import", csv.string()});
    ASSERT_EQ(imported.status, 0) << imported.err;
    std::vector<std::string> args{"sites"};
    if (!expected["from"].is_null()) {
        args.insert(args.end(), {"--from", expected["from"].get<std::string>()});
    }
    auto got = report_json(box, args);
    for (const auto* key : {"days", "sessions", "site_days", "tests"}) {
        EXPECT_EQ(expected[key], got[key]) << key;
    }
    ASSERT_EQ(expected["sites"].size(), got["sites"].size());
    for (std::size_t i = 0; i < expected["sites"].size(); ++i) {
        const auto& e = expected["sites"][i];
        const auto& g = got["sites"][i];
        auto what = e["site"].get<std::string>() + ":" + e["side"].get<std::string>();
        for (const auto* key : {"site", "side", "entries", "highest", "days"}) {
            EXPECT_EQ(e[key], g[key]) << what << " " << key;
        }
        EXPECT_NEAR(e["mean"].get<double>(), g["mean"].get<double>(), tolerance) << what;
        expect_trend(e["trend"], g["trend"], what + " trend");
        if (!e["sessions_in_model"].is_null()) {
            EXPECT_EQ(e["sessions_in_model"], g["sessions_in_model"]) << what;
            EXPECT_EQ(e["lightest"], g["causes"][0]["lightest"]) << what;
            EXPECT_EQ(e["firmest"], g["causes"][0]["firmest"]) << what;
        }
        ASSERT_EQ(g["causes"].size(), 2U) << what;
        EXPECT_EQ(g["causes"][0]["cause"], "pressure");
        EXPECT_EQ(g["causes"][1]["cause"], "knots");
        expect_finding(e["pressure"], g["causes"][0], what + " pressure");
        expect_finding(e["knots"], g["causes"][1], what + " knots");
    }
}

TEST(SitesReference, WholeJournalMatchesStatsmodels) {
    check_case(reference()["cases"][0]);
}

TEST(SitesReference, PeriodWithContextDaysMatchesStatsmodels) {
    check_case(reference()["cases"][1]);
}

} // namespace
