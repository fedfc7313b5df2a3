#pragma once

// The signals sore handles, all set up here with sigaction: SIGXFSZ, so a
// write past the file size limit fails with a reason instead of killing
// sore, and SIGINT, SIGTERM and SIGHUP while a temporary file exists, so
// it is removed before sore ends.

#include <span>
#include <string>

namespace sore::util {

// Catches SIGXFSZ, which the kernel sends (and which by default kills) when
// a write goes past the file size limit (ulimit -f): the write then fails
// with EFBIG, and file_size_limit_reached() says why.
void watch_file_size_limit();
bool file_size_limit_reached();

// While alive, SIGINT, SIGTERM or SIGHUP first removes the file at `path`,
// and `path` + each of `beside` (files another library keeps next to it,
// such as SQLite's "-journal"), then ends sore as the signal would have. One
// such file at a time; a path too long to keep is simply not removed.
class RemoveOnSignal {
public:
    explicit RemoveOnSignal(const std::string& path, std::span<const char* const> beside = {});
    ~RemoveOnSignal(); // the earlier handlers again
    RemoveOnSignal(const RemoveOnSignal&) = delete;
    RemoveOnSignal& operator=(const RemoveOnSignal&) = delete;

    // The file is no longer ours to remove (it has its final name).
    void release();

private:
    bool active_ = false;
};

} // namespace sore::util
