#pragma once

// Where it hurts, over a period: per body site and side, how many entries
// name it, their mean and highest soreness there, its trend, and how its
// soreness goes with pressure and knots. The methods are those of `sore
// week` and `sore causes` with their minimums, on the site's own soreness:
// a day that does not name a site says nothing about it (unknown, not 0).
// Every site's pressure and knots tests are one family (Holm), so the more
// sites a journal names, the clearer a link must be to be called clear.

#include "analysis/causes.hpp"
#include "analysis/days.hpp"
#include "analysis/week.hpp"
#include "journal/sites.hpp"

#include <optional>
#include <span>
#include <vector>

namespace sore::analysis {

// One day's entries at one site and side, as reports/site_days.sql
// returns them.
struct SiteDay {
    journal::Day day;
    journal::SiteKey key;
    int entries = 0;
    long soreness_sum = 0;
    int soreness_max = 0;
};

struct SiteSummary {
    journal::BodySite site = journal::BodySite::glute_max;
    journal::Side side = journal::Side::both;
    int entries = 0; // entries that name this site on this side
    double mean = 0; // their mean soreness there, 0-10
    int highest = 0;
};

struct SiteRow {
    SiteSummary summary;
    int days = 0;               // logged days that name it
    std::optional<Trend> trend; // over those days; needs min_days of them
    Finding pressure = finding_of(Cause::pressure);
    Finding knots = finding_of(Cause::knots);
    int sessions_in_model = 0;
};

struct SitesReport {
    std::optional<journal::DaySpan> logged; // the period's first and last logged day
    int days = 0;                           // logged days
    int site_days = 0;                      // of them, days that name a site
    int sessions = 0;
    std::vector<SiteRow> sites; // those named in the period, in body order
    std::size_t tests = 0;      // pressure and knots tests with a figure: the family
};

// The sites named on the days from `first` on (every day given when
// nothing), in body order.
std::vector<SiteSummary> summaries_of(std::span<const SiteDay> days,
                                      std::optional<journal::Day> first);

// `site_days` oldest first, context days included as for the timeline,
// which was built with the same `first`.
SitesReport build_sites_report(const Timeline& timeline, std::span<const SiteDay> site_days,
                               std::optional<journal::Day> first);

} // namespace sore::analysis
