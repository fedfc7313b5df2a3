#pragma once

// One journal entry as a FHIR R4 Bundle entry holding an Observation: the
// soreness as LOINC 72514-3 (pain severity, 0-10 numeric rating, reported),
// the buttock as the body site (SNOMED CT), the other fields as components
// and notes.

#include "journal/entry.hpp"

#include <nlohmann/json.hpp>

namespace sore::exchange {

// {"fullUrl": "urn:uuid:<uuid>", "resource": {"resourceType": "Observation", ...}}
nlohmann::ordered_json fhir_entry(const journal::Entry& entry);

} // namespace sore::exchange
