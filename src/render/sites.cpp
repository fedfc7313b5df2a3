#include "render/sites.hpp"

#include "formats/json.hpp"
#include "render/causes.hpp"
#include "render/causes_words.hpp"
#include "render/sites_words.hpp"
#include "render/table.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <fmt/color.h>
#include <ostream>

namespace sore::render {

namespace {

using analysis::Finding;
using json = nlohmann::ordered_json;

constexpr std::size_t width = 78;
constexpr std::string_view indent = "   ";
constexpr std::string_view deeper = "      ";

std::string trend_cell(const analysis::SiteRow& row) {
    if (!row.trend) {
        return fmt::format("{} of {} days", row.days, analysis::min_days);
    }
    const auto& t = *row.trend;
    auto slope = signed_fixed(t.slope.estimate, 2);
    switch (t.direction) {
    case analysis::Direction::improving:
        return slope + " improving";
    case analysis::Direction::worsening:
        return slope + " worsening";
    case analysis::Direction::no_clear_change:
        break;
    }
    return slope + " no clear change";
}

bool same_gap(const Finding& a, const Finding& b) {
    return a.gap && b.gap && a.gap->kind == b.gap->kind && a.gap->have == b.gap->have &&
           a.gap->needed == b.gap->needed && a.gap->kind == analysis::Gap::Kind::few_weighed;
}

void print_finding(std::ostream& out, const Finding& f, bool color, std::size_t prose) {
    out << util::wrap(fmt::format("{}: {}", title_of(f.cause), verdict_text(f.verdict, color)),
                      prose, indent);
    if (f.estimate) {
        out << util::wrap(figure_line(f), prose, deeper);
    }
    out << util::wrap(site_finding_text(f), prose, deeper);
}

} // namespace

void print_sites_text(std::ostream& out, const analysis::SitesReport& report, TextStyle style) {
    out << fmt::format("Where it hurts, {} to {}\n", journal::format_date(report.logged->first),
                       journal::format_date(report.logged->last));
    auto prose = std::min(width, style.width.value_or(width));
    out << util::wrap(sites_counts_text(report), prose, "") << '\n';
    if (report.sites.empty()) {
        out << util::wrap("No entry in this period names a body site. Name one when you log, "
                          "as in:",
                          prose, "")
            << "  sore log --soreness 5 --site glute-med:left=6\n";
        return;
    }
    Table table({{"Site", Align::left, "", 8, 0},
                 {"Side"},
                 {"Entries", Align::right, "Ent"},
                 {"Mean", Align::right},
                 {"Highest", Align::right, "High"},
                 {"Trend a week", Align::left, "Trend", 0, 1}});
    for (const auto& row : report.sites) {
        const auto& s = row.summary;
        table.add_row({{std::string(journal::label_of(s.site))},
                       {std::string(journal::name_of(s.side))},
                       {std::to_string(s.entries)},
                       {fixed(s.mean, 1)},
                       {std::to_string(s.highest)},
                       {trend_cell(row)}});
    }
    table.print(out, style.color, style.width);
    out << '\n' << util::wrap(association_note(), prose, "") << '\n';
    out << util::wrap(report.tests == 0
                          ? std::string("Pressure and knots, site by site:")
                          : fmt::format("Pressure and knots, site by site ({} weighed together):",
                                        util::count(report.tests, "test", "tests")),
                      prose, "");
    std::string said_before; // the gaps of the last site, to say "as above"
    for (const auto& row : report.sites) {
        out << util::wrap(place_of(row.summary), prose, "");
        out << util::wrap("Trend: " + site_trend_text(row) + ".", prose, indent);
        bool neither = row.pressure.verdict == analysis::Verdict::not_enough_data &&
                       row.knots.verdict == analysis::Verdict::not_enough_data;
        auto gaps = neither ? site_finding_text(row.pressure) + site_finding_text(row.knots) : "";
        if (neither && gaps == said_before) {
            out << util::wrap("Pressure and knots: not enough data, as above", prose, indent);
            continue;
        }
        said_before = gaps;
        if (same_gap(row.pressure, row.knots)) {
            out << util::wrap("Pressure and knots: not enough data", prose, indent);
            out << util::wrap(site_finding_text(row.pressure), prose, deeper);
            continue;
        }
        print_finding(out, row.pressure, style.color, prose);
        print_finding(out, row.knots, style.color, prose);
    }
    out << '\n' << util::wrap(sites_method_note(), prose, "");
}

json sites_json(const analysis::SitesReport& report, const journal::DateRange& range) {
    json sites = json::array();
    for (const auto& row : report.sites) {
        const auto& s = row.summary;
        sites.push_back(
            {{"site", journal::name_of(s.site)},
             {"side", journal::name_of(s.side)},
             {"label", journal::label_of(s.site)},
             {"entries", s.entries},
             {"mean", s.mean},
             {"highest", s.highest},
             {"days", row.days},
             {"trend", row.trend ? trend_json(*row.trend, std::nullopt) : json(nullptr)},
             {"sessions_in_model", row.sessions_in_model},
             {"causes", json::array({finding_json(row.pressure, site_finding_text(row.pressure)),
                                     finding_json(row.knots, site_finding_text(row.knots))})}});
    }
    return {{"from", journal::format_date(range.from)},
            {"to", journal::format_date(range.to)},
            {"days", report.days},
            {"site_days", report.site_days},
            {"sessions", report.sessions},
            {"tests", report.tests},
            {"sites", sites}};
}

} // namespace sore::render
