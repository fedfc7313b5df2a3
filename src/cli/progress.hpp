#pragma once

// A progress bar on standard error for long jobs, only on a terminal and
// only once a job has gone on long enough to need one; redrawn at most a
// few times a second.

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace sore::cli {

class Progress {
public:
    // `total` bytes make a full bar; nothing is drawn when `enabled` is false.
    Progress(std::ostream& err, bool enabled, std::uint64_t total, std::string label);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(std::uint64_t done, std::int64_t rows);
    // Clears the bar's line (also done on destruction).
    void finish();

private:
    std::ostream& err_;
    bool enabled_;
    bool drawn_ = false;
    std::uint64_t total_;
    std::string label_;
    std::chrono::steady_clock::time_point next_draw_;
};

// Rows after which an import shows its bar.
inline constexpr std::int64_t progress_after_rows = 2000;

} // namespace sore::cli
