#include "exchange/export.hpp"

#include "exchange/fhir.hpp"
#include "formats/csv.hpp"
#include "formats/json.hpp"

#include <ostream>
#include <string>

namespace sore::exchange {

std::int64_t export_csv(store::Database& db, const store::EntryFilter& filter, std::ostream& out) {
    std::int64_t count = 0;
    formats::write_entry_csv_header(out);
    store::for_each_entry(db, filter, [&](const journal::Entry& e) {
        formats::write_entry_csv_row(out, e);
        ++count;
    });
    return count;
}

std::int64_t export_json(store::Database& db, const store::EntryFilter& filter, std::ostream& out) {
    out << "{\n  \"format\": \"sore\",\n  \"version\": " << json_format_version
        << ",\n  \"entries\": [";
    // "[" then one entry a line, comma-separated, then "]": valid JSON that
    // is written as it is read.
    std::int64_t count = 0;
    std::string line;
    store::for_each_entry(db, filter, [&](const journal::Entry& e) {
        line.assign(count++ == 0 ? "\n    " : ",\n    ");
        formats::append_entry_json(line, e);
        out << line;
    });
    out << (count > 0 ? "\n  ]\n}\n" : "]\n}\n");
    return count;
}

std::int64_t export_fhir(store::Database& db, const store::EntryFilter& filter, std::ostream& out) {
    out << "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\"";
    std::int64_t count = 0;
    // FHIR forbids empty arrays: no entries, no "entry".
    bool first = true;
    store::for_each_entry(db, filter, [&](const journal::Entry& e) {
        for (const auto& item : fhir_entries(e)) {
            out << (first ? ",\n  \"entry\": [\n    " : ",\n    ") << formats::dump(item);
            first = false;
        }
        ++count;
    });
    out << (count > 0 ? "\n  ]\n}\n" : "\n}\n");
    return count;
}

} // namespace sore::exchange
