#pragma once

// What the tests on generated journals share: draws made from mt19937's raw
// words (the standard distributions differ between standard libraries),
// dates, and how many journals a case runs (SORE_TRUTH_JOURNALS=N).

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <numbers>
#include <random>
#include <string>

namespace sore::testing {

inline std::string iso(std::chrono::sys_days day) {
    std::chrono::year_month_day ymd{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// How many journals a case runs, and how many of them must come out right
// (90%, rounded up: 36 of 40, 18 of 20).
inline int journal_count(int fallback) {
    const char* value = std::getenv("SORE_TRUTH_JOURNALS");
    if (value == nullptr || *value == '\0') {
        return fallback;
    }
    int n = std::atoi(value);
    return n > 0 ? n : fallback;
}

inline int ninety_percent_of(int n) {
    return (9 * n + 9) / 10;
}

// Uniform, integer and normal draws from mt19937's words alone.
class Draw {
public:
    explicit Draw(std::uint32_t seed) : engine_(seed) {}

    // [0, 1), 53 bits.
    double uniform() {
        auto high = static_cast<double>(engine_() >> 5);
        auto low = static_cast<double>(engine_() >> 6);
        return (high * 67108864.0 + low) / 9007199254740992.0;
    }
    int between(int low, int high) {
        return low + static_cast<int>(std::floor(uniform() * (high - low + 1)));
    }
    bool chance(double p) { return uniform() < p; }
    // Box-Muller, one of the pair.
    double normal() {
        double u = 1.0 - uniform(); // (0, 1]
        double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

private:
    std::mt19937 engine_;
};

} // namespace sore::testing
