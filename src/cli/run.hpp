#pragma once

// The whole program behind main(): global options, the command table, and
// the one place where errors become "sore: error: ..." and an exit status
// (UsageError 2, Error and anything else 1).

#include "cli/context.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace sore {

int run(int argc, char** argv);

namespace cli {

// Testable core: words after the program name, explicit streams.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, Terminal terminal);

} // namespace cli
} // namespace sore
