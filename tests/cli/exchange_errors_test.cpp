// `sore import` and `sore export` when something is wrong: every bad file is
// refused whole with one line naming the file, the line and the problem,
// exit 2, and the journal left byte for byte as it was (or not created);
// conflicting uuids stop an import unless --replace; dry runs write nothing;
// -o never half-writes or replaces a file without --force.
// Today is Friday 2026-11-27 in Europe/Berlin (see runner.cpp).

#include "exchange.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <set>

using sore::testing::fails_with;
using sore::testing::list_json;
using sore::testing::listed_ids;
using sore::testing::log_entry;
using sore::testing::mode_of;
using sore::testing::read_file;
using sore::testing::Result;
using sore::testing::Sandbox;
using sore::testing::show_json;
using sore::testing::write_file;
using json = nlohmann::json;
using sore::testing::exchange::import_text;

namespace fs = std::filesystem;

namespace {

// The names in the sandbox folder (to see that nothing was left behind).
std::set<std::string> files_in(const Sandbox& box) {
    std::set<std::string> names;
    for (const auto& item : fs::directory_iterator(box.dir())) {
        names.insert(item.path().filename().string());
    }
    return names;
}

// No journal, nor any of SQLite's files beside it.
::testing::AssertionResult no_journal(const Sandbox& box) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (fs::exists(box.db() + suffix)) {
            return ::testing::AssertionFailure() << box.db() << suffix << " exists";
        }
    }
    return ::testing::AssertionSuccess();
}

// Two entries, every field of the first set.
void build_two(const Sandbox& box) {
    log_entry(box, {"2026-02-01", "--soreness",  "4",         "--time",  "08:00",
                    "--during",   "2",           "--sitting", "6",       "--pressure",
                    "firm",       "--technique", "sports",    "--knots", "2",
                    "--injury",   "--emotional", "--side",    "right",   "--note",
                    "orig",       "--tag",       "a"});
    log_entry(box, {"2026-02-02", "--soreness", "5"});
}

// 512 bytes that are no text at all, the same every run.
std::string noise() {
    std::string bytes;
    std::uint32_t state = 2463534242u;
    for (int i = 0; i < 512; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes += static_cast<char>(state & 0xFF);
    }
    bytes[0] = '\x9C'; // not '{' or '[': read as CSV
    return bytes;
}

// ---------------------------------------------------------------- bad files

struct BadFile {
    const char* name;
    const char* file; // its name in the sandbox
    std::string content;
    std::vector<std::string> parts; // each must appear in the error line
};

void PrintTo(const BadFile& c, std::ostream* os) {
    *os << c.name;
}

const std::string head = "date,soreness\n";

const std::vector<BadFile> bad_files = {
    {"Empty", "bad.csv", "", {"bad.csv is empty"}},
    {"RandomBytes", "bad.csv", noise(), {"bad.csv "}},
    {"BrokenJson", "bad.json", "{\"format\": \"sore\", \"entries\": [", {"bad.json", "JSON"}},
    {"UnterminatedQuote",
     "bad.csv",
     "date,soreness,note\n2026-01-01,3,\"abc\n",
     {"bad.csv line 2: ", "quote"}},
    {"QuoteInsideAField",
     "bad.csv",
     "date,soreness,note\n2026-01-01,3,ab\"c\n",
     {"bad.csv line 2: ", "quote"}},
    {"TooManyCells",
     "bad.csv",
     head + "2026-01-01,3\n2026-01-02,3,4\n",
     {"bad.csv line 3: ", "3 cells", "header has 2"}},
    {"TooFewCells",
     "bad.csv",
     "date,soreness,knots\n2026-01-01,3,1\n2026-01-02,3\n",
     {"bad.csv line 3: ", "2 cells", "header has 3"}},
    {"DuplicateHeader",
     "bad.csv",
     "date,soreness,Date\n2026-01-01,3,2026-01-01\n",
     {"bad.csv line 1: ", "'Date'", "twice"}},
    {"UnknownColumn",
     "bad.csv",
     "date,soreness,mood\n2026-01-01,3,fine\n",
     {"bad.csv line 1: ", "'mood'"}},
    {"NoSorenessColumn", "bad.csv", "date,note\n2026-01-01,x\n", {"bad.csv line 1: ", "soreness"}},
    {"DayFirstDate",
     "bad.csv",
     head + "2026-11-20,3\n20/11/2026,4\n",
     {"bad.csv line 3: ", "date", "'20/11/2026'", "YYYY-MM-DD"}},
    {"FutureDate",
     "bad.csv",
     head + "2026-11-27,3\n2026-11-28,4\n",
     {"bad.csv line 3: ", "'2026-11-28'", "future"}},
    {"Soreness11", "bad.csv", head + "2026-01-01,11\n", {"bad.csv line 2: ", "soreness", "'11'"}},
    {"SorenessMissing", "bad.csv", head + "2026-01-01,\n", {"bad.csv line 2: ", "soreness"}},
    {"RestDayWithPressure",
     "bad.csv",
     "date,soreness,technique,pressure\n2026-01-01,3,none,2\n",
     {"bad.csv line 2: ", "pressure", "none"}},
    {"InvalidUuid",
     "bad.csv",
     "uuid,date,soreness\n6c42cc60-2674-4ac2-ab74-020a9dd9158z,2026-01-01,3\n",
     {"bad.csv line 2: ", "uuid", "'6c42cc60-2674-4ac2-ab74-020a9dd9158z'"}},
    {"BadCreatedAt",
     "bad.csv",
     "date,soreness,created_at\n2026-01-01,3,2026-01-01 10:00\n",
     {"bad.csv line 2: ", "created_at", "'2026-01-01 10:00'"}},
    {"InjuryYes",
     "bad.csv",
     "date,soreness,injury\n2026-01-01,3,yes\n",
     {"bad.csv line 2: ", "injury", "'yes'"}},
    {"Sitting25Hours",
     "bad.csv",
     "date,soreness,sitting_hours\n2026-01-01,3,25\n",
     {"bad.csv line 2: ", "sitting_hours", "'25'"}},
    {"TagWithSpace",
     "bad.csv",
     "date,soreness,tags\n2026-01-01,3,a b\n",
     {"bad.csv line 2: ", "tags", "'a b'"}},
    {"NotSoreJson", "bad.json", "{}", {"bad.json", "not a sore export"}},
    {"JsonVersion99",
     "bad.json",
     R"({"format": "sore", "version": 99, "entries": []})",
     {"bad.json", "version 99"}},
    {"JsonBadLastEntry",
     "bad.json",
     R"({"format": "sore", "version": 1, "entries": [{"date": "2026-01-01", "soreness": 3},
        {"date": "2026-01-02", "soreness": "high"}]})",
     {"bad.json item 2: ", "soreness", "'high'"}},
    {"JsonUnknownField",
     "bad.json",
     R"([{"date": "2026-01-01", "soreness": 3, "mood": "ok"}])",
     {"bad.json item 1: ", "'mood'"}},
    {"JsonSiteOutOfRange",
     "bad.json",
     R"([{"date": "2026-01-01", "soreness": 3},
         {"date": "2026-01-02", "soreness": 3,
          "sites": [{"site": "glute-med", "side": "left", "soreness": 12}]}])",
     {"bad.json item 2: ", "glute-med:left", "'12'", "0 to 10"}},
    {"JsonSiteUnknown",
     "bad.json",
     R"([{"date": "2026-01-01", "soreness": 3,
          "sites": [{"site": "piriformus", "side": "left", "soreness": 2}]}])",
     {"bad.json item 1: ", "'piriformus:left'", "did you mean piriformis?"}},
    {"JsonSiteSorenessAsText",
     "bad.json",
     R"([{"date": "2026-01-01", "soreness": 3,
          "sites": [{"site": "tfl", "side": "left", "soreness": "2"}]}])",
     {"bad.json item 1: ", "\"soreness\" is of the wrong type", "a whole number 0-10"}},
    {"JsonSiteNameWithSeparator",
     "bad.json",
     R"([{"date": "2026-01-01", "soreness": 3,
          "sites": [{"site": "tfl;lower-back", "side": "both", "soreness": 2}]}])",
     {"bad.json item 1: ", "'tfl;lower-back'"}},
};

class ExchangeBadFile : public ::testing::TestWithParam<BadFile> {};

TEST_P(ExchangeBadFile, IsRefusedAndTheJournalStaysAsItWas) {
    const auto& c = GetParam();
    Sandbox box;
    build_two(box);
    auto bytes = box.db_bytes();
    auto before = files_in(box);
    auto r = import_text(box, c.file, c.content);
    EXPECT_TRUE(fails_with(r, 2, c.parts));
    EXPECT_TRUE(r.err.starts_with(std::string("sore: error: ") + c.file + " ")) << r.err;
    EXPECT_EQ(box.db_bytes(), bytes);
    auto after = files_in(box);
    after.erase(c.file);
    EXPECT_EQ(after, before);

    // A dry run says the same; into no journal, none is made.
    auto dry = box.run({"import", c.file, "--dry-run"});
    EXPECT_TRUE(fails_with(dry, 2, c.parts));
    Sandbox fresh;
    auto into_nothing = import_text(fresh, c.file, c.content);
    EXPECT_TRUE(fails_with(into_nothing, 2, c.parts));
    EXPECT_TRUE(no_journal(fresh));
}

INSTANTIATE_TEST_SUITE_P(Exchange, ExchangeBadFile, ::testing::ValuesIn(bad_files),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

TEST(ExchangeErrors, LastRowBadAfterMultiLineNotesNamesItsLine) {
    // Lines: 1 header, 2-4 a note over three lines, 5 good, 6 CRLF note, 8 bad.
    const std::string file = "date,soreness,note\n"
                             "2026-03-01,3,\"one\ntwo\nthree\"\n"
                             "2026-03-02,4,plain\n"
                             "2026-03-03,5,\"crlf\r\ninside\"\n"
                             "2026-03-04,11,last\n";
    Sandbox box;
    build_two(box);
    auto bytes = box.db_bytes();
    auto list = list_json(box);
    auto r = import_text(box, "bad.csv", file);
    EXPECT_TRUE(fails_with(r, 2, {"bad.csv line 8: ", "soreness", "'11'"}));
    EXPECT_EQ(box.db_bytes(), bytes);
    EXPECT_EQ(list_json(box), list);

    // Into a journal (and folders) that do not exist yet: nothing is left.
    Sandbox fresh;
    fresh.env["SORE_DB"] = (fresh.dir() / "new" / "deeper" / "journal.db").string();
    auto into_nothing = import_text(fresh, "bad.csv", file);
    EXPECT_TRUE(fails_with(into_nothing, 2, {"bad.csv line 8: "}));
    EXPECT_FALSE(fs::exists(fresh.dir() / "new"));
    EXPECT_EQ(files_in(fresh), std::set<std::string>{"bad.csv"});

    // The same file with the last row put right goes in whole.
    auto fixed = file;
    fixed.replace(fixed.find(",11,"), 4, ",1,");
    auto good = import_text(fresh, "good.csv", fixed);
    ASSERT_EQ(good.status, 0) << good.err;
    EXPECT_EQ(good.out, "good.csv: 4 rows: 4 new, 0 already in the journal, 0 conflicting.\n"
                        "Added 4 entries.\n");
    EXPECT_TRUE(fs::exists(fresh.dir() / "new" / "deeper" / "journal.db"));
}

TEST(ExchangeErrors, MissingFileAndFolderAreRefused) {
    Sandbox box;
    build_two(box);
    auto bytes = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"import", "missing.csv"}), 2, {"'missing.csv'", "exist"}));
    fs::create_directory(box.dir() / "folder");
    EXPECT_TRUE(fails_with(box.run({"import", "folder"}), 2, {"'folder'", "folder"}));
    EXPECT_TRUE(fails_with(box.run({"import"}), 2, {"import", "file"}));
    EXPECT_EQ(box.db_bytes(), bytes);
    Sandbox fresh;
    EXPECT_TRUE(fails_with(fresh.run({"import", "missing.csv"}), 2, {"'missing.csv'"}));
    EXPECT_TRUE(no_journal(fresh));
}

TEST(ExchangeErrors, FhirExportIsNotReadBack) {
    Sandbox box;
    build_two(box);
    ASSERT_EQ(box.run({"export", "--format", "fhir", "-o", "fhir.json"}).status, 0);
    auto bytes = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"import", "fhir.json"}), 2, {"fhir.json", "FHIR"}));
    EXPECT_EQ(box.db_bytes(), bytes);
    Sandbox fresh;
    fs::copy_file(box.dir() / "fhir.json", fresh.dir() / "fhir.json");
    EXPECT_TRUE(fails_with(fresh.run({"import", "fhir.json"}), 2, {"fhir.json", "FHIR"}));
    EXPECT_TRUE(no_journal(fresh));
}

// ---------------------------------------------------------------- conflicts

TEST(ExchangeConflicts, AnEditedEntryStopsTheImportUnlessReplace) {
    // The file: entry 1 as it was before an edit (a conflict), entry 2 as
    // it is (already here), entry 3 since removed (new).
    Sandbox box;
    build_two(box);
    log_entry(box, {"2026-02-03", "--soreness", "6"});
    ASSERT_EQ(box.run({"export", "-o", "before.csv"}).status, 0);
    ASSERT_EQ(box.run({"export", "--format", "json", "-o", "before.json"}).status, 0);
    auto original = show_json(box, "1");
    auto third = show_json(box, "3");
    auto edit = box.run({"edit", "1", "--soreness", "9", "--note", "changed", "--untag", "a",
                         "--tag", "b", "--clear", "knots"});
    ASSERT_EQ(edit.status, 0) << edit.err;
    ASSERT_EQ(box.run({"rm", "3", "--yes"}).status, 0);
    auto edited = list_json(box);
    auto bytes = box.db_bytes();

    EXPECT_TRUE(fails_with(box.run({"import", "before.csv"}), 2,
                           {"before.csv", "1 row has the uuid", "line 2", "entry 1",
                            "nothing was imported", "--replace"}));
    EXPECT_EQ(box.db_bytes(), bytes) << "not even the new row";
    EXPECT_TRUE(
        fails_with(box.run({"import", "before.json"}), 2, {"before.json", "entry 1", "--replace"}));
    EXPECT_EQ(box.db_bytes(), bytes);

    const std::string counts = "before.csv: 3 rows: 1 new, 1 already in the journal, 1 "
                               "conflicting.\n";
    auto dry = box.run({"import", "before.csv", "--dry-run"});
    ASSERT_EQ(dry.status, 0) << dry.err;
    EXPECT_EQ(dry.out, counts + "Dry run: nothing was written. An import would stop at the "
                                "conflicts (the first at line 2: entry 1 here has soreness 9, the "
                                "file 4); --replace takes the file's values.\n");
    EXPECT_EQ(box.db_bytes(), bytes);

    auto dry_replace = box.run({"import", "before.csv", "--dry-run", "--replace"});
    ASSERT_EQ(dry_replace.status, 0) << dry_replace.err;
    EXPECT_EQ(dry_replace.out, counts + "Dry run: nothing was written. An import would add 1 "
                                        "entry and replace 1.\n");
    EXPECT_EQ(box.db_bytes(), bytes);
    EXPECT_EQ(list_json(box), edited);

    auto replace = box.run({"import", "before.csv", "--replace"});
    ASSERT_EQ(replace.status, 0) << replace.err;
    EXPECT_EQ(replace.out, counts + "Added 1 entry and replaced 1 with the file's values.\n");
    auto now = show_json(box, "1");
    for (const char* key :
         {"id", "uuid", "date", "time", "soreness", "during", "sitting_min", "pressure",
          "technique", "knots", "injury", "emotional", "side", "note", "tags", "created_at"}) {
        EXPECT_EQ(now[key], original[key]) << key;
    }
    EXPECT_EQ(now["soreness"], 4);
    EXPECT_EQ(now["note"], "orig");
    EXPECT_EQ(now["tags"], json({"a"}));
    EXPECT_EQ(now["knots"], 2);
    EXPECT_EQ(show_json(box, "2"), edited[1]);
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2, 4})) << "3 was used once";
    EXPECT_EQ(show_json(box, "4")["uuid"], third["uuid"]);

    auto again = box.run({"import", "before.json"});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(again.out, "before.json: 3 rows: 0 new, 3 already in the journal, 0 conflicting.\n"
                         "Nothing to add: the journal has every entry already.\n");
}

TEST(ExchangeConflicts, OneUuidTwiceInAFileIsRefused) {
    Sandbox box;
    auto r = import_text(box, "twice.csv",
                         "uuid,date,soreness\n"
                         "6C42CC60-2674-4AC2-AB74-020A9DD9158E,2026-01-01,3\n"
                         "6c42cc60-2674-4ac2-ab74-020a9dd9158e,2026-01-01,4\n");
    EXPECT_TRUE(fails_with(r, 2,
                           {"twice.csv has uuid '6c42cc60-2674-4ac2-ab74-020a9dd9158e' more than "
                            "once; expected each entry once in a file"}));
    EXPECT_TRUE(no_journal(box));
}

// ---------------------------------------------------------------- dry run

TEST(ExchangeDryRun, CountsAndWritesNothing) {
    Sandbox a;
    build_two(a);
    log_entry(a, {"2026-02-03", "--soreness", "6"});
    ASSERT_EQ(a.run({"export", "-o", "all.csv"}).status, 0);
    const auto file = read_file(a.dir() / "all.csv");

    // b holds the first two already, as they are.
    Sandbox b;
    ASSERT_EQ(import_text(b, "all.csv", file).status, 0);
    ASSERT_EQ(b.run({"rm", "3", "--yes"}).status, 0);
    auto bytes = b.db_bytes();
    auto list = list_json(b);
    auto dry = b.run({"import", "all.csv", "--dry-run"});
    ASSERT_EQ(dry.status, 0) << dry.err;
    EXPECT_EQ(dry.out, "all.csv: 3 rows: 1 new, 2 already in the journal, 0 conflicting.\n"
                       "Dry run: nothing was written. An import would add 1 entry.\n");
    EXPECT_EQ(dry.err, "");
    EXPECT_EQ(b.db_bytes(), bytes);
    EXPECT_EQ(list_json(b), list);
    auto real = b.run({"import", "all.csv"});
    ASSERT_EQ(real.status, 0) << real.err;
    EXPECT_EQ(real.out, "all.csv: 3 rows: 1 new, 2 already in the journal, 0 conflicting.\n"
                        "Added 1 entry.\n");
    EXPECT_EQ(list_json(b).size(), 3u);

    // No journal: counted as empty, and still none afterwards.
    Sandbox c;
    c.env["SORE_DB"] = (c.dir() / "sub" / "journal.db").string();
    auto none = import_text(c, "all.csv", file, {"--dry-run"});
    ASSERT_EQ(none.status, 0) << none.err;
    EXPECT_EQ(none.out, "all.csv: 3 rows: 3 new, 0 already in the journal, 0 conflicting.\n"
                        "Dry run: nothing was written. An import would add 3 entries.\n");
    EXPECT_EQ(files_in(c), std::set<std::string>{"all.csv"});
}

// ---------------------------------------------------------------- export

TEST(ExchangeExportErrors, DashOIntoAMissingFolderMakesNothing) {
    Sandbox box;
    build_two(box);
    auto before = files_in(box);
    EXPECT_TRUE(fails_with(box.run({"export", "-o", "missing/out.csv"}), 2,
                           {"export", "'missing/out.csv'", "folder"}));
    EXPECT_FALSE(fs::exists(box.dir() / "missing"));
    EXPECT_EQ(files_in(box), before);
    fs::create_directory(box.dir() / "folder");
    EXPECT_TRUE(fails_with(box.run({"export", "-o", "folder"}), 2, {"'folder'", "folder"}));
    EXPECT_TRUE(fs::is_empty(box.dir() / "folder"));
}

TEST(ExchangeExportErrors, AnExistingFileIsReplacedOnlyWithForce) {
    Sandbox box;
    build_two(box);
    const auto out = box.dir() / "out.csv";
    write_file(out, "keep me\n");
    fs::permissions(out, fs::perms(0644));
    auto before = files_in(box);

    EXPECT_TRUE(fails_with(box.run({"export", "-o", "out.csv"}), 2,
                           {"'out.csv'", "already exists", "--force"}));
    EXPECT_EQ(read_file(out), "keep me\n");
    EXPECT_EQ(mode_of(out), 0644u);
    EXPECT_EQ(files_in(box), before) << "no temporary file is left";

    auto r = box.run({"export", "-o", "out.csv", "--force"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Exported 2 entries to out.csv.\n");
    EXPECT_EQ(read_file(out), box.run({"export"}).out);
    EXPECT_EQ(mode_of(out), 0600u) << "health data: only its owner may read it";
    EXPECT_EQ(files_in(box), before);

    // Never over the journal, even with --force.
    auto bytes = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"export", "-o", "journal.db", "--force"}), 2, {"journal"}));
    EXPECT_EQ(box.db_bytes(), bytes);
}

TEST(ExchangeExportErrors, BadOptionsAreRefused) {
    Sandbox box;
    build_two(box);
    auto before = files_in(box);
    EXPECT_TRUE(fails_with(box.run({"export", "--force"}), 2, {"--force", "-o"}));
    EXPECT_TRUE(fails_with(box.run({"export", "--format", "xml"}), 2,
                           {"--format", "'xml'", "csv", "json", "fhir"}));
    EXPECT_TRUE(fails_with(box.run({"export", "--format", "xml", "-o", "x.xml"}), 2, {"'xml'"}));
    EXPECT_TRUE(fails_with(box.run({"export", "--from", "2026-02-05", "--to", "2026-02-01"}), 2,
                           {"--from", "'2026-02-05'", "--to", "'2026-02-01'"}));
    EXPECT_TRUE(fails_with(
        box.run({"export", "--from", "2026-02-05", "--to", "2026-02-01", "-o", "range.csv"}), 2,
        {"--from"}));
    EXPECT_EQ(files_in(box), before) << "no file for a refused export";
}

// ---------------------------------------------------------------- found bugs
// Each of these failed on the first implementation.

TEST(ExchangeFixedBugs, ABlankNoteIsNoNoteAsInLog) {
    // `sore log --note "   "` stores no note; an import should check its rows
    // the same way.
    Sandbox box;
    log_entry(box, {"2026-01-01", "--soreness", "3", "--note", "   "});
    auto r = import_text(box, "blank.csv", "date,soreness,note\n2026-01-02,3,\"   \"\n");
    ASSERT_EQ(r.status, 0) << r.err;
    auto list = list_json(box);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_TRUE(list[0]["note"].is_null()) << list[0];
    EXPECT_TRUE(list[1]["note"].is_null()) << list[1];
}

TEST(ExchangeFixedBugs, UnterminatedQuoteNamesTheLineItOpensOn) {
    // The quote opens on line 2; it used to name line 4, where the file ends.
    Sandbox box;
    build_two(box);
    auto r = import_text(box, "bad.csv",
                         "date,soreness,note\n2026-01-01,3,\"abc\n2026-01-02,4,x\n"
                         "2026-01-03,5,y\n");
    EXPECT_TRUE(fails_with(r, 2, {"bad.csv line 2: ", "quote"}));
}

TEST(ExchangeFixedBugs, DashOIsNeverTheJournalPathEvenBeforeItExists) {
    // With no journal yet, `export -o journal.db` wrote the CSV where the
    // journal goes, and every later command failed: "is not a sore journal".
    Sandbox box;
    auto r = box.run({"export", "-o", "journal.db"});
    EXPECT_TRUE(fails_with(r, 2, {"journal"}));
    auto log = box.run({"log", "--soreness", "3"});
    EXPECT_EQ(log.status, 0) << log.err;
}

TEST(ExchangeImport, AHeaderWithoutRowsSaysTheFileHasNoEntries) {
    Sandbox box;
    auto r = import_text(box, "header.csv", "date,soreness\r\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "header.csv: 0 rows: 0 new, 0 already in the journal, 0 conflicting.\n"
                     "Nothing to add: the file has no entries.\n");
}

TEST(ExchangeImport, ADryRunWorksOnAJournalItCannotWrite) {
    Sandbox box;
    log_entry(box, {"2026-01-01", "--soreness", "3"});
    write_file(box.dir() / "new.csv", "date,soreness\r\n2026-01-02,4\r\n");
    auto why = box.run_unprivileged();
    if (!why.empty()) {
        GTEST_SKIP() << "cannot test file modes: " << why;
    }
    fs::permissions(box.db(), fs::perms::owner_read);
    auto before = box.db_bytes();
    auto dry = box.run({"import", "new.csv", "--dry-run"});
    ASSERT_EQ(dry.status, 0) << dry.err;
    EXPECT_EQ(dry.out, "new.csv: 1 row: 1 new, 0 already in the journal, 0 conflicting.\n"
                       "Dry run: nothing was written. An import would add 1 entry.\n");
    EXPECT_EQ(box.db_bytes(), before);
    // The real import cannot write: an environment failure, nothing changed.
    EXPECT_TRUE(fails_with(box.run({"import", "new.csv"}), 1, {"new.csv", "nothing was imported"}));
    EXPECT_EQ(box.db_bytes(), before);
}

TEST(ExchangeExportErrors, ALinkToNowhereIsAnExistingFileAndLongNamesWork) {
    Sandbox box;
    build_two(box);
    fs::create_symlink(box.dir() / "nowhere" / "x.csv", box.dir() / "link.csv");
    EXPECT_TRUE(
        fails_with(box.run({"export", "-o", "link.csv"}), 2, {"-o 'link.csv'", "already exists"}));
    EXPECT_FALSE(fs::exists(box.dir() / "nowhere"));
    // 250 characters: a temporary name built from it would pass NAME_MAX.
    std::string long_name(246, 'x');
    long_name += ".csv";
    auto r = box.run({"export", "-o", long_name});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(fs::exists(box.dir() / long_name));
}

} // namespace
