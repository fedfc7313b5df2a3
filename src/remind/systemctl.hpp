#pragma once

// `systemctl --user ...`, run directly (no shell), its output kept to say
// why it failed.

#include <string>
#include <vector>

namespace sore::remind {

struct Outcome {
    bool found = false; // systemctl could be started
    int status = -1;    // its exit status, or 128 + signal
    std::string output; // what it said, both streams

    bool ok() const { return found && status == 0; }
    // What went wrong, in a few words for a message.
    std::string why() const;
};

Outcome systemctl_user(const std::vector<std::string>& args);

} // namespace sore::remind
