// What a newcomer tripped over (issue "What a newcomer tripped over"): each
// case ran the binary as a new user would and got a surprise; these hold
// the fixes. Today is pinned to Friday 2026-11-27.

#include "json.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>
#include <sys/stat.h>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::lines;
using sore::testing::list_json;
using sore::testing::read_file;
using sore::testing::Result;
using sore::testing::Sandbox;
using sore::testing::test_data_dir;
using sore::testing::write_file;

namespace fs = std::filesystem;

namespace {

// Terminal columns of a line as a terminal shows it: a code point a column,
// two for the CJK and emoji these tests never use.
std::size_t columns(const std::string& line) {
    std::size_t n = 0;
    for (char c : line) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

// A pseudo-terminal's output in lines, without its carriage returns.
std::vector<std::string> tty_lines(const std::string& out) {
    std::string text;
    for (char c : out) {
        if (c != '\r') {
            text += c;
        }
    }
    return lines(text);
}

void log_ok(const Sandbox& box, const std::vector<std::string>& args) {
    auto r = box.run(args);
    ASSERT_EQ(r.status, 0) << r.err;
}

} // namespace

// 1. A note's control characters reach no terminal.
TEST(Newcomer, ControlCharactersInANoteAreShownNotObeyed) {
    Sandbox box;
    box.env["NO_COLOR"] = "1";  // so any escape on the terminal is the note's
    box.env["COLUMNS"] = "200"; // the whole note on one line
    const std::string note = "red \x1b[31mtext\x1b[0m, a title \x1b]0;pwned\x07 and del\x7f";
    log_ok(box, {"log", "--soreness", "4", "--note", note});
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"show", "1"}, {"list", "--wide"}}) {
        auto r = box.run_tty(args, "");
        ASSERT_EQ(r.status, 0) << r.out;
        EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << args[0] << ": " << r.out;
        EXPECT_EQ(r.out.find('\x07'), std::string::npos) << args[0] << ": " << r.out;
        EXPECT_EQ(r.out.find('\x7f'), std::string::npos) << args[0] << ": " << r.out;
        EXPECT_TRUE(contains(r.out, "red ^[[31mtext^[[0m")) << r.out;
    }
    auto show = box.run_tty({"show", "1"}, "");
    EXPECT_TRUE(contains(show.out, "a title ^[]0;pwned^G and del^?")) << show.out;
    // Scripts get the exact text.
    EXPECT_EQ(list_json(box)[0]["note"], note);
    EXPECT_TRUE(contains(box.run({"list", "--format", "csv"}).out, note));
}

// 2. Tables fit an 80-column terminal; piped output and --wide keep all.
TEST(Newcomer, TablesFitAnEightyColumnTerminal) {
    Sandbox box;
    box.env["NO_COLOR"] = "1";
    box.env["COLUMNS"] = "80";
    const std::string note = "left side tight after a long drive to the coast and back home again";
    log_ok(box, {"log",     "-10d",       "--soreness",  "6",           "--sitting",
                 "7h30m",   "--pressure", "deep",        "--technique", "trigger-point",
                 "--knots", "3",          "--emotional", "--injury",    "--side",
                 "right",   "--note",     note,          "--tag",       "work",
                 "--tag",   "long-drive"});
    log_ok(box, {"log", "yesterday", "--time", "18:30", "--soreness", "3", "--technique", "none"});
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"week"}, {"week", "--weeks", "3"}}) {
        auto r = box.run_tty(args, "");
        ASSERT_EQ(r.status, 0) << r.out;
        for (const auto& line : tty_lines(r.out)) {
            EXPECT_LE(columns(line), 80u) << args[0] << ": '" << line << "'";
        }
    }
    auto list = box.run_tty({"list"}, "");
    EXPECT_TRUE(contains(list.out, "…")) << list.out;
    EXPECT_TRUE(contains(list.out, " inj,emo ")) << "both flags stay readable: " << list.out;
    EXPECT_FALSE(contains(list.out, note)) << list.out;
    auto week = box.run_tty({"week"}, "");
    EXPECT_TRUE(contains(week.out, "Week      Ent  Sess")) << week.out;
    // Piped, and with --wide, every character is there.
    EXPECT_TRUE(contains(box.run({"list"}).out, note));
    EXPECT_TRUE(contains(box.run_tty({"list", "--wide"}, "").out, note));
    EXPECT_TRUE(contains(box.run({"week"}).out, "Entries  Sessions"));
    // A wider COLUMNS gives the whole table.
    box.env["COLUMNS"] = "250";
    EXPECT_TRUE(contains(box.run_tty({"list"}, "").out, note));
}

// 3. A number where a date was meant.
TEST(Newcomer, MinusThreeSuggestsThreeDaysAgo) {
    Sandbox box;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "-3", "days", "--soreness", "4"},
          {"log", "-3", "--soreness", "4"}}) {
        auto r = box.run(args);
        EXPECT_TRUE(
            fails_with(r, 2, {"log: '-3' is not an option; did you mean -3d, 3 days ago?"}));
    }
    EXPECT_TRUE(fails_with(box.run({"log", "-1", "--soreness", "4"}), 2, {"-1d, 1 day ago?"}));
    EXPECT_FALSE(fs::exists(box.db()));
}

// 4. A flag given a value.
TEST(Newcomer, AFlagGivenYesSaysItTakesNoValue) {
    Sandbox box;
    auto r = box.run({"log", "--soreness", "4", "--injury", "yes"});
    EXPECT_TRUE(fails_with(r, 2,
                           {"--injury is a flag and takes no value, not 'yes'",
                            "give --injury for yes and leave it out for no"}));
    log_ok(box, {"log", "--soreness", "4", "--pressure", "firm"});
    EXPECT_TRUE(fails_with(box.run({"edit", "1", "--emotional", "no"}), 2,
                           {"--emotional is a flag and takes no value, not 'no'"}));
}

// 5. Date words in any case.
TEST(Newcomer, DateWordsAreCaseBlind) {
    Sandbox box;
    log_ok(box, {"log", "-2D", "--soreness", "4"});
    log_ok(box, {"log", "-1W", "--soreness", "5"});
    log_ok(box, {"log", "FRI", "--soreness", "6"});
    auto entries = list_json(box, {"--from", "-1W"});
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0]["date"], "2026-11-20");
    EXPECT_EQ(entries[1]["date"], "2026-11-25");
    EXPECT_EQ(entries[2]["date"], "2026-11-27");
}

// 6. The CSV a spreadsheet writes where the decimal mark is a comma.
TEST(Newcomer, ASemicolonSpreadsheetCsvImports) {
    Sandbox box;
    write_file(box.dir() / "eu.csv", "\xEF\xBB\xBF"
                                     "date;soreness;sitting_hours;note;tags\r\n"
                                     "2026-11-20;5;7,5;\"tight; left, low\";glute\r\n"
                                     "2026-11-21;3;;ok;\r\n");
    auto r = box.run({"import", "eu.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto entries = list_json(box);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0]["sitting_min"], 450);
    EXPECT_EQ(entries[0]["note"], "tight; left, low");
    EXPECT_EQ(entries[0]["tags"], nlohmann::json::array({"glute"}));
    EXPECT_TRUE(entries[1]["sitting_min"].is_null());
    // The README documents every column the import's message lists.
    auto readme = read_file(test_data_dir() / ".." / ".." / "README.md");
    EXPECT_TRUE(contains(readme, "`sitting_min`")) << "README does not name sitting_min";
}

// 7. A date in another form is a format problem, said as log says it.
TEST(Newcomer, AnImportedDateInAnotherFormSaysTheForm) {
    Sandbox box;
    write_file(box.dir() / "de.csv", "date,soreness\r\n01.11.2026,4\r\n");
    EXPECT_TRUE(fails_with(box.run({"import", "de.csv"}), 2,
                           {"de.csv line 2: date '01.11.2026' is not a date in the form "
                            "YYYY-MM-DD"}));
    write_file(box.dir() / "bad.csv", "date,soreness\r\n2026-02-30,4\r\n");
    EXPECT_TRUE(fails_with(box.run({"import", "bad.csv"}), 2,
                           {"date '2026-02-30' is not a day of the calendar"}));
}

// 8. A journal the user may not read, a folder they may not write.
TEST(Newcomer, PermissionDeniedNamesThePath) {
    Sandbox box;
    log_ok(box, {"log", "--soreness", "4"});
    fs::create_directory(box.dir() / "locked");
    auto why = box.run_unprivileged();
    if (!why.empty()) {
        GTEST_SKIP() << why;
    }
    chmod(box.db().c_str(), 0);
    EXPECT_TRUE(fails_with(box.run({"list"}), 1,
                           {"cannot read the journal " + box.db() + ": Permission denied"}));
    chmod(box.db().c_str(), 0600);
    chmod((box.dir() / "locked").c_str(), 0500);
    auto inside = (box.dir() / "locked" / "j.db").string();
    EXPECT_TRUE(fails_with(box.run({"--db", inside, "log", "--soreness", "3"}), 1,
                           {"cannot create the journal " + inside + ": Permission denied"}));
}

// 9. log's --date, documented, and two dates refused naming both.
TEST(Newcomer, LogTakesDateOnceEitherWay) {
    Sandbox box;
    log_ok(box, {"log", "--date", "2026-11-01", "--soreness", "3"});
    EXPECT_EQ(list_json(box)[0]["date"], "2026-11-01");
    EXPECT_TRUE(fails_with(box.run({"log", "yesterday", "--date", "2026-11-01", "--soreness", "3"}),
                           2,
                           {"the day is given twice, as 'yesterday' and as --date '2026-11-01'"}));
    EXPECT_TRUE(contains(box.run({"log", "--help"}).out, "--date DATE"));
}

// 10. A mistyped --db shows itself.
TEST(Newcomer, AMissingJournalIsNamedAndANewOneAnnounced) {
    Sandbox box;
    auto typo = (box.dir() / "typo.db").string();
    auto list = box.run({"--db", typo, "list"});
    EXPECT_EQ(list.status, 0);
    EXPECT_TRUE(contains(list.out, "There is no journal at " + typo + " yet")) << list.out;
    EXPECT_TRUE(contains(box.run({"--db", typo, "week"}).out, typo));
    EXPECT_TRUE(contains(box.run({"--db", typo, "causes"}).out, typo));
    EXPECT_TRUE(fails_with(box.run({"--db", typo, "show", "1"}), 2,
                           {"no entry with id 1: there is no journal at " + typo + " yet"}));
    EXPECT_FALSE(fs::exists(typo));
    auto first = box.run({"--db", typo, "log", "--soreness", "3"});
    ASSERT_EQ(first.status, 0) << first.err;
    EXPECT_EQ(first.err, "Started a new journal at " + typo + ".\n");
    auto second = box.run({"--db", typo, "log", "--soreness", "4"});
    EXPECT_EQ(second.err, "");
    write_file(box.dir() / "one.csv", "date,soreness\r\n2026-11-20,4\r\n");
    auto other = (box.dir() / "other.db").string();
    auto import = box.run({"--db", other, "import", "one.csv"});
    ASSERT_EQ(import.status, 0) << import.err;
    EXPECT_EQ(import.err, "Started a new journal at " + other + ".\n");
    // A file with no entries still makes the journal, and says so.
    write_file(box.dir() / "none.csv", "date,soreness\r\n");
    auto empty = (box.dir() / "empty.db").string();
    auto nothing = box.run({"--db", empty, "import", "none.csv"});
    ASSERT_EQ(nothing.status, 0) << nothing.err;
    EXPECT_EQ(nothing.err, "Started a new journal at " + empty + ".\n");
    EXPECT_TRUE(fs::exists(empty));

    // Commands whose output is a file or data for a program say it beside
    // their output, on standard error, and still give their usual output.
    auto absent = (box.dir() / "absent.db").string();
    auto told = "There is no journal at " + absent + " yet.\n";
    for (const std::vector<std::string>& words : {std::vector<std::string>{"export"},
                                                  {"export", "--format", "json"},
                                                  {"export", "-o", "out.csv"},
                                                  {"report", "-o", "page.html"},
                                                  {"list", "--format", "json"},
                                                  {"list", "--format", "csv"},
                                                  {"week", "--format", "csv"},
                                                  {"causes", "--format", "json"},
                                                  {"import", "one.csv", "--dry-run"}}) {
        std::vector<std::string> args{"--db", absent};
        args.insert(args.end(), words.begin(), words.end());
        auto r = box.run(args);
        EXPECT_EQ(r.status, 0) << words[0] << ": " << r.err;
        EXPECT_EQ(r.err, told) << words[0] << " " << words.back();
    }
    EXPECT_EQ(box.run({"--db", absent, "list"}).err, "") << "said once, on standard output";
    EXPECT_TRUE(
        contains(box.run({"--db", absent, "report", "-o", "page2.html"}).out, "(0 entries)"));
    EXPECT_FALSE(fs::exists(absent));
}

// 11. Leaving the prompt is not an error.
TEST(Newcomer, QuittingThePromptSaysNothingLogged) {
    for (const std::string& answer : {std::string("q\n"), std::string("\x04")}) {
        Sandbox box;
        auto r = box.run_tty({"log"}, answer);
        EXPECT_EQ(r.status, 1) << r.out;
        EXPECT_TRUE(contains(r.out, "Nothing logged.")) << r.out;
        EXPECT_FALSE(contains(r.out, "error")) << r.out;
        EXPECT_FALSE(fs::exists(box.db()));
    }
}

// 12. The README's tour, run on the day it names, gives what it shows.
TEST(Newcomer, TheReadmeTourIsWhatSorePrints) {
    auto readme = read_file(test_data_dir() / ".." / ".." / "README.md");
    auto start = readme.find("This tour was run on Saturday 2026-11-28");
    ASSERT_NE(start, std::string::npos);
    start = readme.find("```\n", start) + 4;
    auto block = readme.substr(start, readme.find("```\n", start) - start);
    Sandbox box;
    auto home = (box.dir() / "ana").string();
    box.env["SORE_DB"] = std::nullopt;
    box.env["HOME"] = home;
    box.env["SORE_TODAY"] = "2026-11-28";
    std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    std::regex utc("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    auto masked = [&](std::string text) {
        std::erase(text, '\r'); // CSV ends its lines with CRLF
        text = std::regex_replace(text, uuid, "<uuid>");
        text = std::regex_replace(text, utc, "<utc>");
        for (auto at = text.find(home); at != std::string::npos; at = text.find(home)) {
            text.replace(at, home.size(), "/home/ana");
        }
        return text;
    };
    int commands = 0;
    std::vector<std::string> args;
    std::string expected;
    auto check = [&] {
        if (args.empty()) {
            return;
        }
        auto r = box.run(args);
        EXPECT_EQ(masked(r.out + r.err), masked(expected)) << "sore " << args[0];
        ++commands;
    };
    for (const auto& line : lines(block)) {
        if (!line.starts_with("$ sore ")) {
            expected += line + "\n";
            continue;
        }
        check();
        expected.clear();
        // The words of the command as a shell would split them: "quoted"
        // words, ~ for the home folder, a comment after two spaces.
        args.clear();
        auto command = line.substr(7, line.find("  #") == std::string::npos ? std::string::npos
                                                                            : line.find("  #") - 7);
        std::string word;
        bool quoted = false;
        bool any = false;
        for (char c : command) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    args.push_back(word);
                }
                word.clear();
                any = false;
            } else {
                word += c;
                any = true;
            }
        }
        if (any) {
            args.push_back(word);
        }
        for (auto& a : args) {
            if (a.starts_with("~/")) {
                a = home + a.substr(1);
            }
        }
    }
    check();
    EXPECT_EQ(commands, 9);
}

// 12. The README's reports are what `make demo` prints, on any day: the demo
// logs its entries as of the day the README was made.
TEST(Newcomer, TheReadmeReportsAreWhatTheDemoPrints) {
    auto readme = read_file(test_data_dir() / ".." / ".." / "README.md");
    std::vector<std::string> blocks;
    for (const char* first :
         {"$ sore week\n", "$ sore sites\n", "$ sore recovery\n", "$ sore brief\n"}) {
        auto start = readme.find(std::string("```\n") + first);
        ASSERT_NE(start, std::string::npos) << first;
        start += 4;
        blocks.push_back(readme.substr(start, readme.find("```\n", start) - start));
    }
    auto page = readme.find("$ sore report -o for-my-physio.html\n");
    ASSERT_NE(page, std::string::npos);
    auto wrote = lines(readme.substr(page)).at(1);

    Sandbox box;
    auto build = sore::testing::sore_binary().parent_path().parent_path();
    auto command = "env -u SORE_TODAY -u SORE_CONFIG -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME='" +
                   box.dir().string() + "' sh '" + (test_data_dir() / ".." / "demo.sh").string() +
                   "' '" + build.string() + "' '" + (box.dir() / "demo").string() + "' 2>&1";
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::array<char, 4096> chunk{};
    for (std::size_t n; (n = fread(chunk.data(), 1, chunk.size(), pipe)) > 0;) {
        out.append(chunk.data(), n);
    }
    ASSERT_EQ(pclose(pipe), 0) << out;
    for (const auto& block : blocks) {
        EXPECT_TRUE(contains(out, block)) << block << "\n---\n" << out;
    }
    // The page's line names the demo's own folder where the README has none.
    EXPECT_TRUE(contains(out, wrote.substr(0, wrote.find(" to for-my-physio.html")))) << wrote;
}

// 13. Whose journal the page is.
TEST(Newcomer, TheReportNamesWhoseJournalItIs) {
    Sandbox box;
    log_ok(box, {"log", "--soreness", "4"});
    auto page = box.run({"report", "--name", "Ana <Costa> & co"});
    ASSERT_EQ(page.status, 0) << page.err;
    EXPECT_TRUE(contains(page.out, "<title>Soreness journal of Ana &lt;Costa&gt; &amp; co,"))
        << page.out;
    EXPECT_TRUE(contains(page.out, "<h1>Soreness journal of Ana &lt;Costa&gt; &amp; co</h1>"));
    write_file(box.dir() / "config", "name = \"Ana Costa\"\n");
    auto configured = box.run({"--config", (box.dir() / "config").string(), "report"});
    ASSERT_EQ(configured.status, 0) << configured.err;
    EXPECT_TRUE(contains(configured.out, "<h1>Soreness journal of Ana Costa</h1>"));
    auto nameless = box.run({"report"});
    EXPECT_TRUE(contains(nameless.out, "<h1>Soreness journal</h1>"));

    // A mistake in the config file is reported by every command, not only
    // by report, which reads the name (SORE_DB names the journal here).
    write_file(box.dir() / "bad", "nme = Ana\n");
    for (const char* command : {"list", "week", "report", "export"}) {
        EXPECT_TRUE(fails_with(box.run({"--config", (box.dir() / "bad").string(), command}), 2,
                               {"config file", "'nme'", "name = TEXT"}))
            << command;
    }
}

// 14. An entry on its week's mean stays visible in the chart.
TEST(Newcomer, EveryEntryIsDrawnOverTheWeeklyMeans) {
    Sandbox box;
    // Thursday 2026-11-26 alone in its week: its circle sits on the mean.
    log_ok(box, {"log", "2026-11-26", "--soreness", "6"});
    auto page = box.run({"report"});
    ASSERT_EQ(page.status, 0) << page.err;
    auto circle = page.out.find("<circle ");
    ASSERT_NE(circle, std::string::npos);
    EXPECT_TRUE(contains(page.out.substr(circle, 80), "fill=\"#fff\""))
        << page.out.substr(circle, 80);
    auto last_square = page.out.rfind("height=\"10\" fill=\"#1f4e8c\"", circle);
    EXPECT_NE(last_square, std::string::npos);
    // Only the legend's square comes after the entries.
    auto after = page.out.find("height=\"10\" fill=\"#1f4e8c\"", circle);
    EXPECT_GT(after, page.out.rfind("</circle>"));
}

// 15. make demo builds sore, not the tests.
TEST(Newcomer, MakeDemoBuildsOnlySore) {
    auto makefile = read_file(test_data_dir() / ".." / ".." / "Makefile");
    auto demo = makefile.find("\ndemo:");
    ASSERT_NE(demo, std::string::npos);
    auto rule = makefile.substr(demo, makefile.find("\n\n", demo) - demo);
    EXPECT_TRUE(contains(rule, "--target sore")) << rule;
    EXPECT_FALSE(contains(rule, "demo: build")) << rule; // `build` builds every test
}
