#include "render/html_sections.hpp"

#include "journal/dates.hpp"
#include "journal/sites.hpp"
#include "journal/validate.hpp"
#include "render/causes.hpp"
#include "render/causes_words.hpp"
#include "render/entries.hpp"
#include "render/html_body_map.hpp"
#include "render/interval.hpp"
#include "render/text.hpp"
#include "render/week.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sore::render::html {

namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// A bar of 0-10 as SVG, drawn from a number: the only markup in the table.
std::string bar(double mean) {
    return fmt::format(
        R"svg(<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none">)svg"
        R"svg(<rect x="0.5" y="0.5" width="99" height="7" fill="none" stroke="#bbb" )svg"
        R"svg(stroke-width="1"/><rect x="0" y="0" width="{}" height="8" )svg"
        R"svg(fill="#1f4e8c"/></svg>)svg",
        fixed(std::clamp(mean, 0.0, 10.0) * 10, 1));
}

Data week_row(const analysis::WeekRow& week) {
    bool any = week.entries > 0;
    return object{{"has_entries", any},
                  {"label", journal::format_week(week.monday)},
                  {"monday", journal::format_date(week.monday)},
                  {"entries", std::to_string(week.entries)},
                  {"sessions", std::to_string(week.sessions)},
                  {"mean", week.mean_soreness ? fixed(*week.mean_soreness, 1) : ""},
                  {"max", or_blank(week.max_soreness)},
                  {"clean", week.clean_mean ? fixed(*week.clean_mean, 1) : ""},
                  {"after", week.left_mean ? fixed(*week.left_mean, 1) : ""},
                  {"sitting", week.mean_sitting_hours ? fixed(*week.mean_sitting_hours, 1) : ""},
                  {"pressure", week.top_pressure
                                   ? std::string(journal::name_of(
                                         static_cast<journal::Pressure>(*week.top_pressure)))
                                   : ""},
                  {"injuries", week.injuries > 0 ? std::to_string(week.injuries) : ""},
                  {"bar", week.mean_soreness ? bar(*week.mean_soreness) : ""}};
}

} // namespace

void add_weeks(Data& page, const analysis::WeekReport& weeks, const journal::DaySpan& period,
               journal::Day today) {
    list rows;
    for (const auto& week : weeks.weeks) {
        rows.push_back(week_row(week));
    }
    page.set("weeks", rows);
    page.set("weeks_span",
             fmt::format("{} to {}, Monday {} to Sunday {}", journal::format_week(weeks.span.first),
                         journal::format_week(weeks.span.last),
                         journal::format_date(weeks.span.first),
                         journal::format_date(weeks.span.last)));
    page.set("week_note", week_columns_note());
    // The weeks reach past the period on a side where entries can be.
    bool wider = weeks.span.first < period.first || period.last < std::min(weeks.span.last, today);
    page.set("has_whole_weeks_note", wider);
    page.set("whole_weeks_note",
             fmt::format("Rows are whole weeks, so this table, its trend and the weekly line of "
                         "the chart also count any entries from {} to {} that fall outside the "
                         "period; the chart's points, the causes and the lists below keep to "
                         "the period.",
                         journal::format_date(weeks.span.first),
                         journal::format_date(weeks.span.last)));
    page.set("week_counts", counts_text(weeks));
    page.set("trend", trend_text(weeks));
    page.set("change", change_text(weeks));
}

void add_causes(Data& page, const analysis::CausesReport& causes) {
    page.set("causes_counts", counts_text(causes));
    list findings;
    int rank = 0;
    for (const auto& f : causes.findings) {
        Data item = object{{"rank", std::to_string(++rank)},
                           {"title", std::string(title_of(f.cause))},
                           {"verdict", std::string(analysis::name_of(f.verdict))},
                           {"has_figure", f.estimate.has_value()},
                           {"figure", figure_line(f)},
                           {"sentence", finding_text(f)}};
        findings.push_back(item);
    }
    page.set("causes", findings);
    auto episodes = episodes_text(causes);
    page.set("has_episodes", !episodes.empty());
    page.set("episodes", episodes);
    page.set("causes_method", std::string(method_note()));
    page.set("association_note", std::string(association_note()));
}

void add_sites(Data& page, std::span<const analysis::SiteSummary> sites) {
    list rows;
    for (const auto& s : sites) {
        if (s.entries <= 0) {
            continue;
        }
        rows.push_back(object{{"site", std::string(journal::label_of(s.site))},
                              {"name", std::string(journal::name_of(s.site))},
                              {"side", std::string(journal::name_of(s.side))},
                              {"entries", std::to_string(s.entries)},
                              {"mean", fixed(s.mean, 1)},
                              {"highest", std::to_string(s.highest)}});
    }
    page.set("has_sites", !rows.empty());
    page.set("body_map", body_map_svg(sites));
    page.set("site_rows", rows);
}

void add_injuries(Data& page, std::span<const journal::Entry> entries) {
    list rows;
    std::size_t sessions = 0;
    for (const auto& e : entries) {
        if (!e.injury) {
            continue;
        }
        bool massage = journal::needs_injury_caution(e);
        sessions += massage ? 1 : 0;
        rows.push_back(object{{"date", journal::format_date(e.date)},
                              {"time", time_or_blank(e.time)},
                              {"soreness", std::to_string(e.soreness)},
                              {"massage", massage},
                              {"pressure", name_or_blank(e.pressure)},
                              {"technique", name_or_blank(e.technique)},
                              {"side", name_or_blank(e.side)},
                              {"note", e.note.value_or("")}});
    }
    page.set("has_injuries", !rows.empty());
    std::string summary;
    if (rows.size() == 1) {
        summary = fmt::format("1 entry marks an injury or inflamed area, {}.",
                              sessions == 1 ? "and a massage was given that day" : "on a rest day");
    } else {
        summary = fmt::format("{} entries mark an injury or inflamed area; {} of them {}.",
                              rows.size(), sessions == 0 ? "none" : std::to_string(sessions),
                              sessions == 1 ? "was a massage session" : "were massage sessions");
    }
    page.set("injury_summary", summary);
    page.set("injury_caution", std::string(journal::injury_caution()));
    page.set("injuries", rows);
}

void add_entries(Data& page, std::span<const journal::Entry> entries) {
    list rows;
    for (const auto& e : entries) {
        auto tags = fmt::format("{}", fmt::join(e.tags, ", "));
        std::vector<std::string> places;
        for (const auto& site : e.sites) {
            places.push_back(
                fmt::format("{} {}", journal::place_name(journal::key_of(site)), site.soreness));
        }
        rows.push_back(object{{"id", std::to_string(e.id)},
                              {"date", journal::format_date(e.date)},
                              {"time", time_or_blank(e.time)},
                              {"soreness", std::to_string(e.soreness)},
                              {"during", or_blank(e.during)},
                              {"sitting", e.sitting_min ? format_minutes(*e.sitting_min) : ""},
                              {"pressure", name_or_blank(e.pressure)},
                              {"technique", name_or_blank(e.technique)},
                              {"knots", or_blank(e.knots)},
                              {"side", name_or_blank(e.side)},
                              {"injury", e.injury ? "yes" : ""},
                              {"emotional", e.emotional ? "yes" : ""},
                              {"tags", tags},
                              {"has_sites", !places.empty()},
                              {"sites", fmt::format("{}", fmt::join(places, ", "))},
                              {"has_note", e.note.has_value()},
                              {"note", e.note.value_or("")}});
    }
    page.set("entry_rows", rows);
}

} // namespace sore::render::html
