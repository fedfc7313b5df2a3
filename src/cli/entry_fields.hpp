#pragma once

// The entry fields of `log` and `edit`, an option group both declare: what
// the user typed, applied to an entry, and the fields `edit --clear` can
// empty.

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "formats/columns.hpp"
#include "journal/entry.hpp"
#include "journal/sites.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sore::cli {

// The fields as given; unset means not given.
struct EntryFields {
    std::optional<journal::Day> date;
    std::optional<journal::TimeOfDay> time;
    std::optional<int> soreness;
    std::optional<int> during;
    std::optional<int> sitting_min;
    std::optional<journal::Pressure> pressure;
    std::optional<journal::Technique> technique;
    std::optional<int> knots;
    bool injury = false;
    bool emotional = false;
    std::optional<journal::Side> side;
    std::optional<std::string> note;
    std::vector<std::string> tags;
    std::vector<std::string> untags;          // edit only: tags to remove
    std::vector<journal::SiteSoreness> sites; // each site and side once
    std::vector<journal::SiteKey> unsites;    // edit only: sites to remove
};

// --soreness, --time, ... --tag: every field but the date, which log and
// edit take differently.
void declare_entry_fields(Spec& spec);
EntryFields read_entry_fields(const Parsed& args);

// Sets every field that was given; flags given set true; tags are added and
// untags removed; a site given replaces the same site and side, unsites
// are removed; a blank note empties the note.
void apply_fields(const EntryFields& fields, journal::Entry& entry);

// True when the options change anything at all.
bool gives_anything(const EntryFields& fields);

// The fields --clear empties, by the name it takes ("sitting" for
// sitting_min), in help order.
std::span<const std::string_view> clearable_names();
std::optional<formats::Column> clearable_named(std::string_view name);
std::string_view clear_name(formats::Column column);

// Whether the options set this field (tags never count: --clear tags --tag x
// replaces the tags).
bool is_given(const EntryFields& fields, formats::Column column);

// Empties one field (flags become false).
void clear_field(formats::Column column, journal::Entry& entry);

// The article's advice, on standard error, when a massage is logged on an
// injury: wait out the acute phase, see a professional.
void caution_if_injured(Context& ctx, const journal::Entry& entry);

// The one entry id of a command whose words are "id" (show, edit).
std::int64_t read_entry_id(const Parsed& args);

// The entry with this id in `db` (the journal of `ctx`), or UsageError "no
// entry with id N", naming the journal's path when there is no journal.
journal::Entry existing_entry(Context& ctx, store::Database& db, std::int64_t id);

} // namespace sore::cli
