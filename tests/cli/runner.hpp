#pragma once

// Runs the built `sore` binary as a user would: a fresh temporary folder per
// test, the journal there through SORE_DB, HOME and XDG folders inside it,
// and TZ/SORE_TODAY pinned so dates are repeatable.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sore::testing {

struct Result {
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
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

    // Runs sore with these arguments, feeding `input` on standard input
    // (a pipe: not a terminal).
    Result run(const std::vector<std::string>& args, const std::string& input = "") const;

    // Runs sore on a pseudo-terminal (standard input and output are a tty),
    // typing `input`. Output of both streams comes back in `out`.
    Result run_tty(const std::vector<std::string>& args, const std::string& input) const;

    // The journal file's bytes ("" when it does not exist).
    std::string db_bytes() const;

private:
    std::vector<std::string> environment() const;
    std::filesystem::path dir_;
};

std::string read_file(const std::filesystem::path& path);

} // namespace sore::testing
