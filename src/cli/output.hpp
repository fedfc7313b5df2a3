#pragma once

// Where an exported document goes: standard output, or a file written
// beside its target and moved into place only when complete, so a failed
// export never leaves half a file and never replaces one without --force.

#include "cli/context.hpp"
#include "cli/options.hpp"

#include <fstream>
#include <ostream>
#include <string>

namespace sore::cli {

class Output {
public:
    // Checks the target before any work is done: UsageError when it is a
    // folder, the journal itself, in a folder that does not exist, or
    // already there without --force; Error when the file cannot be made.
    Output(Context& ctx, const OutputFile& target, std::string_view command);
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    std::ostream& stream();

    // Flushes, syncs and moves the file into place (or flushes standard
    // output). Error when anything could not be written.
    void commit();

private:
    Context& ctx_;
    OutputFile target_;
    std::string command_;
    std::string temp_; // empty when writing to standard output
    std::ofstream file_;
    bool committed_ = false;
};

} // namespace sore::cli
