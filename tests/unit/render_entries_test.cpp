#include "render/entries.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace sore::render;
using namespace sore::journal;

namespace {

Entry full() {
    Entry e;
    e.id = 7;
    e.uuid = "0b5ec0de-0000-4000-8000-000000000001";
    e.date = "2026-11-20";
    e.time = "18:30";
    e.soreness = 6;
    e.during = 7;
    e.sitting_min = 450;
    e.pressure = Pressure::deep;
    e.technique = Technique::trigger_point;
    e.knots = 3;
    e.injury = true;
    e.side = Side::left;
    e.note = "=cmd, \"x\"";
    e.tags = {"glute", "hip"};
    e.created_at = "2026-11-20T18:40:00Z";
    e.updated_at = "2026-11-21T08:00:00Z";
    return e;
}

Entry bare() {
    Entry e;
    e.id = 1;
    e.uuid = "0b5ec0de-0000-4000-8000-000000000002";
    e.date = "2026-11-21";
    e.soreness = 0;
    e.created_at = "2026-11-21T10:00:00Z";
    e.updated_at = "2026-11-21T10:00:00Z";
    return e;
}

template <typename Print> std::string text_of(Print print) {
    std::ostringstream out;
    print(out);
    return out.str();
}

} // namespace

TEST(FormatMinutes, HoursAndMinutes) {
    EXPECT_EQ(format_minutes(450), "7h30m");
    EXPECT_EQ(format_minutes(45), "45m");
    EXPECT_EQ(format_minutes(420), "7h");
    EXPECT_EQ(format_minutes(0), "0m");
    EXPECT_EQ(format_minutes(59), "59m");
    EXPECT_EQ(format_minutes(60), "1h");
    EXPECT_EQ(format_minutes(61), "1h01m");
    EXPECT_EQ(format_minutes(1440), "24h");
}

TEST(FormatHours, TwoDecimalsAtMost) {
    EXPECT_EQ(format_hours(450), "7.5");
    EXPECT_EQ(format_hours(20), "0.33");
    EXPECT_EQ(format_hours(420), "7");
    EXPECT_EQ(format_hours(0), "0");
    EXPECT_EQ(format_hours(15), "0.25");
    EXPECT_EQ(format_hours(1), "0.02");
    EXPECT_EQ(format_hours(1440), "24");
    EXPECT_EQ(format_hours(606), "10.1");
}

TEST(FormatHours, GivesTheExactMinuteBack) {
    for (int m = 0; m <= 1440; ++m) {
        auto hours = format_hours(m);
        EXPECT_EQ(std::lround(std::stod(hours) * 60), m) << hours;
        EXPECT_EQ(hours.find(','), std::string::npos) << hours;
    }
}

TEST(EntryJson, StableKeysInSchemaOrder) {
    auto j = entry_json(full());
    std::vector<std::string> keys;
    for (const auto& item : j.items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"id", "uuid", "date", "time", "soreness", "during",
                                              "sitting_min", "pressure", "technique", "knots",
                                              "injury", "emotional", "side", "note", "tags",
                                              "created_at", "updated_at"}));
}

TEST(EntryJson, ValuesOfAFullEntry) {
    auto j = entry_json(full());
    EXPECT_EQ(j["id"], 7);
    EXPECT_EQ(j["uuid"], "0b5ec0de-0000-4000-8000-000000000001");
    EXPECT_EQ(j["date"], "2026-11-20");
    EXPECT_EQ(j["time"], "18:30");
    EXPECT_EQ(j["soreness"], 6);
    EXPECT_EQ(j["during"], 7);
    EXPECT_EQ(j["sitting_min"], 450);
    EXPECT_EQ(j["pressure"], 4);
    EXPECT_EQ(j["technique"], "trigger-point");
    EXPECT_EQ(j["knots"], 3);
    EXPECT_EQ(j["injury"], true);
    EXPECT_EQ(j["emotional"], false);
    EXPECT_EQ(j["side"], "left");
    EXPECT_EQ(j["note"], "=cmd, \"x\"");
    EXPECT_EQ(j["tags"], nlohmann::ordered_json::array({"glute", "hip"}));
    EXPECT_EQ(j["created_at"], "2026-11-20T18:40:00Z");
    EXPECT_EQ(j["updated_at"], "2026-11-21T08:00:00Z");
}

TEST(EntryJson, AbsentValuesAreNull) {
    auto j = entry_json(bare());
    for (const char* key :
         {"time", "during", "sitting_min", "pressure", "technique", "knots", "side", "note"}) {
        EXPECT_TRUE(j[key].is_null()) << key;
    }
    EXPECT_EQ(j["soreness"], 0);
    EXPECT_TRUE(j["tags"].is_array());
    EXPECT_TRUE(j["tags"].empty());
    EXPECT_EQ(j["injury"], false);
}

TEST(EntryCsv, HeaderNamesTheColumns) {
    EXPECT_EQ(text_of([](std::ostream& out) { print_csv_header(out); }),
              "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,knots,injury,"
              "emotional,side,note,tags,created_at,updated_at\r\n");
}

TEST(EntryCsv, RowOfAFullEntry) {
    EXPECT_EQ(
        text_of([](std::ostream& out) { print_csv_row(out, full()); }),
        "7,0b5ec0de-0000-4000-8000-000000000001,2026-11-20,18:30,6,7,7.5,4,trigger-point,3,1,"
        "0,left,\"'=cmd, \"\"x\"\"\",glute;hip,2026-11-20T18:40:00Z,2026-11-21T08:00:00Z\r\n");
}

TEST(EntryCsv, RowOfABareEntry) {
    EXPECT_EQ(text_of([](std::ostream& out) { print_csv_row(out, bare()); }),
              "1,0b5ec0de-0000-4000-8000-000000000002,2026-11-21,,0,,,,,,0,0,,,,"
              "2026-11-21T10:00:00Z,2026-11-21T10:00:00Z\r\n");
}

TEST(EntryDetails, EveryFieldOnItsLine) {
    auto text = text_of([](std::ostream& out) { print_entry_details(out, full(), false); });
    for (const char* line :
         {"Entry 7\n", "\ndate       2026-11-20\n", "\ntime       18:30\n",
          "\nsoreness   6 of 10\n", "\nduring     7 of 10\n", "\nsitting    7h30m (7.5 hours)\n",
          "\npressure   deep (4 of 4)\n", "\ntechnique  trigger-point\n", "\nknots      3\n",
          "\ninjury     yes\n", "\nemotional  no\n", "\nside       left\n",
          "\ntags       glute, hip\n", "\nuuid       0b5ec0de-0000-4000-8000-000000000001\n",
          "\ncreated    2026-11-20T18:40:00Z\n", "\nupdated    2026-11-21T08:00:00Z\n"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
}

TEST(EntryDetails, NoteLastAndExactlyAsStored) {
    Entry e = full();
    e.note = "Left glute 😀 after the drive\n  second line, \"quoted\"\n\tthird";
    for (bool color : {false, true}) {
        auto text = text_of([&](std::ostream& out) { print_entry_details(out, e, color); });
        const std::string tail = "note:\n" + *e.note + "\n";
        ASSERT_GE(text.size(), tail.size());
        EXPECT_EQ(text.substr(text.size() - tail.size()), tail) << text;
    }
}

TEST(EntryDetails, AbsentFieldsShowADash) {
    auto text = text_of([](std::ostream& out) { print_entry_details(out, bare(), false); });
    for (const char* line :
         {"\ntime       -\n", "\nduring     -\n", "\nsitting    -\n", "\npressure   -\n",
          "\ntags       -\n", "\nnote       -\n", "\nsoreness   0 of 10\n", "\ninjury     no\n"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
}

TEST(EntryDetails, ColourOnlyWhenAsked) {
    auto coloured = text_of([](std::ostream& out) { print_entry_details(out, full(), true); });
    EXPECT_NE(coloured.find('\x1b'), std::string::npos);
}

TEST(EntryTable, OneRowPerEntryAndACount) {
    Entry other = bare();
    other.note = "long note that goes on and on well past the width of the column\nand more";
    auto text = text_of([&](std::ostream& out) { print_entry_table(out, {full(), other}, false); });
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
    EXPECT_EQ(text.rfind("2 entries\n"), text.size() - 10) << text;
    EXPECT_EQ(text.substr(0, 10), "id  date  ");
    EXPECT_NE(text.find("7h30m"), std::string::npos);
    EXPECT_NE(text.find("trigger-point"), std::string::npos);
    EXPECT_NE(text.find("injury"), std::string::npos);
    EXPECT_NE(text.find("glute,hip"), std::string::npos);
    EXPECT_NE(text.find("…"), std::string::npos) << text;
    EXPECT_EQ(text.find("and more"), std::string::npos) << text;
    std::istringstream lines(text);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_TRUE(line.empty() || line.back() != ' ') << "'" << line << "'";
    }
    EXPECT_EQ(count, 4);
}

TEST(EntryTable, SingularCount) {
    auto one = text_of([](std::ostream& out) { print_entry_table(out, {bare()}, false); });
    EXPECT_EQ(one.substr(one.size() - 8), "1 entry\n");
    auto none = text_of([](std::ostream& out) { print_entry_table(out, {}, false); });
    EXPECT_EQ(none.substr(none.size() - 10), "0 entries\n");
}
