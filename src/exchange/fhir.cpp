#include "exchange/fhir.hpp"

#include "journal/dates.hpp"

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

json fhir_entry(const Entry& e) {
    json observation;
    observation["resourceType"] = "Observation";
    observation["id"] = e.uuid;
    observation["meta"] = {{"lastUpdated", e.updated_at}};
    observation["text"] = {{"status", "generated"}, {"div", narrative(e)}};
    observation["identifier"] = {
        {{"system", "urn:ietf:rfc:3986"}, {"value", fmt::format("urn:uuid:{}", e.uuid)}}};
    observation["status"] = "final";
    observation["category"] = {
        {{"coding",
          {coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey",
                  "Survey")}}}};
    observation["code"] = {{"coding", {coding(loinc, pain_code, pain_display)}},
                           {"text", "Soreness after the massage or on a rest day (0-10)"}};
    observation["effectiveDateTime"] = effective(e);
    observation["valueQuantity"] = score(e.soreness);
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
