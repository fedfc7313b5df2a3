#include "util/atomic_file.hpp"

#include "error.hpp"
#include "util/signals.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>
#include <random>
#include <streambuf>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sore::util {

namespace {

std::string why(int error) {
    return std::strerror(error);
}

// A stream buffer that writes to a file descriptor it does not own. A
// failed write sets the stream's badbit, as std::ofstream would.
class FdBuffer : public std::streambuf {
public:
    explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

    // The errno of the first failed write, or 0.
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* from = pbase();
        while (from < pptr()) {
            auto written = ::write(fd_, from, static_cast<std::size_t>(pptr() - from));
            if (written < 0 && errno == EINTR) {
                continue;
            }
            if (written <= 0) {
                error_ = written < 0 ? errno : EIO;
                return false;
            }
            from += written;
        }
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return true;
    }

    int fd_;
    int error_ = 0;
    std::array<char, std::size_t{64} * 1024> buffer_{};
};

// ".sore-" and six random letters and digits, in `folder`.
std::string hidden_name(const fs::path& folder) {
    static constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    static thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
    std::string name = ".sore-";
    for (int i = 0; i < 6; ++i) {
        name += letters[pick(random)];
    }
    return (folder / name).string();
}

void sync_folder(const fs::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(fmt::format("cannot sync the folder {}: {}", folder.string(), why(errno)));
    }
    int rc = ::fsync(fd);
    int saved = errno;
    ::close(fd);
    if (rc != 0 && saved != EINVAL) { // EINVAL: a file system that has nothing to sync
        throw Error(fmt::format("cannot sync the folder {}: {}", folder.string(), why(saved)));
    }
}

// rename(2) that never replaces an existing file: false when `to` exists.
bool rename_no_replace(const std::string& from, const std::string& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno == EEXIST) {
        return false;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        throw Error(fmt::format("cannot write {}: {}", to, why(errno)));
    }
    // No RENAME_NOREPLACE here: a hard link fails on an existing name too.
    if (::link(from.c_str(), to.c_str()) != 0) {
        if (errno == EEXIST) {
            return false;
        }
        throw Error(fmt::format("cannot write {}: {}", to, why(errno)));
    }
    (void)::unlink(from.c_str()); // the file is in place; the extra name is harmless
    return true;
}

} // namespace

struct AtomicFile::State {
    std::string target;
    fs::path folder;
    Replace replace = Replace::no;
    int fd = -1;
    bool anonymous = false; // O_TMPFILE: no name until commit()
    std::string temp;       // the hidden name, when there is one
    std::optional<RemoveOnSignal> on_signal;
    std::optional<FdBuffer> buffer;
    std::optional<std::ostream> out;
    bool done = false;

    ~State() {
        if (fd >= 0) {
            ::close(fd);
        }
        if (!done && !temp.empty()) {
            (void)::unlink(temp.c_str()); // best effort: the command is failing already
        }
    }

    // The anonymous file gets `name`: false when the name is taken.
    bool link_to(const std::string& name) const {
        auto proc = fmt::format("/proc/self/fd/{}", fd);
        if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            return true;
        }
        if (errno == EEXIST) {
            return false;
        }
        throw Error(fmt::format("cannot write {}: {}", target, why(errno)));
    }

    bool place() {
        if (anonymous && replace == Replace::no) {
            return link_to(target); // fails on an existing name, atomically
        }
        if (anonymous) { // a hidden name first, then renamed over the target
            do {
                temp = hidden_name(folder);
            } while (!link_to(temp));
            on_signal.emplace(temp); // named now, so a signal could leave it
        }
        if (replace == Replace::yes) {
            if (std::rename(temp.c_str(), target.c_str()) != 0) {
                throw Error(fmt::format("cannot write {}: {}", target, why(errno)));
            }
            return true;
        }
        return rename_no_replace(temp, target);
    }
};

AtomicFile::AtomicFile(std::string target, Replace replace, Named named,
                       std::span<const char* const> beside)
    : state_(std::make_unique<State>()) {
    auto& s = *state_;
    s.target = std::move(target);
    s.replace = replace;
    std::error_code ec;
    s.folder = fs::absolute(s.target, ec).parent_path();
    // An anonymous file needs O_TMPFILE from the file system and /proc to
    // give it a name later.
    if (named == Named::no && ::access("/proc/self/fd", X_OK) == 0) {
        s.fd = ::open(s.folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
        s.anonymous = s.fd >= 0;
    }
    if (s.fd < 0) {
        s.temp = (s.folder / ".sore-XXXXXX").string();
        s.fd = ::mkstemp(s.temp.data()); // mode 0600: health data
        if (s.fd < 0) {
            int saved = errno;
            s.temp.clear();
            throw Error(fmt::format("cannot create a file beside {}: {}", s.target, why(saved)));
        }
        s.on_signal.emplace(s.temp, beside);
    }
    s.buffer.emplace(s.fd);
    s.out.emplace(&*s.buffer);
}

AtomicFile::~AtomicFile() = default;

std::ostream& AtomicFile::stream() {
    return *state_->out;
}

const std::string& AtomicFile::temp_path() const {
    return state_->temp;
}

bool AtomicFile::commit() {
    auto& s = *state_;
    s.out->flush();
    if (!*s.out) {
        throw Error(
            fmt::format("cannot write {} ({}); no file was made", s.target,
                        s.buffer->error() == ENOSPC ? "the disk is full" : why(s.buffer->error())));
    }
    if (::fsync(s.fd) != 0) {
        throw Error(fmt::format("cannot write {}: {}; no file was made", s.target, why(errno)));
    }
    if (!s.place()) {
        return false; // ~State removes the hidden file
    }
    s.done = true;
    s.on_signal.reset();
    sync_folder(s.folder);
    return true;
}

} // namespace sore::util
