#include "cli/output.hpp"

#include "error.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace fs = std::filesystem;

namespace sore::cli {

namespace {

[[noreturn]] void refuse(std::string_view command, const std::string& path,
                         std::string_view problem, std::string_view accepted) {
    throw UsageError(
        fmt::format("{}: -o {} {}; expected {}", command, util::quoted(path), problem, accepted));
}

// Whether `path` names the journal file, which may not exist yet: the same
// file, or the same place once links are followed.
bool is_journal(const std::string& path, const std::string& journal) {
    std::error_code ec;
    if (fs::equivalent(path, journal, ec)) {
        return true;
    }
    auto a = fs::weakly_canonical(fs::absolute(path, ec), ec);
    auto b = fs::weakly_canonical(fs::absolute(journal, ec), ec);
    return !a.empty() && a == b;
}

} // namespace

void declare_output(Spec& spec, std::string_view what) {
    spec.option("output,o", "FILE",
                fmt::format("write {} to FILE instead of standard output", what))
        .flag("force", "replace FILE if it exists");
}

OutputFile read_output(const Parsed& args) {
    OutputFile output{args.text("output"), args.flag("force")};
    if (output.force && !output.path) {
        throw UsageError(fmt::format("{}: --force replaces the file of -o FILE; give -o FILE too",
                                     args.command()));
    }
    return output;
}

Output::Output(Context& ctx, const OutputFile& target, std::string_view command)
    : ctx_(ctx), target_(target), command_(command) {
    if (!target.path) {
        return;
    }
    const std::string& path = *target.path;
    std::error_code ec;
    if (path.empty()) {
        refuse(command, path, "is empty", "a file name");
    }
    if (fs::is_directory(path, ec)) {
        refuse(command, path, "is a folder", "a file name");
    }
    // Never put a file in place of a device or a pipe (/dev/null, /dev/stdout).
    if (auto status = fs::status(path, ec); fs::exists(status) && !fs::is_regular_file(status)) {
        refuse(command, path, "is not a regular file",
               "a file name, or no -o to write to standard output");
    }
    auto folder = fs::absolute(path, ec).parent_path();
    if (!fs::is_directory(folder, ec)) {
        refuse(command, path,
               fmt::format("is in a folder that does not exist ({})", folder.string()),
               "a file in an existing folder");
    }
    if (is_journal(path, ctx.journal_path())) {
        refuse(command, path, "is where the journal is kept", "another file name");
    }
    // symlink_status: a link to nowhere is there all the same.
    if (fs::symlink_status(path, ec).type() != fs::file_type::not_found && !target.force) {
        refuse(command, path, "already exists", "a new file name, or --force to replace it");
    }
    file_.emplace(path,
                  target.force ? util::AtomicFile::Replace::yes : util::AtomicFile::Replace::no);
}

std::ostream& Output::stream() {
    return file_ ? file_->stream() : ctx_.out;
}

void Output::commit() {
    if (!file_) {
        ctx_.flush_output();
        return;
    }
    if (!file_->commit()) {
        refuse(command_, *target_.path, "appeared while writing", "a new file name, or --force");
    }
}

} // namespace sore::cli
