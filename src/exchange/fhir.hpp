#pragma once

// One journal entry as a FHIR R4 Bundle entry holding an Observation: the
// soreness as LOINC 72514-3 (pain severity, 0-10 numeric rating, reported),
// the buttock as the body site (SNOMED CT), the other fields as components
// and notes. Each body site of the entry is an Observation of its own
// beside it: the site's soreness, its SNOMED CT body structure where one
// was checked, its side in HL7's laterality extension, derived from the
// entry's Observation.

#include "journal/entry.hpp"

#include <nlohmann/json.hpp>
#include <vector>

namespace sore::exchange {

// {"fullUrl": "urn:uuid:<uuid>", "resource": {"resourceType": "Observation", ...}}
nlohmann::ordered_json fhir_entry(const journal::Entry& entry);

// The entry's Observation, then one per body site.
std::vector<nlohmann::ordered_json> fhir_entries(const journal::Entry& entry);

} // namespace sore::exchange
