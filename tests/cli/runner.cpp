#include "runner.hpp"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sqlite3.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Everything execve needs, built before fork: a child of a threaded
// process should do no more than dup2 and execve.
class Command {
public:
    Command(const std::vector<std::string>& prefix, const std::vector<std::string>& args,
            std::vector<std::string> env, const std::filesystem::path& dir)
        : argv_(prefix), env_(std::move(env)), dir_(dir.string()) {
        argv_.emplace_back(SORE_BINARY);
        argv_.insert(argv_.end(), args.begin(), args.end());
        path_ = argv_.front();
        argv_ptrs_ = pointers(argv_);
        env_ptrs_ = pointers(env_);
    }
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    [[noreturn]] void exec() const {
        signal(SIGPIPE, SIG_DFL); // sore gets the default the test process turned off
        // Relative paths land in the sandbox, never where the tests were started.
        if (chdir(dir_.c_str()) != 0) {
            _exit(126);
        }
        execve(path_.c_str(), argv_ptrs_.data(), env_ptrs_.data());
        _exit(127);
    }

private:
    std::vector<std::string> argv_;
    std::vector<std::string> env_;
    std::string path_;
    std::string dir_;
    std::vector<char*> argv_ptrs_;
    std::vector<char*> env_ptrs_;
};

using Clock = std::chrono::steady_clock;

// Milliseconds left until `deadline`, for poll (0 once it has passed).
int remaining_ms(Clock::time_point deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

std::optional<std::string> find_setpriv() {
    for (const char* candidate : {"/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv"}) {
        if (access(candidate, X_OK) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
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

void Sandbox::skip_leak_check() {
    const char* inherited = std::getenv("ASAN_OPTIONS");
    std::string options = inherited != nullptr ? inherited : "";
    env["ASAN_OPTIONS"] = options.empty() ? "detect_leaks=0" : options + ":detect_leaks=0";
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
    // Input for a child that exits without reading it must not kill the
    // test process with SIGPIPE; write() then just fails with EPIPE.
    static const bool sigpipe_ignored = signal(SIGPIPE, SIG_IGN) != SIG_ERR;
    (void)sigpipe_ignored;
    const Command command(prefix, args, environment(), dir());
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        command.exec();
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
    bool killed = false;
    auto deadline = Clock::now() + std::chrono::seconds(timeout_seconds);
    while (open_fds > 0) {
        int ready = poll(fds.data(), fds.size(), remaining_ms(deadline));
        if (ready < 0 && errno != EINTR) {
            break;
        }
        if (ready == 0 && !killed) {
            kill(pid, SIGKILL);
            killed = true;
            deadline = Clock::now() + std::chrono::seconds(5);
            continue;
        }
        if (ready == 0) {
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
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
    for (auto& fd : fds) {
        if (fd.fd >= 0) {
            close(fd.fd);
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.status = exit_status(status);
    return result;
}

std::unique_ptr<Started> Sandbox::start(const std::vector<std::string>& args,
                                        const std::string& name) const {
    auto out_path = dir() / (name + ".out");
    auto err_path = dir() / (name + ".err");
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (in < 0 || out < 0 || err < 0) {
        throw std::runtime_error("cannot open the files for " + name);
    }
    const Command command(prefix, args, environment(), dir());
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        command.exec();
    }
    close(in);
    close(out);
    close(err);
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    return std::make_unique<Started>(pid, out_path, err_path);
}

Started::Started(int pid, std::filesystem::path out, std::filesystem::path err)
    : pid_(pid), out_(std::move(out)), err_(std::move(err)) {}

Started::~Started() {
    if (!status_) {
        ::kill(pid_, SIGKILL);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
}

bool Started::running() {
    if (status_) {
        return false;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
        status_ = exit_status(status);
        return false;
    }
    return true;
}

void Started::kill(int signal) const {
    if (!status_) {
        ::kill(pid_, signal);
    }
}

Result Started::wait() {
    if (!status_) {
        int status = 0;
        while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        status_ = exit_status(status);
    }
    return {*status_, read_file(out_), read_file(err_)};
}

Result Sandbox::run_tty(const std::vector<std::string>& args, const std::string& input) const {
    const Command command(prefix, args, environment(), dir());
    int master = -1;
    pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        throw std::runtime_error("forkpty failed");
    }
    if (pid == 0) {
        command.exec();
    }
    if (!input.empty() && write(master, input.data(), input.size()) < 0) {
        throw std::runtime_error("write to pty failed");
    }
    Result result;
    char buffer[4096];
    auto deadline = Clock::now() + std::chrono::seconds(timeout_seconds);
    while (true) {
        pollfd fd{master, POLLIN, 0};
        int ready = poll(&fd, 1, remaining_ms(deadline));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            kill(pid, SIGKILL);
            break;
        }
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

std::string Sandbox::run_unprivileged() {
    if (geteuid() != 0) {
        return "";
    }
    auto setpriv = find_setpriv();
    if (!setpriv) {
        return "running as root and setpriv(1) is not installed to drop privileges";
    }
    constexpr uid_t nobody = 65534;
    auto give = [](const std::filesystem::path& path) {
        if (lchown(path.c_str(), nobody, nobody) != 0) {
            throw std::runtime_error("lchown failed: " + path.string());
        }
    };
    give(dir_);
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir_)) {
        give(item.path());
    }
    prefix = {*setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"};
    auto probe = run({"--version"});
    if (probe.status != 0) {
        prefix.clear();
        return "cannot run sore as uid 65534 through setpriv (status " +
               std::to_string(probe.status) + "): " + probe.err;
    }
    return "";
}

std::string Sandbox::db_bytes() const {
    return read_file(db());
}

std::string Sandbox::read_stderr() const {
    return std::filesystem::exists(db()) ? "" : "There is no journal at " + db() + " yet.\n";
}

std::filesystem::path test_data_dir() {
    return SORE_TEST_DATA;
}

std::filesystem::path sore_binary() {
    return SORE_BINARY;
}

std::filesystem::path notify_service() {
    return SORE_NOTIFY_SERVICE;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << content;
    if (!file.flush()) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        out.push_back(line);
    }
    return out;
}

unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
        throw std::runtime_error("stat failed: " + path.string());
    }
    return info.st_mode & 07777u;
}

std::vector<std::string> query(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> handle(raw, sqlite3_close_v2);
    if (rc != SQLITE_OK) {
        throw std::runtime_error("cannot open " + db.string());
    }
    sqlite3_busy_timeout(raw, 10000);
    std::vector<std::string> rows;
    auto collect = [](void* sink, int, char** values, char**) {
        static_cast<std::vector<std::string>*>(sink)->emplace_back(values[0] ? values[0] : "");
        return 0;
    };
    char* message = nullptr;
    rc = sqlite3_exec(raw, sql.c_str(), collect, &rows, &message);
    if (rc != SQLITE_OK) {
        std::string why = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw std::runtime_error("query failed: " + sql + ": " + why);
    }
    return rows;
}

} // namespace sore::testing
