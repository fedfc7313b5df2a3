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

// A fixed buffer, since a signal handler may only call async-signal-safe
// functions such as unlink().
std::array<char, 4096> pending{};
constexpr std::array<int, 3> ending_signals{SIGINT, SIGTERM, SIGHUP};
std::array<struct sigaction, ending_signals.size()> earlier{};

extern "C" void remove_pending_and_reraise(int signal) {
    if (pending[0] != '\0') {
        ::unlink(pending.data());
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

RemoveOnSignal::RemoveOnSignal(const std::string& path) {
    if (path.size() >= pending.size() || pending[0] != '\0') {
        return;
    }
    std::memcpy(pending.data(), path.c_str(), path.size() + 1);
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
    pending[0] = '\0';
    active_ = false;
}

} // namespace sore::util
