#pragma once

// The page of `sore report`: one self-contained HTML file for a
// physiotherapist or doctor, made from the template reports/report.html
// (embedded at build time) with Kevin Wojniak's mustache. Inline CSS and
// SVG only: no scripts, nothing fetched, and it prints on A4 and Letter.
// It is also well-formed XML, so any XML parser can check it. Data in, text
// out: the command gathers everything the page shows.

#include "analysis/causes.hpp"
#include "analysis/recovery.hpp"
#include "analysis/sites.hpp"
#include "analysis/week.hpp"
#include "journal/entry.hpp"

#include <cstdint>
#include <date/date.h>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace sore::render {

struct ReportPage {
    journal::DaySpan period;                  // exact days: the heading, the causes,
                                              // the entries and the points
    date::sys_days today;                     // when the page was made
    analysis::WeekReport weeks;               // the whole ISO weeks around the period
    analysis::CausesReport causes;            // on the entries of the period
    analysis::RecoveryReport recovery;        // the days after its sessions, the same days
    std::vector<journal::Entry> entries;      // of the period, oldest first
    std::vector<analysis::SiteSummary> sites; // where it hurts, over the period
    std::int64_t journal_entries = 0;         // in the whole journal
    std::optional<std::string> name;          // whose journal, for the heading
};

void print_report_html(std::ostream& out, const ReportPage& page);

} // namespace sore::render
