// Bad input: every case exits 2 with one line "sore: error: ..." that names
// the field, the value and what is accepted, and leaves the journal
// byte-for-byte as it was.

#include "expect.hpp"

#include <filesystem>

using sore::testing::fails_with;
using sore::testing::Sandbox;

namespace {

struct BadInput {
    const char* name;
    std::vector<std::string> args;
    std::vector<std::string> parts; // each must appear in the error line
};

void PrintTo(const BadInput& c, std::ostream* os) {
    *os << c.name;
}

// Today is pinned to 2026-11-27 (a Friday). Entry 1 exists (see SetUp).
const std::vector<BadInput> cases = {
    // soreness
    {"Soreness11", {"log", "--soreness", "11"}, {"--soreness", "'11'", "0 to 10"}},
    {"SorenessMinus1",
     {"log", "--soreness", "-1"},
     {"--soreness", "'-1'", "out of range", "0 to 10"}},
    {"SorenessSix", {"log", "--soreness", "six"}, {"--soreness", "'six'", "0 to 10"}},
    {"SorenessDecimal", {"log", "--soreness", "5.5"}, {"--soreness", "'5.5'", "0 to 10"}},
    {"SorenessMissingValue", {"log", "--soreness"}, {"--soreness"}},
    {"SorenessMissingNoTerminal", {"log", "--sitting", "2"}, {"--soreness", "0 to 10"}},
    {"DuringOutOfRange",
     {"log", "--soreness", "3", "--during", "11"},
     {"--during", "'11'", "0 to 10"}},
    // dates
    {"DateFeb30", {"log", "2026-02-30", "--soreness", "3"}, {"date", "'2026-02-30'", "YYYY-MM-DD"}},
    {"DateWord",
     {"log", "tomorrowish", "--soreness", "3"},
     {"date", "'tomorrowish'", "YYYY-MM-DD"}},
    {"DateTomorrow",
     {"log", "2026-11-28", "--soreness", "3"},
     {"date", "'2026-11-28'", "future", "2026-11-27"}},
    {"DateNextYear", {"add", "2027-01-01", "--soreness", "3"}, {"date", "'2027-01-01'", "future"}},
    {"DatePlusDays", {"log", "+3d", "--soreness", "3"}, {"date", "'+3d'", "-Nd"}},
    {"TwoDates", {"log", "today", "yesterday", "--soreness", "3"}, {"log"}},
    {"EditDateFuture", {"edit", "1", "--date", "2026-12-01"}, {"date", "'2026-12-01'", "future"}},
    {"EditDateBad",
     {"edit", "1", "--date", "2026-13-01"},
     {"--date", "'2026-13-01'", "YYYY-MM-DD"}},
    {"Time25", {"log", "--soreness", "3", "--time", "25:00"}, {"--time", "'25:00'", "HH:MM"}},
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
    // pressure, technique, side, knots, tags
    {"PressureHard",
     {"log", "--soreness", "3", "--pressure", "hard"},
     {"--pressure", "'hard'", "light, medium, firm or deep"}},
    {"Pressure0", {"log", "--soreness", "3", "--pressure", "0"}, {"--pressure", "'0'", "1 to 4"}},
    {"Pressure5", {"log", "--soreness", "3", "--pressure", "5"}, {"--pressure", "'5'", "1 to 4"}},
    {"TechniqueUnknown",
     {"log", "--soreness", "3", "--technique", "shiatsu"},
     {"--technique", "'shiatsu'", "deep-tissue"}},
    {"SideUnknown",
     {"log", "--soreness", "3", "--side", "middle"},
     {"--side", "'middle'", "left, right or both"}},
    {"KnotsMinus1", {"log", "--soreness", "3", "--knots", "-1"}, {"--knots", "'-1'", "0 to 999"}},
    {"KnotsWord", {"log", "--soreness", "3", "--knots", "many"}, {"--knots", "'many'", "0 to 999"}},
    {"TagWithSpace", {"log", "--soreness", "3", "--tag", "a b"}, {"--tag", "'a b'"}},
    {"RestDayWithPressure",
     {"log", "--soreness", "3", "--technique", "none", "--pressure", "deep"},
     {"pressure", "'deep'", "none"}},
    {"EditRestDayWithPressure",
     {"edit", "1", "--technique", "none"},
     {"pressure", "'deep'", "none"}},
    {"EditSoreness12", {"edit", "1", "--soreness", "12"}, {"--soreness", "'12'", "0 to 10"}},
    // ids that do not exist
    {"ShowMissing", {"show", "99"}, {"no entry with id 99"}},
    {"EditMissing", {"edit", "99", "--soreness", "3"}, {"no entry with id 99"}},
    {"RmMissing", {"rm", "99", "--yes"}, {"no entry with id 99"}},
    {"RmOneMissingDeletesNone", {"rm", "1", "99", "--yes"}, {"no entry with id 99"}},
    {"ShowNotAnId", {"show", "abc"}, {"id", "'abc'"}},
    {"ShowZero", {"show", "0"}, {"id", "'0'"}},
    {"ShowNoId", {"show"}, {"show", "id"}},
    {"EditNoId", {"edit"}, {"edit", "id"}},
    {"RmNoId", {"rm", "--yes"}, {"rm", "id"}},
    // usage
    {"UnknownCommand", {"frobnicate"}, {"'frobnicate'", "log", "list"}},
    {"UnknownLogOption", {"log", "--soreness", "3", "--frob"}, {"--frob", "--help"}},
    {"UnknownGlobalOption", {"--frob", "list"}, {"--frob", "--help"}},
    {"UnknownListOption", {"list", "--colour"}, {"--colour", "--help"}},
    {"ListFormatXml", {"list", "--format", "xml"}, {"--format", "'xml'", "table, csv or json"}},
    {"ListLast0", {"list", "--last", "0"}, {"--last", "'0'"}},
    {"ListFromAfterTo",
     {"list", "--from", "2026-11-20", "--to", "2026-11-01"},
     {"--from", "'2026-11-20'", "2026-11-01"}},
    {"ListFromBad", {"list", "--from", "someday"}, {"--from", "'someday'", "YYYY-MM-DD"}},
    {"ShowFormatBad", {"show", "1", "--format", "yaml"}, {"--format", "'yaml'", "json"}},
    {"EditNothing", {"edit", "1"}, {"edit", "--soreness"}},
    {"EditClearSoreness", {"edit", "1", "--clear", "soreness"}, {"--clear", "'soreness'", "note"}},
    {"EditClearUnknown", {"edit", "1", "--clear", "colour"}, {"--clear", "'colour'", "note"}},
    {"EditSetAndClear", {"edit", "1", "--note", "x", "--clear", "note"}, {"edit"}},
    {"RmWithoutYesNoTerminal", {"rm", "1"}, {"--yes"}},
    {"BackupNoFile", {"backup"}, {"backup", "file"}},
    {"TagNotUtf8", {"log", "--soreness", "3", "--tag", "\xff"}, {"--tag", "'\\xff'", "UTF-8"}},
    {"NoteNotUtf8", {"log", "--soreness", "3", "--note", "ok \xc3("}, {"--note", "UTF-8"}},
    {"TagAndUntag", {"edit", "1", "--tag", "x", "--untag", "x"}, {"--tag x", "--untag x"}},
    {"DbValueLooksLikeAnOption", {"--db", "--no-color", "list"}, {"--db", "'--no-color'"}},
    {"ListStrayWord", {"list", "yesterday"}, {"list", "unexpected", "'yesterday'"}},
    {"CheckStrayWord", {"check", "now"}, {"check", "unexpected", "'now'"}},
    {"NotAGlobalOption", {"--command", "list"}, {"'--command'"}},
    {"EmptyDbOption", {"--db", "", "list"}, {"journal path is empty"}},
    {"BackupTwoFiles", {"backup", "a.db", "b.db"}, {"backup", "'b.db'", "one FILE"}},
    {"SecondRelativeDate", {"log", "-3d", "-2d", "--soreness", "3"}, {"log", "'-2d'", "one DATE"}},
    {"ShowTwoIds", {"show", "1", "2"}, {"show", "'2'", "one entry id"}},
    {"DateBefore1900", {"log", "-99999w", "--soreness", "3"}, {"date", "'-99999w'", "1900"}},
    {"SittingJustOverADay",
     {"log", "--soreness", "3", "--sitting", "24.001"},
     {"--sitting", "'24.001'", "0 to 24"}},
    {"GlobalOptionAfterCommand", {"list", "--db", "other.db"}, {"--db", "before the command"}},
    {"EditSetAndClearNamesField",
     {"edit", "1", "--injury", "--clear", "injury"},
     {"--injury", "--clear injury"}},
};

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, ExitsTwoWithOneLineAndChangesNothing) {
    Sandbox box;
    auto first = box.run({"log", "--soreness", "6", "--sitting", "7h30m", "--pressure", "deep",
                          "--technique", "deep-tissue", "--knots", "3", "--note", "left side tight",
                          "--tag", "work"});
    ASSERT_EQ(first.status, 0) << first.err;
    auto before = box.db_bytes();
    ASSERT_FALSE(before.empty());

    const auto& c = GetParam();
    auto r = box.run(c.args);
    EXPECT_TRUE(fails_with(r, 2, c.parts));
    EXPECT_EQ(box.db_bytes(), before) << "the journal changed";
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

INSTANTIATE_TEST_SUITE_P(Cases, BadInputTest, ::testing::ValuesIn(cases),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

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
