#pragma once

// The words of a reminder: one line per thing due (`sore due`), and a
// notification's summary over the same lines.

#include "analysis/due.hpp"

#include <string>
#include <vector>

namespace sore::render {

// One line per thing due, none when nothing is.
std::vector<std::string> due_lines(const analysis::Due& due);

// A notification's title for what is due.
std::string due_summary(const analysis::Due& due);

} // namespace sore::render
