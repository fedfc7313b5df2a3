#include "analysis/brief.hpp"

#include <algorithm>

namespace sore::analysis {

namespace {

BriefSession brief_session(const Session& s, const RecoveryReport& recovery) {
    BriefSession b{s.day, s.pressure, {}, s.left, s.baseline, {}, {}};
    auto it = std::find_if(recovery.followed.begin(), recovery.followed.end(),
                           [&](const Followed& f) { return f.day == s.day; });
    if (it != recovery.followed.end()) {
        b.settled = it->wait;
        b.ended = it->ended;
    }
    return b;
}

void add_knots(KnotsFound& found, int knots) {
    double total = found.mean.value_or(0) * found.sessions + knots;
    ++found.sessions;
    found.mean = total / found.sessions;
}

} // namespace

Brief build_brief(const Timeline& timeline, const RecoveryReport& recovery, journal::Day today) {
    Brief b;
    b.today = today;
    const auto& sessions = timeline.sessions;
    for (auto it = sessions.rbegin();
         it != sessions.rend() && b.recent.size() < static_cast<std::size_t>(brief_sessions);
         ++it) {
        b.recent.push_back(brief_session(*it, recovery));
    }
    if (!b.recent.empty()) {
        b.last = b.recent.front();
    }
    auto lately = today - date::days{lately_days - 1};
    auto before = lately - date::days{lately_days};
    for (const auto& s : sessions) {
        if (s.day > today || s.day < before) {
            continue;
        }
        bool recent = s.day >= lately;
        if (recent) {
            ++b.sessions_lately;
            b.releases_lately += s.emotional ? 1 : 0;
        }
        if (s.knots) {
            add_knots(recent ? b.knots_lately : b.knots_before, *s.knots);
        }
    }
    return b;
}

} // namespace sore::analysis
