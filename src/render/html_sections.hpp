#pragma once

// The parts of the `sore report` page as mustache data, one function per
// section of reports/report.html. Used by render/html.cpp only; every value
// is plain text, escaped by the template, except the SVG bars.

#include "analysis/causes.hpp"
#include "analysis/sites.hpp"
#include "analysis/week.hpp"
#include "journal/entry.hpp"

#include <date/date.h>
#include <kainjow/mustache.hpp>
#include <span>

namespace sore::render::html {

using Data = kainjow::mustache::data;

// Adds weeks, weeks_span, week_note, whole_weeks_note, week_counts, trend and
// change.
void add_weeks(Data& page, const analysis::WeekReport& weeks, const journal::DaySpan& period,
               journal::Day today);

// Adds causes_counts, causes, episodes, causes_method and association_note.
void add_causes(Data& page, const analysis::CausesReport& causes);

// Adds has_sites, body_map (sore's SVG) and site_rows: a row per site and
// side as the journal keeps them, an entry for both sides in a row of its
// own (the map counts it on either side).
void add_sites(Data& page, std::span<const analysis::SiteSummary> sites);

// Adds has_injuries, injury_summary, injury_caution and injuries.
void add_injuries(Data& page, std::span<const journal::Entry> entries);

// Adds entry_rows: every field of every entry, the note in full.
void add_entries(Data& page, std::span<const journal::Entry> entries);

} // namespace sore::render::html
