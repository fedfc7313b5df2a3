// Each command's values: list filters and formats, show, edit, rm, check,
// backup, help and version. Today is pinned to Friday 2026-11-27.

#include "json.hpp"

#include <filesystem>
#include <regex>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::lines;
using sore::testing::listed_ids;
using sore::testing::query;
using sore::testing::Sandbox;
using sore::testing::show_json;

namespace fs = std::filesystem;

namespace {

void add_entry(const Sandbox& box, std::vector<std::string> args) {
    args.insert(args.begin(), "log");
    auto r = box.run(args);
    ASSERT_EQ(r.status, 0) << r.err;
}

TEST(List, EmptyJournalSaysSoAndCreatesNothing) {
    Sandbox box;
    auto r = box.run({"list"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "There is no journal at " + box.db() +
                         " yet. Add an entry with: sore log --soreness N\n");
    EXPECT_EQ(box.run({"list", "--format", "json"}).out, "[]\n");
    EXPECT_EQ(lines(box.run({"list", "--format", "csv"}).out).size(), 1u);
    EXPECT_FALSE(fs::exists(box.db())) << "reading must not create the journal";
}

TEST(List, FiltersByRangeTagAndLast) {
    Sandbox box;
    add_entry(box, {"2026-11-01", "--soreness", "1", "--tag", "work"});
    add_entry(box, {"2026-11-10", "--soreness", "2", "--tag", "home"});
    add_entry(box, {"2026-11-15", "--soreness", "3", "--tag", "work", "--tag", "gym"});
    add_entry(box, {"2026-11-20", "--soreness", "4"});
    add_entry(box, {"2026-11-05", "--soreness", "5", "--tag", "work"});

    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 5, 2, 3, 4}));
    EXPECT_EQ(listed_ids(box, {"--from", "2026-11-05", "--to", "2026-11-15"}),
              (std::vector<long long>{5, 2, 3}));
    EXPECT_EQ(listed_ids(box, {"--to", "2026-11-05"}), (std::vector<long long>{1, 5}));
    EXPECT_EQ(listed_ids(box, {"--tag", "work"}), (std::vector<long long>{1, 5, 3}));
    EXPECT_EQ(listed_ids(box, {"--tag", "work", "--last", "2"}), (std::vector<long long>{5, 3}));
    EXPECT_EQ(listed_ids(box, {"--tag", "gym"}), (std::vector<long long>{3}));
    EXPECT_EQ(listed_ids(box, {"--tag", "nope"}), (std::vector<long long>{}));
    EXPECT_EQ(listed_ids(box, {"--from", "-1w"}), (std::vector<long long>{4}));
    auto none = box.run({"list", "--from", "2026-11-21"});
    ASSERT_EQ(none.status, 0) << none.err;
    EXPECT_EQ(none.out, "No entries match.\n");
}

TEST(List, JsonHasEveryFieldWithItsValue) {
    Sandbox box;
    add_entry(box, {"2026-11-25",
                    "--soreness",
                    "8",
                    "--time",
                    "7:05",
                    "--during",
                    "4",
                    "--sitting",
                    "45m",
                    "--pressure",
                    "2",
                    "--technique",
                    "trigger-point",
                    "--knots",
                    "0",
                    "--injury",
                    "--emotional",
                    "--side",
                    "both",
                    "--note",
                    "n",
                    "--tag",
                    "b",
                    "--tag",
                    "a",
                    "--tag",
                    "b",
                    "--site",
                    "lower-back=3",
                    "--site",
                    "glute-med:left=7"});
    auto all = sore::testing::list_json(box);
    ASSERT_EQ(all.size(), 1u);
    const auto& e = all[0];
    std::vector<std::string> keys;
    for (const auto& item : e.items()) {
        keys.push_back(item.key());
    }
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"created_at", "date", "during", "emotional", "id",
                                              "injury", "knots", "note", "pressure", "side",
                                              "sites", "sitting_min", "soreness", "tags",
                                              "technique", "time", "updated_at", "uuid"}));
    EXPECT_EQ(e["id"], 1);
    EXPECT_EQ(e["date"], "2026-11-25");
    EXPECT_EQ(e["time"], "07:05");
    EXPECT_EQ(e["soreness"], 8);
    EXPECT_EQ(e["during"], 4);
    EXPECT_EQ(e["sitting_min"], 45);
    EXPECT_EQ(e["pressure"], 2);
    EXPECT_EQ(e["technique"], "trigger-point");
    EXPECT_EQ(e["knots"], 0);
    EXPECT_EQ(e["injury"], true);
    EXPECT_EQ(e["emotional"], true);
    EXPECT_EQ(e["side"], "both");
    EXPECT_EQ(e["note"], "n");
    EXPECT_EQ(e["tags"], nlohmann::json({"a", "b"}));
    EXPECT_EQ(e["sites"].dump(), R"([{"side":"left","site":"glute-med","soreness":7},)"
                                 R"({"side":"both","site":"lower-back","soreness":3}])");
    EXPECT_EQ(e["uuid"].get<std::string>().size(), 36u);
    EXPECT_TRUE(std::regex_match(e["created_at"].get<std::string>(),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    EXPECT_EQ(
        query(box.db(), "SELECT sitting_min || ' ' || pressure || ' ' || technique FROM entry"),
        (std::vector<std::string>{"45 2 trigger-point"}));
}

TEST(List, SittingAcceptsEveryDocumentedForm) {
    Sandbox box;
    const std::vector<std::pair<std::string, int>> forms = {
        {"7.5", 450}, {"9", 540}, {"7h30m", 450}, {"7h", 420}, {"45m", 45}, {"0", 0}, {"24", 1440}};
    for (const auto& [text, minutes] : forms) {
        add_entry(box, {"--soreness", "1", "--sitting", text});
    }
    auto all = sore::testing::list_json(box);
    ASSERT_EQ(all.size(), forms.size());
    for (std::size_t i = 0; i < forms.size(); ++i) {
        EXPECT_EQ(all[i]["sitting_min"], forms[i].second) << forms[i].first;
    }
}

TEST(Show, JsonAndTextAgree) {
    Sandbox box;
    add_entry(box, {"--soreness", "4", "--sitting", "7h30m", "--pressure", "medium", "--technique",
                    "swedish", "--knots", "2", "--emotional", "--side", "left", "--tag", "x"});
    auto r = box.run({"show", "1"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    for (const auto& expected :
         {"Entry 1", "date       2026-11-27", "soreness   4 of 10", "sitting    7h30m (7.5 hours)",
          "pressure   medium (2 of 4)", "technique  swedish", "knots      2", "injury     no",
          "emotional  yes", "side       left", "tags       x", "note       -"}) {
        EXPECT_NE(std::find(rows.begin(), rows.end(), expected), rows.end())
            << "missing line '" << expected << "' in:\n"
            << r.out;
    }
    auto e = show_json(box, "1");
    EXPECT_EQ(e["technique"], "swedish");
    EXPECT_EQ(e["sitting_min"], 450);
    EXPECT_EQ(e["emotional"], true);
    EXPECT_TRUE(contains(r.out, e["uuid"].get<std::string>()));
}

TEST(Edit, ChangesOnlyWhatIsNamed) {
    Sandbox box;
    add_entry(box, {"2026-11-20", "--soreness", "6", "--sitting", "8", "--pressure", "deep",
                    "--technique", "sports", "--knots", "3", "--injury", "--side", "left", "--note",
                    "tight", "--tag", "a"});
    auto before = show_json(box, "1");

    auto r = box.run({"edit", "1", "--date", "2026-11-21", "--clear", "knots", "--clear", "injury",
                      "--tag", "b", "--time", "18:30"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Updated entry 1 (2026-11-21, soreness 6).\n");
    auto after = show_json(box, "1");
    EXPECT_EQ(after["date"], "2026-11-21");
    EXPECT_EQ(after["time"], "18:30");
    EXPECT_TRUE(after["knots"].is_null());
    EXPECT_EQ(after["injury"], false);
    EXPECT_EQ(after["tags"], nlohmann::json({"a", "b"}));
    for (const char* same : {"id", "uuid", "soreness", "sitting_min", "pressure", "technique",
                             "side", "note", "created_at"}) {
        EXPECT_EQ(after[same], before[same]) << same;
    }
    EXPECT_GE(after["updated_at"].get<std::string>(), before["updated_at"].get<std::string>());
}

TEST(Edit, ClearEveryOptionalField) {
    Sandbox box;
    add_entry(box, {"--soreness",  "6",         "--time",  "10:00",      "--during",
                    "5",           "--sitting", "8",       "--pressure", "deep",
                    "--technique", "sports",    "--knots", "3",          "--injury",
                    "--emotional", "--side",    "left",    "--note",     "tight",
                    "--tag",       "a"});
    auto r = box.run({"edit",    "1",       "--clear", "time",     "--clear", "during",
                      "--clear", "sitting", "--clear", "pressure", "--clear", "technique",
                      "--clear", "knots",   "--clear", "injury",   "--clear", "emotional",
                      "--clear", "side",    "--clear", "note",     "--clear", "tags"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto e = show_json(box, "1");
    for (const char* field :
         {"time", "during", "sitting_min", "pressure", "technique", "knots", "side", "note"}) {
        EXPECT_TRUE(e[field].is_null()) << field << " = " << e[field];
    }
    EXPECT_EQ(e["injury"], false);
    EXPECT_EQ(e["emotional"], false);
    EXPECT_EQ(e["tags"], nlohmann::json::array());
    EXPECT_EQ(e["soreness"], 6);
    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry_tag"), std::vector<std::string>{"0"});
}

TEST(Edit, ClearTagsWithTagReplacesThem) {
    Sandbox box;
    add_entry(box, {"--soreness", "2", "--tag", "a", "--tag", "b"});
    ASSERT_EQ(box.run({"edit", "1", "--clear", "tags", "--tag", "c"}).status, 0);
    EXPECT_EQ(show_json(box, "1")["tags"], nlohmann::json({"c"}));
}

TEST(Rm, DeletesSeveralAndTheirTags) {
    Sandbox box;
    add_entry(box, {"--soreness", "1", "--tag", "a"});
    add_entry(box, {"--soreness", "2", "--tag", "a"});
    add_entry(box, {"--soreness", "3", "--tag", "b"});
    auto r = box.run({"rm", "3", "1", "--yes"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Deleted 2 entries.\n");
    EXPECT_EQ(listed_ids(box), std::vector<long long>{2});
    EXPECT_EQ(query(box.db(), "SELECT entry_id || tag FROM entry_tag"),
              std::vector<std::string>{"2a"});
    auto y = box.run({"rm", "-y", "2"});
    ASSERT_EQ(y.status, 0) << y.err;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{});
}

TEST(Check, OnAMissingJournalSaysSoAndCreatesNothing) {
    Sandbox box;
    auto r = box.run({"check"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, box.db())) << r.out;
    EXPECT_FALSE(fs::exists(box.db()));
}

TEST(Check, FindsABrokenForeignKey) {
    Sandbox box;
    add_entry(box, {"--soreness", "2"});
    // Foreign keys are off by default in a plain connection: plant an orphan tag.
    query(box.db(), "INSERT INTO entry_tag (entry_id, tag) VALUES (42, 'orphan')");
    auto r = box.run({"check"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.out, "problem")) << r.out;
    EXPECT_TRUE(contains(r.out, "42")) << r.out; // the missing entry it names
    EXPECT_FALSE(contains(r.out, "foreign keys  ok")) << r.out;
    EXPECT_TRUE(r.err.starts_with("sore: error: ")) << r.err;
    EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
}

TEST(Backup, IsPrivateCompleteAndNeverOverwritesUnasked) {
    Sandbox box;
    add_entry(box, {"--soreness", "2", "--tag", "t", "--note", "first"});
    add_entry(box, {"yesterday", "--soreness", "5"});
    auto file = box.dir() / "backup.db";
    auto r = box.run({"backup", file.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Backed up 2 entries to " + file.string() + ".\n");
    EXPECT_EQ(sore::testing::mode_of(file), 0600u);
    EXPECT_TRUE(sore::testing::read_file(file).starts_with(std::string("SQLite format 3\0", 16)));
    const std::string rows = "SELECT uuid || date || soreness || ifnull(note, '') FROM entry "
                             "ORDER BY id";
    EXPECT_EQ(query(file, rows), query(box.db(), rows));
    EXPECT_EQ(query(file, "SELECT tag FROM entry_tag"), std::vector<std::string>{"t"});
    EXPECT_EQ(query(file, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_FALSE(fs::exists(file.string() + "-wal")) << "the backup is one self-contained file";

    // The copy is itself a journal sore can open.
    Sandbox other;
    other.env["SORE_DB"] = file.string();
    EXPECT_EQ(listed_ids(other), (std::vector<long long>{2, 1}));

    add_entry(box, {"--soreness", "9"});
    auto saved = sore::testing::read_file(file);
    EXPECT_TRUE(fails_with(box.run({"backup", file.string()}), 2, {file.string(), "--force"}));
    EXPECT_EQ(sore::testing::read_file(file), saved);

    auto forced = box.run({"backup", file.string(), "--force"});
    ASSERT_EQ(forced.status, 0) << forced.err;
    EXPECT_EQ(forced.out, "Backed up 3 entries to " + file.string() + ".\n");
    EXPECT_EQ(query(file, "SELECT count(*) FROM entry"), std::vector<std::string>{"3"});
    EXPECT_EQ(sore::testing::mode_of(file), 0600u);
}

TEST(Backup, WithoutAJournalFailsAndWritesNothing) {
    Sandbox box;
    auto file = box.dir() / "backup.db";
    EXPECT_TRUE(fails_with(box.run({"backup", file.string()}), 1, {box.db()}));
    EXPECT_FALSE(fs::exists(file));
}

TEST(Backup, RefusesAFolderOrAMissingFolder) {
    Sandbox box;
    add_entry(box, {"--soreness", "2"});
    EXPECT_TRUE(fails_with(box.run({"backup", box.dir().string()}), 2, {box.dir().string()}));
    auto missing = (box.dir() / "no" / "such" / "b.db").string();
    EXPECT_TRUE(fails_with(box.run({"backup", missing}), 2, {"folder"}));
}

TEST(Help, ProgramHelpListsCommandsAndAnExample) {
    Sandbox box;
    for (const char* flag : {"--help", "-h"}) {
        auto r = box.run({flag});
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.err, "");
        EXPECT_TRUE(r.out.starts_with("Usage: sore ")) << r.out;
        for (const char* command : {"log", "list", "show", "edit", "rm", "check", "backup"}) {
            EXPECT_TRUE(std::regex_search(r.out, std::regex(std::string("\n  ") + command + " ")))
                << command;
        }
        EXPECT_TRUE(contains(r.out, "Example")) << "no example in:\n" << r.out;
        EXPECT_TRUE(contains(r.out, "sore log --soreness")) << "no example in:\n" << r.out;
    }
    EXPECT_FALSE(fs::exists(box.db()));
}

TEST(Help, EachCommandHasHelpWithAnExample) {
    Sandbox box;
    const std::vector<std::pair<std::string, std::string>> commands = {
        {"log", "log"},   {"add", "log"}, {"list", "list"},   {"show", "show"},
        {"edit", "edit"}, {"rm", "rm"},   {"check", "check"}, {"backup", "backup"}};
    for (const auto& [command, name] : commands) {
        for (const char* flag : {"--help", "-h"}) {
            auto r = box.run({command, flag});
            ASSERT_EQ(r.status, 0) << command << ": " << r.err;
            EXPECT_EQ(r.err, "");
            EXPECT_TRUE(r.out.starts_with("Usage: sore " + name)) << r.out;
            EXPECT_TRUE(contains(r.out, "Example:\n  sore " + name)) << r.out;
        }
    }
    // Help wins over bad values and never touches the journal.
    EXPECT_EQ(box.run({"log", "--soreness", "99", "--help"}).status, 0);
    EXPECT_FALSE(fs::exists(box.db()));
}

TEST(Help, HelpCommandShowsTheProgramOrACommand) {
    Sandbox box;
    auto program = box.run({"help"});
    ASSERT_EQ(program.status, 0) << program.err;
    EXPECT_EQ(program.out, box.run({"--help"}).out);
    auto log = box.run({"help", "log"});
    ASSERT_EQ(log.status, 0) << log.err;
    EXPECT_EQ(log.out, box.run({"log", "--help"}).out);
    EXPECT_TRUE(fails_with(box.run({"help", "frob"}), 2, {"'frob'", "log"}));
    // Like every other command, help takes --help.
    EXPECT_EQ(box.run({"help", "--help"}).out, program.out);
    EXPECT_EQ(box.run({"help", "-h"}).out, program.out);
}

TEST(Version, PrintsSoreAndTheVersion) {
    Sandbox box;
    auto r = box.run({"--version"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(std::regex_match(r.out, std::regex(R"(sore \d+\.\d+\.\d+\n)"))) << r.out;
    EXPECT_EQ(r.err, "");
}

TEST(Usage, NoCommandIsAUsageError) {
    Sandbox box;
    EXPECT_TRUE(fails_with(box.run({}), 2, {"command", "--help"}));
    EXPECT_TRUE(fails_with(box.run({"--no-color"}), 2, {"command", "--help"}));
}

} // namespace

TEST(Edit, UntagRemovesOneTagAndTagsIgnoreCase) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "3", "--tag", "Glute", "--tag", "clinic"}).status, 0);
    ASSERT_EQ(box.run({"edit", "1", "--tag", "GLUTE", "--untag", "CLINIC"}).status, 0);
    EXPECT_EQ(sore::testing::show_json(box, "1")["tags"], nlohmann::json::array({"glute"}));
    EXPECT_EQ(sore::testing::listed_ids(box, {"--tag", "Glute"}), std::vector<long long>{1});
    EXPECT_TRUE(fails_with(box.run({"edit", "1", "--untag", "hip"}), 2, {"'hip'", "glute"}));
}

TEST(Edit, FlaggingAnInjuryOnASessionGivesTheCaution) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "3", "--pressure", "firm"}).status, 0);
    auto r = box.run({"edit", "1", "--injury"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "sore: caution: ")) << r.err;
    EXPECT_EQ(box.run({"edit", "1", "--soreness", "4"}).err, "") << "only when newly flagged";
}

TEST(Values, NamesAnyCaseAndABlankNoteIsNoNote) {
    Sandbox box;
    auto r = box.run({"log", "--soreness", "3", "--pressure", "Deep", "--technique", "Swedish",
                      "--side", "LEFT", "--note", "  "});
    ASSERT_EQ(r.status, 0) << r.err;
    auto e = sore::testing::show_json(box, "1");
    EXPECT_EQ(e["pressure"], 4);
    EXPECT_EQ(e["technique"], "swedish");
    EXPECT_EQ(e["side"], "left");
    EXPECT_TRUE(e["note"].is_null());
    EXPECT_EQ(box.run({"list", "--format", "JSON"}).status, 0);
}

TEST(Today, OnlyCommandsThatNeedTheDateLookItUp) {
    // A broken SORE_TODAY shows which commands ask for today's date.
    Sandbox box;
    ASSERT_EQ(box.run({"log", "2026-11-20", "--soreness", "3"}).status, 0);
    box.env["SORE_TODAY"] = "garbage";
    EXPECT_EQ(box.run({"log", "--help"}).status, 0);
    EXPECT_EQ(box.run({"show", "1"}).status, 0);
    EXPECT_EQ(box.run({"list", "--from", "2026-11-01"}).status, 0);
    EXPECT_TRUE(fails_with(box.run({"list", "--from", "-3d"}), 2, {"SORE_TODAY", "'garbage'"}));
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 2, {"SORE_TODAY"}));
}
