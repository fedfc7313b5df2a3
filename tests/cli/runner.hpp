#pragma once

// Runs the built `sore` binary as a user would: a fresh temporary folder per
// test, the journal there through SORE_DB, HOME and XDG folders inside it,
// and TZ/SORE_TODAY pinned so dates are repeatable.

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sore::testing {

struct Result {
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// A sore run in the background (Sandbox::start): standard input empty,
// output into two files. Killed and reaped when dropped unfinished.
class Started {
public:
    Started(int pid, std::filesystem::path out, std::filesystem::path err);
    ~Started();
    Started(const Started&) = delete;
    Started& operator=(const Started&) = delete;

    int pid() const { return pid_; }
    // False once it has exited (then reaped: its /proc entry is gone).
    bool running();
    void kill(int signal) const;
    // Waits for the end; status as in Result, out and err from the files.
    Result wait();

private:
    int pid_;
    std::optional<int> status_;
    std::filesystem::path out_;
    std::filesystem::path err_;
};

class Sandbox {
public:
    Sandbox();
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    const std::filesystem::path& dir() const { return dir_; }
    std::string db() const { return (dir_ / "journal.db").string(); }

    // Environment for every run; a value of nullopt removes the variable.
    std::map<std::string, std::optional<std::string>> env;

    // Words run before the binary, the first an absolute path (for example
    // setpriv and its options); empty runs sore directly.
    std::vector<std::string> prefix;

    // A run still going after this many seconds is killed (status 128 + 9),
    // so a hanging binary fails its test instead of blocking the suite.
    int timeout_seconds = 60;

    // Makes later runs unprivileged. As root (which ignores file modes) it
    // hands the sandbox, as it is now, to uid/gid 65534 and runs sore
    // through setpriv; otherwise it does nothing. Returns "" when runs are
    // now unprivileged, else the reason they cannot be.
    std::string run_unprivileged();

    // Runs sore with these arguments, feeding `input` on standard input
    // (a pipe: not a terminal).
    Result run(const std::vector<std::string>& args, const std::string& input = "") const;

    // Starts sore and returns at once; its output goes to NAME.out and
    // NAME.err in the sandbox folder. No timeout: the caller waits or kills.
    std::unique_ptr<Started> start(const std::vector<std::string>& args,
                                   const std::string& name) const;

    // Runs sore on a pseudo-terminal (standard input and output are a tty),
    // typing `input`. Output of both streams comes back in `out`.
    Result run_tty(const std::vector<std::string>& args, const std::string& input) const;

    // Under ASan, runs skip the leak check at exit: for the tests that run
    // sore hundreds of times, where it costs a third of each run and checks
    // what every other test checks already. Other builds ignore it.
    void skip_leak_check();

    // The journal file's bytes ("" when it does not exist).
    std::string db_bytes() const;
    // What a reading command says on standard error: that there is no
    // journal, when there is none, else nothing.
    std::string read_stderr() const;

private:
    std::vector<std::string> environment() const;
    std::filesystem::path dir_;
};

// tests/data in the source tree: golden outputs and other fixed inputs.
std::filesystem::path test_data_dir();

// The sore binary under test (BUILD/src/sore).
std::filesystem::path sore_binary();

// The stand-in notification daemon for the tests of `sore remind`
// (BUILD/tests/notify_service; see tests/cli/notify_service.cpp).
std::filesystem::path notify_service();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

// The lines of `text` ("a\nb\n" is two lines).
std::vector<std::string> lines(const std::string& text);

// Permission bits of a file or folder (0600, 0700, ...).
unsigned mode_of(const std::filesystem::path& path);

// Runs SQL on a database file with the sqlite3 C API (not through sore) and
// returns the first column of every row as text ("" for NULL); creates the
// file when missing. Throws std::runtime_error on failure.
std::vector<std::string> query(const std::filesystem::path& db, const std::string& sql);

} // namespace sore::testing
