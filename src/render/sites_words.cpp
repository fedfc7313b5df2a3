#include "render/sites_words.hpp"

#include "journal/entry.hpp"
#include "render/causes_words.hpp"
#include "render/interval.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

using analysis::Cause;
using analysis::Finding;

std::string clear_text(const Finding& f) {
    double e = *f.estimate;
    auto way = e > 0 ? "more" : "less";
    auto said =
        f.cause == Cause::pressure
            ? fmt::format("The day after a {} session this site was {} points {} sore "
                          "than the day after a {} one.",
                          level_name(f.firmest), fixed(std::abs(e), 1), way, level_name(f.lightest))
            : fmt::format("Each extra knot a session found went with {} points {} "
                          "soreness at this site the day after.",
                          fixed(std::abs(e), 1), way);
    return e > 0 ? said + " " + std::string(fact_of(f.cause)) : said;
}

} // namespace

std::string place_of(const analysis::SiteSummary& site) {
    auto side = site.side == journal::Side::both ? std::string("both sides")
                                                 : std::string(journal::name_of(site.side));
    return fmt::format("{}, {}", journal::label_of(site.site), side);
}

std::string site_trend_text(const analysis::SiteRow& row) {
    if (!row.trend) {
        return fmt::format("needs {} days that name it; there {} {}", analysis::min_days,
                           row.days == 1 ? "is" : "are", row.days);
    }
    const auto& t = *row.trend;
    auto slope = signed_fixed(t.slope.estimate, 2);
    if (t.exact || !t.slope.ci) {
        return fmt::format("{} points a week (no interval)", slope);
    }
    std::string_view direction = t.direction == analysis::Direction::improving ? "improving"
                                 : t.direction == analysis::Direction::worsening
                                     ? "worsening"
                                     : "no clear change";
    return fmt::format("{} points a week (95% CI {}), {}", slope, interval_text(*t.slope.ci),
                       direction);
}

std::string site_finding_text(const Finding& f) {
    if (f.verdict == analysis::Verdict::clear && !f.tied_with) {
        return clear_text(f);
    }
    using Kind = analysis::Gap::Kind;
    auto kind = f.gap ? f.gap->kind : Kind::no_fit;
    if (f.verdict == analysis::Verdict::not_enough_data && kind == Kind::few_sessions) {
        return fmt::format("This needs {} sessions that record knots with {} and have this site "
                           "named in the days around them; there {} {}, so {} more would let "
                           "sore answer.",
                           analysis::min_sessions, "--knots N", f.gap->have == 1 ? "is" : "are",
                           f.gap->have, f.gap->needed);
    }
    if (f.verdict == analysis::Verdict::not_enough_data && kind == Kind::few_levels) {
        return fmt::format("This needs {} sessions at each of two pressure levels with this site "
                           "named in the days around them; the two most used have {} between "
                           "them, so {} more would let sore compare.",
                           analysis::min_per_level, f.gap->have, f.gap->needed);
    }
    if (f.verdict == analysis::Verdict::not_enough_data && kind == Kind::few_weighed) {
        return fmt::format(
            "This needs {} sessions it can weigh here: the site named in the 3 days before each "
            "(or on usual days in the 4 weeks before) and in the 2 days after, knots recorded "
            "when knots are weighed, and a pressure level tried at least {} times; there {} {}, "
            "so {} more would let sore answer.",
            analysis::min_sessions, analysis::min_per_level, f.gap->have == 1 ? "is" : "are",
            f.gap->have, f.gap->needed);
    }
    return finding_text(f);
}

std::string sites_counts_text(const analysis::SitesReport& r) {
    return fmt::format("{}, {} of them naming a site; {}",
                       util::count(static_cast<std::size_t>(r.days), "logged day", "logged days"),
                       r.site_days,
                       util::count(static_cast<std::size_t>(r.sessions), "session", "sessions"));
}

std::string_view sites_method_note() {
    return "A site's soreness on a day is the mean of the entries that name it; a day that does "
           "not name a site says nothing about it. The trend is that soreness over the days that "
           "name the site, as in 'sore week'. Pressure and knots are weighed as in 'sore "
           "causes', on the site's soreness the day after each session (or the day after that), "
           "allowing for its soreness before the session and for time; every site's tests are "
           "one family (Holm), so a link at one of many sites turning up by chance is less "
           "likely to be called clear.";
}

} // namespace sore::render
