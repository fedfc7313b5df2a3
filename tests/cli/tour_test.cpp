// The user's tour of sore, command by command, with the values each step
// must produce. Today is pinned to Friday 2026-11-27.

#include "json.hpp"

#include <filesystem>
#include <regex>
#include <sstream>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::lines;
using sore::testing::Sandbox;

namespace {

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, separator)) {
        out.push_back(field);
    }
    if (!line.empty() && line.back() == separator) {
        out.emplace_back();
    }
    return out;
}

class Tour : public ::testing::Test {
protected:
    void SetUp() override {
        auto first =
            box.run({"log", "--soreness", "6", "--sitting", "7h30m", "--pressure", "deep",
                     "--technique", "deep-tissue", "--knots", "3", "--note", "left side tight"});
        ASSERT_EQ(first.status, 0) << first.err;
        EXPECT_EQ(first.out, "Added entry 1 for 2026-11-27 (soreness 6).\n");
        EXPECT_EQ(first.err, "Started a new journal at " + box.db() + ".\n");

        auto rest = box.run(
            {"log", "yesterday", "--soreness", "3", "--sitting", "9", "--technique", "none"});
        ASSERT_EQ(rest.status, 0) << rest.err;
        EXPECT_EQ(rest.out, "Added entry 2 for 2026-11-26 (soreness 3).\n");
        EXPECT_EQ(rest.err, "");

        injured = box.run({"log", "2026-11-20", "--soreness", "7", "--pressure", "firm", "--injury",
                           "--side", "right"});
        ASSERT_EQ(injured.status, 0) << injured.err;
    }

    Sandbox box;
    sore::testing::Result injured;
};

TEST_F(Tour, InjuryPrintsTheEntryOnStdoutAndACautionOnStderr) {
    EXPECT_EQ(injured.out, "Added entry 3 for 2026-11-20 (soreness 7).\n");
    EXPECT_TRUE(injured.err.starts_with("sore: caution: ")) << injured.err;
    EXPECT_TRUE(contains(injured.err, "injury")) << injured.err;
    EXPECT_TRUE(contains(injured.err, "massage")) << injured.err;
}

TEST_F(Tour, AnInjuryOnARestDayNeedsNoCaution) {
    auto r = box.run({"log", "-2d", "--soreness", "2", "--technique", "none", "--injury"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Added entry 4 for 2026-11-25 (soreness 2).\n");
    EXPECT_EQ(r.err, "");
}

TEST_F(Tour, ListLast10ShowsAllThreeOldestFirst) {
    auto r = box.run({"list", "--last", "10"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 5u) << r.out;
    EXPECT_EQ(words(rows[0]), (std::vector<std::string>{"id", "date", "time", "sore", "during",
                                                        "sitting", "pressure", "technique", "knots",
                                                        "flags", "side", "tags", "sites", "note"}));
    EXPECT_EQ(words(rows[1]),
              (std::vector<std::string>{"3", "2026-11-20", "7", "firm", "injury", "right"}));
    EXPECT_EQ(words(rows[2]), (std::vector<std::string>{"2", "2026-11-26", "3", "9h", "none"}));
    EXPECT_EQ(words(rows[3]),
              (std::vector<std::string>{"1", "2026-11-27", "6", "7h30m", "deep", "deep-tissue", "3",
                                        "left", "side", "tight"}));
    EXPECT_EQ(rows[4], "3 entries");
}

TEST_F(Tour, ListLastKeepsTheMostRecent) {
    EXPECT_EQ(sore::testing::listed_ids(box, {"--last", "2"}), (std::vector<long long>{2, 1}));
    EXPECT_EQ(sore::testing::listed_ids(box, {"--last", "1"}), (std::vector<long long>{1}));
}

TEST_F(Tour, ListFromTwoWeeksAgoAsCsv) {
    auto old = box.run({"log", "2026-11-12", "--soreness", "1"}); // one day before -14d
    ASSERT_EQ(old.status, 0) << old.err;
    auto edge = box.run({"log", "2026-11-13", "--soreness", "2", "--site", "si-joint:left=2",
                         "--site", "glute-max=1"}); // exactly -14d
    ASSERT_EQ(edge.status, 0) << edge.err;

    auto r = box.run({"list", "--from", "-14d", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 5u) << r.out;
    for (const auto& row : rows) {
        EXPECT_TRUE(row.ends_with("\r")) << "CSV lines end with CRLF: " << row;
    }
    EXPECT_EQ(rows[0], "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,knots,"
                       "injury,emotional,side,note,tags,sites,created_at,updated_at\r");
    const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    const std::regex stamp(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    const std::vector<std::vector<std::string>> expected = {
        {"5", "", "2026-11-13", "", "2", "", "", "", "", "", "0", "0", "", "", "",
         "glute-max=1;si-joint:left=2"},
        {"3", "", "2026-11-20", "", "7", "", "", "3", "", "", "1", "0", "right", "", "", ""},
        {"2", "", "2026-11-26", "", "3", "", "9", "", "none", "", "0", "0", "", "", "", ""},
        {"1", "", "2026-11-27", "", "6", "", "7.5", "4", "deep-tissue", "3", "0", "0", "",
         "left side tight", "", ""},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto fields = split(rows[i + 1].substr(0, rows[i + 1].size() - 1), ',');
        ASSERT_EQ(fields.size(), 18u) << rows[i + 1];
        EXPECT_TRUE(std::regex_match(fields[1], uuid)) << fields[1];
        EXPECT_TRUE(std::regex_match(fields[16], stamp)) << fields[16];
        EXPECT_TRUE(std::regex_match(fields[17], stamp)) << fields[17];
        fields[1].clear();
        fields.resize(16);
        EXPECT_EQ(fields, expected[i]) << rows[i + 1];
    }
}

TEST_F(Tour, Show3PrintsEveryField) {
    auto r = box.run({"show", "3"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 18u) << r.out;
    const std::vector<std::string> expected = {"Entry 3",
                                               "date       2026-11-20",
                                               "time       -",
                                               "soreness   7 of 10",
                                               "during     -",
                                               "sitting    -",
                                               "pressure   firm (3 of 4)",
                                               "technique  -",
                                               "knots      -",
                                               "injury     yes",
                                               "emotional  no",
                                               "side       right",
                                               "tags       -",
                                               "sites      -"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(rows[i], expected[i]);
    }
    EXPECT_TRUE(std::regex_match(rows[14], std::regex("uuid +[0-9a-f-]{36}"))) << rows[14];
    EXPECT_TRUE(rows[15].starts_with("created    20")) << rows[15];
    EXPECT_TRUE(rows[16].starts_with("updated    20")) << rows[16];
    EXPECT_EQ(rows[17], "note       -");

    // With sites: one line each, the side before the name, the rest under the first.
    auto sited = box.run({"edit", "3", "--site", "piriformis:right=6", "--site", "lower-back=2",
                          "--site", "glute-max=4"});
    ASSERT_EQ(sited.status, 0) << sited.err;
    auto again = lines(box.run({"show", "3"}).out);
    ASSERT_EQ(again.size(), 20u);
    EXPECT_EQ(
        std::vector<std::string>(again.begin() + 13, again.begin() + 16),
        (std::vector<std::string>{"sites      gluteus maximus                      4 of 10",
                                  "           right piriformis                     6 of 10",
                                  "           lower back                           2 of 10"}));
    EXPECT_EQ(again[12], "tags       -");
    EXPECT_TRUE(again[16].starts_with("uuid ")) << again[16];
    EXPECT_EQ(again[19], "note       -");
}

TEST_F(Tour, Edit3ChangesSorenessAndClearsTheNote) {
    auto noted = box.run({"edit", "3", "--note", "after the fall"});
    ASSERT_EQ(noted.status, 0) << noted.err;
    EXPECT_EQ(sore::testing::show_json(box, "3")["note"], "after the fall");

    auto r = box.run({"edit", "3", "--soreness", "5", "--clear", "note"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Updated entry 3 (2026-11-20, soreness 5).\n");
    auto e = sore::testing::show_json(box, "3");
    EXPECT_EQ(e["soreness"], 5);
    EXPECT_TRUE(e["note"].is_null());
    // Everything not named stays.
    EXPECT_EQ(e["date"], "2026-11-20");
    EXPECT_EQ(e["pressure"], 3);
    EXPECT_EQ(e["injury"], true);
    EXPECT_EQ(e["side"], "right");
    EXPECT_EQ(sore::testing::show_json(box, "1")["soreness"], 6);
}

TEST_F(Tour, Rm3WithYesDeletesOnlyIt) {
    auto r = box.run({"rm", "3", "--yes"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Deleted entry 3.\n");
    EXPECT_TRUE(fails_with(box.run({"show", "3"}), 2, {"no entry with id 3"}));
    EXPECT_EQ(sore::testing::listed_ids(box), (std::vector<long long>{2, 1}));
    // A later entry gets a new id, never 3 again.
    auto next = box.run({"log", "--soreness", "1"});
    EXPECT_EQ(next.out, "Added entry 4 for 2026-11-27 (soreness 1).\n");
}

TEST_F(Tour, CheckSaysOk) {
    auto r = box.run({"check"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto level = sore::testing::query(box.db(), "PRAGMA user_version");
    ASSERT_EQ(level.size(), 1u);
    EXPECT_EQ(lines(r.out),
              (std::vector<std::string>{"journal       " + box.db(), "schema level  " + level[0],
                                        "entries       3", "integrity     ok", "foreign keys  ok",
                                        "history       4 changes, each matching the one before",
                                        "permissions   0600, yours only"}));
}

TEST_F(Tour, CheckWarnsWhenOthersCanReadTheJournal) {
    std::filesystem::permissions(
        box.db(), std::filesystem::perms::group_read | std::filesystem::perms::others_read,
        std::filesystem::perm_options::add);
    auto r = box.run({"check"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines(r.out).back(), "permissions   0644: other users can read it; 'chmod 600 " +
                                       box.db() + "' makes it yours only");
}

TEST_F(Tour, BackupCopiesTheJournal) {
    auto file = (box.dir() / "copy.db").string();
    auto r = box.run({"backup", file});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Backed up 3 entries to " + file + ".\n");
    EXPECT_EQ(sore::testing::query(file, "SELECT id || ' ' || date || ' ' || soreness FROM entry "
                                         "ORDER BY id"),
              (std::vector<std::string>{"1 2026-11-27 6", "2 2026-11-26 3", "3 2026-11-20 7"}));
}

TEST_F(Tour, AddIsLogAndTakesMinus3dAsTheDate) {
    auto r = box.run({"add", "-3d", "--soreness", "4"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Added entry 4 for 2026-11-24 (soreness 4).\n");
    auto l = box.run({"log", "-3d", "--soreness", "4"});
    ASSERT_EQ(l.status, 0) << l.err;
    EXPECT_EQ(l.out, "Added entry 5 for 2026-11-24 (soreness 4).\n");
    auto weeks = box.run({"log", "-2w", "--soreness", "2"});
    ASSERT_EQ(weeks.status, 0) << weeks.err;
    EXPECT_EQ(weeks.out, "Added entry 6 for 2026-11-13 (soreness 2).\n");
}

TEST_F(Tour, WeekdayNamesAreTheMostRecentOne) {
    auto monday = box.run({"log", "monday", "--soreness", "2"});
    EXPECT_EQ(monday.out, "Added entry 4 for 2026-11-23 (soreness 2).\n") << monday.err;
    auto friday = box.run({"log", "Friday", "--soreness", "2"}); // today is a Friday
    EXPECT_EQ(friday.out, "Added entry 5 for 2026-11-27 (soreness 2).\n") << friday.err;
    auto sat = box.run({"log", "sat", "--soreness", "2"});
    EXPECT_EQ(sat.out, "Added entry 6 for 2026-11-21 (soreness 2).\n") << sat.err;
    auto today = box.run({"log", "today", "--soreness", "2"});
    EXPECT_EQ(today.out, "Added entry 7 for 2026-11-27 (soreness 2).\n") << today.err;
}

} // namespace
