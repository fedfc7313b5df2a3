#pragma once

// Every command of sore. Each is one record (cli::Command) in a file of its
// own, commands/NAME.cpp, with its options, their reader and its run().

#include "cli/command.hpp"

#include <span>

namespace sore::commands {

// In the order `sore --help` lists them.
std::span<const cli::Command* const> all();

} // namespace sore::commands
