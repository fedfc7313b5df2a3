// Notes are stored and shown exactly as typed: quotes, semicolons, SQL,
// emoji, newlines, leading dashes and spreadsheet formulas.

#include "json.hpp"

using sore::testing::contains;
using sore::testing::lines;
using sore::testing::query;
using sore::testing::Sandbox;
using sore::testing::show_json;

namespace {

const std::string tricky = "she said \"ouch\"; it's 'fine'\n"
                           "'); DROP TABLE entry;--\n"
                           "\xF0\x9F\x98\xA3 glute \xE2\x80\x94 m\xC3\xBC"
                           "de\n"
                           "last line";

TEST(Note, TrickyTextIsStoredExactly) {
    Sandbox box;
    auto r = box.run({"log", "--soreness", "5", "--note", tricky});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Added entry 1 for 2026-11-27 (soreness 5).\n");

    // In the file, byte for byte, and the tables are all still there.
    EXPECT_EQ(query(box.db(), "SELECT note FROM entry WHERE id = 1"),
              std::vector<std::string>{tricky});
    std::string hex;
    for (char byte : tricky) {
        auto c = static_cast<unsigned char>(byte);
        hex += "0123456789ABCDEF"[c >> 4];
        hex += "0123456789ABCDEF"[c & 15];
    }
    EXPECT_EQ(query(box.db(), "SELECT hex(note) FROM entry"), std::vector<std::string>{hex});
    EXPECT_EQ(query(box.db(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN "
                              "('entry', 'entry_tag') ORDER BY name"),
              (std::vector<std::string>{"entry", "entry_tag"}));

    // Another entry still works after it.
    ASSERT_EQ(box.run({"log", "--soreness", "1"}).status, 0);
    EXPECT_EQ(sore::testing::listed_ids(box), (std::vector<long long>{1, 2}));
}

TEST(Note, ShownExactlyInJsonAndShow) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", tricky}).status, 0);
    EXPECT_EQ(show_json(box, "1")["note"], tricky);
    EXPECT_EQ(sore::testing::list_json(box)[0]["note"], tricky);

    auto shown = box.run({"show", "1"});
    ASSERT_EQ(shown.status, 0) << shown.err;
    EXPECT_TRUE(shown.out.ends_with("note:\n" + tricky + "\n")) << shown.out;
}

TEST(Note, CsvQuotesItAsRfc4180) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", tricky}).status, 0);
    auto r = box.run({"list", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    std::string quoted = "\"";
    for (char c : tricky) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += "\"";
    EXPECT_TRUE(contains(r.out, ",0,0,," + quoted + ",,")) << r.out;
}

TEST(Note, TableShowsItOnOneRow) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", "a\nb"}).status, 0);
    auto r = box.run({"list"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u) << r.out; // header, the entry, "1 entry"
    EXPECT_TRUE(rows[1].ends_with("a\xE2\x86\xB5"
                                  "b"))
        << rows[1];
    EXPECT_EQ(rows[2], "1 entry");
}

TEST(Note, FormulaIsNeutralisedInCsvButStoredAsTyped) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", "=HYPERLINK(\"x\")"}).status, 0);
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", "@SUM(A1)"}).status, 0);
    EXPECT_EQ(show_json(box, "1")["note"], "=HYPERLINK(\"x\")");
    EXPECT_EQ(show_json(box, "2")["note"], "@SUM(A1)");
    auto r = box.run({"list", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_TRUE(contains(rows[1], ",\"'=HYPERLINK(\"\"x\"\")\",")) << rows[1];
    EXPECT_TRUE(contains(rows[2], ",'@SUM(A1),")) << rows[2];
}

TEST(Note, LeadingDashesAndDateLikeWords) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note=-x"}).status, 0);
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", "- left"}).status, 0);
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", "-3d"}).status, 0);
    EXPECT_EQ(show_json(box, "1")["note"], "-x");
    EXPECT_EQ(show_json(box, "2")["note"], "- left");
    EXPECT_EQ(show_json(box, "3")["note"], "-3d");
    EXPECT_EQ(show_json(box, "3")["date"], "2026-11-27");
    auto help = box.run({"log", "--soreness", "5", "--note", "--help"});
    ASSERT_EQ(help.status, 0) << help.err;
    EXPECT_EQ(help.out, "Added entry 4 for 2026-11-27 (soreness 5).\n");
    EXPECT_EQ(show_json(box, "4")["note"], "--help");
}

TEST(Note, LongMultibyteNoteAndEditKeepIt) {
    Sandbox box;
    std::string long_note;
    for (int i = 0; i < 500; ++i) {
        long_note += "\xC3\xA4\xE2\x82\xAC; ";
    }
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--note", long_note}).status, 0);
    EXPECT_EQ(show_json(box, "1")["note"], long_note);
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "6"}).status, 0);
    EXPECT_EQ(show_json(box, "1")["note"], long_note);
    ASSERT_EQ(box.run({"edit", "1", "--note", tricky}).status, 0);
    EXPECT_EQ(query(box.db(), "SELECT note FROM entry"), std::vector<std::string>{tricky});
}

TEST(Note, UnicodeTagsRoundTrip) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "5", "--tag",
                       "m\xC3\xBC"
                       "de",
                       "--tag", "\xF0\x9F\x8F\x83"})
                  .status,
              0);
    EXPECT_EQ(show_json(box, "1")["tags"], nlohmann::json({"m\xC3\xBC"
                                                           "de",
                                                           "\xF0\x9F\x8F\x83"}));
    EXPECT_EQ(sore::testing::listed_ids(box, {"--tag", "\xF0\x9F\x8F\x83"}),
              std::vector<long long>{1});
}

} // namespace
