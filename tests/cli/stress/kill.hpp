#pragma once

// For the crash tests: run sore in the background, watch what it does to the
// journal's files and kill it with SIGKILL at a chosen moment.

#include "expect.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <functional>
#include <optional>
#include <thread>

namespace sore::testing {

using Clock = std::chrono::steady_clock;

inline std::int64_t size_of(const std::filesystem::path& path) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    return ec ? -1 : static_cast<std::int64_t>(size);
}

// Bytes the process has read so far (rchar in /proc/PID/io), or -1.
inline std::int64_t bytes_read(int pid) {
    std::ifstream io("/proc/" + std::to_string(pid) + "/io");
    std::string key;
    std::int64_t value = 0;
    while (io >> key >> value) {
        if (key == "rchar:") {
            return value;
        }
    }
    return -1;
}

// The first column of the first row of SQL run on the journal, as a number.
inline std::int64_t number(const Sandbox& box, const std::string& sql) {
    return std::stoll(query(box.db(), sql).at(0));
}

// What the polling loop sees of a running sore.
struct Moment {
    Clock::duration elapsed{};
    std::int64_t read = -1;     // bytes read by the process
    std::int64_t wal = -1;      // size of the -wal file, -1 when there is none
    std::int64_t db = -1;       // size of the journal file, -1 when there is none
    std::int64_t rollback = -1; // size of SQLite's -journal file, -1 when there is none
    bool wal_seen = false;      // the -wal file had data at some earlier moment
    bool rollback_seen = false; // the -journal file had data at some earlier moment
};

struct Outcome {
    bool killed = false; // SIGKILL sent while it still ran
    int status = -1;
    std::string err;
    Moment at; // the last moment seen: the one that decided the kill, if any

    // Killed by our SIGKILL rather than finished (it may have exited just
    // before the signal came).
    bool killed_by_us() const { return killed && status == 128 + SIGKILL; }
};

// Runs `sore ARGS` and polls it every 100 µs; kills it with SIGKILL as soon
// as `when` says so. With `when` never true it runs to the end (each moment
// is still shown to it).
inline Outcome kill_when(const Sandbox& box, const std::vector<std::string>& args,
                         const std::function<bool(const Moment&)>& when) {
    using namespace std::chrono_literals;
    auto started = Clock::now();
    auto process = box.start(args, "killed");
    Moment moment;
    Outcome outcome;
    while (process->running()) {
        moment.elapsed = Clock::now() - started;
        moment.read = bytes_read(process->pid());
        moment.wal = size_of(box.db() + "-wal");
        moment.db = size_of(box.db());
        moment.rollback = size_of(box.db() + "-journal");
        if (when(moment) || moment.elapsed > 60s) {
            EXPECT_LT(moment.elapsed, 60s) << "sore ran for a minute; killed";
            process->kill(SIGKILL);
            outcome.killed = true;
            outcome.at = moment;
            break;
        }
        moment.wal_seen = moment.wal_seen || moment.wal > 0;
        moment.rollback_seen = moment.rollback_seen || moment.rollback > 0;
        std::this_thread::sleep_for(100us);
    }
    if (!outcome.killed) {
        outcome.at = moment;
    }
    auto r = process->wait();
    outcome.status = r.status;
    outcome.err = r.err;
    return outcome;
}

// How long `sore ARGS` takes here, uninterrupted: the median of five runs.
inline Clock::duration typical_run(const Sandbox& box, const std::vector<std::string>& args) {
    std::vector<Clock::duration> times;
    for (int i = 0; i < 5; ++i) {
        auto started = Clock::now();
        auto r = box.start(args, "timing")->wait();
        EXPECT_EQ(r.status, 0) << r.err;
        times.push_back(Clock::now() - started);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

inline long long milliseconds(Clock::duration d) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
}

struct KillPoint {
    std::string name;
    std::function<bool(const Moment&)> when;
};

// Where run i of `runs` is killed: even runs after i / (runs - 2) of 1.2
// times a typical run, odd ones at a moment seen on the -wal file, the first
// moment it exists or has data, or a little after it appeared.
inline KillPoint kill_point(int i, int runs, Clock::duration typical) {
    using namespace std::chrono_literals;
    if (i % 2 == 0) {
        auto delay = std::chrono::duration_cast<Clock::duration>(typical * 1.2 * i / (runs - 2));
        auto us = std::chrono::duration_cast<std::chrono::microseconds>(delay).count();
        return {"after " + std::to_string(us) + " µs", [delay](const Moment& m) {
                    return m.elapsed >= delay;
                }};
    }
    switch (i / 2 % 4) {
    case 0:
        return {"as the -wal file appears", [](const Moment& m) {
                    return m.wal >= 0;
                }};
    case 1:
        return {"as the WAL gets data", [](const Moment& m) {
                    return m.wal > 0;
                }};
    default: {
        auto after = (i / 2 % 4 == 2) ? 300us : 1000us;
        return {"about " + std::to_string(after.count()) + " µs after the -wal file appears",
                [after, opened = std::optional<Clock::duration>()](const Moment& m) mutable {
                    if (!opened && m.wal >= 0) {
                        opened = m.elapsed;
                    }
                    return opened && m.elapsed >= *opened + after;
                }};
    }
    }
}

} // namespace sore::testing
