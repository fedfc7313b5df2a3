#pragma once

// A command of sore as one record: its name, its help, the options it
// declares and how it runs. Each lives in commands/NAME.cpp beside its
// typed options, the reader that fills them in and its run() (Timewarrior
// keeps each command in a file of its own the same way); the table in
// commands/commands.cpp only lists them. Parsing and help are written
// once, in cli/parsing.cpp.

#include <string_view>

namespace sore::cli {

class Context;
class Parsed;
class Spec;

struct Command {
    std::string_view name;
    std::string_view alias = {}; // another name for it, or ""
    std::string_view summary;    // its line in `sore --help`
    std::string_view usage;      // after "Usage: " in `sore NAME --help`
    std::string_view about;      // what it does, a paragraph
    std::string_view example;
    void (*declare)(Spec& spec) = nullptr;                     // its options and words
    int (*invoke)(Context& ctx, const Parsed& args) = nullptr; // reads them and runs
};

// The invoke() of a command: `Read` turns what was parsed into the
// command's own options struct (throwing UsageError for a bad value),
// `Run` does the work and returns the exit status. Commands never see
// Boost's variables_map.
template <auto Read, auto Run> int invoke(Context& ctx, const Parsed& args) {
    return Run(ctx, Read(args));
}

} // namespace sore::cli
