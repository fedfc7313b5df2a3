#include "util/signals.hpp"

#include <array>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace sore::util {

namespace {

volatile std::sig_atomic_t file_size_limit = 0;

extern "C" void note_file_size_limit(int /*signal*/) {
    file_size_limit = 1;
}

// Fixed buffers, since a signal handler may only call async-signal-safe
// functions such as unlink(): the file, then up to three beside it.
std::array<std::array<char, 4096>, 4> pending{};
constexpr std::array<int, 3> ending_signals{SIGINT, SIGTERM, SIGHUP};
std::array<struct sigaction, ending_signals.size()> earlier{};

extern "C" void remove_pending_and_reraise(int signal) {
    for (const auto& path : pending) {
        if (path[0] != '\0') {
            ::unlink(path.data());
        }
    }
    struct sigaction plain {};
    plain.sa_handler = SIG_DFL;
    sigemptyset(&plain.sa_mask);
    (void)::sigaction(signal, &plain, nullptr);
    (void)::raise(signal); // blocked until this handler returns, then ends sore
}

} // namespace

void watch_file_size_limit() {
    struct sigaction action {};
    action.sa_handler = note_file_size_limit;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGXFSZ, &action, nullptr); // fails only for a bad signal number
}

bool file_size_limit_reached() {
    return file_size_limit != 0;
}

RemoveOnSignal::RemoveOnSignal(const std::string& path, std::span<const char* const> beside) {
    if (pending[0][0] != '\0' || beside.size() >= pending.size()) {
        return;
    }
    std::size_t slot = 0;
    auto keep = [&slot](const std::string& name) {
        if (name.size() < pending[slot].size()) {
            std::memcpy(pending[slot++].data(), name.c_str(), name.size() + 1);
        }
    };
    keep(path);
    for (const char* suffix : beside) {
        keep(path + suffix);
    }
    if (slot == 0) {
        return;
    }
    struct sigaction action {};
    action.sa_handler = remove_pending_and_reraise;
    sigemptyset(&action.sa_mask);
    for (int signal : ending_signals) {
        sigaddset(&action.sa_mask, signal); // one handler at a time
    }
    for (std::size_t i = 0; i < ending_signals.size(); ++i) {
        ::sigaction(ending_signals[i], &action, &earlier[i]);
    }
    active_ = true;
}

RemoveOnSignal::~RemoveOnSignal() {
    release();
}

void RemoveOnSignal::release() {
    if (!active_) {
        return;
    }
    for (std::size_t i = 0; i < ending_signals.size(); ++i) {
        ::sigaction(ending_signals[i], &earlier[i], nullptr);
    }
    for (auto& path : pending) {
        path[0] = '\0';
    }
    active_ = false;
}

} // namespace sore::util
