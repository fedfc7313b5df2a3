#include "cli/options.hpp"
#include "error.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace sore::cli;
using sore::journal::Pressure;
using sore::journal::Side;
using sore::journal::Technique;
using sore::test::day;

using sore::test::contains;
using sore::test::usage_error;

namespace {

// 2026-11-27 is a Friday.
const TodayFn today = [] {
    return day(2026, 11, 27);
};

// The options a parser returned; a failure when it returned none.
template <typename T> T got(const std::optional<T>& options) {
    EXPECT_TRUE(options) << "the parser returned nothing, as for --help";
    return options.value_or(T{});
}

} // namespace

TEST(ParseLog, RelativeDateBeforeOptions) {
    auto o = got(parse_log({"-3d", "--soreness", "4"}, today));
    EXPECT_EQ(o.fields.date, "2026-11-24");
    EXPECT_EQ(o.fields.soreness, 4);
    EXPECT_FALSE(o.fields.pressure);
    EXPECT_FALSE(o.fields.injury);
    EXPECT_TRUE(o.fields.tags.empty());
}

TEST(ParseLog, DateWordsAnywhere) {
    EXPECT_EQ(got(parse_log({"--soreness", "4", "-2w"}, today)).fields.date, "2026-11-13");
    EXPECT_EQ(got(parse_log({"yesterday", "--soreness", "4"}, today)).fields.date, "2026-11-26");
    EXPECT_EQ(got(parse_log({"--soreness", "4", "mon"}, today)).fields.date, "2026-11-23");
    EXPECT_EQ(got(parse_log({"2024-02-29", "--soreness", "1"}, today)).fields.date, "2024-02-29");
}

TEST(ParseLog, DateDefaultsToToday) {
    auto o = got(parse_log({"--soreness", "0"}, today));
    EXPECT_EQ(o.fields.date, "2026-11-27");
    EXPECT_EQ(o.fields.soreness, 0);
}

TEST(ParseLog, EveryOption) {
    auto o = got(parse_log({"--soreness", "6",    "--time",      "9:05",
                            "--during",   "7",    "--sitting",   "7h30m",
                            "--pressure", "deep", "--technique", "trigger-point",
                            "--knots",    "3",    "--injury",    "--emotional",
                            "--side",     "left", "--note",      "after a long drive\nstill sore",
                            "--tag",      "hip",  "--tag",       "glute"},
                           today));
    const auto& f = o.fields;
    EXPECT_EQ(f.date, "2026-11-27");
    EXPECT_EQ(f.time, "09:05");
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
}

TEST(ParseLog, EqualsFormAndPressureLevel) {
    auto o = got(parse_log({"--soreness=5", "--pressure=2", "--sitting=45m"}, today));
    EXPECT_EQ(o.fields.soreness, 5);
    EXPECT_EQ(o.fields.pressure, Pressure::medium);
    EXPECT_EQ(o.fields.sitting_min, 45);
}

TEST(ParseLog, NoteMayLookLikeADateWordOrOption) {
    auto o = got(parse_log({"--soreness", "4", "--note", "-3d"}, today));
    EXPECT_EQ(o.fields.note, "-3d");
    EXPECT_EQ(o.fields.date, "2026-11-27");
    auto help = got(parse_log({"--soreness", "4", "--note", "--help"}, today));
    EXPECT_EQ(help.fields.note, "--help");
}

TEST(ParseLog, NegativeSorenessNamesTheValue) {
    auto message = usage_error([] { parse_log({"--soreness", "-1"}, today); });
    EXPECT_TRUE(contains(message, "'-1'")) << message;
    EXPECT_TRUE(contains(message, "--soreness")) << message;
}

TEST(ParseLog, BadValuesNameFieldAndValue) {
    auto check = [](const Args& args, const std::string& expected) {
        auto message = usage_error([&] { parse_log(args, today); });
        EXPECT_TRUE(contains(message, expected)) << message;
    };
    check({"--soreness", "11"}, "--soreness '11'");
    check({"--soreness", "4", "--during", "six"}, "--during 'six'");
    check({"--soreness", "4", "--sitting", "25h"}, "--sitting '25h'");
    check({"--soreness", "4", "--pressure", "hard"}, "--pressure 'hard'");
    check({"--soreness", "4", "--technique", "shiatsu"}, "--technique 'shiatsu'");
    check({"--soreness", "4", "--knots", "1000"}, "--knots '1000'");
    check({"--soreness", "4", "--side", "up"}, "--side 'up'");
    check({"--soreness", "4", "--time", "24:00"}, "--time '24:00'");
    check({"--soreness", "4", "--tag", "a b"}, "--tag 'a b'");
    check({"2026-02-30", "--soreness", "4"}, "date '2026-02-30'");
    check({"tomorrowish", "--soreness", "4"}, "date 'tomorrowish'");
}

TEST(ParseLog, UnknownOptionsAndExtraWordsAreRefused) {
    auto message = usage_error([] { parse_log({"--soreness", "4", "--bogus"}, today); });
    EXPECT_TRUE(contains(message, "--bogus")) << message;
    EXPECT_TRUE(contains(message, "sore log --help")) << message;
    // No guessing from prefixes.
    EXPECT_THROW(parse_log({"--sore", "4"}, today), sore::UsageError);
    EXPECT_THROW(parse_log({"today", "yesterday", "--soreness", "4"}, today), sore::UsageError);
    EXPECT_THROW(parse_log({"--soreness"}, today), sore::UsageError);
    EXPECT_THROW(parse_log({"--soreness", "4", "--soreness", "5"}, today), sore::UsageError);
}

TEST(ParseLog, HelpReturnsNothing) {
    EXPECT_FALSE(parse_log({"--help"}, today));
    EXPECT_FALSE(parse_log({"-h"}, today));
    EXPECT_TRUE(contains(help_log(), "Usage: sore log"));
    EXPECT_TRUE(contains(help_log(), "--soreness"));
}

TEST(ParseList, RangeLastTagAndFormat) {
    auto o = got(parse_list(
        {"--from", "-7d", "--to", "yesterday", "--last", "3", "--tag", "hip", "--format", "csv"},
        today));
    EXPECT_EQ(o.filter.from, "2026-11-20");
    EXPECT_EQ(o.filter.to, "2026-11-26");
    EXPECT_EQ(o.filter.last, 3);
    EXPECT_EQ(o.filter.tag, "hip");
    EXPECT_EQ(o.format, ListFormat::csv);
    auto plain = got(parse_list({}, today));
    EXPECT_FALSE(plain.filter.from);
    EXPECT_FALSE(plain.filter.to);
    EXPECT_FALSE(plain.filter.last);
    EXPECT_FALSE(plain.filter.tag);
    EXPECT_EQ(plain.format, ListFormat::table);
    EXPECT_EQ(got(parse_list({"--format", "json"}, today)).format, ListFormat::json);
}

TEST(ParseList, FromAfterToIsRefused) {
    auto message = usage_error([] {
        parse_list({"--from", "2026-11-20", "--to", "2026-11-10"}, today);
    });
    EXPECT_TRUE(contains(message, "--from '2026-11-20'")) << message;
    EXPECT_TRUE(contains(message, "2026-11-10")) << message;
    EXPECT_NO_THROW(parse_list({"--from", "2026-11-20", "--to", "2026-11-20"}, today));
}

TEST(ParseList, BadValuesAreRefused) {
    EXPECT_THROW(parse_list({"--last", "0"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"--last", "-1"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"--last", "many"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"--format", "xml"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"--from", "someday"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"--tag", "a;b"}, today), sore::UsageError);
    EXPECT_THROW(parse_list({"extra"}, today), sore::UsageError);
}

TEST(ParseShow, IdAndFormat) {
    auto o = got(parse_show({"3"}, today));
    EXPECT_EQ(o.id, 3);
    EXPECT_EQ(o.format, ShowFormat::text);
    EXPECT_EQ(got(parse_show({"12", "--format", "json"}, today)).format, ShowFormat::json);
    EXPECT_THROW(parse_show({}, today), sore::UsageError);
    EXPECT_THROW(parse_show({"0"}, today), sore::UsageError);
    EXPECT_THROW(parse_show({"abc"}, today), sore::UsageError);
    EXPECT_THROW(parse_show({"3", "4"}, today), sore::UsageError);
}

TEST(ParseEdit, FieldsAndClears) {
    auto o = got(parse_edit({"3", "--soreness", "5", "--date", "yesterday", "--clear", "note",
                             "--clear", "tags", "--tag", "hip"},
                            today));
    EXPECT_EQ(o.id, 3);
    EXPECT_EQ(o.fields.soreness, 5);
    EXPECT_EQ(o.fields.date, "2026-11-26");
    EXPECT_EQ(o.clear, (std::vector<Field>{Field::note, Field::tags}));
    EXPECT_EQ(o.fields.tags, std::vector<std::string>{"hip"});
    auto only_id = got(parse_edit({"8"}, today));
    EXPECT_FALSE(only_id.fields.date);
    EXPECT_FALSE(only_id.fields.soreness);
    EXPECT_TRUE(only_id.clear.empty());
}

TEST(ParseEdit, EveryClearableField) {
    auto o = got(parse_edit({"1", "--clear", "time", "--clear", "during", "--clear", "sitting",
                             "--clear", "pressure", "--clear", "technique", "--clear", "knots",
                             "--clear", "injury", "--clear", "emotional", "--clear", "side"},
                            today));
    EXPECT_EQ(o.clear, (std::vector<Field>{Field::time, Field::during, Field::sitting,
                                           Field::pressure, Field::technique, Field::knots,
                                           Field::injury, Field::emotional, Field::side}));
}

TEST(ParseEdit, RequiredFieldsCannotBeCleared) {
    auto message = usage_error([] { parse_edit({"3", "--clear", "soreness"}, today); });
    EXPECT_TRUE(contains(message, "--clear 'soreness'")) << message;
    EXPECT_THROW(parse_edit({"3", "--clear", "date"}, today), sore::UsageError);
    EXPECT_THROW(parse_edit({"3", "--clear", "colour"}, today), sore::UsageError);
    EXPECT_THROW(parse_edit({"--soreness", "5"}, today), sore::UsageError);
}

TEST(ParseRm, SeveralIds) {
    auto o = got(parse_rm({"3", "5", "8"}, today));
    EXPECT_EQ(o.ids, (std::vector<std::int64_t>{3, 5, 8}));
    EXPECT_FALSE(o.yes);
    auto sure = got(parse_rm({"--yes", "4", "9"}, today));
    EXPECT_EQ(sure.ids, (std::vector<std::int64_t>{4, 9}));
    EXPECT_TRUE(sure.yes);
    EXPECT_TRUE(got(parse_rm({"1", "-y"}, today)).yes);
}

TEST(ParseRm, NeedsValidIds) {
    EXPECT_THROW(parse_rm({}, today), sore::UsageError);
    EXPECT_THROW(parse_rm({"--yes"}, today), sore::UsageError);
    auto message = usage_error([] { parse_rm({"3", "x7"}, today); });
    EXPECT_TRUE(contains(message, "'x7'")) << message;
    EXPECT_THROW(parse_rm({"0"}, today), sore::UsageError);
}

TEST(ParseCheck, TakesNoArguments) {
    EXPECT_TRUE(parse_check({}, today));
    EXPECT_THROW(parse_check({"now"}, today), sore::UsageError);
    EXPECT_THROW(parse_check({"--fix"}, today), sore::UsageError);
}

TEST(ParseBackup, RequiresAFile) {
    auto o = got(parse_backup({"copy.db"}, today));
    EXPECT_EQ(o.file, "copy.db");
    EXPECT_FALSE(o.force);
    auto forced = got(parse_backup({"--force", "/tmp/x.db"}, today));
    EXPECT_EQ(forced.file, "/tmp/x.db");
    EXPECT_TRUE(forced.force);
    auto message = usage_error([] { parse_backup({}, today); });
    EXPECT_TRUE(contains(message, "backup")) << message;
    EXPECT_THROW(parse_backup({""}, today), sore::UsageError);
    EXPECT_THROW(parse_backup({"a.db", "b.db"}, today), sore::UsageError);
}

TEST(Help, EachCommandHasUsageAndExample) {
    for (const auto& [text, usage] :
         std::vector<std::pair<std::string, std::string>>{{help_list(), "Usage: sore list"},
                                                          {help_show(), "Usage: sore show"},
                                                          {help_edit(), "Usage: sore edit"},
                                                          {help_rm(), "Usage: sore rm"},
                                                          {help_check(), "Usage: sore check"},
                                                          {help_backup(), "Usage: sore backup"}}) {
        EXPECT_TRUE(contains(text, usage)) << text;
        EXPECT_TRUE(contains(text, "Example:")) << text;
    }
}

TEST(Help, OptionsOneALineWrappedWithoutTrailingBlanks) {
    auto log = sore::cli::help_log();
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
    auto rm = sore::cli::help_rm();
    EXPECT_NE(rm.find("\n  -y, --yes   do not ask"), std::string::npos) << rm;
    EXPECT_NE(rm.find("\n  -h, --help  show this help\n"), std::string::npos) << rm;
}
