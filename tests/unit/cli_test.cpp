// The command line: every command's record, the generic parsing and help
// (cli/parsing), the shared option groups (entry fields, the date range,
// -o FILE), and each command's own options, run in-process through
// cli::run on a journal in a scratch folder. Today is pinned to 2026-11-27,
// a Friday.

#include "cli/entry_fields.hpp"
#include "cli/output.hpp"
#include "cli/parsing.hpp"
#include "cli/period.hpp"
#include "cli/run.hpp"
#include "commands/commands.hpp"
#include "error.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace sore;
using cli::Args;
using formats::Column;
using journal::Pressure;
using journal::Side;
using journal::Technique;
using test::contains;
using test::day;
using test::usage_error;

namespace {

const cli::TodayFn friday = [] {
    return day(2026, 11, 27);
};

const cli::Command& command(std::string_view name) {
    for (const auto* c : commands::all()) {
        if (c->name == name) {
            return *c;
        }
    }
    throw std::runtime_error("no command " + std::string(name));
}

cli::Parsed parsed(std::string_view name, const Args& args) {
    auto p = cli::parse(command(name), args, friday);
    EXPECT_TRUE(p) << "parse() returned nothing, as for --help";
    if (!p) {
        throw std::runtime_error("no options");
    }
    return std::move(*p);
}

struct Ran {
    int status = -1;
    std::string out;
    std::string err;
};

// sore ARGS on a journal in a scratch folder, in this process.
class CliTest : public ::testing::Test {
protected:
    Ran sore(const Args& args, const std::string& input = "") {
        Args all{"--db", dir.file("journal.db")};
        all.insert(all.end(), args.begin(), args.end());
        std::istringstream in(input);
        std::ostringstream out;
        std::ostringstream err;
        int status = cli::run(all, in, out, err, {}, commands::all());
        return {status, out.str(), err.str()};
    }
    nlohmann::json entries() {
        auto r = sore({"list", "--format", "json"});
        EXPECT_EQ(r.status, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }

    test::TempDir dir;
    test::ScopedEnv today{"SORE_TODAY", "2026-11-27"};
    test::ScopedEnv zone{"TZ", "Europe/Berlin"};
};

} // namespace

TEST(Commands, EachHasAWholeRecordAndAUniqueName) {
    std::set<std::string_view> names;
    for (const auto* c : commands::all()) {
        EXPECT_TRUE(names.insert(c->name).second) << c->name;
        if (!c->alias.empty()) {
            EXPECT_TRUE(names.insert(c->alias).second) << c->alias;
        }
        EXPECT_FALSE(c->summary.empty()) << c->name;
        EXPECT_TRUE(c->usage.starts_with("sore " + std::string(c->name))) << c->usage;
        EXPECT_TRUE(c->example.starts_with("sore " + std::string(c->name))) << c->example;
        EXPECT_NE(c->declare, nullptr);
        EXPECT_NE(c->invoke, nullptr);
        auto help = cli::help(*c);
        EXPECT_TRUE(help.starts_with("Usage: " + std::string(c->usage) + "\n\n")) << help;
        EXPECT_TRUE(contains(help, "\nOptions:\n")) << help;
        EXPECT_TRUE(contains(help, "\nExample:\n  " + std::string(c->example) + "\n")) << help;
    }
    EXPECT_EQ(names.size(), 21u); // twenty commands and the alias add
}

TEST(Parse, HelpReturnsNothing) {
    EXPECT_FALSE(cli::parse(command("log"), {"--help"}, friday));
    EXPECT_FALSE(cli::parse(command("rm"), {"3", "-h"}, friday));
}

TEST(Parse, UnknownOptionsStrayWordsAndRepeatsAreRefused) {
    auto message = usage_error([] { parsed("log", {"--soreness", "4", "--bogus"}); });
    EXPECT_TRUE(contains(message, "--bogus")) << message;
    EXPECT_TRUE(contains(message, "sore log --help")) << message;
    EXPECT_THROW(parsed("log", {"--sore", "4"}), UsageError); // no guessing from prefixes
    EXPECT_THROW(parsed("log", {"--soreness"}), UsageError);
    EXPECT_THROW(parsed("log", {"--soreness", "4", "--soreness", "5"}), UsageError);
    auto stray = usage_error([] { parsed("check", {"now"}); });
    EXPECT_EQ(stray, "check: unexpected argument 'now'; see 'sore check --help'");
    auto global = usage_error([] { parsed("list", {"--db", "x.db"}); });
    EXPECT_TRUE(contains(global, "--db is a global option")) << global;
}

TEST(Parse, DateWordsAreTheDateOnlyWhereACommandTakesThem) {
    auto log = parsed("log", {"-3d", "--soreness", "4", "-2w"});
    EXPECT_EQ(log.all("day"), (std::vector<std::string>{"-3d", "-2w"}));
    EXPECT_THROW(log.one_word("day", "DATE"), UsageError);
    EXPECT_THROW(parsed("list", {"-3d"}), UsageError);
    // A value that looks like a date word or an option stays the value.
    auto note = parsed("log", {"--soreness", "4", "--note", "-3d"});
    EXPECT_EQ(note.text("note"), "-3d");
    EXPECT_TRUE(note.all("day").empty());
}

TEST(Parse, ANegativeIdGetsTheIdMessage) {
    auto message = usage_error([] { parsed("show", {"-1"}); });
    EXPECT_TRUE(contains(message, "id '-1' is not an entry id")) << message;
}

TEST(Parse, DayWordsResolveAgainstToday) {
    auto p = parsed("list", {});
    EXPECT_EQ(p.day("--from", "-3d"), day(2026, 11, 24));
    EXPECT_EQ(p.day("--from", "mon"), day(2026, 11, 23));
    EXPECT_EQ(p.day("--from", "2024-02-29"), day(2024, 2, 29));
}

TEST(EntryFields, EveryOptionTyped) {
    auto f = cli::read_entry_fields(
        parsed("log", {"--soreness", "6",    "--time",      "9:05",
                       "--during",   "7",    "--sitting",   "7h30m",
                       "--pressure", "deep", "--technique", "trigger-point",
                       "--knots",    "3",    "--injury",    "--emotional",
                       "--side",     "left", "--note",      "after a long drive\nstill sore",
                       "--tag",      "hip",  "--tag",       "Glute"}));
    EXPECT_EQ(f.time, journal::TimeOfDay(9, 5));
    EXPECT_EQ(f.soreness, 6);
    EXPECT_EQ(f.during, 7);
    EXPECT_EQ(f.sitting_min, 450);
    EXPECT_EQ(f.pressure, Pressure::deep);
    EXPECT_EQ(f.technique, Technique::trigger_point);
    EXPECT_EQ(f.knots, 3);
    EXPECT_TRUE(f.injury);
    EXPECT_TRUE(f.emotional);
    EXPECT_EQ(f.side, Side::left);
    EXPECT_EQ(f.note, "after a long drive\nstill sore");
    EXPECT_EQ(f.tags, (std::vector<std::string>{"hip", "glute"}));
    EXPECT_FALSE(f.date);
}

TEST(EntryFields, BadValuesNameTheOptionAndValue) {
    auto check = [](const Args& args, const std::string& expected) {
        auto message = usage_error([&] { cli::read_entry_fields(parsed("log", args)); });
        EXPECT_TRUE(contains(message, expected)) << message;
    };
    check({"--soreness", "11"}, "--soreness '11'");
    check({"--soreness", "-1"}, "--soreness '-1'");
    check({"--during", "six"}, "--during 'six'");
    check({"--sitting", "25h"}, "--sitting '25h'");
    check({"--pressure", "hard"}, "--pressure 'hard'");
    check({"--technique", "shiatsu"}, "--technique 'shiatsu'");
    check({"--knots", "1000"}, "--knots '1000'");
    check({"--side", "up"}, "--side 'up'");
    check({"--time", "24:00"}, "--time '24:00'");
    check({"--tag", "a b"}, "--tag 'a b'");
}

TEST(EntryFields, ApplySetsGivenFieldsNormalisesTagsAndDropsABlankNote) {
    journal::Entry e = test::make("2026-11-20", 3, "08:00", {"old", "x"});
    e.note = "kept?";
    cli::EntryFields f;
    f.soreness = 5;
    f.tags = {"new", "old"};
    f.untags = {"x"};
    f.note = " \t\n";
    cli::apply_fields(f, e);
    EXPECT_EQ(e.soreness, 5);
    EXPECT_EQ(e.time, test::at("08:00")); // not given: kept
    EXPECT_EQ(e.tags, (std::vector<std::string>{"new", "old"}));
    EXPECT_FALSE(e.note);
}

TEST(EntryFields, ClearableByName) {
    EXPECT_EQ(cli::clearable_named("Sitting"), Column::sitting_min);
    EXPECT_EQ(cli::clear_name(Column::sitting_min), "sitting");
    EXPECT_FALSE(cli::clearable_named("soreness"));
    EXPECT_FALSE(cli::clearable_named("date"));
    for (auto name : cli::clearable_names()) {
        auto column = cli::clearable_named(name);
        ASSERT_TRUE(column) << name;
        journal::Entry e = test::full_entry();
        cli::clear_field(*column, e);
        EXPECT_FALSE(journal::same_values(e, test::full_entry())) << name;
    }
}

TEST(Range, BothEndsEitherEndOrNone) {
    auto range = cli::read_range(parsed("list", {"--from", "-7d", "--to", "yesterday"}));
    EXPECT_EQ(range.from, day(2026, 11, 20));
    EXPECT_EQ(range.to, day(2026, 11, 26));
    EXPECT_FALSE(cli::read_range(parsed("list", {})).bounded());
    auto message = usage_error([] {
        cli::read_range(parsed("list", {"--from", "2026-11-20", "--to", "2026-11-10"}));
    });
    EXPECT_TRUE(contains(message, "--from '2026-11-20' is after --to '2026-11-10'")) << message;
    EXPECT_NO_THROW(
        cli::read_range(parsed("list", {"--from", "2026-11-20", "--to", "2026-11-20"})));
}

TEST(Range, PeriodAndWholeWeeks) {
    auto period = cli::resolve_period({}, 8, day(2026, 11, 27));
    EXPECT_EQ(period.first, day(2026, 10, 5)); // the Monday seven weeks before this week's
    EXPECT_EQ(period.last, day(2026, 11, 27));
    auto weeks = cli::whole_weeks({day(2026, 11, 4), day(2026, 11, 18)}, {});
    EXPECT_EQ(weeks.first, day(2026, 11, 2));
    EXPECT_EQ(weeks.last, day(2026, 11, 22));
    EXPECT_THROW(cli::resolve_period({day(2026, 12, 1), std::nullopt}, 8, day(2026, 11, 27)),
                 UsageError);
}

TEST(Output, ForceNeedsAFile) {
    auto message = usage_error([] { cli::read_output(parsed("export", {"--force"})); });
    EXPECT_EQ(message, "export: --force replaces the file of -o FILE; give -o FILE too");
    auto o = cli::read_output(parsed("report", {"-o", "page.html", "--force"}));
    EXPECT_EQ(o.path, "page.html");
    EXPECT_TRUE(o.force);
}

TEST(Help, OptionsOneALineWrappedWithoutTrailingBlanks) {
    auto log = cli::help(command("log"));
    EXPECT_NE(log.find("\n  --soreness N      soreness after the session"), std::string::npos)
        << log;
    EXPECT_EQ(log.find(" \n"), std::string::npos) << "trailing blank in:\n" << log;
    for (std::size_t start = 0, end = 0; end != std::string::npos; start = end + 1) {
        end = log.find('\n', start);
        auto line = log.substr(start, end == std::string::npos ? end : end - start);
        if (line.starts_with("  --")) {
            EXPECT_LE(line.size(), 80u) << line;
        }
    }
    auto rm = cli::help(command("rm"));
    EXPECT_NE(rm.find("\n  -y, --yes   do not ask"), std::string::npos) << rm;
    EXPECT_NE(rm.find("\n  -h, --help  show this help\n"), std::string::npos) << rm;
}

TEST_F(CliTest, LogTakesItsDateFromAWordAnywhereOrToday) {
    EXPECT_EQ(sore({"log", "-3d", "--soreness", "4"}).status, 0);
    EXPECT_EQ(sore({"log", "--soreness", "5", "mon"}).status, 0);
    EXPECT_EQ(sore({"add", "--soreness", "0"}).status, 0);
    auto all = entries();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0]["date"], "2026-11-23");
    EXPECT_EQ(all[1]["date"], "2026-11-24");
    EXPECT_EQ(all[2]["date"], "2026-11-27");
    auto twice = sore({"log", "today", "yesterday", "--soreness", "4"});
    EXPECT_EQ(twice.status, 2);
    EXPECT_EQ(twice.err, "sore: error: log: unexpected argument 'yesterday'; it takes one DATE\n");
}

TEST_F(CliTest, ListFiltersLastTagAndFormats) {
    for (const char* date : {"2026-11-18", "2026-11-20", "2026-11-24", "2026-11-26"}) {
        ASSERT_EQ(sore({"log", date, "--soreness", "3", "--tag", "hip"}).status, 0);
    }
    ASSERT_EQ(sore({"log", "2026-11-25", "--soreness", "3"}).status, 0);
    auto r = sore({"list", "--from", "-7d", "--to", "yesterday", "--last", "2", "--tag", "HIP",
                   "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto lines = r.out;
    EXPECT_TRUE(lines.starts_with("id,uuid,date,")) << lines;
    EXPECT_TRUE(contains(lines, ",2026-11-24,")) << lines;
    EXPECT_TRUE(contains(lines, ",2026-11-26,")) << lines;
    EXPECT_FALSE(contains(lines, ",2026-11-20,")) << lines;
    EXPECT_FALSE(contains(lines, ",2026-11-25,")) << lines;
    for (const Args& bad : {Args{"list", "--last", "0"}, Args{"list", "--last", "many"},
                            Args{"list", "--format", "xml"}, Args{"list", "--tag", "a;b"},
                            Args{"list", "--from", "someday"}, Args{"list", "extra"}}) {
        auto refused = sore(bad);
        EXPECT_EQ(refused.status, 2) << bad.back();
        EXPECT_TRUE(refused.err.starts_with("sore: error: ")) << refused.err;
    }
}

TEST_F(CliTest, ShowTakesOneIdAndAFormat) {
    ASSERT_EQ(sore({"log", "--soreness", "4", "--note", "x"}).status, 0);
    auto json = sore({"show", "1", "--format", "JSON"});
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(nlohmann::json::parse(json.out)["note"], "x");
    EXPECT_TRUE(sore({"show", "1"}).out.starts_with("Entry 1\n"));
    for (const Args& bad :
         {Args{"show"}, Args{"show", "0"}, Args{"show", "abc"}, Args{"show", "1", "2"}}) {
        EXPECT_EQ(sore(bad).status, 2) << bad.size();
    }
    EXPECT_EQ(sore({"show"}).err,
              "sore: error: show: an entry id is required, as in 'sore show 3'; 'sore list' "
              "shows the ids\n");
}

TEST_F(CliTest, EditMovesClearsAndRefusesContradictions) {
    ASSERT_EQ(
        sore({"log", "--soreness", "4", "--note", "n", "--sitting", "2", "--tag", "a"}).status, 0);
    auto r = sore({"edit", "1", "--soreness", "5", "--date", "yesterday", "--clear", "note",
                   "--clear", "SITTING", "--clear", "tags", "--tag", "hip"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto e = entries()[0];
    EXPECT_EQ(e["soreness"], 5);
    EXPECT_EQ(e["date"], "2026-11-26");
    EXPECT_TRUE(e["note"].is_null());
    EXPECT_TRUE(e["sitting_min"].is_null());
    EXPECT_EQ(e["tags"], nlohmann::json::array({"hip"}));
    auto both = sore({"edit", "1", "--sitting", "3", "--clear", "sitting"});
    EXPECT_EQ(both.err, "sore: error: edit: --sitting and --clear sitting contradict each other; "
                        "give one of them\n");
    EXPECT_TRUE(contains(sore({"edit", "1", "--clear", "soreness"}).err, "--clear 'soreness'"));
    EXPECT_EQ(sore({"edit", "1", "--clear", "colour"}).status, 2);
    EXPECT_EQ(sore({"edit", "--soreness", "5"}).status, 2);
}

TEST_F(CliTest, RmTakesSeveralIdsAndNeedsYesWithoutATerminal) {
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(sore({"log", "--soreness", "1"}).status, 0);
    }
    EXPECT_EQ(sore({"rm", "1"}).err,
              "sore: error: rm: deleting needs --yes when sore cannot ask on a terminal\n");
    auto r = sore({"rm", "3", "-y", "1", "3"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Deleted 2 entries.\n");
    EXPECT_EQ(entries().size(), 1u);
    EXPECT_TRUE(contains(sore({"rm", "2", "x7", "--yes"}).err, "'x7'"));
    EXPECT_EQ(sore({"rm", "--yes"}).status, 2);
    EXPECT_EQ(entries().size(), 1u);
}

TEST_F(CliTest, WeekRefusesWeeksWithFrom) {
    auto r = sore({"week", "--weeks", "4", "--from", "-10d"});
    EXPECT_EQ(r.err, "sore: error: --weeks '4' and --from '2026-11-17' both set the first week; "
                     "give one of them\n");
    EXPECT_EQ(sore({"week", "--weeks", "0"}).status, 2);
    auto json = sore({"week", "--weeks", "2", "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    auto report = nlohmann::json::parse(json.out);
    EXPECT_EQ(report["from"], "2026-11-16");
    EXPECT_EQ(report["to"], "2026-11-29");
}

TEST_F(CliTest, BackupAndImportNeedAFile) {
    EXPECT_EQ(sore({"backup"}).err, "sore: error: backup: a destination file is required, as in "
                                    "'sore backup journal-copy.db'\n");
    EXPECT_EQ(sore({"backup", ""}).status, 2);
    EXPECT_EQ(sore({"backup", "a.db", "b.db"}).status, 2);
    EXPECT_EQ(sore({"import"}).err,
              "sore: error: import: a file is required, as in 'sore import soreness.csv'\n");
}

TEST_F(CliTest, HelpByOptionOrWord) {
    auto r = sore({"help", "edit"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, cli::help(command("edit")));
    EXPECT_EQ(sore({"edit", "--help"}).out, r.out);
    auto all = sore({"--help"});
    for (const auto* c : commands::all()) {
        EXPECT_TRUE(contains(all.out, "\n  " + std::string(c->name))) << c->name;
    }
}

TEST_F(CliTest, OutputNeverReplacesADeviceOrPipe) {
    ASSERT_EQ(sore({"log", "--soreness", "4"}).status, 0);
    for (const Args& args :
         {Args{"export", "-o", "/dev/null", "--force"},
          Args{"report", "-o", "/dev/null", "--force"}, Args{"backup", "/dev/null", "--force"}}) {
        auto r = sore(args);
        EXPECT_EQ(r.status, 2) << args.front();
        EXPECT_TRUE(contains(r.err, "'/dev/null' is not a regular file")) << r.err;
        EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
    }
}
