#pragma once

// The program behind main(), as a testable core: global options, the
// command found in a table, and the one place where errors become
// "sore: error: ..." and an exit status (UsageError 2, Error and anything
// else 1).

#include "cli/command.hpp"
#include "cli/context.hpp"

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace sore::cli {

// `args`: the words after the program name; `commands`: what it can run,
// in the order `sore --help` lists them.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, Terminal terminal, std::span<const Command* const> commands);

} // namespace sore::cli
