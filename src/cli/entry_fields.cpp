#include "cli/entry_fields.hpp"

#include "error.hpp"
#include "journal/validate.hpp"
#include "journal/values.hpp"
#include "render/text.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <iterator>
#include <ostream>

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
    if (f.note) { // a blank note is no note
        bool blank = f.note->find_first_not_of(" \t\r\n") == std::string::npos;
        e.note = blank ? std::nullopt : f.note;
    }
    e.injury = e.injury || f.injury;
    e.emotional = e.emotional || f.emotional;
    e.tags.insert(e.tags.end(), f.tags.begin(), f.tags.end());
    std::erase_if(e.tags, [&](const std::string& tag) {
        return std::find(f.untags.begin(), f.untags.end(), tag) != f.untags.end();
    });
    std::sort(e.tags.begin(), e.tags.end());
    e.tags.erase(std::unique(e.tags.begin(), e.tags.end()), e.tags.end());
}

namespace {

struct FieldSpec {
    Field field;
    std::string_view name;
    bool (*given)(const EntryFields&);
    void (*clear)(journal::Entry&);
};

// One row per optional field that edit can set and --clear can empty.
constexpr auto field_specs = std::to_array<FieldSpec>({
    {Field::time, "time", [](const EntryFields& f) { return f.time.has_value(); },
     [](journal::Entry& e) {
         e.time.reset();
     }},
    {Field::during, "during", [](const EntryFields& f) { return f.during.has_value(); },
     [](journal::Entry& e) {
         e.during.reset();
     }},
    {Field::sitting, "sitting", [](const EntryFields& f) { return f.sitting_min.has_value(); },
     [](journal::Entry& e) {
         e.sitting_min.reset();
     }},
    {Field::pressure, "pressure", [](const EntryFields& f) { return f.pressure.has_value(); },
     [](journal::Entry& e) {
         e.pressure.reset();
     }},
    {Field::technique, "technique", [](const EntryFields& f) { return f.technique.has_value(); },
     [](journal::Entry& e) {
         e.technique.reset();
     }},
    {Field::knots, "knots", [](const EntryFields& f) { return f.knots.has_value(); },
     [](journal::Entry& e) {
         e.knots.reset();
     }},
    {Field::injury, "injury", [](const EntryFields& f) { return f.injury; },
     [](journal::Entry& e) {
         e.injury = false;
     }},
    {Field::emotional, "emotional", [](const EntryFields& f) { return f.emotional; },
     [](journal::Entry& e) {
         e.emotional = false;
     }},
    {Field::side, "side", [](const EntryFields& f) { return f.side.has_value(); },
     [](journal::Entry& e) {
         e.side.reset();
     }},
    {Field::note, "note", [](const EntryFields& f) { return f.note.has_value(); },
     [](journal::Entry& e) {
         e.note.reset();
     }},
    {Field::tags, "tags", [](const EntryFields&) { return false; },
     [](journal::Entry& e) {
         e.tags.clear();
     }},
});

// The table is in the order of the Field enumerators, so a field is its index.
constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < std::size(field_specs); ++i) {
        if (static_cast<std::size_t>(field_specs[i].field) != i) {
            return false;
        }
    }
    return true;
}
static_assert(in_enum_order() &&
              std::size(field_specs) == static_cast<std::size_t>(Field::tags) + 1);

const FieldSpec& spec_of(Field field) {
    return field_specs[static_cast<std::size_t>(field)];
}

} // namespace

bool gives_anything(const EntryFields& f) {
    return f.date || f.soreness || !f.tags.empty() || !f.untags.empty() ||
           std::any_of(std::begin(field_specs), std::end(field_specs),
                       [&](const FieldSpec& spec) { return spec.given(f); });
}

std::span<const std::string_view> field_names() {
    static const auto names = [] {
        std::array<std::string_view, std::size(field_specs)> out{};
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = field_specs[i].name;
        }
        return out;
    }();
    return names;
}

std::string_view field_name(Field field) {
    return spec_of(field).name;
}

std::optional<Field> field_from_name(std::string_view name) {
    auto wanted = journal::lower(name);
    for (const auto& spec : field_specs) {
        if (spec.name == wanted) {
            return spec.field;
        }
    }
    return std::nullopt;
}

bool is_given(const EntryFields& fields, Field field) {
    return spec_of(field).given(fields);
}

void clear_field(Field field, journal::Entry& entry) {
    spec_of(field).clear(entry);
}

void caution_if_injured(Context& ctx, const journal::Entry& entry) {
    if (journal::needs_injury_caution(entry)) {
        constexpr std::size_t width = 98;
        ctx.err << render::wrap_hanging(
            fmt::format("sore: caution: this massage was logged with an injury or inflamed "
                        "area. {}",
                        journal::injury_caution()),
            width, "  ");
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
