#pragma once

// The rules an entry obeys as a whole, checked before anything is written
// (the schema checks them again as the last line of defence).

#include "journal/entry.hpp"

#include <string_view>

namespace sore::journal {

// Throws UsageError naming the field, the value and what is accepted:
// ranges, a date after today, pressure or pain during on a rest day.
void validate(const Entry& entry, Day today);

// True when logging this entry should carry the caution about massage on an
// injury: the article advises waiting out the acute phase.
bool needs_injury_caution(const Entry& entry);

// What the caution advises, in one sentence: shared by `sore log` and the
// HTML report, so both say the same.
std::string_view injury_caution();

} // namespace sore::journal
