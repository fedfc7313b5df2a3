#pragma once

// The kinds of failure sore reports, caught once, in cli::run: an Error or
// UsageError is printed as one line "sore: error: <what>", a Cancelled as
// its own words.

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sore {

// A failure of the environment: the database, the file system, the disk.
// Exit status 1.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An Error with what to do about it: lines said after the error line, as
// they are (a command to copy, say).
class ErrorWithAdvice : public Error {
public:
    ErrorWithAdvice(const std::string& what, std::vector<std::string> advice)
        : Error(what), advice_(std::move(advice)) {}
    const std::vector<std::string>& advice() const { return advice_; }

private:
    std::vector<std::string> advice_;
};

// Input the user can correct: a bad value, an unknown option, a missing id.
// Exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The user stopped a command at a prompt (q, end of input): nothing was
// done, which is said plainly, without "error". Exit status 1, as git does
// for an aborted commit.
class Cancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace sore
