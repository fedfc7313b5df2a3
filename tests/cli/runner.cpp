#include "runner.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace sore::testing {

namespace {

std::vector<char*> pointers(std::vector<std::string>& items) {
    std::vector<char*> out;
    for (auto& item : items) {
        out.push_back(item.data());
    }
    out.push_back(nullptr);
    return out;
}

int exit_status(int status) {
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return 128 + WTERMSIG(status);
}

[[noreturn]] void exec_sore(const std::vector<std::string>& args, std::vector<std::string> env) {
    std::vector<std::string> argv{SORE_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    auto argv_ptrs = pointers(argv);
    auto env_ptrs = pointers(env);
    execve(SORE_BINARY, argv_ptrs.data(), env_ptrs.data());
    _exit(127);
}

} // namespace

Sandbox::Sandbox() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sore-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    dir_ = pattern;
    env["SORE_DB"] = db();
    env["HOME"] = (dir_ / "home").string();
    env["XDG_CONFIG_HOME"] = std::nullopt;
    env["XDG_DATA_HOME"] = std::nullopt;
    env["TZ"] = "Europe/Berlin";
    env["SORE_TODAY"] = "2026-11-27";
    env["NO_COLOR"] = std::nullopt;
    env["TERM"] = "xterm";
}

Sandbox::~Sandbox() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

std::vector<std::string> Sandbox::environment() const {
    std::map<std::string, std::string> merged;
    for (char** e = environ; *e != nullptr; ++e) {
        std::string item = *e;
        auto eq = item.find('=');
        merged[item.substr(0, eq)] = item.substr(eq + 1);
    }
    for (const auto& [key, value] : env) {
        if (value) {
            merged[key] = *value;
        } else {
            merged.erase(key);
        }
    }
    std::vector<std::string> out;
    for (const auto& [key, value] : merged) {
        out.push_back(key + "=" + value);
    }
    return out;
}

Result Sandbox::run(const std::vector<std::string>& args, const std::string& input) const {
    int in[2], out[2], err[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    auto env_items = environment();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        exec_sore(args, env_items);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    // Small inputs only: written whole before reading (fits the pipe buffer).
    if (!input.empty() && write(in[1], input.data(), input.size()) < 0) {
        // The child may have exited without reading; that is its answer.
    }
    close(in[1]);

    Result result;
    std::array<pollfd, 2> fds{{{out[0], POLLIN, 0}, {err[0], POLLIN, 0}}};
    std::array<std::string*, 2> sinks{&result.out, &result.err};
    int open_fds = 2;
    while (open_fds > 0) {
        if (poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) {
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP))) {
                char buffer[4096];
                ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
                if (n > 0) {
                    sinks[i]->append(buffer, static_cast<std::size_t>(n));
                } else {
                    close(fds[i].fd);
                    fds[i].fd = -1;
                    --open_fds;
                }
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.status = exit_status(status);
    return result;
}

Result Sandbox::run_tty(const std::vector<std::string>& args, const std::string& input) const {
    auto env_items = environment();
    int master = -1;
    pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        throw std::runtime_error("forkpty failed");
    }
    if (pid == 0) {
        exec_sore(args, env_items);
    }
    if (!input.empty() && write(master, input.data(), input.size()) < 0) {
        throw std::runtime_error("write to pty failed");
    }
    Result result;
    char buffer[4096];
    while (true) {
        ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0) {
            break; // EIO once the child has closed the terminal
        }
        result.out.append(buffer, static_cast<std::size_t>(n));
    }
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    result.status = exit_status(status);
    return result;
}

std::string Sandbox::db_bytes() const { return read_file(db()); }

std::string read_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

} // namespace sore::testing
