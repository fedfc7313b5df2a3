#include "cli/output.hpp"

#include "error.hpp"
#include "journal/values.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sore::cli {

namespace {

[[noreturn]] void refuse(std::string_view command, const std::string& path,
                         std::string_view problem, std::string_view accepted) {
    throw UsageError(fmt::format("{}: -o {} {}; expected {}", command, journal::quoted(path),
                                 problem, accepted));
}

void sync_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        int saved = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        throw Error(fmt::format("cannot write {}: {}", path, std::strerror(saved)));
    }
    ::close(fd);
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

// rename(2) that never replaces an existing file, unless `replace`.
int move_into_place(const std::string& from, const std::string& to, bool replace) {
    if (replace) {
        return std::rename(from.c_str(), to.c_str());
    }
    int rc = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: a hard link fails on an
        // existing name just the same.
        rc = ::link(from.c_str(), to.c_str());
        if (rc == 0) {
            (void)std::remove(from.c_str()); // the export is in place; a stray name is harmless
        }
    }
    return rc;
}

// The temporary file to remove if a signal ends sore before the export is
// in place; a fixed buffer, since a signal handler may only call unlink().
std::array<char, 4096> pending_temp{};

extern "C" void remove_pending_and_reraise(int signal) {
    if (pending_temp[0] != '\0') {
        ::unlink(pending_temp.data());
    }
    // Inside a handler there is nothing left to do if these fail.
    (void)std::signal(signal, SIG_DFL);
    (void)std::raise(signal);
}

void watch_signals(const std::string& temp) {
    if (temp.size() >= pending_temp.size()) {
        return; // too long to keep: such a file is left behind if interrupted
    }
    std::memcpy(pending_temp.data(), temp.c_str(), temp.size() + 1);
    // signal() fails only for a bad signal number; these three are valid.
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        (void)std::signal(signal, remove_pending_and_reraise);
    }
}

void unwatch_signals() {
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        (void)std::signal(signal, SIG_DFL);
    }
    pending_temp[0] = '\0';
}

} // namespace

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
    // A short name, so that a long target name still leaves room for it.
    temp_ = (folder / ".sore-XXXXXX").string();
    int fd = ::mkstemp(temp_.data()); // mode 0600: health data
    if (fd < 0) {
        int saved = errno;
        temp_.clear();
        throw Error(fmt::format("cannot create a file beside {}: {}", path, std::strerror(saved)));
    }
    ::close(fd);
    watch_signals(temp_);
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        throw Error(fmt::format("cannot write {}: {}", temp_, std::strerror(errno)));
    }
}

Output::~Output() {
    if (!temp_.empty() && !committed_) {
        file_.close();
        (void)std::remove(temp_.c_str()); // best effort: the command is failing already
    }
    if (!temp_.empty()) {
        unwatch_signals();
    }
}

std::ostream& Output::stream() {
    return temp_.empty() ? ctx_.out : file_;
}

void Output::commit() {
    if (temp_.empty()) {
        ctx_.flush_output();
        committed_ = true;
        return;
    }
    const std::string& path = *target_.path;
    file_.close();
    if (!file_) {
        throw Error(fmt::format("cannot write {} (is the disk full?); no file was made", path));
    }
    sync_file(temp_);
    if (move_into_place(temp_, path, target_.force) != 0) {
        if (errno == EEXIST) {
            refuse(command_, path, "appeared while writing", "a new file name, or --force");
        }
        throw Error(fmt::format("cannot write {}: {}", path, std::strerror(errno)));
    }
    unwatch_signals(); // the name is the target's now, not ours to remove
    committed_ = true;
}

} // namespace sore::cli
