#pragma once

// The injury caution is given once: which injury it was last given for is
// kept per journal in $XDG_STATE_HOME/sore/cautions.json (not in the
// journal, which holds entries only).

#include "journal/dates.hpp"

#include <optional>
#include <string>

namespace sore::remind {

// The injury day the caution was last given for, for this journal.
std::optional<journal::Day> caution_given(const std::string& journal);

// Remembers it; Error when the file cannot be written.
void remember_caution(const std::string& journal, journal::Day injury);

} // namespace sore::remind
