#pragma once

// Applying what the user typed (log and edit options) to an entry, and the
// optional fields `edit --clear` knows by name.

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "journal/entry.hpp"
#include "store/sqlite.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace sore::cli {

// Sets every field that was given; flags given set true; tags are added and
// untags removed; a blank note empties the note.
void apply_fields(const EntryFields& fields, journal::Entry& entry);

// True when the options change anything at all.
bool gives_anything(const EntryFields& fields);

// The names --clear accepts, in help order.
std::span<const std::string_view> field_names();
std::string_view field_name(Field field);
std::optional<Field> field_from_name(std::string_view name);

// Whether the options set this field (tags never count: --clear tags --tag x
// replaces the tags).
bool is_given(const EntryFields& fields, Field field);

// Empties one field (flags become false).
void clear_field(Field field, journal::Entry& entry);

// The article's advice, on standard error, when a massage is logged on an
// injury: wait out the acute phase, see a professional.
void caution_if_injured(Context& ctx, const journal::Entry& entry);

// The entry with this id, or UsageError "no entry with id N".
journal::Entry existing_entry(store::Database& db, std::int64_t id);

} // namespace sore::cli
