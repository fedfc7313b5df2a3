#include "cli/entry_fields.hpp"

#include "error.hpp"
#include "journal/sites.hpp"
#include "journal/validate.hpp"
#include "journal/values.hpp"
#include "store/entries.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <ostream>

namespace sore::cli {

using formats::Column;

namespace {

// One row per optional field that edit can set and --clear can empty.
struct Clearable {
    Column column;
    std::string_view name; // as --clear takes it
    bool (*given)(const EntryFields&);
    void (*clear)(journal::Entry&);
};

constexpr auto clearable = std::to_array<Clearable>({
    {Column::time, "time", [](const EntryFields& f) { return f.time.has_value(); },
     [](journal::Entry& e) {
         e.time.reset();
     }},
    {Column::during, "during", [](const EntryFields& f) { return f.during.has_value(); },
     [](journal::Entry& e) {
         e.during.reset();
     }},
    {Column::sitting_min, "sitting", [](const EntryFields& f) { return f.sitting_min.has_value(); },
     [](journal::Entry& e) {
         e.sitting_min.reset();
     }},
    {Column::pressure, "pressure", [](const EntryFields& f) { return f.pressure.has_value(); },
     [](journal::Entry& e) {
         e.pressure.reset();
     }},
    {Column::technique, "technique", [](const EntryFields& f) { return f.technique.has_value(); },
     [](journal::Entry& e) {
         e.technique.reset();
     }},
    {Column::knots, "knots", [](const EntryFields& f) { return f.knots.has_value(); },
     [](journal::Entry& e) {
         e.knots.reset();
     }},
    {Column::injury, "injury", [](const EntryFields& f) { return f.injury; },
     [](journal::Entry& e) {
         e.injury = false;
     }},
    {Column::emotional, "emotional", [](const EntryFields& f) { return f.emotional; },
     [](journal::Entry& e) {
         e.emotional = false;
     }},
    {Column::side, "side", [](const EntryFields& f) { return f.side.has_value(); },
     [](journal::Entry& e) {
         e.side.reset();
     }},
    {Column::note, "note", [](const EntryFields& f) { return f.note.has_value(); },
     [](journal::Entry& e) {
         e.note.reset();
     }},
    {Column::tags, "tags", [](const EntryFields&) { return false; },
     [](journal::Entry& e) {
         e.tags.clear();
     }},
    {Column::sites, "sites", [](const EntryFields&) { return false; },
     [](journal::Entry& e) {
         e.sites.clear();
     }},
});

const Clearable& clearable_of(Column column) {
    auto it = std::find_if(clearable.begin(), clearable.end(),
                           [&](const Clearable& c) { return c.column == column; });
    return *it; // callers hold columns from this table
}

} // namespace

void declare_entry_fields(Spec& spec) {
    auto pressures = util::one_of(journal::pressure_names());
    auto techniques = util::one_of(journal::technique_names());
    spec.option("soreness", "N", "soreness after the session, 0 (none) to 10 (worst imaginable)")
        .option("time", "HH:MM", "time of the session")
        .option("during", "N", "pain during the massage, 0 to 10")
        .option("sitting", "H", "hours sat that day, up to 24: 7.5, 7h30m, 7:30 or 45m")
        .option("pressure", "LEVEL", fmt::format("massage pressure: {}, or 1 to 4", pressures))
        .option("technique", "T", fmt::format("{} (none: a rest day)", techniques))
        .option("knots", "N", "knots or trigger points found, 0 to 999")
        .flag("injury", "a recent injury or inflamed area")
        .flag("emotional", "emotional release felt in the session")
        .option("side", "S", "left, right or both")
        .option("note", "TEXT", "free text")
        .repeated("tag", "T", "a tag (repeatable)")
        .repeated("site", "SITE=N",
                  fmt::format("where it hurts and how much, 0 to 10, as SITE[:SIDE]=N "
                              "(repeatable; no side means both): {}",
                              util::one_of(journal::body_site_names())));
}

EntryFields read_entry_fields(const Parsed& args) {
    EntryFields f;
    f.time = args.parsed("time", journal::parse_time);
    f.soreness = args.parsed("soreness", journal::parse_rating);
    f.during = args.parsed("during", journal::parse_rating);
    f.sitting_min = args.parsed("sitting", journal::parse_sitting_minutes);
    f.pressure = args.parsed("pressure", journal::parse_pressure);
    f.technique = args.parsed("technique", journal::parse_technique);
    f.knots = args.parsed("knots", [](std::string_view field, std::string_view value) {
        return static_cast<int>(journal::parse_whole(field, value, 0, 999));
    });
    f.injury = args.flag("injury");
    f.emotional = args.flag("emotional");
    f.side = args.parsed("side", journal::parse_side);
    f.note = args.parsed("note", journal::parse_text);
    for (const auto& tag : args.all("tag")) {
        f.tags.push_back(journal::parse_tag("--tag", tag));
    }
    for (const auto& site : args.all("site")) {
        f.sites.push_back(journal::parse_site("--site", site));
    }
    auto sorted = f.sites;
    journal::normalise_sites("--site", sorted); // refuses a site and side given twice
    return f;
}

namespace {

// A site given for both sides beside one the entry keeps for one side (or
// the other way round): say which of the entry's sites is in the way.
void refuse_both_beside_one(const EntryFields& f, const journal::Entry& e) {
    using journal::Side;
    for (const auto& given : f.sites) {
        for (const auto& kept : e.sites) {
            bool clash = kept.site == given.site && kept.side != given.side &&
                         (kept.side == Side::both || given.side == Side::both);
            bool also_given = std::any_of(f.sites.begin(), f.sites.end(),
                                          [&](const auto& g) { return key_of(g) == key_of(kept); });
            if (clash && !also_given) {
                auto in_the_way = journal::format_site_key(key_of(kept));
                throw UsageError(fmt::format(
                    "--site {}: entry {} has {}; a site is given for both sides or for each side "
                    "apart, so take that out with --unsite {}",
                    util::quoted(journal::format_site(given)), e.id, in_the_way, in_the_way));
            }
        }
    }
}

} // namespace

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
    if (f.note) {
        e.note = journal::note_from(f.note);
    }
    e.injury = e.injury || f.injury;
    e.emotional = e.emotional || f.emotional;
    e.tags.insert(e.tags.end(), f.tags.begin(), f.tags.end());
    std::erase_if(e.tags, [&](const std::string& tag) {
        return std::find(f.untags.begin(), f.untags.end(), tag) != f.untags.end();
    });
    journal::normalise_tags(e.tags);
    for (const auto& site : f.sites) {
        std::erase_if(e.sites, [&](const auto& s) { return key_of(s) == key_of(site); });
        e.sites.push_back(site);
    }
    std::erase_if(e.sites, [&](const auto& s) {
        return std::find(f.unsites.begin(), f.unsites.end(), key_of(s)) != f.unsites.end();
    });
    refuse_both_beside_one(f, e);
    journal::normalise_sites("--site", e.sites);
    if (!f.soreness && !f.sites.empty() && e.id == 0) {
        e.soreness = journal::highest_site_soreness(e.sites); // a new entry's overall figure
    }
}

bool gives_anything(const EntryFields& f) {
    return f.date || f.soreness || !f.tags.empty() || !f.untags.empty() || !f.sites.empty() ||
           !f.unsites.empty() ||
           std::any_of(clearable.begin(), clearable.end(),
                       [&](const Clearable& c) { return c.given(f); });
}

std::span<const std::string_view> clearable_names() {
    static const auto names = [] {
        std::array<std::string_view, clearable.size()> out{};
        std::transform(clearable.begin(), clearable.end(), out.begin(),
                       [](const Clearable& c) { return c.name; });
        return out;
    }();
    return names;
}

std::optional<Column> clearable_named(std::string_view name) {
    auto wanted = util::lower(name);
    for (const auto& c : clearable) {
        if (c.name == wanted) {
            return c.column;
        }
    }
    return std::nullopt;
}

std::string_view clear_name(Column column) {
    return clearable_of(column).name;
}

bool is_given(const EntryFields& fields, Column column) {
    return clearable_of(column).given(fields);
}

void clear_field(Column column, journal::Entry& entry) {
    clearable_of(column).clear(entry);
}

void caution_if_injured(Context& ctx, const journal::Entry& entry) {
    if (journal::needs_injury_caution(entry)) {
        constexpr std::size_t width = 98;
        ctx.err << util::wrap_hanging(
            fmt::format("sore: caution: this massage was logged with an injury or inflamed "
                        "area. {}",
                        journal::injury_caution()),
            width, "  ");
    }
}

std::int64_t read_entry_id(const Parsed& args) {
    auto id = args.one_word("id", "entry id");
    if (!id) {
        throw UsageError(fmt::format("{0}: an entry id is required, as in 'sore {0} 3'; 'sore "
                                     "list' shows the ids",
                                     args.command()));
    }
    return parse_id(*id);
}

journal::Entry existing_entry(Context& ctx, store::Database& db, std::int64_t id) {
    auto entry = store::find_entry(db, id);
    if (!entry && !ctx.journal_exists()) {
        throw UsageError(fmt::format("no entry with id {}: there is no journal at {} yet", id,
                                     ctx.journal_path()));
    }
    if (!entry) {
        throw UsageError(fmt::format("no entry with id {}; 'sore list' shows the ids", id));
    }
    return *entry;
}

} // namespace sore::cli
