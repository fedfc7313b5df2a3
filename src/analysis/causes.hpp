#pragma once

// How soreness goes with each of the five causes (DESIGN.md sections 1 and
// 4): a slope and Spearman's rho for the measures, Welch's difference of
// means for the yes/no markers, then all five in one regression. Where the
// data cannot answer, a Gap says what is missing instead of a figure.

#include "analysis/stats.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sore::analysis {

// One entry, as reports/causes.sql returns it.
struct Observation {
    int soreness = 0;
    std::optional<int> sitting_min;
    std::optional<int> pressure; // 1-4
    std::optional<int> knots;
    bool injury = false;
    bool emotional = false;
};

// In the article's order.
enum class Cause { knots, pressure, sitting, injury, emotional };
inline constexpr std::array<Cause, 5> all_causes{Cause::knots, Cause::pressure, Cause::sitting,
                                                 Cause::injury, Cause::emotional};

// "knots", "pressure", "sitting", "injury", "emotional": JSON keys.
std::string_view key_of(Cause cause);
// Measures have a slope; the others are yes/no markers.
bool is_measure(Cause cause);

enum class Strength { none_seen, weak, moderate, strong };
std::string_view name_of(Strength strength); // "none seen", "weak", ...

// Why a figure cannot be given, and how many more entries would give it
// (0 when more entries alone would not help).
struct Gap {
    enum class Kind {
        few_entries,       // fewer than 8 entries record the cause
        few_with,          // fewer than 3 entries with the marker
        few_without,       // fewer than 3 entries without it
        measure_constant,  // the measure has one value throughout
        soreness_constant, // soreness has one value throughout
        groups_constant,   // soreness never varies within either group
        singular,          // two causes move in lockstep
        exact_fit,         // soreness follows the causes exactly: no interval
    };
    Kind kind;
    int have = 0;                // the entries (or marked entries) there are
    int needed = 0;              // more entries that would let it answer
    std::optional<double> value; // the constant value, for *_constant
};

inline constexpr int min_entries = 8;
inline constexpr int min_per_group = 3;

struct Finding {
    Cause cause;
    std::size_t n = 0;                    // entries that record the cause
    std::optional<LineFit> line;          // measures: soreness on the measure
    std::optional<MeanDifference> groups; // markers: with minus without
    std::optional<double> rho;            // Spearman, soreness and the cause
    std::optional<Strength> strength;
    std::optional<Gap> gap; // set exactly when strength is not
};

struct Together {
    std::size_t n = 0;             // complete cases: sitting, pressure, knots all recorded
    std::vector<Cause> causes;     // in the model, in article order
    std::vector<Cause> left_out;   // never varied among the complete cases
    std::optional<Regression> fit; // coefficients in the order of `causes`
    std::optional<Gap> gap;
};

struct CausesReport {
    std::size_t entries = 0;
    std::vector<Finding> findings; // strongest first
    Together together;
};

// Takes entries one at a time and keeps only counts: for each cause how
// many entries had each (value, soreness) pair, and the running moments of
// the complete entries for the regression. A million entries cost a few
// hundred kilobytes.
class CausesTally {
public:
    CausesTally();
    void add(const Observation& row);
    CausesReport report() const;

private:
    std::size_t entries_ = 0;
    std::array<std::vector<double>, all_causes.size()> counts_; // [value * 11 + soreness]
    Moments complete_;
};

CausesReport build_causes_report(std::span<const Observation> rows);

// The value of a cause in one entry: sitting in hours, pressure 1-4,
// knots, markers 0/1; nothing when not recorded.
std::optional<double> value_of(Cause cause, const Observation& row);

} // namespace sore::analysis
