// Bad arguments and values for every command, and the test that runs every
// table of bad input (see bad_input.hpp). Today is pinned to 2026-11-27, a
// Friday; entries 1 to 3 exist, entry 1 with pressure deep and tag work.

#include "bad_input.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <sys/stat.h>

using sore::testing::BadInput;
using sore::testing::BadInputTest;
using sore::testing::fails_with;
using sore::testing::Sandbox;

namespace fs = std::filesystem;

namespace {

// Every file, folder and link under `dir` with its mode, and a file's bytes
// or where a link points: what a failed command must leave as it was. Links
// are never followed (a case may make a loop of them).
void snapshot(const fs::path& dir, const fs::path& top, std::map<std::string, std::string>& items) {
    for (const auto& item : fs::directory_iterator(dir)) {
        struct stat info {};
        lstat(item.path().c_str(), &info);
        std::string what = std::to_string(info.st_mode) + " ";
        if (S_ISLNK(info.st_mode)) {
            what += "link to " + fs::read_symlink(item.path()).string();
        } else if (S_ISREG(info.st_mode)) {
            what += sore::testing::read_file(item.path());
        } else if (S_ISDIR(info.st_mode)) {
            snapshot(item.path(), top, items);
        }
        items[item.path().lexically_relative(top).string()] = what;
    }
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> items;
    snapshot(dir, dir, items);
    return items;
}

// What differs between two snapshots, by name only (bytes would flood the log).
std::vector<std::string> changes(const std::map<std::string, std::string>& before,
                                 const std::map<std::string, std::string>& after) {
    std::vector<std::string> out;
    for (const auto& [name, what] : before) {
        auto it = after.find(name);
        if (it == after.end()) {
            out.push_back("removed " + name);
        } else if (it->second != what) {
            out.push_back("changed " + name);
        }
    }
    for (const auto& [name, what] : after) {
        if (!before.contains(name)) {
            out.push_back("added " + name);
        }
    }
    return out;
}

std::vector<std::string> expand(std::vector<std::string> words, const fs::path& dir) {
    for (auto& word : words) {
        for (auto at = word.find("{dir}"); at != std::string::npos; at = word.find("{dir}")) {
            word.replace(at, 5, dir.string());
        }
    }
    return words;
}

void log_three_entries(const Sandbox& box) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "--soreness", "6", "--sitting", "7h30m", "--pressure",
                                   "deep", "--technique", "deep-tissue", "--knots", "3", "--note",
                                   "left side tight", "--tag", "work"},
          {"log", "yesterday", "--soreness", "4", "--sitting", "9", "--technique", "none",
           "--emotional"},
          {"log", "2026-11-20", "--soreness", "7", "--pressure", "firm", "--injury", "--side",
           "right"}}) {
        auto r = box.run(args);
        ASSERT_EQ(r.status, 0) << r.err;
    }
}

// The journal every case starts from, logged once per test process in a
// sandbox of its own; null if logging failed. Each case gets a copy of the
// file, which is all the logging left: no -wal or -shm file, nothing else.
const Sandbox* three_entries() {
    static const std::unique_ptr<Sandbox> logged = [] {
        auto box = std::make_unique<Sandbox>();
        log_three_entries(*box);
        std::vector<std::string> files;
        for (const auto& item : fs::directory_iterator(box->dir())) {
            files.push_back(item.path().filename().string());
        }
        EXPECT_EQ(files, std::vector<std::string>{"journal.db"}) << "more than the journal";
        return ::testing::Test::HasFailure() ? nullptr : std::move(box);
    }();
    return logged.get();
}

void copy_three_entries(const Sandbox& box) {
    const auto* logged = three_entries();
    ASSERT_NE(logged, nullptr) << "logging the three entries failed";
    fs::copy_file(logged->db(), box.db());
    fs::permissions(box.db(), fs::status(logged->db()).permissions());
}

} // namespace

TEST_P(BadInputTest, FailsWithOneLineAndChangesNothing) {
    const auto& c = GetParam();
    Sandbox box;
    copy_three_entries(box);
    if (HasFatalFailure()) {
        return;
    }
    const auto logged = box.db_bytes();
    const auto env = box.env;
    if (c.setup != nullptr) {
        c.setup(box);
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
    }
    const auto journal = box.db_bytes();
    const auto before = snapshot(box.dir());

    auto r = box.run(expand(c.args, box.dir()));
    EXPECT_TRUE(fails_with(r, c.status, expand(c.parts, box.dir())));
    EXPECT_EQ(box.db_bytes(), journal) << "the journal changed";
    EXPECT_EQ(changes(before, snapshot(box.dir())), std::vector<std::string>{});

    // The journal still reads as before, unless the case made it unreadable.
    std::error_code ec;
    fs::permissions(box.dir(), fs::perms::owner_all, fs::perm_options::add, ec);
    box.env = env;
    // A bad config file the case left in the home folder is read by every
    // command; this look at the journal reads none.
    box.env["XDG_CONFIG_HOME"] = (box.dir() / "no-config").string();
    if (journal == logged) {
        EXPECT_EQ(sore::testing::listed_ids(box), (std::vector<long long>{3, 2, 1}));
    }
}

namespace {

const std::vector<BadInput> values = {
    // soreness
    {"Soreness11", {"log", "--soreness", "11"}, {"--soreness", "'11'", "0 to 10"}},
    {"SorenessMinus1",
     {"log", "--soreness", "-1"},
     {"--soreness", "'-1'", "out of range", "0 to 10"}},
    {"SorenessSix", {"log", "--soreness", "six"}, {"--soreness", "'six'", "0 to 10"}},
    {"SorenessDecimal", {"log", "--soreness", "5.5"}, {"--soreness", "'5.5'", "0 to 10"}},
    {"SorenessEmpty", {"log", "--soreness", ""}, {"--soreness", "''", "0 to 10"}},
    {"SorenessMissingValue", {"log", "--soreness"}, {"--soreness"}},
    {"SorenessMissingNoTerminal", {"log", "--sitting", "2"}, {"--soreness", "0 to 10"}},
    {"AddWithoutSoreness", {"add"}, {"--soreness", "required", "0 to 10"}},
    {"SorenessTwice",
     {"log", "--soreness", "3", "--soreness", "4"},
     {"--soreness", "more than once"}},
    {"DuringOutOfRange",
     {"log", "--soreness", "3", "--during", "11"},
     {"--during", "'11'", "0 to 10"}},
    {"DuringMinus1", {"log", "--soreness", "3", "--during", "-1"}, {"--during", "'-1'", "0 to 10"}},
    {"EditSoreness12", {"edit", "1", "--soreness", "12"}, {"--soreness", "'12'", "0 to 10"}},
    // time
    {"Time25", {"log", "--soreness", "3", "--time", "25:00"}, {"--time", "'25:00'", "HH:MM"}},
    {"Time1260", {"log", "--soreness", "3", "--time", "12:60"}, {"--time", "'12:60'", "23:59"}},
    {"Time7pm", {"log", "--soreness", "3", "--time", "7pm"}, {"--time", "'7pm'", "HH:MM"}},
    // sitting
    {"Sitting25h",
     {"log", "--soreness", "3", "--sitting", "25h"},
     {"--sitting", "'25h'", "0 to 24"}},
    {"SittingMinus2",
     {"log", "--soreness", "3", "--sitting", "-2"},
     {"--sitting", "'-2'", "0 to 24"}},
    {"SittingAbc",
     {"log", "--soreness", "3", "--sitting", "abc"},
     {"--sitting", "'abc'", "0 to 24"}},
    {"SittingJustOverADay",
     {"log", "--soreness", "3", "--sitting", "24.001"},
     {"--sitting", "'24.001'", "0 to 24"}},
    {"Sitting75Minutes",
     {"log", "--soreness", "3", "--sitting", "7h75m"},
     {"--sitting", "'7h75m'", "7h30m"}},
    {"SittingExponent",
     {"log", "--soreness", "3", "--sitting", "1e3"},
     {"--sitting", "'1e3'", "0 to 24"}},
    // pressure, technique, side, knots, flags
    {"PressureHard",
     {"log", "--soreness", "3", "--pressure", "hard"},
     {"--pressure", "'hard'", "light, medium, firm or deep"}},
    {"Pressure0", {"log", "--soreness", "3", "--pressure", "0"}, {"--pressure", "'0'", "1 to 4"}},
    {"Pressure5", {"log", "--soreness", "3", "--pressure", "5"}, {"--pressure", "'5'", "1 to 4"}},
    {"PressureMissingValue",
     {"log", "--soreness", "3", "--pressure"},
     {"log", "--pressure", "missing"}},
    {"TechniqueUnknown",
     {"log", "--soreness", "3", "--technique", "shiatsu"},
     {"--technique", "'shiatsu'", "deep-tissue"}},
    {"SideUnknown",
     {"log", "--soreness", "3", "--side", "middle"},
     {"--side", "'middle'", "left, right or both"}},
    {"SideEmpty",
     {"log", "--soreness", "3", "--side", ""},
     {"--side", "''", "left, right or both"}},
    {"KnotsMinus1", {"log", "--soreness", "3", "--knots", "-1"}, {"--knots", "'-1'", "0 to 999"}},
    {"KnotsWord", {"log", "--soreness", "3", "--knots", "many"}, {"--knots", "'many'", "0 to 999"}},
    {"Knots1000", {"log", "--soreness", "3", "--knots", "1000"}, {"--knots", "'1000'", "0 to 999"}},
    {"EmotionalWithValue",
     {"log", "--soreness", "3", "--emotional=yes"},
     {"--emotional", "does not take any arguments"}},
    {"RestDayWithPressure",
     {"log", "--soreness", "3", "--technique", "none", "--pressure", "deep"},
     {"pressure", "'deep'", "none"}},
    {"EditRestDayWithPressure",
     {"edit", "1", "--technique", "none"},
     {"pressure", "'deep'", "none"}},
    // tags and notes
    {"TagWithSpace", {"log", "--soreness", "3", "--tag", "a b"}, {"--tag", "'a b'"}},
    {"TagEmpty", {"log", "--soreness", "3", "--tag", ""}, {"--tag", "''", "1 to 64 bytes"}},
    {"TagTooLong",
     {"log", "--soreness", "3", "--tag", std::string(65, 'x')},
     {"--tag", "'xxxxxxxx", "1 to 64 bytes"}},
    {"TagNotUtf8", {"log", "--soreness", "3", "--tag", "\xff"}, {"--tag", "'\\xff'", "UTF-8"}},
    {"NoteNotUtf8", {"log", "--soreness", "3", "--note", "ok \xc3("}, {"--note", "UTF-8"}},
    {"TagAndUntag", {"edit", "1", "--tag", "x", "--untag", "x"}, {"--tag x", "--untag x"}},
    {"UntagNotThere", {"edit", "1", "--untag", "home"}, {"entry 1", "'home'", "its tags: work"}},
    {"SiteUnknown",
     {"log", "--soreness", "3", "--site", "piriformus:left=4"},
     {"--site 'piriformus:left'", "did you mean piriformis?", "glute-max", "lower-back"}},
    {"SiteBadSide",
     {"log", "--soreness", "3", "--site", "glute-med:top=4"},
     {"--site 'glute-med:top'", "NAME:left, NAME:right or NAME:both"}},
    {"SiteOutOfRange",
     {"log", "--soreness", "3", "--site", "glute-med=11"},
     {"--site glute-med", "'11'", "0 to 10"}},
    {"SiteWithoutSoreness",
     {"log", "--soreness", "3", "--site", "glute-med"},
     {"--site", "'glute-med'", "gives no soreness", "NAME[:SIDE]=N"}},
    {"SiteTwice",
     {"log", "--soreness", "3", "--site", "tfl:left=1", "--site", "tfl:left=2"},
     {"--site 'tfl:left'", "is given twice", "each site and side once"}},
    {"UnsiteNotThere",
     {"edit", "1", "--unsite", "piriformis"},
     {"--unsite piriformis", "entry 1 has no such site", "its sites: none"}},
    {"SiteAndUnsite",
     {"edit", "1", "--site", "tfl=2", "--unsite", "tfl"},
     {"--site tfl=N", "--unsite tfl", "contradict"}},
    {"EditSiteBothAndOneSide",
     {"edit", "1", "--site", "tfl=2", "--site", "tfl:right=3"},
     {"--site", "'tfl:right'", "beside tfl (both sides)"}},
    {"ListSiteUnknown", {"list", "--site", "glute"}, {"--site 'glute'", "names no body site"}},
};

const std::vector<BadInput> dates = {
    {"DateFeb30", {"log", "2026-02-30", "--soreness", "3"}, {"date", "'2026-02-30'", "YYYY-MM-DD"}},
    {"DateWord",
     {"log", "tomorrowish", "--soreness", "3"},
     {"date", "'tomorrowish'", "YYYY-MM-DD"}},
    {"DateTomorrow",
     {"log", "2026-11-28", "--soreness", "3"},
     {"date", "'2026-11-28'", "future", "2026-11-27"}},
    {"DateNextYear", {"add", "2027-01-01", "--soreness", "3"}, {"date", "'2027-01-01'", "future"}},
    {"DatePlusDays", {"log", "+3d", "--soreness", "3"}, {"date", "'+3d'", "-Nd"}},
    {"DateBefore1900", {"log", "-99999w", "--soreness", "3"}, {"date", "'-99999w'", "1900"}},
    {"DateDayBefore1900",
     {"log", "1899-12-31", "--soreness", "3"},
     {"date", "'1899-12-31'", "1900-01-01"}},
    {"TwoDates", {"log", "today", "yesterday", "--soreness", "3"}, {"log"}},
    {"SecondRelativeDate", {"log", "-3d", "-2d", "--soreness", "3"}, {"log", "'-2d'", "one DATE"}},
    {"DaysAgoSpelledOut",
     {"log", "-3days", "--soreness", "4"},
     {"log", "'-3days'", "did you mean -3d, 3 days ago?"}},
    {"FromANumber", {"list", "--from", "-3"}, {"--from", "'-3'", "did you mean -3d, 3 days ago?"}},
    {"FromWeeksSpelledOut",
     {"week", "--from", "-1week"},
     {"--from", "'-1week'", "did you mean -1w, 1 week ago?"}},
    {"EditDateFuture", {"edit", "1", "--date", "2026-12-01"}, {"date", "'2026-12-01'", "future"}},
    {"EditDateBad",
     {"edit", "1", "--date", "2026-13-01"},
     {"--date", "'2026-13-01'", "YYYY-MM-DD"}},
    {"EditDateBefore1900",
     {"edit", "1", "--date", "1899-12-31"},
     {"--date", "'1899-12-31'", "1900-01-01"}},
    {"EditDateMissingValue", {"edit", "1", "--date"}, {"edit", "--date", "missing"}},
    {"ListFromAfterTo",
     {"list", "--from", "2026-11-20", "--to", "2026-11-01"},
     {"--from", "'2026-11-20'", "2026-11-01"}},
    {"ListFromBad", {"list", "--from", "someday"}, {"--from", "'someday'", "YYYY-MM-DD"}},
    {"ListToFeb30", {"list", "--to", "2026-02-30"}, {"--to", "'2026-02-30'", "YYYY-MM-DD"}},
    {"ListFromTwice",
     {"list", "--from", "2026-01-01", "--from", "2026-02-01"},
     {"--from", "more than once"}},
    {"WeekFromFuture",
     {"week", "--from", "2027-01-01"},
     {"--from", "'2027-01-01'", "after today (2026-11-27)"}},
    {"WeekFromBefore1900",
     {"week", "--from", "1800-01-01", "--to", "2026-11-01"},
     {"--from", "'1800-01-01'", "1900-01-01"}},
    {"WeekFromAfterTo",
     {"week", "--from", "2026-02-01", "--to", "2026-01-01"},
     {"--from", "'2026-02-01'", "--to '2026-01-01'", "on or before"}},
    {"WeekRangeTooLong",
     {"week", "--from", "1900-01-01"},
     {"--from", "'1900-01-01'", "6622 weeks", "at most 5200 weeks"}},
    {"CausesFromBad", {"causes", "--from", "x"}, {"--from", "'x'", "YYYY-MM-DD"}},
    {"CausesToFeb30", {"causes", "--to", "2026-02-30"}, {"--to", "'2026-02-30'", "YYYY-MM-DD"}},
    {"CausesFromAfterTo",
     {"causes", "--from", "today", "--to", "yesterday"},
     {"--from", "'2026-11-27'", "--to '2026-11-26'"}},
    {"RecoveryFromBad", {"recovery", "--from", "bad"}, {"--from", "'bad'", "YYYY-MM-DD"}},
    {"RecoveryToFeb30",
     {"recovery", "--to", "2026-02-30"},
     {"--to", "'2026-02-30'", "not a day of the calendar", "YYYY-MM-DD"}},
    {"RecoveryFromAfterTo",
     {"recovery", "--from", "2026-11-20", "--to", "2026-11-01"},
     {"--from", "'2026-11-20'", "--to '2026-11-01'", "on or before"}},
    {"RecoveryFromANumber",
     {"recovery", "--from", "-180"},
     {"--from", "'-180'", "did you mean -180d, 180 days ago?"}},
    {"ExportFromAfterTo",
     {"export", "--from", "2026-11-20", "--to", "2026-11-01"},
     {"--from", "'2026-11-20'", "--to '2026-11-01'"}},
    {"ExportToBad", {"export", "--to", "friday13"}, {"--to", "'friday13'", "weekday name"}},
    {"ReportFromAfterTo",
     {"report", "--from", "2026-11-20", "--to", "2026-11-01"},
     {"--from", "'2026-11-20'", "--to '2026-11-01'"}},
    {"ReportFromFuture",
     {"report", "--from", "2027-01-01"},
     {"--from", "'2027-01-01'", "after today (2026-11-27)", "days that have passed"}},
    {"ReportFromFutureWithTo",
     {"report", "--from", "2027-01-01", "--to", "2027-02-01"},
     {"--from", "'2027-01-01'", "after today"}},
    {"ReportFromBefore1900",
     {"report", "--from", "1800-01-01"},
     {"--from", "'1800-01-01'", "1900-01-01"}},
    {"ReportRangeTooLong",
     {"report", "--from", "1900-01-01"},
     {"--from", "'1900-01-01'", "at most 5200 weeks"}},
};

const std::vector<BadInput> ids = {
    {"ShowMissing", {"show", "99"}, {"no entry with id 99"}},
    {"EditMissing", {"edit", "99", "--soreness", "3"}, {"no entry with id 99"}},
    {"RmMissing", {"rm", "99", "--yes"}, {"no entry with id 99"}},
    {"RmOneMissingDeletesNone", {"rm", "1", "99", "--yes"}, {"no entry with id 99"}},
    {"ShowNotAnId", {"show", "abc"}, {"id", "'abc'"}},
    {"ShowZero", {"show", "0"}, {"id", "'0'"}},
    {"ShowHugeId",
     {"show", "99999999999999999999"},
     {"id", "'99999999999999999999'", "whole number from 1"}},
    {"ShowNoId", {"show"}, {"show", "id"}},
    {"ShowTwoIds", {"show", "1", "2"}, {"show", "'2'", "one entry id"}},
    {"EditNoId", {"edit"}, {"edit", "id"}},
    {"EditTwoIds", {"edit", "1", "2", "--soreness", "3"}, {"edit", "'2'", "one entry id"}},
    {"EditNegativeId", {"edit", "-1", "--soreness", "3"}, {"id", "'-1'", "whole number from 1"}},
    {"ShowNegativeId", {"show", "-12"}, {"id", "'-12'", "whole number from 1"}},
    {"RmNegativeId", {"rm", "2", "-1", "--yes"}, {"id", "'-1'", "whole number from 1"}},
    {"RmUnknownShortOption", {"rm", "-x", "--yes"}, {"rm", "'-x'", "sore rm --help"}},
    {"RmNoId", {"rm", "--yes"}, {"rm", "id"}},
    {"RmNotAnId", {"rm", "abc", "--yes"}, {"id", "'abc'", "whole number from 1"}},
    {"RmCommaList", {"rm", "1,2", "--yes"}, {"id", "'1,2'", "whole number from 1"}},
    {"RmZero", {"rm", "0", "--yes"}, {"id", "'0'", "whole number from 1"}},
    {"HistoryNoChangeTouched",
     {"history", "999"},
     {"history: no entry 999 now and no change in the journal's history touched one",
      "'sore history'"}},
    {"HistoryNotAnId", {"history", "abc"}, {"id 'abc'", "whole number from 1"}},
    {"HistoryZero", {"history", "0"}, {"id '0'", "whole number from 1"}},
    {"HistoryTwoIds", {"history", "1", "2"}, {"history", "'2'", "one entry id"}},
};

const std::vector<BadInput> numbers = {
    {"ListLast0", {"list", "--last", "0"}, {"--last", "'0'"}},
    {"ListLastNegative", {"list", "--last", "-3"}, {"--last", "'-3'", "1 to 1000000000"}},
    {"ListLastHuge",
     {"list", "--last", "99999999999"},
     {"--last", "'99999999999'", "1 to 1000000000"}},
    {"WeeksZero", {"week", "--weeks", "0"}, {"--weeks", "'0'", "1 to 5200"}},
    {"WeeksNegative", {"week", "--weeks", "-1"}, {"--weeks", "'-1'", "1 to 5200"}},
    {"WeeksOneTooMany", {"week", "--weeks", "5201"}, {"--weeks", "'5201'", "1 to 5200"}},
    {"WeeksHuge",
     {"week", "--weeks", "99999999999999999999"},
     {"--weeks", "'99999999999999999999'", "1 to 5200"}},
    {"WeeksWord", {"week", "--weeks", "x"}, {"--weeks", "'x'", "whole number"}},
    {"WeeksAndFrom",
     {"week", "--weeks", "3", "--from", "2026-01-01"},
     {"--weeks '3'", "--from '2026-01-01'", "one of them"}},
    {"HistoryLast0", {"history", "--last", "0"}, {"--last '0'", "1 to 1000000000"}},
    {"HistoryLastNegative", {"history", "--last", "-2"}, {"--last '-2'", "1 to 1000000000"}},
    {"HistoryLastWord", {"history", "--last", "all"}, {"--last 'all'", "whole number"}},
};

const std::vector<BadInput> arguments = {
    {"UnknownCommand", {"frobnicate"}, {"'frobnicate'", "log", "list"}},
    {"MistypedCommand", {"lsit"}, {"'lsit' is not a command", "did you mean 'list'?"}},
    {"CommandInCapitals", {"List"}, {"'List' is not a command", "did you mean 'list'?"}},
    {"MistypedGlobalOption",
     {"--no-colour", "list"},
     {"'--no-colour'", "did you mean --no-color?"}},
    {"MistypedLogOption",
     {"log", "--sorenes", "3"},
     {"log", "'--sorenes'", "did you mean --soreness?", "sore log --help"}},
    {"MistypedWeekOption", {"week", "--week", "3"}, {"'--week'", "did you mean --weeks?"}},
    {"HelpForUnknownCommand", {"help", "frob"}, {"'frob'", "is not a command", "backup"}},
    {"NoCommand", {"--no-color"}, {"a command is required", "sore --help"}},
    {"UnknownGlobalOption", {"--frob", "list"}, {"--frob", "--help"}},
    {"UnknownShortGlobalOption", {"-x", "list"}, {"'-x'", "sore --help"}},
    {"NotAGlobalOption", {"--command", "list"}, {"'--command'"}},
    {"DbMissingValue", {"--db"}, {"--db", "missing"}},
    {"ConfigMissingValue", {"--config"}, {"--config", "missing"}},
    {"DbTwice", {"--db", "a.db", "--db", "b.db", "list"}, {"--db", "more than once"}},
    {"NoColorWithValue", {"--no-color=yes", "list"}, {"--no-color", "does not take"}},
    {"DbValueLooksLikeAnOption", {"--db", "--no-color", "list"}, {"--db", "'--no-color'"}},
    {"EmptyDbOption", {"--db", "", "list"}, {"journal path is empty"}},
    {"GlobalOptionAfterCommand", {"list", "--db", "other.db"}, {"--db", "before the command"}},
    {"NoColorAfterCommand", {"week", "--no-color"}, {"week", "--no-color", "before the command"}},
    {"ConfigAfterCommand", {"check", "--config", "c"}, {"check", "--config", "before the command"}},
    // log, edit, rm
    {"UnknownLogOption", {"log", "--soreness", "3", "--frob"}, {"--frob", "--help"}},
    {"EditNothing", {"edit", "1"}, {"edit", "--soreness"}},
    {"EditClearSoreness", {"edit", "1", "--clear", "soreness"}, {"--clear", "'soreness'", "note"}},
    {"EditClearUnknown", {"edit", "1", "--clear", "colour"}, {"--clear", "'colour'", "note"}},
    {"EditClearMissingValue", {"edit", "1", "--clear"}, {"edit", "--clear", "missing"}},
    {"EditSetAndClear", {"edit", "1", "--note", "x", "--clear", "note"}, {"edit"}},
    {"EditSetAndClearNamesField",
     {"edit", "1", "--injury", "--clear", "injury"},
     {"--injury", "--clear injury"}},
    {"RmWithoutYesNoTerminal", {"rm", "1"}, {"--yes"}},
    {"RmYesWithValue", {"rm", "--yes=no", "1"}, {"rm", "--yes", "does not take"}},
    // list, show
    {"UnknownListOption", {"list", "--colour"}, {"--colour", "--help"}},
    {"ListFormatXml", {"list", "--format", "xml"}, {"--format", "'xml'", "table, csv or json"}},
    {"ListFormatMissingValue", {"list", "--format"}, {"list", "--format", "missing"}},
    {"ListTagWithSpace", {"list", "--tag", "a b"}, {"--tag", "'a b'", "without spaces"}},
    {"ListStrayWord", {"list", "yesterday"}, {"list", "unexpected", "'yesterday'"}},
    {"ShowFormatBad", {"show", "1", "--format", "yaml"}, {"--format", "'yaml'", "json"}},
    {"ShowFormatCsv", {"show", "1", "--format", "csv"}, {"--format", "'csv'", "text or json"}},
    // the reports
    {"WeekFormatXml", {"week", "--format", "xml"}, {"--format", "'xml'", "text, json or csv"}},
    {"WeekStrayWord", {"week", "--ascii", "yes"}, {"week", "--ascii is a flag", "'yes'"}},
    {"WeekStrayNumber", {"week", "--ascii", "3"}, {"week", "unexpected", "'3'"}},
    {"CausesFormatCsv", {"causes", "--format", "csv"}, {"--format", "'csv'", "text or json"}},
    {"SitesFormatCsv", {"sites", "--format", "csv"}, {"--format", "'csv'", "text or json"}},
    {"SitesFromBad", {"sites", "--from", "soon"}, {"--from", "'soon'", "YYYY-MM-DD"}},
    {"SitesSiteOption", {"sites", "--site", "glute-med"}, {"sites", "'--site'", "sore sites --help"}},
    {"SitesStrayWord", {"sites", "glute-med"}, {"sites", "unexpected", "'glute-med'"}},
    {"LogSiteBothAndOneSide",
     {"log", "--soreness", "4", "--site", "tfl=3", "--site", "tfl:left=5"},
     {"--site", "'tfl:left'", "beside tfl (both sides)", "each side apart"}},
    {"CausesWeeks", {"causes", "--weeks", "3"}, {"causes", "'--weeks'", "sore causes --help"}},
    {"CausesStrayWord", {"causes", "extra"}, {"causes", "unexpected", "'extra'"}},
    {"RecoveryFormatCsv", {"recovery", "--format", "csv"}, {"--format", "'csv'", "text or json"}},
    {"RecoveryFormatMissingValue", {"recovery", "--format"}, {"recovery", "--format", "missing"}},
    {"RecoveryWeeks",
     {"recovery", "--weeks", "3"},
     {"recovery", "'--weeks'", "sore recovery --help"}},
    {"RecoveryStrayWord", {"recovery", "extra"}, {"recovery", "unexpected", "'extra'"}},
    {"BriefFormatYaml", {"brief", "--format", "yaml"}, {"--format", "'yaml'", "text or json"}},
    {"BriefFormatTwice",
     {"brief", "--format", "json", "--format", "text"},
     {"brief", "--format", "more than once"}},
    {"BriefFrom", {"brief", "--from", "-90d"}, {"brief", "'--from'", "sore brief --help"}},
    {"BriefStrayWord", {"brief", "extra"}, {"brief", "unexpected", "'extra'"}},
    {"ReportFormat", {"report", "--format", "pdf"}, {"report", "'--format'", "sore report --help"}},
    {"ReportStrayWord", {"report", "extra"}, {"report", "unexpected", "'extra'"}},
    {"ReportForceWithoutOutput", {"report", "--force"}, {"report", "--force", "-o FILE"}},
    {"ReportOutputMissingValue", {"report", "-o"}, {"report", "--output", "missing"}},
    // export, import, backup, check
    {"ExportFormatXml", {"export", "--format", "xml"}, {"--format", "'xml'", "csv, json or fhir"}},
    {"ExportFormatMissingValue", {"export", "--format"}, {"export", "--format", "missing"}},
    {"ExportLast", {"export", "--last", "3"}, {"export", "'--last'", "sore export --help"}},
    {"ExportStrayWord", {"export", "extra"}, {"export", "unexpected", "'extra'"}},
    {"ExportForceWithoutOutput", {"export", "--force"}, {"export", "--force", "-o FILE"}},
    {"ExportOutputEmpty", {"export", "-o", ""}, {"export", "-o ''", "is empty", "a file name"}},
    {"ImportNoFile", {"import"}, {"import", "a file is required"}},
    {"ImportTwoFiles", {"import", "a.csv", "b.csv"}, {"import", "'b.csv'", "one FILE"}},
    {"ImportFormat", {"import", "--format", "csv", "a.csv"}, {"import", "'--format'"}},
    {"BackupNoFile", {"backup"}, {"backup", "file"}},
    {"BackupEmptyName", {"backup", ""}, {"backup", "a destination file is required"}},
    {"BackupTwoFiles", {"backup", "a.db", "b.db"}, {"backup", "'b.db'", "one FILE"}},
    {"BackupUnknownOption", {"backup", "--to", "c.db"}, {"backup", "'--to'"}},
    {"CheckStrayWord", {"check", "now"}, {"check", "unexpected", "'now'"}},
    {"CheckUnknownOption", {"check", "--verbose"}, {"check", "'--verbose'", "sore check --help"}},
    // undo, redo, history
    {"UndoWithoutYesNoTerminal",
     {"undo"},
     {"undo: undoing needs --yes when sore cannot ask on a terminal"}},
    {"UndoStrayWord", {"undo", "extra", "--yes"}, {"undo", "unexpected argument 'extra'"}},
    {"UndoYesWithValue", {"undo", "--yes=no"}, {"undo", "--yes", "does not take"}},
    {"UndoUnknownOption", {"undo", "--all", "--yes"}, {"undo", "'--all'", "sore undo --help"}},
    {"RedoYes", {"redo", "--yes"}, {"redo: unrecognised option '--yes'", "sore redo --help"}},
    {"RedoStrayWord", {"redo", "2"}, {"redo", "unexpected argument '2'"}},
    {"HistoryFormatCsv",
     {"history", "--format", "csv"},
     {"--format 'csv' is not accepted", "text or json"}},
    {"HistoryFormatMissingValue", {"history", "--format"}, {"history", "--format", "missing"}},
    {"HistoryUnknownOption", {"history", "--from", "-3d"}, {"history", "'--from'"}},
    // due, remind
    {"DueStrayWord", {"due", "now"}, {"due: unexpected argument 'now'", "sore due --help"}},
    {"DueQuietWithValue", {"due", "--quiet=yes"}, {"due", "--quiet", "does not take"}},
    {"DueQuietTwice", {"due", "--quiet", "--quiet"}, {"due", "--quiet", "more than once"}},
    {"DueFormat", {"due", "--format", "json"}, {"due", "'--format'", "sore due --help"}},
    {"RemindNoAction", {"remind"}, {"remind: say what to do: on, off, status or now"}},
    {"RemindUnknownAction",
     {"remind", "start"},
     {"remind 'start' is not accepted", "on, off, status or now"}},
    {"RemindTwoActions",
     {"remind", "on", "off", "--at", "08:00"},
     {"remind: unexpected argument 'off'", "one action"}},
    {"RemindOnWithoutAt", {"remind", "on"}, {"remind on needs --at HH:MM", "(--at 20:30)"}},
    {"RemindAt25",
     {"remind", "on", "--at", "25:00"},
     {"--at '25:00' is not a time of day", "HH:MM from 00:00 to 23:59"}},
    {"RemindAtAnHour",
     {"remind", "on", "--at", "8"},
     {"--at '8' is not a time of day; expected HH:MM from 00:00 to 23:59"}},
    {"RemindAt24", {"remind", "on", "--at", "24:00"}, {"--at '24:00'", "00:00 to 23:59"}},
    {"RemindAtMinute60", {"remind", "on", "--at", "12:60"}, {"--at '12:60'", "00:00 to 23:59"}},
    {"RemindAt8pm", {"remind", "on", "--at", "8pm"}, {"--at '8pm'", "HH:MM"}},
    {"RemindAtEmpty", {"remind", "on", "--at", ""}, {"--at ''", "HH:MM"}},
    {"RemindAtBadAmongGood",
     {"remind", "on", "--at", "08:00", "--at", "-1:00"},
     {"--at '-1:00'", "HH:MM"}},
    {"RemindAtTwice",
     {"remind", "on", "--at", "20:30", "--at", "08:00", "--at", "20:30"},
     {"--at 20:30 is given twice; give each time once"}},
    {"RemindAtTwiceWrittenTwoWays",
     {"remind", "on", "--at", "08:00", "--at", "8:00"},
     {"--at 08:00 is given twice"}},
    {"RemindAtMissingValue", {"remind", "on", "--at"}, {"remind", "--at", "missing"}},
    {"RemindOffAt",
     {"remind", "off", "--at", "08:00"},
     {"--at goes with 'remind on', not 'remind off'"}},
    {"RemindStatusAt",
     {"remind", "status", "--at", "08:00"},
     {"--at goes with 'remind on', not 'remind status'"}},
    {"RemindNowAt",
     {"remind", "now", "--at", "08:00"},
     {"--at goes with 'remind on', not 'remind now'"}},
    {"RemindOnFormat",
     {"remind", "on", "--at", "08:00", "--format", "json"},
     {"--format goes with 'remind status', not 'remind on'"}},
    {"RemindOffFormat",
     {"remind", "off", "--format", "text"},
     {"--format goes with 'remind status', not 'remind off'"}},
    {"RemindNowFormat",
     {"remind", "now", "--format", "json"},
     {"--format goes with 'remind status', not 'remind now'"}},
    {"RemindStatusFormatXml",
     {"remind", "status", "--format", "xml"},
     {"--format 'xml' is not accepted", "text or json"}},
    {"RemindStatusFormatMissingValue",
     {"remind", "status", "--format"},
     {"remind", "--format", "missing"}},
    {"RemindJournalPathWithALineBreak",
     {"--db", "a\nb.db", "remind", "on", "--at", "08:00"},
     {"'{dir}/a\\nb.db' holds a line break", "a systemd unit cannot hold"}},
};

INSTANTIATE_TEST_SUITE_P(Values, BadInputTest, ::testing::ValuesIn(values),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Dates, BadInputTest, ::testing::ValuesIn(dates),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Ids, BadInputTest, ::testing::ValuesIn(ids),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Numbers, BadInputTest, ::testing::ValuesIn(numbers),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Arguments, BadInputTest, ::testing::ValuesIn(arguments),
                         sore::testing::bad_input_name);

// Bad input on a fresh sandbox creates no journal at all.
TEST(BadInputFresh, CreatesNoJournal) {
    Sandbox box;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "--soreness", "11"},
          {"log", "2026-11-28", "--soreness", "3"},
          {"log", "--soreness", "3", "--pressure", "hard"},
          {"show", "1"},
          {"edit", "1", "--soreness", "3"},
          {"rm", "1", "--yes"}}) {
        auto r = box.run(args);
        EXPECT_TRUE(fails_with(r, 2, {})) << args[0];
        EXPECT_FALSE(std::filesystem::exists(box.db())) << args[0];
    }
    // The same journal path works for good input.
    ASSERT_EQ(box.run({"log", "--soreness", "3"}).status, 0);
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

} // namespace
