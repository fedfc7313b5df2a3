// The entry's own formats: its CSV row and its JSON, and hours as the CSV
// writes them.

#include "formats/columns.hpp"
#include "formats/csv.hpp"
#include "formats/json.hpp"
#include "support.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace sore::formats;
using namespace sore::journal;

using sore::test::bare_entry;
using sore::test::full_entry;
using sore::test::text_of;

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
    auto j = entry_json(full_entry());
    std::vector<std::string> keys;
    for (const auto& item : j.items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"id", "uuid", "date", "time", "soreness", "during",
                                              "sitting_min", "pressure", "technique", "knots",
                                              "injury", "emotional", "side", "note", "tags",
                                              "sites", "created_at", "updated_at"}));
}

TEST(EntryJson, ValuesOfAFullEntry) {
    auto j = entry_json(full_entry());
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
    EXPECT_EQ(j["emotional"], true);
    EXPECT_EQ(j["side"], "left");
    EXPECT_EQ(j["note"], "=cmd, \"x\" <b>tight</b> & sore\nsecond line 😀");
    EXPECT_EQ(j["tags"], nlohmann::ordered_json::array({"glute", "hip"}));
    EXPECT_EQ(j["sites"].dump(), R"([{"site":"glute-med","side":"left","soreness":7},)"
                                 R"({"site":"lower-back","side":"both","soreness":3}])");
    EXPECT_EQ(j["created_at"], "2026-11-20T18:40:00Z");
    EXPECT_EQ(j["updated_at"], "2026-11-21T08:00:00Z");
}

TEST(EntryJson, AbsentValuesAreNull) {
    auto j = entry_json(bare_entry());
    for (const char* key :
         {"time", "during", "sitting_min", "pressure", "technique", "knots", "side", "note"}) {
        EXPECT_TRUE(j[key].is_null()) << key;
    }
    EXPECT_EQ(j["soreness"], 0);
    EXPECT_TRUE(j["tags"].is_array());
    EXPECT_TRUE(j["tags"].empty());
    EXPECT_EQ(j["injury"], false);
}

// The export's writer gives the same bytes as the document dumped, for
// entries full and bare, with sites, and with text that needs escapes,
// that is not ASCII, and that is not even UTF-8 (replaced alike).
TEST(EntryJson, AppendedIsTheDocumentDumpedByteForByte) {
    auto with_sites = full_entry();
    with_sites.sites = {{BodySite::glute_med, Side::left, 7},
                        {BodySite::lower_back, Side::both, 3}};
    auto awkward = full_entry();
    awkward.note = "tab\there, \"quoted\", back\\slash, line\nbreak, très, \x01 and \xff";
    awkward.tags = {"a\"b", "ünïcode"};
    awkward.time.reset();
    for (const auto& e : {full_entry(), bare_entry(), with_sites, awkward}) {
        std::string appended = "prefix ";
        append_entry_json(appended, e);
        EXPECT_EQ(appended, "prefix " + dump(entry_json(e)));
    }
}

TEST(EntryCsv, HeaderNamesTheColumns) {
    EXPECT_EQ(text_of([](std::ostream& out) { write_entry_csv_header(out); }),
              "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,knots,injury,"
              "emotional,side,note,tags,sites,created_at,updated_at\r\n");
}

TEST(EntryCsv, RowOfAFullEntry) {
    EXPECT_EQ(text_of([](std::ostream& out) { write_entry_csv_row(out, full_entry()); }),
              "7,0b5ec0de-0000-4000-8000-000000000001,2026-11-20,18:30,6,7,7.5,4,trigger-point,3,1,"
              "1,left,\"'=cmd, \"\"x\"\" <b>tight</b> & sore\nsecond line 😀\",glute;hip,"
              "glute-med:left=7;lower-back=3,2026-11-20T18:40:00Z,2026-11-21T08:00:00Z\r\n");
}

TEST(EntryCsv, RowOfABareEntry) {
    EXPECT_EQ(text_of([](std::ostream& out) { write_entry_csv_row(out, bare_entry()); }),
              "1,0b5ec0de-0000-4000-8000-000000000002,2026-11-21,,0,,,,,,0,0,,,,,"
              "2026-11-21T10:00:00Z,2026-11-21T10:00:00Z\r\n");
}

TEST(Columns, NamesRoundTripAndTheListsDifferOnlyInSitting) {
    for (std::size_t i = 0; i < column_count; ++i) {
        auto column = static_cast<Column>(i);
        EXPECT_EQ(column_named(name_of(column)), column);
    }
    EXPECT_FALSE(column_named("mood"));
    EXPECT_FALSE(column_named("Date")); // the reader lower-cases first
    ASSERT_EQ(csv_columns().size(), json_columns().size());
    for (std::size_t i = 0; i < csv_columns().size(); ++i) {
        bool sitting = csv_columns()[i] == Column::sitting_hours;
        EXPECT_EQ(json_columns()[i], sitting ? Column::sitting_min : csv_columns()[i]);
    }
}

TEST(EntryJson, OptionalsAreTheirValueOrNull) {
    nlohmann::ordered_json j;
    j["some"] = std::optional<int>(3);
    j["none"] = std::optional<int>();
    j["time"] = std::optional(sore::test::at("07:05"));
    EXPECT_EQ(j.dump(), R"({"some":3,"none":null,"time":"07:05"})");
}

// An import compares entries by the columns that are not identity ones, and
// same_values() by its own list of fields: changing any one column must
// tell the two apart exactly when it is not an identity column.
TEST(EntryColumns, SameValuesComparesEveryColumnButTheIdentityOnes) {
    for (auto column : json_columns()) {
        auto changed = full_entry();
        switch (column) {
        case Column::id:
            changed.id = 8;
            break;
        case Column::uuid:
            changed.uuid = "0b5ec0de-0000-4000-8000-000000000002";
            break;
        case Column::date:
            changed.date = sore::test::on("2026-11-19");
            break;
        case Column::time:
            changed.time.reset();
            break;
        case Column::soreness:
            changed.soreness = 5;
            break;
        case Column::during:
            changed.during.reset();
            break;
        case Column::sitting_hours:
        case Column::sitting_min:
            changed.sitting_min = 451;
            break;
        case Column::pressure:
            changed.pressure = Pressure::light;
            break;
        case Column::technique:
            changed.technique = Technique::none;
            break;
        case Column::knots:
            changed.knots = 2;
            break;
        case Column::injury:
            changed.injury = false;
            break;
        case Column::emotional:
            changed.emotional = false;
            break;
        case Column::side:
            changed.side = Side::right;
            break;
        case Column::note:
            changed.note = "other";
            break;
        case Column::tags:
            changed.tags = {"glute"};
            break;
        case Column::sites:
            changed.sites.back().soreness = 4;
            break;
        case Column::created_at:
            changed.created_at = "2026-11-22T00:00:00Z";
            break;
        case Column::updated_at:
            changed.updated_at = "2026-11-22T00:00:00Z";
            break;
        }
        EXPECT_EQ(same_values(full_entry(), changed), is_identity(column)) << name_of(column);
    }
}
