#include "exchange/fhir.hpp"
#include "journal/dates.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

using namespace sore;
using sore::test::day;
using sore::test::ScopedEnv;

namespace {

// The component whose code text starts with `text`.
const nlohmann::ordered_json* component(const nlohmann::ordered_json& obs, std::string_view text) {
    for (const auto& c : obs["component"]) {
        if (c["code"]["text"].get<std::string>().starts_with(text)) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

TEST(UtcOffset, FollowsTheZoneThroughSummerTime) {
    ScopedEnv tz("TZ", "Europe/Berlin");
    EXPECT_EQ(journal::utc_offset(day(2026, 1, 15), journal::TimeOfDay{12, 0}), "+01:00");
    EXPECT_EQ(journal::utc_offset(day(2026, 7, 15), journal::TimeOfDay{12, 0}), "+02:00");
    // 2026-03-29 02:30 does not exist in Berlin: the offset before the change.
    EXPECT_EQ(journal::utc_offset(day(2026, 3, 29), journal::TimeOfDay{2, 30}), "+01:00");
    // 2026-10-25 02:30 happens twice: the first (summer) one.
    EXPECT_EQ(journal::utc_offset(day(2026, 10, 25), journal::TimeOfDay{2, 30}), "+02:00");
}

TEST(UtcOffset, NegativeHalfHourAndPosixZones) {
    {
        ScopedEnv tz("TZ", "America/St_Johns");
        EXPECT_EQ(journal::utc_offset(day(2026, 1, 15), journal::TimeOfDay{12, 0}), "-03:30");
    }
    {
        ScopedEnv tz("TZ", "<-05>5");
        EXPECT_EQ(journal::utc_offset(day(2026, 1, 15), journal::TimeOfDay{12, 0}), "-05:00");
    }
    {
        ScopedEnv tz("TZ", "UTC");
        EXPECT_EQ(journal::utc_offset(day(2026, 1, 15), journal::TimeOfDay{0, 0}), "+00:00");
    }
}

TEST(FhirEntry, AnObservationOfPainSeverityOnTheLeftButtock) {
    ScopedEnv tz("TZ", "Europe/Berlin");
    auto entry = exchange::fhir_entry(sore::test::full_entry());
    EXPECT_EQ(entry["fullUrl"], "urn:uuid:0b5ec0de-0000-4000-8000-000000000001");
    const auto& obs = entry["resource"];
    EXPECT_EQ(obs["resourceType"], "Observation");
    EXPECT_EQ(obs["id"], "0b5ec0de-0000-4000-8000-000000000001");
    EXPECT_EQ(obs["status"], "final");
    EXPECT_EQ(obs["meta"]["lastUpdated"], "2026-11-21T08:00:00Z");
    EXPECT_EQ(obs["category"][0]["coding"][0]["code"], "survey");
    EXPECT_EQ(obs["code"]["coding"][0]["system"], "http://loinc.org");
    EXPECT_EQ(obs["code"]["coding"][0]["code"], "72514-3");
    EXPECT_EQ(obs["effectiveDateTime"], "2026-11-20T18:30:00+01:00");
    EXPECT_EQ(obs["valueQuantity"]["value"], 6);
    EXPECT_EQ(obs["valueQuantity"]["code"], "{score}");
    EXPECT_EQ(obs["valueQuantity"]["system"], "http://unitsofmeasure.org");
    EXPECT_EQ(obs["bodySite"]["coding"][0]["code"], "723979003");
    EXPECT_EQ(obs["note"][0]["text"], "=cmd, \"x\" <b>tight</b> & sore\nsecond line 😀");
    EXPECT_EQ(obs["note"][1]["text"], "Tags: glute, hip");
    // The narrative holds no user text, so it needs no escaping.
    EXPECT_EQ(obs["text"]["div"], "<div xmlns=\"http://www.w3.org/1999/xhtml\">Soreness 6 of 10 "
                                  "on 2026-11-20 at 18:30, after trigger-point massage.</div>");

    const auto* during = component(obs, "Pain during");
    ASSERT_NE(during, nullptr);
    // obs-7: no component may carry the Observation's own code.
    for (const auto& c : obs["component"]) {
        EXPECT_FALSE(c["code"].contains("coding") && c["code"]["coding"] == obs["code"]["coding"])
            << c;
    }
    EXPECT_FALSE((*during)["code"].contains("coding"));
    EXPECT_EQ((*during)["valueQuantity"]["value"], 7);
    const auto* sitting = component(obs, "Time spent sitting");
    ASSERT_NE(sitting, nullptr);
    EXPECT_EQ((*sitting)["valueQuantity"]["value"], 450);
    EXPECT_EQ((*sitting)["valueQuantity"]["code"], "min");
    EXPECT_EQ((*component(obs, "Massage pressure"))["valueString"], "deep (4 of 4)");
    EXPECT_EQ((*component(obs, "Massage technique"))["valueString"], "trigger-point");
    EXPECT_EQ((*component(obs, "Knots"))["valueInteger"], 3);
    EXPECT_EQ((*component(obs, "Injury"))["valueBoolean"], true);
    EXPECT_EQ((*component(obs, "Emotional"))["valueBoolean"], true);
}

TEST(FhirEntry, ARestDayWithoutTimeNoteOrSide) {
    journal::Entry e;
    e.uuid = "00000000-0000-4000-8000-00000000000a";
    e.date = sore::test::on("2026-07-01");
    e.soreness = 2;
    e.technique = journal::Technique::none;
    e.updated_at = "2026-07-01T20:00:00Z";
    const auto obs = exchange::fhir_entry(e)["resource"];
    EXPECT_EQ(obs["effectiveDateTime"], "2026-07-01");
    EXPECT_FALSE(obs.contains("note"));
    EXPECT_EQ(obs["bodySite"]["coding"][0]["code"], "46862004");
    EXPECT_EQ(obs["bodySite"]["text"], "Buttock");
    EXPECT_EQ(component(obs, "Pain during"), nullptr);
    EXPECT_EQ(component(obs, "Time spent sitting"), nullptr);
    EXPECT_EQ(component(obs, "Massage pressure"), nullptr);
    EXPECT_EQ((*component(obs, "Massage technique"))["valueString"],
              "none (a rest day, no massage)");
    EXPECT_EQ(obs["component"].size(), 3U); // technique, injury, emotional
}

TEST(FhirEntry, RightAndBothSides) {
    auto e = sore::test::full_entry();
    e.side = journal::Side::right;
    EXPECT_EQ(exchange::fhir_entry(e)["resource"]["bodySite"]["coding"][0]["code"], "723980000");
    e.side = journal::Side::both;
    const auto site = exchange::fhir_entry(e)["resource"]["bodySite"];
    EXPECT_EQ(site["coding"][0]["code"], "46862004");
    EXPECT_EQ(site["text"], "Both buttocks");
}
