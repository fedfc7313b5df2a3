#include "exchange/fhir.hpp"

#include "journal/dates.hpp"
#include "journal/sites.hpp"

#include <boost/uuid/name_generator_sha1.hpp>
#include <boost/uuid/string_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sore::exchange {

using journal::Entry;
using json = nlohmann::ordered_json;

namespace {

constexpr std::string_view loinc = "http://loinc.org";
constexpr std::string_view snomed = "http://snomed.info/sct";
constexpr std::string_view ucum = "http://unitsofmeasure.org";
constexpr std::string_view pain_code = "72514-3";
constexpr std::string_view pain_display =
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

json coding(std::string_view system, std::string_view code, std::string_view display) {
    return {{"system", system}, {"code", code}, {"display", display}};
}

json score(int value) {
    return {{"value", value}, {"unit", "{score}"}, {"system", ucum}, {"code", "{score}"}};
}

// SNOMED CT: 46862004 buttock structure; 723979003 / 723980000 left / right.
// There is no single code for both, so both is the buttock with a text.
json body_site(const Entry& e) {
    using journal::Side;
    if (e.side == Side::left) {
        return {{"coding", {coding(snomed, "723979003", "Structure of left buttock")}},
                {"text", "Left buttock"}};
    }
    if (e.side == Side::right) {
        return {{"coding", {coding(snomed, "723980000", "Structure of right buttock")}},
                {"text", "Right buttock"}};
    }
    return {{"coding", {coding(snomed, "46862004", "Buttock structure")}},
            {"text", e.side == Side::both ? "Both buttocks" : "Buttock"}};
}

// The SNOMED CT body structure of each site, where one could be checked
// against a SNOMED source (tests/data/snomed_sources.md has the excerpts):
// 206007, 78333006: HL7 NZ rheumatic fever IG and FHIR R4's approach-site
// value set; 75699001, 303800000: a SNOMED CT International 2024-10-01
// expansion (UPM-NTHC/PH-RoadSafetyIG); 39723000: DICOM PS3.16 (pydicom)
// and that expansion; 37822005: the SNOMED Editorial Guide. Gluteus
// minimus, the hamstring origin and TFL / IT band have no checked code:
// their bodySite is text only.
struct SiteCode {
    journal::BodySite site;
    std::string_view code;
    std::string_view display;
};
constexpr std::array<SiteCode, 6> site_codes{{
    {journal::BodySite::glute_max, "206007", "Structure of gluteus maximus muscle"},
    {journal::BodySite::glute_med, "78333006", "Structure of gluteus medius muscle"},
    {journal::BodySite::piriformis, "75699001", "Structure of piriformis muscle"},
    {journal::BodySite::si_joint, "39723000", "Sacroiliac joint structure"},
    {journal::BodySite::hip_flexors, "303800000", "Flexor of hip joint"},
    {journal::BodySite::lower_back, "37822005", "Lower back structure"},
}};

// The side as the HL7 extension observation-structureLaterality gives it
// (FHIR Extensions Pack; its value set structure-laterality-vs): SNOMED CT
// 7771000 Left, 24028007 Right, 51440002 Right and left.
json laterality(journal::Side side) {
    using journal::Side;
    auto code = side == Side::left ? coding(snomed, "7771000", "Left (qualifier value)")
                : side == Side::right
                    ? coding(snomed, "24028007", "Right (qualifier value)")
                    : coding(snomed, "51440002", "Right and left (qualifier value)");
    return {{"url", "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality"},
            {"valueCodeableConcept", {{"coding", {code}}}}};
}

json site_body_site(const journal::SiteSoreness& s) {
    auto label = s.side == journal::Side::both
                     ? fmt::format("{} (both sides)", journal::label_of(s.site))
                     : fmt::format("{} {}", journal::name_of(s.side), journal::label_of(s.site));
    json out = {{"extension", {laterality(s.side)}}};
    auto code = std::find_if(site_codes.begin(), site_codes.end(),
                             [&](const SiteCode& c) { return c.site == s.site; });
    if (code != site_codes.end()) {
        out["coding"] = {coding(snomed, code->code, code->display)};
    }
    out["text"] = label;
    return out;
}

// A site's Observation has a uuid of its own, the same on every export:
// a name-based (SHA-1) uuid of the site and side within the entry's uuid.
std::string site_uuid(const Entry& e, const journal::SiteSoreness& s) {
    auto entry = boost::uuids::string_generator()(e.uuid);
    return boost::uuids::to_string(
        boost::uuids::name_generator_sha1(entry)(journal::format_site_key(journal::key_of(s))));
}

// A date alone, or with the time and the local zone's offset then: FHIR
// wants seconds and an offset whenever there is a time.
std::string effective(const Entry& e) {
    auto day = journal::format_date(e.date);
    if (!e.time) {
        return day;
    }
    return fmt::format("{}T{}:00{}", day, journal::format_time(*e.time),
                       journal::utc_offset(e.date, *e.time));
}

json component(std::string_view text, std::string_view value_key, json value) {
    return {{"code", {{"text", text}}}, {value_key, std::move(value)}};
}

json components(const Entry& e) {
    json out = json::array();
    if (e.during) {
        // Text only: a component coded like the Observation itself would break
        // FHIR's rule obs-7 (no value beside a component with the same code).
        out.push_back(
            component("Pain during the massage (0-10)", "valueQuantity", score(*e.during)));
    }
    if (e.sitting_min) {
        out.push_back(component(
            "Time spent sitting that day", "valueQuantity",
            {{"value", *e.sitting_min}, {"unit", "min"}, {"system", ucum}, {"code", "min"}}));
    }
    if (e.pressure) {
        out.push_back(component("Massage pressure (1 light to 4 deep)", "valueString",
                                fmt::format("{} ({} of 4)", journal::name_of(*e.pressure),
                                            journal::level_of(*e.pressure))));
    }
    if (e.technique) {
        auto name = std::string(journal::name_of(*e.technique));
        out.push_back(component(
            "Massage technique", "valueString",
            *e.technique == journal::Technique::none ? "none (a rest day, no massage)" : name));
    }
    if (e.knots) {
        out.push_back(component("Knots or trigger points found", "valueInteger", *e.knots));
    }
    out.push_back(component("Injury or inflammation in the area", "valueBoolean", e.injury));
    out.push_back(component("Emotional release during the massage", "valueBoolean", e.emotional));
    return out;
}

// A short human-readable summary; built from numbers and fixed names only,
// so it needs no escaping.
std::string narrative(const Entry& e) {
    auto text = fmt::format("Soreness {} of 10 on {}", e.soreness, journal::format_date(e.date));
    if (e.time) {
        text += fmt::format(" at {}", journal::format_time(*e.time));
    }
    if (e.technique == journal::Technique::none) {
        text += ", a rest day";
    } else if (e.technique) {
        text += fmt::format(", after {} massage", journal::name_of(*e.technique));
    }
    return fmt::format(R"(<div xmlns="http://www.w3.org/1999/xhtml">{}.</div>)", text);
}

} // namespace

namespace {

// An Observation of a 0-10 pain score on the entry's day, up to its value:
// the entry's own and each site's.
json pain_observation(const Entry& e, const std::string& uuid, const std::optional<json>& text,
                      std::string_view what, int value) {
    json observation;
    observation["resourceType"] = "Observation";
    observation["id"] = uuid;
    observation["meta"] = {{"lastUpdated", e.updated_at}};
    if (text) {
        observation["text"] = *text;
    }
    observation["identifier"] = {
        {{"system", "urn:ietf:rfc:3986"}, {"value", fmt::format("urn:uuid:{}", uuid)}}};
    observation["status"] = "final";
    observation["category"] = {
        {{"coding",
          {coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey",
                  "Survey")}}}};
    observation["code"] = {{"coding", {coding(loinc, pain_code, pain_display)}}, {"text", what}};
    observation["effectiveDateTime"] = effective(e);
    observation["valueQuantity"] = score(value);
    return observation;
}

json site_observation(const Entry& e, const journal::SiteSoreness& s) {
    auto uuid = site_uuid(e, s);
    auto observation =
        pain_observation(e, uuid, std::nullopt, "Soreness at one body site (0-10)", s.soreness);
    observation["bodySite"] = site_body_site(s);
    observation["derivedFrom"] = {{{"reference", fmt::format("urn:uuid:{}", e.uuid)}}};
    return {{"fullUrl", fmt::format("urn:uuid:{}", uuid)}, {"resource", std::move(observation)}};
}

} // namespace

std::vector<json> fhir_entries(const Entry& e) {
    std::vector<json> out{fhir_entry(e)};
    for (const auto& site : e.sites) {
        out.push_back(site_observation(e, site));
    }
    return out;
}

json fhir_entry(const Entry& e) {
    auto observation =
        pain_observation(e, e.uuid, json{{"status", "generated"}, {"div", narrative(e)}},
                         "Soreness after the massage or on a rest day (0-10)", e.soreness);
    json notes = json::array();
    if (e.note) {
        notes.push_back({{"text", *e.note}});
    }
    if (!e.tags.empty()) {
        notes.push_back({{"text", fmt::format("Tags: {}", fmt::join(e.tags, ", "))}});
    }
    if (!notes.empty()) {
        observation["note"] = std::move(notes);
    }
    observation["bodySite"] = body_site(e);
    observation["component"] = components(e);
    return {{"fullUrl", fmt::format("urn:uuid:{}", e.uuid)}, {"resource", std::move(observation)}};
}

} // namespace sore::exchange
