// `sore export --format fhir`: the Bundle's structure on a journal with
// every field set and unset; and what `sore export` prints and writes with
// -o. The rest of export and import is in exchange_test.cpp.
// Today is Friday 2026-11-27 in Europe/Berlin (see runner.cpp).

#include "exchange.hpp"

#include <filesystem>

using sore::testing::list_json;
using sore::testing::mode_of;
using sore::testing::read_file;
using sore::testing::Sandbox;
using namespace sore::testing::exchange;

namespace fs = std::filesystem;

namespace {

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
