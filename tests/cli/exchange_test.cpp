// `sore export` and `sore import` on journals built through `sore log` and
// `sore edit`: lossless round trips through CSV and JSON (notes with commas,
// quotes, line breaks, emoji and spreadsheet formulas), idempotent imports,
// the CSV's exact shape (read back by Python's csv module too) and what CSV
// import accepts. FHIR and -o are in exchange_fhir_test.cpp; errors,
// conflicts, dry runs and all-or-nothing imports in exchange_errors_test.cpp.
// Today is Friday 2026-11-27 in Europe/Berlin (see runner.cpp).

#include "exchange.hpp"

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

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

namespace fs = std::filesystem;

using namespace sore::testing::exchange;

namespace {

// Runs a program (not sore) with these arguments; stdout and stderr apart.
Result run_program(const std::vector<std::string>& argv) {
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    std::vector<char*> args;
    std::vector<std::string> copy = argv;
    for (auto& a : copy) {
        args.push_back(a.data());
    }
    args.push_back(nullptr);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    Result r;
    // Read stderr after stdout: fine for the small outputs here.
    for (auto [fd, sink] : {std::pair{out[0], &r.out}, std::pair{err[0], &r.err}}) {
        char buffer[4096];
        for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) {
            sink->append(buffer, static_cast<std::size_t>(n));
        }
        close(fd);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

// ---------------------------------------------------------------- round trips

TEST(ExchangeRoundTrip, CsvAndJsonAreLosslessThroughAFreshJournal) {
    Sandbox a;
    build_rich(a);
    auto csv = ok(a, {"export"});
    auto js = ok(a, {"export", "--format", "json"});
    auto original = list_json(a);
    ASSERT_EQ(original.size(), 13u);

    // Every combination: import one format, export both.
    for (const auto& [name, content] :
         {std::pair<std::string, std::string>{"in.csv", csv}, {"in.json", js}}) {
        SCOPED_TRACE(name);
        Sandbox b;
        auto r = import_text(b, name, content);
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.out, added_line(name, 13));
        EXPECT_EQ(r.err, "Started a new journal at " + b.db() + ".\n");
        // Filled through SQLite's rollback journal, then left in WAL mode.
        EXPECT_EQ(sore::testing::query(b.db(), "PRAGMA journal_mode"),
                  std::vector<std::string>{"wal"});
        EXPECT_FALSE(std::filesystem::exists(b.db() + "-journal"));
        EXPECT_EQ(ok(b, {"export"}), csv);
        EXPECT_EQ(ok(b, {"export", "--format", "json"}), js);
        EXPECT_EQ(list_json(b), original) << "ids, uuids and times are kept in a new journal";
        for (const char* id : {"1", "2", "13"}) {
            EXPECT_EQ(show_json(b, id), show_json(a, id)) << id;
        }
    }
}

TEST(ExchangeRoundTrip, EveryTrickyNoteAndTagSurvives) {
    Sandbox a;
    build_rich(a);
    Sandbox b;
    ASSERT_EQ(import_text(b, "in.csv", ok(a, {"export"})).status, 0);
    auto list = list_json(b);
    auto full = entry_on(list, "2026-01-15");
    EXPECT_EQ(full["note"], full_note);
    EXPECT_EQ(full["tags"], json({"+plus", "-minus", "=eq", "@work", "glute"}));
    EXPECT_EQ(full["sitting_min"], 450);
    EXPECT_EQ(full["time"], "09:05");
    int day = 1;
    for (const auto& [note, written] : formula_notes) {
        auto e = entry_on(list, fmt::format("2026-02-{:02}", day++));
        EXPECT_EQ(e["note"], note) << "exactly one apostrophe comes off on import";
    }
    auto empty = entry_on(list, "2026-07-15");
    for (const char* key :
         {"time", "during", "sitting_min", "pressure", "technique", "knots", "side", "note"}) {
        EXPECT_TRUE(empty[key].is_null()) << key << " of " << empty;
    }
    EXPECT_EQ(empty["tags"], json::array());
    EXPECT_EQ(empty["injury"], false);
    auto edited = entry_on(list, "2026-07-20");
    EXPECT_EQ(edited["during"], 1);
    EXPECT_EQ(edited["tags"], json({"edited"}));
    EXPECT_EQ(entry_on(list, "2026-02-20")["sitting_min"], 440) << "7.33 hours is 440 minutes";
}

TEST(ExchangeRoundTrip, ImportingTheSameFileTwiceAddsNothing) {
    Sandbox a;
    build_rich(a);
    for (const char* format : {"csv", "json"}) {
        SCOPED_TRACE(format);
        auto file = std::string("in.") + format;
        auto content = ok(a, {"export", "--format", format});
        Sandbox b;
        ASSERT_EQ(import_text(b, file, content).status, 0);
        auto list = list_json(b);
        auto bytes = b.db_bytes();
        auto again = b.run({"import", file});
        ASSERT_EQ(again.status, 0) << again.err;
        EXPECT_EQ(again.out, nothing_line(file, 13));
        EXPECT_EQ(again.err, "");
        EXPECT_EQ(list_json(b), list);
        EXPECT_EQ(b.db_bytes(), bytes);
    }
}

TEST(ExchangeRoundTrip, AJournalThatHeldEntriesGivesNewIdsAndKeepsUuids) {
    Sandbox a;
    log_entry(a, {"2026-03-01", "--soreness", "4"});
    log_entry(a, {"2026-03-02", "--soreness", "5"});
    auto csv = ok(a, {"export"});
    auto uuids_of = [](const json& list) {
        std::set<std::string> out;
        for (const auto& e : list) {
            out.insert(e["uuid"].get<std::string>());
        }
        return out;
    };
    auto file_uuids = uuids_of(list_json(a));

    // One entry already: the file's ids 1 and 2 are not reused.
    Sandbox b;
    log_entry(b, {"2026-01-01", "--soreness", "1"});
    ASSERT_EQ(import_text(b, "in.csv", csv).status, 0);
    EXPECT_EQ(listed_ids(b), (std::vector<long long>{1, 2, 3}));
    auto b_list = list_json(b);
    EXPECT_EQ(b_list[1]["uuid"], list_json(a)[0]["uuid"]);
    EXPECT_EQ(b_list[2]["uuid"], list_json(a)[1]["uuid"]);
    // Matched by uuid, not id: the second import adds nothing.
    auto again = b.run({"import", "in.csv"});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(again.out, nothing_line("in.csv", 2));

    // Empty now, but it held an entry once: new ids all the same.
    Sandbox c;
    log_entry(c, {"2026-01-01", "--soreness", "1"});
    ASSERT_EQ(c.run({"rm", "1", "--yes"}).status, 0);
    ASSERT_EQ(import_text(c, "in.csv", csv).status, 0);
    EXPECT_EQ(listed_ids(c), (std::vector<long long>{2, 3}));
    EXPECT_EQ(uuids_of(list_json(c)), file_uuids);
}

// ---------------------------------------------------------------- CSV shape

TEST(ExchangeCsv, HeaderLineEndsQuotingAndHours) {
    Sandbox box;
    log_entry(box, {"2026-01-15",
                    "--soreness",
                    "7",
                    "--time",
                    "09:05",
                    "--during",
                    "4",
                    "--sitting",
                    "7h30m",
                    "--pressure",
                    "deep",
                    "--technique",
                    "trigger-point",
                    "--knots",
                    "3",
                    "--injury",
                    "--emotional",
                    "--side",
                    "left",
                    "--note",
                    "plain note",
                    "--tag",
                    "glute",
                    "--tag",
                    "work",
                    "--site",
                    "lower-back=3",
                    "--site",
                    "glute-med:left=7"});
    log_entry(box, {"2026-01-16", "--soreness", "2", "--sitting", "45m", "--note", "a, b \"c\""});
    log_entry(box, {"2026-01-17", "--soreness", "0"});
    auto list = list_json(box);
    auto csv = ok(box, {"export"});
    auto stamps = [](const json& e) {
        return e["created_at"].get<std::string>() + "," + e["updated_at"].get<std::string>();
    };
    auto expected = header + "\r\n" + "1," + list[0]["uuid"].get<std::string>() +
                    ",2026-01-15,09:05,7,4,7.5,4,trigger-point,3,1,1,left,plain note,glute;work,"
                    "glute-med:left=7;lower-back=3," +
                    stamps(list[0]) + "\r\n" + "2," + list[1]["uuid"].get<std::string>() +
                    ",2026-01-16,,2,,0.75,,,,0,0,,\"a, b \"\"c\"\"\",,," + stamps(list[1]) +
                    "\r\n" + "3," + list[2]["uuid"].get<std::string>() +
                    ",2026-01-17,,0,,,,,,0,0,,,,," + stamps(list[2]) + "\r\n";
    EXPECT_EQ(csv, expected);
    EXPECT_FALSE(csv.starts_with("\xEF\xBB\xBF")) << "no byte order mark";
    // Every line ends CRLF: no LF without a CR before it.
    for (std::size_t at = csv.find('\n'); at != std::string::npos; at = csv.find('\n', at + 1)) {
        ASSERT_GT(at, 0u);
        EXPECT_EQ(csv[at - 1], '\r') << "bare LF at byte " << at;
    }
    EXPECT_TRUE(csv.ends_with("\r\n"));
}

TEST(ExchangeCsv, EmptyJournalIsTheHeaderAlone) {
    Sandbox box;
    EXPECT_EQ(ok(box, {"export"}), header + "\r\n");
    EXPECT_FALSE(fs::exists(box.db())) << "export must not create the journal";
    auto js = json::parse(ok(box, {"export", "--format", "json"}));
    EXPECT_EQ(js, json::parse(R"({"format": "sore", "version": 1, "entries": []})"));
}

TEST(ExchangeCsv, PythonCsvModuleReadsTheSameValues) {
    if (!fs::exists("/usr/bin/python3")) {
        GTEST_SKIP() << "/usr/bin/python3 is not installed; Python's csv module cannot check "
                        "the export";
    }
    Sandbox box;
    build_rich(box);
    auto sited = box.run({"edit", "1", "--site", "lower-back=3", "--site", "glute-med:left=7"});
    ASSERT_EQ(sited.status, 0) << sited.err;
    auto r = box.run({"export", "-o", "out.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    const char* script = "import csv, json, sys\n"
                         "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                         "    print(json.dumps(list(csv.DictReader(f))))\n";
    auto py = run_program({"/usr/bin/python3", "-c", script, (box.dir() / "out.csv").string()});
    ASSERT_EQ(py.status, 0) << py.err;
    auto rows = json::parse(py.out);
    auto list = list_json(box);
    ASSERT_EQ(rows.size(), 13u);
    ASSERT_EQ(rows.size(), list.size());

    std::map<std::string, json> by_date;
    for (const auto& row : rows) {
        ASSERT_EQ(row.size(), 18u) << row;
        by_date[row["date"].get<std::string>()] = row;
    }
    auto full = by_date.at("2026-01-15");
    auto full_entry = entry_on(list, "2026-01-15");
    json expected = {{"id", std::to_string(full_entry["id"].get<int>())},
                     {"uuid", full_entry["uuid"]},
                     {"date", "2026-01-15"},
                     {"time", "09:05"},
                     {"soreness", "7"},
                     {"during", "4"},
                     {"sitting_hours", "7.5"},
                     {"pressure", "4"},
                     {"technique", "trigger-point"},
                     {"knots", "3"},
                     {"injury", "1"},
                     {"emotional", "1"},
                     {"side", "left"},
                     {"note", full_note},
                     {"tags", "'+plus;-minus;=eq;@work;glute"},
                     {"sites", "glute-med:left=7;lower-back=3"},
                     {"created_at", full_entry["created_at"]},
                     {"updated_at", full_entry["updated_at"]}};
    EXPECT_EQ(full, expected);

    auto empty = by_date.at("2026-07-15");
    for (const char* key : {"time", "during", "sitting_hours", "pressure", "technique", "knots",
                            "side", "note", "tags", "sites"}) {
        EXPECT_EQ(empty[key], "") << key;
    }
    EXPECT_EQ(empty["soreness"], "0");
    EXPECT_EQ(empty["injury"], "0");
    EXPECT_EQ(empty["emotional"], "0");
    EXPECT_EQ(by_date.at("2026-07-20")["tags"], "edited");
    EXPECT_EQ(by_date.at("2026-07-20")["during"], "1");
    int day = 1;
    for (const auto& [note, written] : formula_notes) {
        auto row = by_date.at(fmt::format("2026-02-{:02}", day++));
        auto cell = written.starts_with('"') ? written.substr(1, written.size() - 2) : written;
        EXPECT_EQ(row["note"], cell) << "as written for " << json(note);
    }
    EXPECT_EQ(by_date.at("2026-07-20")["note"], "plain note");
    EXPECT_EQ(by_date.at("2026-07-20")["sitting_hours"], "0.75");
    EXPECT_EQ(by_date.at("2026-02-20")["sitting_hours"], "7.33");
    EXPECT_EQ(by_date.at("2026-02-20")["technique"], "none");
    EXPECT_EQ(by_date.at("2026-02-20")["side"], "both");
}

TEST(ExchangeCsv, FormulaNotesAreWrittenWithOneApostrophe) {
    Sandbox box;
    int day = 1;
    for (const auto& [note, written] : formula_notes) {
        log_entry(box, {fmt::format("2026-02-{:02}", day++), "--soreness", "3", "--note", note});
    }
    auto csv = ok(box, {"export"});
    day = 1;
    for (const auto& [note, written] : formula_notes) {
        auto date = fmt::format("2026-02-{:02}", day++);
        EXPECT_TRUE(sore::testing::contains(csv, "," + date + ",,3,,,,,,0,0,," + written + ",,"))
            << json(note) << " should be written " << json(written) << " in\n"
            << csv;
    }
}

// ---------------------------------------------------------------- CSV import

TEST(ExchangeImport, AcceptsBomLfOnlyAndColumnsInAnyOrder) {
    Sandbox box;
    auto r = import_text(box, "in.csv",
                         "\xEF\xBB\xBFnote,Soreness,tags,date,time,sitting_hours,side\n"
                         "\"two\nlines\",4,b;A,2026-03-01,8:05,7.5,right\n"
                         "=not neutralised,5,,2026-03-02,,,\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, added_line("in.csv", 2));
    auto list = list_json(box);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0]["date"], "2026-03-01");
    EXPECT_EQ(list[0]["time"], "08:05");
    EXPECT_EQ(list[0]["soreness"], 4);
    EXPECT_EQ(list[0]["note"], "two\nlines");
    EXPECT_EQ(list[0]["tags"], json({"a", "b"}));
    EXPECT_EQ(list[0]["sitting_min"], 450);
    EXPECT_EQ(list[0]["side"], "right");
    EXPECT_EQ(list[1]["note"], "=not neutralised") << "no apostrophe: nothing to take off";
    EXPECT_TRUE(list[1]["time"].is_null());
}

TEST(ExchangeImport, DateAndSorenessAloneGetNewUuids) {
    Sandbox box;
    auto r = import_text(box, "min.csv", "date,soreness\r\n2026-03-01,4\r\n2026-03-02,0\r\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, added_line("min.csv", 2));
    auto list = list_json(box);
    ASSERT_EQ(list.size(), 2u);
    std::set<std::string> uuids;
    for (const auto& e : list) {
        auto uuid = e["uuid"].get<std::string>();
        EXPECT_EQ(uuid.size(), 36u) << uuid;
        EXPECT_EQ(std::count(uuid.begin(), uuid.end(), '-'), 4) << uuid;
        uuids.insert(uuid);
        EXPECT_FALSE(e["created_at"].get<std::string>().empty());
        EXPECT_FALSE(e["injury"].get<bool>());
        EXPECT_TRUE(e["tags"].empty());
    }
    EXPECT_EQ(uuids.size(), 2u);
    EXPECT_EQ(list[0]["soreness"], 4);
    EXPECT_EQ(list[1]["soreness"], 0);

    // No uuid column, nothing to match: a second import adds them again.
    auto again = box.run({"import", "min.csv"});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(again.out, added_line("min.csv", 2));
    EXPECT_EQ(list_json(box).size(), 4u);
}

TEST(ExchangeImport, BlankIdAndUuidMeanNew) {
    Sandbox box;
    log_entry(box, {"2026-01-01", "--soreness", "1"});
    auto r = import_text(box, "in.csv",
                         "id,uuid,date,soreness,created_at,updated_at\n"
                         ",,2026-03-01,4,,\n"
                         ",,2026-03-01,4,,\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, added_line("in.csv", 2));
    auto list = list_json(box);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2, 3}));
    EXPECT_NE(list[1]["uuid"], list[2]["uuid"]);
    EXPECT_FALSE(list[1]["uuid"].get<std::string>().empty());
}

TEST(ExchangeImport, SoreListJsonIsAcceptedToo) {
    Sandbox a;
    build_rich(a);
    auto listed = ok(a, {"list", "--format", "json"});
    Sandbox b;
    auto r = import_text(b, "list.json", listed);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, added_line("list.json", 13));
    EXPECT_EQ(list_json(b), list_json(a));
}

TEST(ExchangeImport, ReadsFromAPipeAndCountsLinesBeforeTheHeader) {
    Sandbox box;
    auto piped = box.run({"import", "/dev/stdin"}, "date,soreness\r\n2026-01-02,4\r\n");
    ASSERT_EQ(piped.status, 0) << piped.err;
    EXPECT_EQ(piped.out, "/dev/stdin: 1 row: 1 new, 0 already in the journal, 0 conflicting.\n"
                         "Added 1 entry.\n");
    auto json = box.run({"import", "/dev/stdin"}, R"({"format": "sore", "version": 1, "entries": [)"
                                                  R"({"date": "2026-01-03", "soreness": 2}]})");
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(list_json(box).size(), 2U);
    // Blank lines before the header still count: the bad row is on line 4.
    auto blank = box.run({"import", "/dev/stdin"}, "\n\ndate,soreness\n2026-01-04,11\n");
    EXPECT_TRUE(fails_with(blank, 2, {"/dev/stdin line 4: soreness '11'"}));
}

} // namespace
