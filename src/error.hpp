#pragma once

// The two kinds of failure sore reports. Both are caught once, in sore::run,
// and printed as one line "sore: error: <what>".

#include <stdexcept>

namespace sore {

// A failure of the environment: the database, the file system, the disk.
// Exit status 1.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input the user can correct: a bad value, an unknown option, a missing id.
// Exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace sore
