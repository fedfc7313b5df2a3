#include "cli/entry_fields.hpp"

#include "error.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore::cli {

void apply_fields(const EntryFields& f, journal::Entry& e) {
    auto set = [](auto& target, const auto& value) {
        if (value) {
            target = value;
        }
    };
    if (f.date) {
        e.date = *f.date;
    }
    if (f.soreness) {
        e.soreness = *f.soreness;
    }
    set(e.time, f.time);
    set(e.during, f.during);
    set(e.sitting_min, f.sitting_min);
    set(e.pressure, f.pressure);
    set(e.technique, f.technique);
    set(e.knots, f.knots);
    set(e.side, f.side);
    set(e.note, f.note);
    e.injury = e.injury || f.injury;
    e.emotional = e.emotional || f.emotional;
    e.tags.insert(e.tags.end(), f.tags.begin(), f.tags.end());
    std::sort(e.tags.begin(), e.tags.end());
    e.tags.erase(std::unique(e.tags.begin(), e.tags.end()), e.tags.end());
}

void clear_field(Field field, journal::Entry& e) {
    switch (field) {
    case Field::time:
        e.time.reset();
        break;
    case Field::during:
        e.during.reset();
        break;
    case Field::sitting:
        e.sitting_min.reset();
        break;
    case Field::pressure:
        e.pressure.reset();
        break;
    case Field::technique:
        e.technique.reset();
        break;
    case Field::knots:
        e.knots.reset();
        break;
    case Field::injury:
        e.injury = false;
        break;
    case Field::emotional:
        e.emotional = false;
        break;
    case Field::side:
        e.side.reset();
        break;
    case Field::note:
        e.note.reset();
        break;
    case Field::tags:
        e.tags.clear();
        break;
    }
}

journal::Entry existing_entry(store::Database& db, std::int64_t id) {
    auto entry = store::find_entry(db, id);
    if (!entry) {
        throw UsageError(fmt::format("no entry with id {}; 'sore list' shows the ids", id));
    }
    return *entry;
}

} // namespace sore::cli
