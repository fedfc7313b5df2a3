#include "render/html.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "journal/dates.hpp"
#include "render/html_chart.hpp"
#include "render/html_escape.hpp"
#include "render/html_recovery.hpp"
#include "render/html_sections.hpp"
#include "util/text.hpp"
#include "version.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

namespace {

using html::Data;

std::string summary(const ReportPage& page) {
    auto sessions = static_cast<std::size_t>(
        std::count_if(page.entries.begin(), page.entries.end(),
                      [](const journal::Entry& e) { return e.is_session(); }));
    if (page.entries.empty()) {
        return "no entries";
    }
    return fmt::format("{}: {} and {}", util::count(page.entries.size(), "entry", "entries"),
                       util::count(sessions, "massage session", "massage sessions"),
                       util::count(page.entries.size() - sessions, "rest day", "rest days"));
}

std::string empty_message(const ReportPage& page) {
    if (page.journal_entries == 0) {
        return "The journal has no entries yet, so there is nothing to show.";
    }
    if (page.journal_entries == 1) {
        return "The journal's only entry falls outside this period.";
    }
    return fmt::format(
        "None of the {} in the journal falls in this period.",
        util::count(static_cast<std::size_t>(page.journal_entries), "entry", "entries"));
}

} // namespace

void print_report_html(std::ostream& out, const ReportPage& page) {
    kainjow::mustache::mustache tmpl{std::string(report_file("report.html"))};
    if (!tmpl.is_valid()) {
        throw Error(fmt::format("the report template is broken: {}", tmpl.error_message()));
    }
    tmpl.set_custom_escape([](const std::string& text) { return html_escape(text); });

    Data data;
    auto period = fmt::format("{} to {}", journal::format_date(page.period.first),
                              journal::format_date(page.period.last));
    data.set("period", period);
    data.set("has_name", page.name.has_value());
    data.set("name", page.name.value_or(""));
    data.set("summary", summary(page));
    data.set("about",
             "From a soreness journal kept with sore: after a glute massage, or on a rest day, "
             "soreness is rated from 0 to 10, with what bears on the five common reasons "
             "massage hurts: knots or trigger points, how firm the pressure was, hours spent "
             "sitting, an injury or inflamed area, and emotional release.");
    data.set("version", std::string(version));
    data.set("today", journal::format_date(page.today));
    data.set("has_entries", !page.entries.empty());
    data.set("empty_message", empty_message(page));
    if (!page.entries.empty()) {
        data.set("chart", soreness_chart_svg(page.weeks, page.entries, page.period));
        html::add_weeks(data, page.weeks, page.period, page.today);
        html::add_causes(data, page.causes);
        html::add_sites(data, page.sites);
        html::add_recovery(data, page.recovery);
        html::add_injuries(data, page.entries);
        html::add_entries(data, page.entries);
    }
    tmpl.render(data, out);
    if (!tmpl.is_valid()) {
        throw Error(fmt::format("the report template is broken: {}", tmpl.error_message()));
    }
}

} // namespace sore::render
