#pragma once

// What to tell the therapist before the next session: the last session
// and what it left, the pressure to start from and the pain during each,
// knots lately, an injury, emotional releases lately, and the last three
// sessions. Facts from the recovery report and the days, nothing new
// estimated.

#include "analysis/recovery.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sore::analysis {

// "Lately": the 4 weeks up to today, set against the 4 before.
inline constexpr int lately_days = 28;
inline constexpr int brief_sessions = 3;

struct BriefSession {
    journal::Day day;
    std::optional<int> pressure;
    std::string technique; // filled in by the caller: the days carry none
    double left = 0;
    std::optional<double> baseline;
    std::optional<Wait> settled; // nothing without a baseline
    Followed::Ended ended = Followed::Ended::journal_end;
};

// Knots found in the sessions of a stretch that record them.
struct KnotsFound {
    int sessions = 0;
    std::optional<double> mean;
};

struct Brief {
    journal::Day today;
    std::optional<BriefSession> last; // the latest session
    std::vector<BriefSession> recent; // the last three, newest first
    KnotsFound knots_lately;
    KnotsFound knots_before;
    int sessions_lately = 0;
    int releases_lately = 0; // sessions with an emotional release
};

Brief build_brief(const Timeline& timeline, const RecoveryReport& recovery, journal::Day today);

} // namespace sore::analysis
