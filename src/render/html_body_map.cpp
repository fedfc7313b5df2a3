#include "render/html_body_map.hpp"

#include "journal/sites.hpp"
#include "render/html_chart.hpp"
#include "render/html_escape.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <vector>

namespace sore::render {

namespace {

using journal::BodySite;
using journal::Side;

// Shapes are written for the person's left, as distances from the midline
// (d) and heights (y), and mirrored for the right.
struct Point {
    double d;
    double y;
};

struct Region {
    BodySite site;
    std::vector<Point> outline; // a polygon; empty for an ellipse
    Point centre{};             // the ellipse's
    double rx = 0;
    double ry = 0;
    bool deep = false; // under other muscles, or at the front: a dashed edge
    Point anchor{};    // where the label's line ends
    double label_y = 0;
};

constexpr double mid = 350; // the midline
constexpr double width = 520;
constexpr double height = 400;
constexpr double label_x = 176; // labels end here, left of the body
constexpr std::string_view ink = "#333";
constexpr std::string_view none_fill = "url(#body-map-none)";

// Drawn in this order: the deep ones last, over the muscles they lie under.
const std::vector<Region>& regions() {
    static const std::vector<Region> all{
        {BodySite::lower_back,
         {{4, 30}, {58, 30}, {65, 50}, {76, 76}, {86, 92}, {52, 98}, {30, 100}, {4, 100}},
         {},
         0,
         0,
         false,
         {40, 64},
         64},
        {BodySite::glute_med,
         {{30, 100},
          {52, 98},
          {86, 92},
          {98, 114},
          {106, 138},
          {109, 158},
          {100, 160},
          {86, 150},
          {58, 138},
          {32, 128}},
         {},
         0,
         0,
         false,
         {98, 110},
         100},
        {BodySite::glute_max,
         {{32, 128},
          {58, 138},
          {86, 150},
          {100, 160},
          {100, 184},
          {96, 208},
          {88, 228},
          {64, 238},
          {34, 236},
          {8, 226},
          {4, 200},
          {6, 180},
          {14, 162},
          {22, 142}},
         {},
         0,
         0,
         false,
         {60, 212},
         218},
        {BodySite::tfl,
         {{100, 160},
          {107, 159},
          {107, 184},
          {104, 212},
          {97, 250},
          {87, 300},
          {81, 328},
          {72, 328},
          {79, 300},
          {88, 250},
          {95, 208},
          {100, 184}},
         {},
         0,
         0,
         false,
         {92, 262},
         262},
        {BodySite::hamstring_origin,
         {{8, 228}, {34, 238}, {64, 240}, {66, 262}, {56, 290}, {14, 290}, {8, 262}},
         {},
         0,
         0,
         false,
         {36, 268},
         296},
        {BodySite::si_joint, {}, {24, 120}, 6, 15, false, {24, 120}, 124},
        {BodySite::glute_min, {}, {76, 126}, 20, 9, true, {66, 130}, 146},
        {BodySite::piriformis,
         {{22, 146}, {60, 154}, {96, 166}, {98, 176}, {60, 166}, {20, 158}},
         {},
         0,
         0,
         true,
         {70, 164},
         170},
        {BodySite::hip_flexors,
         {{124, 178}, {160, 178}, {160, 206}, {124, 206}},
         {},
         0,
         0,
         true,
         {160, 192},
         194},
    };
    return all;
}

// The outline of the body, for the person's left from the waist down the
// outside of the thigh and back up its inside to the crotch.
constexpr std::array<Point, 14> silhouette{{{64, 24},
                                            {68, 50},
                                            {78, 76},
                                            {92, 104},
                                            {104, 132},
                                            {110, 160},
                                            {108, 200},
                                            {100, 250},
                                            {90, 300},
                                            {82, 346},
                                            {14, 346},
                                            {8, 290},
                                            {4, 242},
                                            {0, 236}}};

std::string num(double value) {
    return svg_number(value);
}

double x_of(Point p, Side side) {
    return side == Side::left ? mid - p.d : mid + p.d;
}

// Pale to dark blue, for a mean from 0 to 10.
std::string shade_of(double mean) {
    constexpr std::array<int, 3> pale{234, 240, 248};
    constexpr std::array<int, 3> dark{11, 42, 85};
    double t = std::clamp(mean, 0.0, 10.0) / 10;
    std::array<int, 3> c{};
    for (std::size_t i = 0; i < 3; ++i) {
        c.at(i) = static_cast<int>(std::lround(pale.at(i) + (dark.at(i) - pale.at(i)) * t));
    }
    return fmt::format("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
}

std::string label_of(BodySite site, Side side) {
    return fmt::format("{} {}", journal::name_of(side), journal::label_of(site));
}

std::string figures_text(const std::optional<RegionFigures>& f) {
    if (!f) {
        return "not named";
    }
    return fmt::format("mean {} of 10 over {}, highest {}", fixed(f->mean, 1),
                       util::count(static_cast<std::size_t>(f->entries), "entry", "entries"),
                       f->highest);
}

std::string shape(const Region& r, Side side, std::string_view attributes, std::string_view inner) {
    if (r.outline.empty()) {
        return fmt::format(R"svg(<ellipse cx="{}" cy="{}" rx="{}" ry="{}" {}>{}</ellipse>)svg",
                           num(x_of(r.centre, side)), num(r.centre.y), num(r.rx), num(r.ry),
                           attributes, inner);
    }
    std::vector<std::string> points;
    for (auto p : r.outline) {
        points.push_back(fmt::format("{},{}", num(x_of(p, side)), num(p.y)));
    }
    return fmt::format(R"svg(<polygon points="{}" {}>{}</polygon>)svg", fmt::join(points, " "),
                       attributes, inner);
}

std::string region_svg(const Region& r, Side side, const std::optional<RegionFigures>& f) {
    auto title = fmt::format(
        "{}: {}", label_of(r.site, side),
        f ? fmt::format("mean {} of 10 over {}", fixed(f->mean, 1),
                        util::count(static_cast<std::size_t>(f->entries), "entry", "entries"))
          : std::string("not named"));
    auto attributes = fmt::format(
        R"svg(class="region" data-site="{}" data-side="{}" data-mean="{}" fill="{}" )svg"
        R"svg(stroke="{}" stroke-width="{}"{})svg",
        journal::name_of(r.site), journal::name_of(side), f ? fixed(f->mean, 1) : "",
        f ? shade_of(f->mean) : std::string(none_fill), r.deep ? "#555" : ink, r.deep ? "1" : "0.8",
        r.deep ? R"svg( stroke-dasharray="3,2")svg" : "");
    return shape(r, side, attributes, "<title>" + html_escape(title) + "</title>");
}

// The smooth outline of the body through the midpoints of the silhouette.
std::string body_outline() {
    std::vector<std::pair<double, double>> points;
    points.reserve(2 * silhouette.size());
    for (auto p : silhouette) {
        points.emplace_back(x_of(p, Side::left), p.y);
    }
    // NOLINTNEXTLINE(modernize-loop-convert): clang-tidy cannot read reverse_view here
    for (auto p = silhouette.rbegin(); p != silhouette.rend(); ++p) {
        points.emplace_back(x_of(*p, Side::right), p->y);
    }
    auto middle = [&](std::size_t i) {
        const auto& a = points.at(i % points.size());
        const auto& b = points.at((i + 1) % points.size());
        return fmt::format("{},{}", num((a.first + b.first) / 2), num((a.second + b.second) / 2));
    };
    std::string d = "M" + middle(0);
    for (std::size_t i = 1; i <= points.size(); ++i) {
        const auto& p = points.at(i % points.size());
        d += fmt::format("Q{},{} {}", num(p.first), num(p.second), middle(i));
    }
    return fmt::format(R"svg(<path d="{}Z" fill="#f7f7f7" stroke="#888" stroke-width="1.2"/>)svg",
                       d);
}

std::string sacrum() {
    return fmt::format(R"svg(<path d="M{},100L{},166L{},178L{},166L{},100" fill="none" )svg"
                       R"svg(stroke="#999" stroke-width="1"/>)svg",
                       num(mid - 30), num(mid - 12), num(mid), num(mid + 12), num(mid + 30));
}

std::string labels() {
    std::string svg;
    for (const auto& r : regions()) {
        svg += fmt::format(R"svg(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#777" )svg"
                           R"svg(stroke-width="0.6"/>)svg",
                           num(label_x + 3), num(r.label_y - 3.5), num(x_of(r.anchor, Side::left)),
                           num(r.anchor.y));
        svg += fmt::format(R"svg(<text x="{}" y="{}" text-anchor="end" font-size="10.5" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(label_x), num(r.label_y), ink,
                           r.site == BodySite::hip_flexors ? "hip flexors (front of the hip)"
                                                           : journal::label_of(r.site));
    }
    return svg;
}

std::string legend() {
    std::string svg =
        fmt::format(R"svg(<text x="{}" y="372" font-size="10.5" fill="{}">mean soreness</text>)svg",
                    num(label_x - 110), ink);
    constexpr double swatch = 20;
    double x = label_x;
    for (int level = 0; level <= 10; ++level) {
        svg += fmt::format(R"svg(<rect x="{}" y="362" width="{}" height="12" fill="{}" )svg"
                           R"svg(stroke="{}" stroke-width="0.5"/>)svg",
                           num(x + level * swatch), num(swatch), shade_of(level), ink);
        svg += fmt::format(R"svg(<text x="{}" y="388" text-anchor="middle" font-size="9.5" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(x + level * swatch + swatch / 2), ink, level);
    }
    x += 11 * swatch + 18;
    svg += fmt::format(R"svg(<rect x="{}" y="362" width="{}" height="12" fill="{}" )svg"
                       R"svg(stroke="{}" stroke-width="0.5"/>)svg",
                       num(x), num(swatch), none_fill, ink);
    svg += fmt::format(R"svg(<text x="{}" y="372" font-size="10.5" fill="{}">not named</text>)svg",
                       num(x + swatch + 4), ink);
    return svg;
}

} // namespace

std::optional<RegionFigures> region_figures(std::span<const analysis::SiteSummary> sites,
                                            BodySite site, Side side) {
    RegionFigures out;
    double total = 0;
    for (const auto& s : sites) {
        if (s.site != site || s.entries <= 0 || (s.side != side && s.side != Side::both)) {
            continue;
        }
        out.entries += s.entries;
        total += s.mean * s.entries;
        out.highest = std::max(out.highest, s.highest);
    }
    if (out.entries == 0) {
        return std::nullopt;
    }
    out.mean = total / out.entries;
    return out;
}

std::string body_map_svg(std::span<const analysis::SiteSummary> sites) {
    if (std::none_of(sites.begin(), sites.end(),
                     [](const analysis::SiteSummary& s) { return s.entries > 0; })) {
        return "";
    }
    std::vector<std::string> named;
    std::vector<std::string> unnamed;
    for (auto site : journal::body_sites()) {
        for (auto side : {Side::left, Side::right}) {
            auto f = region_figures(sites, site, side);
            if (f) {
                named.push_back(label_of(site, side) + " " + figures_text(f));
            } else {
                unnamed.push_back(label_of(site, side));
            }
        }
    }
    auto description = fmt::format(
        "The pelvis and thighs seen from behind, the person's left on the left. {}.{}",
        fmt::join(named, "; "),
        unnamed.empty() ? "" : fmt::format(" Not named: {}.", fmt::join(unnamed, ", ")));
    std::string svg = fmt::format(
        R"svg(<svg class="chart body-map" viewBox="0 0 {} {}" role="img" )svg"
        R"svg(aria-labelledby="body-map-title body-map-desc"><title id="body-map-title">)svg"
        R"svg(Where it hurts: the mean soreness of each body site on each side, seen from )svg"
        R"svg(behind</title><desc id="body-map-desc">{}</desc>)svg"
        R"svg(<defs><pattern id="body-map-none" patternUnits="userSpaceOnUse" width="6" )svg"
        R"svg(height="6"><rect width="6" height="6" fill="#fff"/><path d="M0,6L6,0M-1,1L1,-1)svg"
        R"svg(M5,7L7,5" stroke="#999" stroke-width="0.8"/></pattern></defs>)svg",
        num(width), num(height), html_escape(description));
    svg += fmt::format(R"svg(<text x="{}" y="16" text-anchor="middle" font-size="11" )svg"
                       R"svg(font-weight="bold" fill="{}">LEFT</text>)svg",
                       num(mid - 60), ink);
    svg += fmt::format(R"svg(<text x="{}" y="16" text-anchor="middle" font-size="11" )svg"
                       R"svg(font-weight="bold" fill="{}">RIGHT</text>)svg",
                       num(mid + 60), ink);
    svg += body_outline();
    svg += sacrum();
    for (const auto& r : regions()) {
        for (auto side : {Side::left, Side::right}) {
            svg += region_svg(r, side, region_figures(sites, r.site, side));
        }
    }
    svg += labels();
    svg += legend();
    svg += "</svg>";
    return svg;
}

} // namespace sore::render
