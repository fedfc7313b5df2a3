// Body sites through the whole program: logged, shown, listed, edited and
// taken out again, exported and imported back byte for byte, refused with
// one line, and a journal from before them upgraded with every entry whole.

#include "exchange.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace {

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::query;
using sore::testing::read_file;
using sore::testing::Sandbox;
using sore::testing::write_file;
using json = nlohmann::json;
namespace fs = std::filesystem;

nlohmann::ordered_json entry_json(const Sandbox& box, int id) {
    auto r = box.run({"show", std::to_string(id), "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::ordered_json::parse(r.out);
}

std::string sites_of(const Sandbox& box, int id) {
    auto r = box.run({"list", "--format", "csv"});
    for (const auto& line : lines(r.out)) {
        if (line.starts_with(std::to_string(id) + ",")) {
            auto cells = line; // sites is the 16th column; no cell here holds a comma
            std::vector<std::string> parts;
            std::size_t at = 0;
            while (true) {
                auto comma = cells.find(',', at);
                parts.push_back(cells.substr(at, comma - at));
                if (comma == std::string::npos) {
                    break;
                }
                at = comma + 1;
            }
            return parts.at(15);
        }
    }
    return "?";
}

TEST(Sites, LoggedShownAndListed) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7", "--site",
                    "piriformis:left=5", "--site", "lower-back=3"});
    auto e = entry_json(box, 1);
    EXPECT_EQ(e["soreness"], 6);
    EXPECT_EQ(e["sites"].dump(), R"([{"site":"glute-med","side":"left","soreness":7},)"
                                 R"({"site":"piriformis","side":"left","soreness":5},)"
                                 R"({"site":"lower-back","side":"both","soreness":3}])");
    auto show = box.run({"show", "1"});
    EXPECT_TRUE(contains(show.out, "sites      left gluteus medius"));
    EXPECT_TRUE(contains(show.out, "           lower back"));
    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry_site"), std::vector<std::string>{"3"});
    log_entry(box, {"2026-11-21", "--soreness", "2"});
    auto only = box.run({"list", "--site", "piriformis", "--format", "csv"});
    EXPECT_EQ(lines(only.out).size(), 2u) << only.out; // the header and entry 1
    EXPECT_EQ(lines(box.run({"list", "--site", "piriformis:right", "--format", "csv"}).out).size(),
              1u);
    EXPECT_EQ(lines(box.run({"list", "--site", "lower-back:both", "--format", "csv"}).out).size(),
              2u);
    EXPECT_EQ(lines(box.run({"list", "--site", "lower-back:left", "--format", "csv"}).out).size(),
              1u)
        << "a side given is that side only";
}

TEST(Sites, WithoutSorenessTheHighestSiteIsTheOverallFigure) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--site", "tfl:right=4", "--site", "si-joint=6"});
    EXPECT_EQ(entry_json(box, 1)["soreness"], 6);
}

TEST(Sites, EditAddsChangesAndRemoves) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7", "--site",
                    "lower-back=3"});
    auto r = box.run({"edit", "1", "--site", "glute-med:left=4", "--site", "hip-flexors:right=2",
                      "--unsite", "lower-back"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(sites_of(box, 1), "glute-med:left=4;hip-flexors:right=2");
    EXPECT_EQ(entry_json(box, 1)["soreness"], 6) << "the overall figure stays as logged";
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    EXPECT_EQ(sites_of(box, 1), "glute-med:left=7;lower-back=3");
    ASSERT_EQ(box.run({"edit", "1", "--clear", "sites"}).status, 0);
    EXPECT_EQ(sites_of(box, 1), "");
    ASSERT_EQ(box.run({"rm", "1", "--yes"}).status, 0);
    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry_site"), std::vector<std::string>{"0"});
}

TEST(Sites, RefusedWithOneLineAndNothingChanged) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7"});
    auto before = box.db_bytes();
    struct Case {
        std::vector<std::string> args;
        std::vector<std::string> words;
    };
    for (const auto& c : std::vector<Case>{
             {{"log", "--soreness", "3", "--site", "piriformus=4"},
              {"--site", "'piriformus'", "did you mean piriformis?"}},
             {{"log", "--soreness", "3", "--site", "piriformis:top=4"},
              {"--site", "'piriformis:top'", "left", "right", "both"}},
             {{"log", "--soreness", "3", "--site", "piriformis=11"},
              {"--site piriformis", "'11'", "0 to 10"}},
             {{"log", "--soreness", "3", "--site", "tfl=1", "--site", "tfl:both=2"},
              {"--site", "'tfl'", "twice"}},
             {{"edit", "1", "--unsite", "glute-med:right"},
              {"--unsite glute-med:right", "entry 1 has no such site", "glute-med:left=7"}},
             {{"edit", "1", "--site", "tfl=2", "--unsite", "tfl"}, {"contradict"}},
             {{"edit", "1", "--site", "glute-med=3"},
              {"--site 'glute-med=3'", "entry 1 has glute-med:left", "--unsite glute-med:left"}},
         }) {
        EXPECT_TRUE(fails_with(box.run(c.args), 2, c.words)) << c.args.at(0);
    }
    EXPECT_EQ(box.db_bytes(), before);
    // Taking the one side out in the same command lets both sides in.
    auto both = box.run({"edit", "1", "--site", "glute-med=3", "--unsite", "glute-med:left"});
    EXPECT_EQ(both.status, 0) << both.err;
    EXPECT_EQ(sites_of(box, 1), "glute-med=3");
}

TEST(Sites, CsvAndJsonRoundTripByteForByte) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7", "--site",
                    "lower-back=3", "--tag", "hip"});
    log_entry(box, {"2026-11-21", "--soreness", "1"});
    for (const char* format : {"csv", "json"}) {
        auto first = box.run({"export", "--format", format});
        ASSERT_EQ(first.status, 0) << first.err;
        Sandbox other;
        write_file(other.dir() / "in", first.out);
        auto imported = other.run({"import", (other.dir() / "in").string()});
        ASSERT_EQ(imported.status, 0) << imported.err;
        EXPECT_EQ(other.run({"export", "--format", format}).out, first.out) << format;
    }
}

TEST(Sites, AFileWithoutTheColumnStillImports) {
    Sandbox box;
    write_file(box.dir() / "old.csv", "date,soreness,side\n2026-11-20,4,left\n");
    ASSERT_EQ(box.run({"import", (box.dir() / "old.csv").string()}).status, 0);
    auto e = entry_json(box, 1);
    EXPECT_EQ(e["sites"], nlohmann::ordered_json::array());
    EXPECT_EQ(e["side"], "left");
    write_file(box.dir() / "sites.csv", "date,sites\n2026-11-21,glute-max:right=5;si-joint=2\n");
    ASSERT_EQ(box.run({"import", (box.dir() / "sites.csv").string()}).status, 0);
    EXPECT_EQ(entry_json(box, 2)["soreness"], 5) << "the highest site, as log does";
    EXPECT_EQ(sites_of(box, 2), "glute-max:right=5;si-joint=2");
}

TEST(Sites, AJournalFromBeforeSitesIsUpgradedWhole) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--side", "left", "--tag", "hip"});
    log_entry(box, {"2026-11-21", "--soreness", "2", "--side", "right", "--pressure", "deep"});
    // Back to level 3: the schema as it was before sites, history and all.
    query(box.db(), "DROP TABLE entry_site; PRAGMA user_version = 3");
    const std::string entries_sql =
        "SELECT group_concat(id || ' ' || uuid || ' ' || date || ' ' || soreness || ' ' || "
        "coalesce(side, '-') || ' ' || coalesce(pressure, '-') || ' ' || updated_at, "
        "char(10)) FROM (SELECT * FROM entry ORDER BY id)";
    auto before = query(box.db(), entries_sql);
    auto check = box.run({"check"});
    ASSERT_EQ(check.status, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "schema level  4\n")) << check.out;
    EXPECT_TRUE(contains(check.out, "history       3 changes, each matching the one before"))
        << check.out;
    EXPECT_EQ(query(box.db(), "PRAGMA user_version"), std::vector<std::string>{"4"});
    EXPECT_EQ(query(box.db(), entries_sql), before);
    EXPECT_EQ(query(box.db(), "SELECT entry_id || ' ' || tag FROM entry_tag"),
              std::vector<std::string>{"1 hip"});
    ASSERT_EQ(box.run({"edit", "2", "--site", "piriformis:right=3"}).status, 0);
    EXPECT_EQ(sites_of(box, 2), "piriformis:right=3");
    EXPECT_EQ(entry_json(box, 2)["side"], "right");
}

TEST(Sites, FhirHasAnObservationPerSiteWithItsCheckedCodeAndSide) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7", "--site",
                    "tfl:right=2", "--site", "lower-back=3"});
    auto text = box.run({"export", "--format", "fhir"}).out;
    auto bundle = json::parse(text);
    ASSERT_EQ(bundle["entry"].size(), 4u); // the entry's own, then one per site
    auto overall = bundle["entry"][0]["resource"];
    EXPECT_EQ(overall["valueQuantity"]["value"], 6);
    const std::string laterality =
        "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality";
    struct Expected {
        int soreness;
        std::string code; // "" when no SNOMED code was checked
        std::string side;
        std::string text;
    };
    std::vector<Expected> expected{{7, "78333006", "7771000", "left gluteus medius"},
                                   {2, "", "24028007", "right tensor fasciae latae / IT band"},
                                   {3, "37822005", "51440002", "lower back (both sides)"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& item = bundle["entry"][i + 1];
        const auto& obs = item["resource"];
        SCOPED_TRACE(expected[i].text);
        EXPECT_EQ(item["fullUrl"], "urn:uuid:" + obs["id"].get<std::string>());
        EXPECT_EQ(obs["id"].get<std::string>().size(), 36u);
        EXPECT_EQ(obs["code"]["coding"][0]["code"], "72514-3");
        EXPECT_EQ(obs["valueQuantity"]["value"], expected[i].soreness);
        EXPECT_EQ(obs["effectiveDateTime"], "2026-11-20");
        EXPECT_EQ(obs["derivedFrom"][0]["reference"],
                  "urn:uuid:" + overall["id"].get<std::string>());
        const auto& site = obs["bodySite"];
        EXPECT_EQ(site["text"], expected[i].text);
        if (expected[i].code.empty()) {
            EXPECT_FALSE(site.contains("coding"));
        } else {
            EXPECT_EQ(site["coding"][0]["system"], "http://snomed.info/sct");
            EXPECT_EQ(site["coding"][0]["code"], expected[i].code);
        }
        EXPECT_EQ(site["extension"][0]["url"], laterality);
        EXPECT_EQ(site["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
                  expected[i].side);
    }
    EXPECT_EQ(box.run({"export", "--format", "fhir"}).out, text) << "the same ids every time";
}

} // namespace
