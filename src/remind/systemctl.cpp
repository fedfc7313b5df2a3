#include "remind/systemctl.hpp"

#include "error.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sore::remind {

namespace {

// A pipe whose ends close themselves.
struct Pipe {
    std::array<int, 2> ends{-1, -1};
    Pipe() {
        if (pipe2(ends.data(), O_CLOEXEC) != 0) {
            throw Error(fmt::format("cannot run systemctl: {}", std::strerror(errno)));
        }
    }
    ~Pipe() {
        close_end(0);
        close_end(1);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_end(std::size_t i) {
        if (ends.at(i) >= 0) {
            ::close(ends.at(i));
            ends.at(i) = -1;
        }
    }
};

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

} // namespace

std::string Outcome::why() const {
    if (!found) {
        return "systemctl is not installed";
    }
    auto said = trimmed(output);
    if (auto line = said.find('\n'); line != std::string::npos) {
        said = said.substr(0, line); // the first line names the cause
    }
    return said.empty() ? fmt::format("systemctl exited with status {}", status) : said;
}

Outcome systemctl_user(const std::vector<std::string>& args) {
    std::vector<std::string> words{"systemctl", "--user"};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    argv.reserve(words.size() + 1);
    for (auto& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);

    Pipe out;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.ends[1], 1);
    posix_spawn_file_actions_adddup2(&actions, out.ends[1], 2);
    pid_t pid = 0;
    int failed = posix_spawnp(&pid, "systemctl", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    Outcome outcome;
    if (failed != 0) {
        return outcome; // not found, or not runnable
    }
    outcome.found = true;
    out.close_end(1);
    std::array<char, 4096> buffer{};
    for (;;) {
        auto got = ::read(out.ends[0], buffer.data(), buffer.size());
        if (got > 0) {
            outcome.output.append(buffer.data(), static_cast<std::size_t>(got));
        } else if (got == 0 || errno != EINTR) {
            break;
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return outcome;
}

} // namespace sore::remind
