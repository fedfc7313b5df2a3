// `sore export` and `sore import` on journals built through `sore log` and
// `sore edit`: lossless round trips through CSV and JSON (notes with commas,
// quotes, line breaks, emoji and spreadsheet formulas), idempotent imports,
// the CSV's exact shape (read back by Python's csv module too), the FHIR
// Bundle's structure, and what export prints. Errors, conflicts, dry runs
// and all-or-nothing imports are in exchange_errors_test.cpp.
// Today is Friday 2026-11-27 in Europe/Berlin (see runner.cpp).

#include "reports.hpp"

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

namespace {

const std::string header = "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,"
                           "knots,injury,emotional,side,note,tags,created_at,updated_at";

// A note with every character CSV must quote: comma, quote, CRLF, LF, emoji.
const std::string full_note =
    "comma, \"quoted\"\r\nCRLF above, LF below\nlast \xF0\x9F\x98\xA3 line";

// Notes a spreadsheet would run as a formula, or that look neutralised
// already, and what sore writes for each in its CSV (one leading apostrophe
// more when it starts with apostrophes and then = + - @ tab or CR).
const std::vector<std::pair<std::string, std::string>> formula_notes = {
    {"=SUM(A1:A3)", "'=SUM(A1:A3)"},
    {"+1 more", "'+1 more"},
    {"-dash first", "'-dash first"},
    {"@mention", "'@mention"},
    {"\ttab first", "'\ttab first"},
    {"\rcr first", "\"'\rcr first\""},
    {"'=already", "''=already"},
    {"''-x", "'''-x"},
    {"'plain apostrophe", "'plain apostrophe"},
};

// Every field set (winter, left), every field unset, the formula notes one
// a day in February, a summer entry with a time (right; then changed by
// `sore edit`), a rest day (both). 13 entries; ids 1 to 13 in this order.
void build_rich(const Sandbox& box) {
    log_entry(box, {"2026-01-15",    "--soreness", "7",     "--time",
                    "09:05",         "--during",   "4",     "--sitting",
                    "7h30m",         "--pressure", "deep",  "--technique",
                    "trigger-point", "--knots",    "3",     "--injury",
                    "--emotional",   "--side",     "left",  "--note",
                    full_note,       "--tag",      "glute", "--tag",
                    "@work",         "--tag",      "+plus", "--tag",
                    "-minus",        "--tag",      "=eq"});
    log_entry(box, {"2026-07-15", "--soreness", "0"});
    int day = 1;
    for (const auto& [note, written] : formula_notes) {
        log_entry(box, {fmt::format("2026-02-{:02}", day++), "--soreness", "3", "--note", note});
    }
    log_entry(box, {"2026-07-20", "--soreness", "5", "--time", "18:30", "--side", "right",
                    "--sitting", "45m", "--pressure", "light", "--technique", "swedish", "--knots",
                    "0", "--note", "plain note"});
    log_entry(box, {"2026-02-20", "--soreness", "2", "--side", "both", "--technique", "none",
                    "--sitting", "7h20m", "--tag", "rest"});
    auto edited = box.run({"edit", "12", "--during", "1", "--tag", "edited"});
    ASSERT_EQ(edited.status, 0) << edited.err;
}

// `sore ARGS` must succeed; returns its standard output.
std::string ok(const Sandbox& box, const std::vector<std::string>& args) {
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return r.out;
}

// Copies `content` into the sandbox as `name` and imports it.
Result import_text(const Sandbox& box, const std::string& name, const std::string& content,
                   std::vector<std::string> extra = {}) {
    write_file(box.dir() / name, content);
    std::vector<std::string> args{"import", name};
    args.insert(args.end(), extra.begin(), extra.end());
    return box.run(args);
}

std::string added_line(const std::string& file, int rows) {
    return fmt::format("{}: {} rows: {} new, 0 already in the journal, 0 conflicting.\nAdded {} "
                       "entries.\n",
                       file, rows, rows, rows);
}

std::string nothing_line(const std::string& file, int rows) {
    return fmt::format("{}: {} rows: 0 new, {} already in the journal, 0 conflicting.\nNothing "
                       "to add: the journal has every entry already.\n",
                       file, rows, rows);
}

// The one entry of `sore list --format json` on this date.
json entry_on(const json& list, const std::string& date) {
    json found;
    for (const auto& e : list) {
        if (e["date"] == date) {
            EXPECT_TRUE(found.is_null()) << "two entries on " << date;
            found = e;
        }
    }
    EXPECT_FALSE(found.is_null()) << "no entry on " << date;
    return found;
}

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
        EXPECT_EQ(r.err, "");
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
    log_entry(box, {"2026-01-15",    "--soreness", "7",     "--time",
                    "09:05",         "--during",   "4",     "--sitting",
                    "7h30m",         "--pressure", "deep",  "--technique",
                    "trigger-point", "--knots",    "3",     "--injury",
                    "--emotional",   "--side",     "left",  "--note",
                    "plain note",    "--tag",      "glute", "--tag",
                    "work"});
    log_entry(box, {"2026-01-16", "--soreness", "2", "--sitting", "45m", "--note", "a, b \"c\""});
    log_entry(box, {"2026-01-17", "--soreness", "0"});
    auto list = list_json(box);
    auto csv = ok(box, {"export"});
    auto stamps = [](const json& e) {
        return e["created_at"].get<std::string>() + "," + e["updated_at"].get<std::string>();
    };
    auto expected = header + "\r\n" + "1," + list[0]["uuid"].get<std::string>() +
                    ",2026-01-15,09:05,7,4,7.5,4,trigger-point,3,1,1,left,plain note,glute;work," +
                    stamps(list[0]) + "\r\n" + "2," + list[1]["uuid"].get<std::string>() +
                    ",2026-01-16,,2,,0.75,,,,0,0,,\"a, b \"\"c\"\"\",," + stamps(list[1]) + "\r\n" +
                    "3," + list[2]["uuid"].get<std::string>() + ",2026-01-17,,0,,,,,,0,0,,,," +
                    stamps(list[2]) + "\r\n";
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
        ASSERT_EQ(row.size(), 17u) << row;
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
                     {"created_at", full_entry["created_at"]},
                     {"updated_at", full_entry["updated_at"]}};
    EXPECT_EQ(full, expected);

    auto empty = by_date.at("2026-07-15");
    for (const char* key : {"time", "during", "sitting_hours", "pressure", "technique", "knots",
                            "side", "note", "tags"}) {
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

// ---------------------------------------------------------------- FHIR

// The component of an Observation whose code text is `text` (null if none).
json component(const json& observation, const std::string& text) {
    for (const auto& c : observation.value("component", json::array())) {
        if (c["code"]["text"] == text) {
            return c;
        }
    }
    return nullptr;
}

TEST(ExchangeFhir, BundleOfObservations) {
    Sandbox box;
    build_rich(box);
    auto list = list_json(box);
    auto bundle = json::parse(ok(box, {"export", "--format", "fhir"}));
    EXPECT_EQ(bundle["resourceType"], "Bundle");
    EXPECT_EQ(bundle["type"], "collection");
    ASSERT_TRUE(bundle["entry"].is_array());
    ASSERT_EQ(bundle["entry"].size(), list.size());

    std::map<std::string, json> by_uuid;
    for (const auto& item : bundle["entry"]) {
        const auto& obs = item["resource"];
        EXPECT_EQ(obs["resourceType"], "Observation");
        EXPECT_EQ(item["fullUrl"], "urn:uuid:" + obs["id"].get<std::string>());
        EXPECT_EQ(obs["status"], "final");
        ASSERT_EQ(obs["code"]["coding"].size(), 1u);
        EXPECT_EQ(obs["code"]["coding"][0]["system"], "http://loinc.org");
        EXPECT_EQ(obs["code"]["coding"][0]["code"], "72514-3");
        EXPECT_EQ(obs["valueQuantity"]["code"], "{score}");
        EXPECT_EQ(obs["valueQuantity"]["system"], "http://unitsofmeasure.org");
        EXPECT_EQ(obs["bodySite"]["coding"][0]["system"], "http://snomed.info/sct");
        by_uuid[obs["id"].get<std::string>()] = obs;
    }
    for (const auto& e : list) {
        SCOPED_TRACE(e["date"].get<std::string>());
        ASSERT_TRUE(by_uuid.contains(e["uuid"].get<std::string>()));
        const auto& obs = by_uuid[e["uuid"].get<std::string>()];
        EXPECT_EQ(obs["valueQuantity"]["value"], e["soreness"]);
        if (e["note"].is_string()) {
            EXPECT_EQ(obs["note"][0]["text"], e["note"]);
        }
    }
    auto obs_on = [&](const std::string& date) {
        return by_uuid[entry_on(list, date)["uuid"].get<std::string>()];
    };

    // Every field set: winter, so +01:00 in Berlin.
    auto full = obs_on("2026-01-15");
    EXPECT_EQ(full["effectiveDateTime"], "2026-01-15T09:05:00+01:00");
    EXPECT_EQ(full["valueQuantity"]["value"], 7);
    EXPECT_EQ(full["bodySite"]["coding"][0]["code"], "723979003");
    EXPECT_EQ(full["note"][0]["text"], full_note);
    auto sitting = component(full, "Time spent sitting that day");
    ASSERT_FALSE(sitting.is_null()) << full["component"];
    EXPECT_EQ(sitting["valueQuantity"]["value"], 450);
    EXPECT_EQ(sitting["valueQuantity"]["code"], "min");
    EXPECT_EQ(sitting["valueQuantity"]["system"], "http://unitsofmeasure.org");
    auto pressure = component(full, "Massage pressure (1 light to 4 deep)");
    ASSERT_FALSE(pressure.is_null()) << full["component"];
    EXPECT_EQ(pressure["valueString"], "deep (4 of 4)");
    auto knots = component(full, "Knots or trigger points found");
    ASSERT_FALSE(knots.is_null());
    EXPECT_EQ(knots["valueInteger"], 3);
    EXPECT_EQ(component(full, "Injury or inflammation in the area")["valueBoolean"], true);
    EXPECT_EQ(component(full, "Emotional release during the massage")["valueBoolean"], true);
    auto during = component(full, "Pain during the massage (0-10)");
    ASSERT_FALSE(during.is_null());
    EXPECT_EQ(during["valueQuantity"]["value"], 4);
    EXPECT_EQ(component(full, "Massage technique")["valueString"], "trigger-point");

    // Summer: +02:00; right side.
    auto summer = obs_on("2026-07-20");
    EXPECT_EQ(summer["effectiveDateTime"], "2026-07-20T18:30:00+02:00");
    EXPECT_EQ(summer["bodySite"]["coding"][0]["code"], "723980000");
    EXPECT_EQ(component(summer, "Time spent sitting that day")["valueQuantity"]["value"], 45);
    EXPECT_EQ(component(summer, "Knots or trigger points found")["valueInteger"], 0);
    EXPECT_EQ(component(summer, "Injury or inflammation in the area")["valueBoolean"], false);
    EXPECT_EQ(summer["note"][0]["text"], "plain note");

    // No time: the bare date; no side: the buttock; nothing set: no values.
    auto bare = obs_on("2026-07-15");
    EXPECT_EQ(bare["effectiveDateTime"], "2026-07-15");
    EXPECT_EQ(bare["valueQuantity"]["value"], 0);
    EXPECT_EQ(bare["bodySite"]["coding"][0]["code"], "46862004");
    EXPECT_TRUE(component(bare, "Time spent sitting that day").is_null());
    EXPECT_TRUE(component(bare, "Massage pressure (1 light to 4 deep)").is_null());
    EXPECT_TRUE(component(bare, "Knots or trigger points found").is_null());
    EXPECT_TRUE(component(bare, "Pain during the massage (0-10)").is_null());
    EXPECT_EQ(component(bare, "Emotional release during the massage")["valueBoolean"], false);
    EXPECT_EQ(bare["component"].size(), 2u) << bare["component"];
    EXPECT_FALSE(bare.contains("note")) << bare["note"];

    // Both sides: the buttock, as there is no single code for both.
    auto both = obs_on("2026-02-20");
    EXPECT_EQ(both["bodySite"]["coding"][0]["code"], "46862004");
    EXPECT_EQ(both["effectiveDateTime"], "2026-02-20");
    EXPECT_EQ(component(both, "Time spent sitting that day")["valueQuantity"]["value"], 440);

    // Formula notes are not neutralised outside CSV.
    EXPECT_EQ(obs_on("2026-02-01")["note"][0]["text"], "=SUM(A1:A3)");
}

TEST(ExchangeFhir, EmptyExportHasNoEntryKey) {
    Sandbox box;
    for (int pass = 0; pass < 2; ++pass) {
        SCOPED_TRACE(pass == 0 ? "no journal" : "nothing in range");
        std::vector<std::string> args{"export", "--format", "fhir"};
        if (pass == 1) {
            log_entry(box, {"2026-03-01", "--soreness", "4"});
            args.insert(args.end(), {"--from", "2026-04-01"});
        }
        auto bundle = json::parse(ok(box, args));
        EXPECT_EQ(bundle, json::parse(R"({"resourceType": "Bundle", "type": "collection"})"));
    }
}

TEST(ExchangeFhir, FromAndToChooseTheEntries) {
    Sandbox box;
    build_rich(box);
    auto r = box.run({"export", "--format", "fhir", "--from", "2026-07-01", "--to", "2026-07-31",
                      "-o", "july.json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Exported 2 entries to july.json.\n");
    auto bundle = json::parse(read_file(box.dir() / "july.json"));
    ASSERT_EQ(bundle["entry"].size(), 2u);
    EXPECT_EQ(bundle["entry"][0]["resource"]["effectiveDateTime"], "2026-07-15");
    EXPECT_EQ(bundle["entry"][1]["resource"]["effectiveDateTime"], "2026-07-20T18:30:00+02:00");

    // The same range in CSV and JSON; and days at the edges are included.
    auto csv = ok(box, {"export", "--from", "2026-02-01", "--to", "2026-02-09"});
    EXPECT_EQ(sore::testing::lines(csv).size(), 1u + 9u);
    auto js = json::parse(ok(box, {"export", "--format", "json", "--from", "2026-02-09"}));
    ASSERT_EQ(js["entries"].size(), 4u); // 02-09, 02-20, 07-15, 07-20
    EXPECT_EQ(js["entries"][0]["date"], "2026-02-09");
}

// ---------------------------------------------------------------- output

TEST(ExchangeExport, DashOWritesAPrivateFileAndSaysSo) {
    Sandbox box;
    build_rich(box);
    for (const char* format : {"csv", "json", "fhir"}) {
        SCOPED_TRACE(format);
        auto stdout_export = box.run({"export", "--format", format});
        ASSERT_EQ(stdout_export.status, 0) << stdout_export.err;
        EXPECT_EQ(stdout_export.err, "");
        auto file = std::string("out.") + format;
        auto r = box.run({"export", "--format", format, "-o", file});
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.out, "Exported 13 entries to " + file + ".\n");
        EXPECT_EQ(r.err, "");
        EXPECT_EQ(read_file(box.dir() / file), stdout_export.out)
            << "standard output holds the document and nothing else";
        EXPECT_EQ(mode_of(box.dir() / file), 0600u);
    }
    Sandbox one;
    log_entry(one, {"2026-03-01", "--soreness", "4"});
    auto r = one.run({"export", "--output", "one.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Exported 1 entry to one.csv.\n");
    EXPECT_EQ(sore::testing::lines(read_file(one.dir() / "one.csv")).size(), 2u);
    auto none = one.run({"export", "--from", "2026-04-01", "-o", "none.csv"});
    ASSERT_EQ(none.status, 0) << none.err;
    EXPECT_EQ(none.out, "Exported 0 entries to none.csv.\n");
    EXPECT_EQ(read_file(one.dir() / "none.csv"), header + "\r\n");
}

TEST(ExchangeExport, JsonHasEveryFieldOfListJson) {
    Sandbox box;
    build_rich(box);
    auto js = json::parse(ok(box, {"export", "--format", "json"}));
    EXPECT_EQ(js["format"], "sore");
    EXPECT_EQ(js["version"], 1);
    EXPECT_EQ(js["entries"], list_json(box));
}

} // namespace
