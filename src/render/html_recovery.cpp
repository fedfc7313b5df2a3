#include "render/html_recovery.hpp"

#include "render/html_chart.hpp"
#include "render/html_escape.hpp"
#include "render/interval.hpp"
#include "render/recovery_words.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <vector>

namespace sore::render {

namespace {

using analysis::Missing;
using html::Data;

constexpr std::string_view ink = "#333"; // all sessions, axes, text
constexpr std::string_view grid_ink = "#c8c8c8";
constexpr double marker_radius = 6;
constexpr double lone_band = 8; // half the width of a band around one day alone

std::string num(double value) {
    return svg_number(value);
}

// One line: all sessions (level 0) or a pressure level.
struct Line {
    int level = 0;
    std::string name;
    const analysis::Profile* cells = nullptr;
};

std::vector<Line> lines_of(const analysis::RecoveryReport& r) {
    std::vector<Line> lines;
    for (const auto& l : r.levels) {
        if (std::any_of(l.excess.begin(), l.excess.end(),
                        [](const analysis::LagExcess& c) { return c.excess.has_value(); })) {
            lines.push_back(
                {l.pressure, std::string(analysis::pressure_name(l.pressure)), &l.excess});
        }
    }
    lines.push_back({0, "all sessions", &r.profile}); // drawn last, on top
    return lines;
}

// All sessions, then the levels from light to deep.
std::vector<Line> in_reading_order(const std::vector<Line>& lines) {
    std::vector<Line> out{lines.back()};
    out.insert(out.end(), lines.begin(), lines.end() - 1);
    return out;
}

std::string_view ink_of(const Line& line) {
    return line.level == 0 ? ink : pressure_ink(line.level);
}

std::string lag_label(int lag) {
    if (lag == 0) {
        return "session day";
    }
    return fmt::format("{} after", days_text(lag));
}

// A round marker, as a path: the page's only <circle> elements are the
// soreness chart's entries.
std::string dot(double cx, double cy, std::string_view inner) {
    return fmt::format(R"svg(<path d="M{},{}a{r},{r} 0 1,0 {d},0a{r},{r} 0 1,0 -{d},0" )svg"
                       R"svg(fill="{}" stroke="#fff" stroke-width="0.8">{}</path>)svg",
                       num(cx - 4.5), num(cy), ink, inner, fmt::arg("r", "4.5"),
                       fmt::arg("d", "9"));
}

std::string marker(const Line& line, double x, double y, std::string_view inner) {
    return line.level == 0 ? dot(x, y, inner)
                           : pressure_marker(line.level, x, y, marker_radius, inner);
}

std::string cell_title(const Line& line, const analysis::LagExcess& cell) {
    const auto& e = *cell.excess;
    return html_escape(fmt::format(
        "{}, {}: {} above your usual{}, over {}", line.name, lag_label(cell.lag),
        signed_fixed(e.mean, 2), e.ci ? " (95% interval " + interval_text(*e.ci) + ")" : "",
        util::count(static_cast<std::size_t>(cell.sessions), "session", "sessions")));
}

// The runs of consecutive days for which `has` holds.
template <typename Has>
std::vector<std::vector<const analysis::LagExcess*>> runs(const analysis::Profile& cells, Has has) {
    std::vector<std::vector<const analysis::LagExcess*>> out;
    bool open = false;
    for (const auto& cell : cells) {
        if (!has(cell)) {
            open = false;
            continue;
        }
        if (!open) {
            out.emplace_back();
            open = true;
        }
        out.back().push_back(&cell);
    }
    return out;
}

void band(std::string& svg, const ProfileScale& s, const Line& line) {
    auto with_ci = [](const analysis::LagExcess& c) {
        return c.excess && c.excess->ci;
    };
    for (const auto& run : runs(*line.cells, with_ci)) {
        std::vector<std::string> points;
        auto at = [&](double x, double excess) {
            points.push_back(fmt::format("{},{}", num(x), num(s.y(excess))));
        };
        bool alone = run.size() == 1;
        for (const auto* c : run) {
            double x = s.x(c->lag);
            if (alone) {
                at(x - lone_band, c->excess->ci->high);
            }
            at(alone ? x + lone_band : x, c->excess->ci->high);
        }
        for (const auto* c : std::vector(run.rbegin(), run.rend())) { // the lower ends back
            double x = s.x(c->lag);
            at(alone ? x + lone_band : x, c->excess->ci->low);
            if (alone) {
                at(x - lone_band, c->excess->ci->low);
            }
        }
        svg += fmt::format(R"svg(<polygon points="{}" fill="{}" fill-opacity="0.15"/>)svg",
                           fmt::join(points, " "), ink_of(line));
    }
}

void line_path(std::string& svg, const ProfileScale& s, const Line& line) {
    std::string d;
    auto with_figure = [](const analysis::LagExcess& c) {
        return c.excess.has_value();
    };
    for (const auto& run : runs(*line.cells, with_figure)) {
        for (std::size_t i = 0; i < run.size(); ++i) {
            d += fmt::format("{}{},{}", i == 0 ? "M" : "L", num(s.x(run[i]->lag)),
                             num(s.y(run[i]->excess->mean)));
        }
    }
    bool all = line.level == 0;
    svg += fmt::format(
        R"svg(<path d="{}" fill="none" stroke="{}" stroke-width="{}"{} )svg"
        R"svg(stroke-linejoin="round"/>)svg",
        d, ink_of(line), all ? "2.5" : "2",
        all ? "" : fmt::format(R"svg( stroke-dasharray="{}")svg", pressure_dash(line.level)));
}

void axes(std::string& svg, const ProfileScale& s) {
    double right = ProfileScale::left + ProfileScale::plot_width;
    double bottom = ProfileScale::top + ProfileScale::plot_height;
    int step = s.high - s.low > 10 ? 2 : 1;
    for (int p = s.low; p <= s.high; p += step) {
        bool usual = p == 0;
        svg += fmt::format(R"svg(<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" )svg"
                           R"svg(stroke-width="{}"{}/>)svg",
                           num(ProfileScale::left), num(right), usual ? ink : grid_ink,
                           usual ? "1" : "0.6", usual ? "" : R"svg( stroke-dasharray="3,3")svg",
                           fmt::arg("y", num(s.y(p))));
        svg += fmt::format(R"svg(<text x="{}" y="{}" text-anchor="end" font-size="11" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(ProfileScale::left - 6), num(s.y(p) + 4), ink,
                           p > 0 ? fmt::format("+{}", p) : fmt::format("{}", p));
    }
    svg += fmt::format(R"svg(<text x="{}" y="{}" font-size="11" fill="{}">usual</text>)svg",
                       num(right + 4), num(s.y(0) + 4), ink);
    svg +=
        fmt::format(R"svg(<text transform="translate(12,{}) rotate(-90)" text-anchor="middle" )svg"
                    R"svg(font-size="11" fill="{}">points above your usual</text>)svg",
                    num(ProfileScale::top + ProfileScale::plot_height / 2), ink);
    for (int lag = 0; lag < analysis::profile_lags; ++lag) {
        svg += fmt::format(R"svg(<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" )svg"
                           R"svg(stroke-width="0.6" stroke-dasharray="3,3"/>)svg",
                           num(ProfileScale::top), num(bottom), grid_ink,
                           fmt::arg("x", num(s.x(lag))));
        svg += fmt::format(R"svg(<text x="{}" y="{}" text-anchor="middle" font-size="11" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(s.x(lag)), num(bottom + 16), ink, lag_label(lag));
    }
}

void legend(std::string& svg, const std::vector<Line>& lines) {
    double y = ProfileScale::height - 12;
    double x = ProfileScale::left;
    for (const auto& line : in_reading_order(lines)) {
        bool all = line.level == 0;
        svg += fmt::format(
            R"svg(<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" )svg"
            R"svg(stroke-width="{}"{}/>)svg",
            num(x), num(x + 32), ink_of(line), all ? "2.5" : "2",
            all ? "" : fmt::format(R"svg( stroke-dasharray="{}")svg", pressure_dash(line.level)),
            fmt::arg("y", num(y)));
        svg += marker(line, x + 16, y, "");
        svg += fmt::format(R"svg(<text x="{}" y="{}" font-size="11" fill="{}">{}</text>)svg",
                           num(x + 38), num(y + 4), ink, line.name);
        x += 56 + 6.5 * static_cast<double>(line.name.size());
    }
}

// A row of the table: a level's sessions, days until settled, the soreness
// it left (adjusted) and the pain during, in the words of `sore recovery`.
Data level_row(const analysis::RecoveryReport& r, const analysis::Level& l) {
    std::string days;
    if (l.recovery.median) {
        days = fmt::format("{}, {} of {} settled", recovery_days_text(l.recovery),
                           l.recovery.events, l.recovery.waits);
    } else if (const auto* m = missing_of(r, Missing::Figure::recovery_days, l.pressure)) {
        days = "not known yet: " + missing_text(*m);
    }
    std::string left;
    std::string against;
    if (!l.tried_enough) {
        left = fmt::format("not tried enough ({} of {} sessions)", l.sessions, analysis::min_cell);
    } else if (const auto& a = l.adjusted) {
        left = fixed(a->estimate, 2);
        if (a->ci) {
            left += fmt::format(" (95% interval {} to {})", fixed(a->ci->low, 2),
                                fixed(a->ci->high, 2));
        }
        against = a->difference == 0 && !a->difference_ci ? std::string("the least")
                                                          : signed_fixed(a->difference, 2);
        if (a->difference_ci) {
            against += " (95% interval " + interval_text(*a->difference_ci) + ")";
        }
    }
    bool high = l.during_mean && *l.during_mean >= analysis::painful_during;
    return kainjow::mustache::object{{"level", std::string(analysis::pressure_name(l.pressure))},
                                     {"sessions", std::to_string(l.sessions)},
                                     {"days", days},
                                     {"left", left},
                                     {"against", against},
                                     {"during", l.during_mean ? fixed(*l.during_mean, 1) : ""},
                                     {"during_high", high}};
}

// The figures in words, for screen readers.
std::string description(const std::vector<Line>& lines) {
    std::vector<std::string> parts;
    for (const auto& line : in_reading_order(lines)) {
        std::vector<std::string> days;
        for (const auto& cell : *line.cells) {
            days.push_back(fmt::format("{} {}", lag_label(cell.lag),
                                       cell.excess ? signed_fixed(cell.excess->mean, 2)
                                                   : std::string("too few sessions")));
        }
        parts.push_back(fmt::format("{}: {}", line.name, fmt::join(days, ", ")));
    }
    return fmt::format("{}.", fmt::join(parts, "; "));
}

} // namespace

double ProfileScale::x(int lag) const {
    return left + plot_width * (lag + 0.5) / analysis::profile_lags;
}

double ProfileScale::y(double points) const {
    double clamped = std::clamp(points, static_cast<double>(low), static_cast<double>(high));
    return top + (high - clamped) * plot_height / (high - low);
}

ProfileScale profile_scale(const analysis::RecoveryReport& report) {
    double lowest = -2;
    double highest = 5;
    for (const auto& line : lines_of(report)) {
        for (const auto& cell : *line.cells) {
            if (const auto& e = cell.excess) {
                lowest = std::min({lowest, e->mean, e->ci ? e->ci->low : e->mean});
                highest = std::max({highest, e->mean, e->ci ? e->ci->high : e->mean});
            }
        }
    }
    ProfileScale s{static_cast<int>(std::max(-10.0, std::floor(lowest))),
                   static_cast<int>(std::min(10.0, std::ceil(highest)))};
    if (s.high - s.low > 10) { // labelled every 2 points: even ends, so both are labelled
        s.low -= s.low % 2 == 0 ? 0 : 1;
        s.high += s.high % 2 == 0 ? 0 : 1;
    }
    return s;
}

std::string recovery_chart_svg(const analysis::RecoveryReport& report) {
    if (std::none_of(report.profile.begin(), report.profile.end(),
                     [](const analysis::LagExcess& c) { return c.excess.has_value(); })) {
        return "";
    }
    auto s = profile_scale(report);
    auto lines = lines_of(report);
    std::string svg = fmt::format(
        R"svg(<svg class="chart" viewBox="0 0 {} {}" role="img" )svg"
        R"svg(aria-labelledby="recovery-title recovery-desc"><title id="recovery-title">)svg"
        R"svg(Soreness above your usual on the day of a session and the 4 days after, by )svg"
        R"svg(pressure, with 95% intervals</title><desc id="recovery-desc">{}</desc>)svg",
        num(ProfileScale::width), num(ProfileScale::height), html_escape(description(lines)));
    axes(svg, s);
    for (const auto& line : lines) {
        band(svg, s, line);
    }
    for (const auto& line : lines) {
        line_path(svg, s, line);
    }
    for (const auto& line : lines) {
        for (const auto& cell : *line.cells) {
            if (cell.excess) {
                svg += marker(line, s.x(cell.lag), s.y(cell.excess->mean),
                              "<title>" + cell_title(line, cell) + "</title>");
            }
        }
    }
    legend(svg, lines);
    svg += "</svg>";
    return svg;
}

namespace html {

void add_recovery(Data& page, const analysis::RecoveryReport& report) {
    page.set("recovery_note", std::string(recovery_note()));
    page.set("recovery_baseline", baseline_text(report));
    auto chart = recovery_chart_svg(report);
    page.set("has_recovery_chart", !chart.empty());
    page.set("recovery_chart", chart);
    page.set("recovery_peak", peak_text(report));
    kainjow::mustache::list rows;
    bool compared = false;
    for (const auto& l : report.levels) {
        if (l.sessions > 0) {
            rows.push_back(level_row(report, l));
            compared = compared || l.adjusted.has_value();
        }
    }
    page.set("has_recovery_levels", !rows.empty());
    page.set("recovery_levels", rows);
    const auto* uncompared = compared ? nullptr : missing_of(report, Missing::Figure::adjusted);
    page.set("has_recovery_compare_note", uncompared != nullptr);
    page.set("recovery_compare_note",
             uncompared ? "Not compared yet: it " + missing_text(*uncompared) + "." : "");
    // Without any session, the pressure and settling sentences would only
    // repeat what the baseline says is missing; an injury still counts.
    page.set("has_recovery_sessions", report.sessions > 0 || report.injury_flagged.has_value());
    page.set("recovery_comfortable", comfortable_text(report));
    auto during = during_text(report);
    page.set("has_recovery_during", !during.empty());
    page.set("recovery_during", during);
    page.set("recovery_settling", settling_text(report));
    auto longer = longer_text(report);
    page.set("has_recovery_longer", !longer.empty());
    page.set("recovery_longer", longer);
    page.set("recovery_method", std::string(recovery_method_note()));
}

} // namespace html

} // namespace sore::render
