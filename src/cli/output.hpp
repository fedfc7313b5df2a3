#pragma once

// Where a document goes: standard output, or -o FILE written through
// util::AtomicFile, so a failed export never leaves half a file and never
// replaces one without --force. An option group of export and report.

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "util/atomic_file.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace sore::cli {

struct OutputFile {
    std::optional<std::string> path; // none: standard output
    bool force = false;              // replace the file if it exists
};

// -o FILE and --force; `what` is what is written ("the export").
void declare_output(Spec& spec, std::string_view what);
OutputFile read_output(const Parsed& args);

class Output {
public:
    // Checks the target before any work is done: UsageError when it is a
    // folder, the journal itself, in a folder that does not exist, or
    // already there without --force; Error when the file cannot be made.
    Output(Context& ctx, const OutputFile& target, std::string_view command);

    std::ostream& stream();

    // Flushes standard output, or syncs the file and gives it its name.
    // Error when anything could not be written.
    void commit();

private:
    Context& ctx_;
    OutputFile target_;
    std::string command_;
    std::optional<util::AtomicFile> file_; // none when writing to standard output
};

} // namespace sore::cli
