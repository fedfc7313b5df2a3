// The body map of the HTML report: a region per site and side with its
// figures in data attributes and a <title>, an entry for both sides
// shading either side, nothing drawn without sites, and well-formed XML.

#include "journal/sites.hpp"
#include "render/html_body_map.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <regex>
#include <vector>

namespace sore::render {
namespace {

using analysis::SiteSummary;
using journal::BodySite;
using journal::Side;

// The opening tag of the region for `site` on `side`, and what it holds up
// to its closing tag.
std::string region(const std::string& svg, std::string_view site, std::string_view side) {
    auto key = fmt::format(R"(data-site="{}" data-side="{}")", site, side);
    auto at = svg.find(key);
    if (at == std::string::npos) {
        return "";
    }
    auto open = svg.rfind('<', at);
    auto name_end = svg.find(' ', open);
    auto close = svg.find("</" + svg.substr(open + 1, name_end - open - 1) + ">", at);
    return svg.substr(open, close - open);
}

std::string attribute(const std::string& element, const std::string& name) {
    std::smatch m;
    if (std::regex_search(element, m, std::regex(" " + name + "=\"([^\"]*)\""))) {
        return m[1];
    }
    return "?";
}

std::string title(const std::string& element) {
    auto at = element.find("<title>");
    return at == std::string::npos ? "?"
                                   : element.substr(at + 7, element.find("</title>") - at - 7);
}

// Enough of XML to catch a broken drawing: every element closed in order,
// attributes quoted, '&' only as an entity, one root.
bool well_formed(const std::string& xml) {
    std::vector<std::string> open;
    bool rooted = false;
    std::size_t i = 0;
    while (i < xml.size()) {
        if (xml[i] == '&') {
            if (!std::regex_search(xml.substr(i, 8), std::regex("^&(#[0-9]+|[a-z]+);"))) {
                return false;
            }
            ++i;
            continue;
        }
        if (xml[i] != '<') {
            if (open.empty() && xml[i] != '\n') {
                return false; // text outside the root
            }
            ++i;
            continue;
        }
        auto end = i + 1;
        char quote = 0;
        while (end < xml.size() && (quote != 0 || xml[end] != '>')) {
            if (quote == 0 && xml[end] == '<') {
                return false;
            }
            if (xml[end] == '"' || xml[end] == '\'') {
                quote = quote == 0 ? xml[end] : quote == xml[end] ? 0 : quote;
            }
            ++end;
        }
        if (end >= xml.size()) {
            return false;
        }
        auto tag = xml.substr(i + 1, end - i - 1);
        static const std::regex start(R"(^([A-Za-z][\w:-]*)(\s+[\w:-]+="[^"<]*")*\s*(/?)$)");
        std::smatch m;
        if (tag.starts_with('/')) {
            if (open.empty() || open.back() != tag.substr(1)) {
                return false;
            }
            open.pop_back();
        } else if (std::regex_match(tag, m, start)) {
            if (open.empty() && rooted) {
                return false;
            }
            rooted = true;
            if (m[3] != "/") {
                open.push_back(m[1]);
            }
        } else {
            return false;
        }
        i = end + 1;
    }
    return rooted && open.empty();
}

TEST(BodyMap, ARegionPerSiteAndSideWithItsFigures) {
    std::vector<SiteSummary> sites{{BodySite::glute_med, Side::left, 4, 6.5, 8},
                                   {BodySite::piriformis, Side::right, 1, 5, 5}};
    auto svg = body_map_svg(sites);
    ASSERT_FALSE(svg.empty());
    EXPECT_TRUE(svg.starts_with(R"(<svg class="chart body-map" )")) << svg.substr(0, 80);
    EXPECT_NE(svg.find(R"(role="img")"), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"body-map-title\">"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"body-map-desc\">"), std::string::npos);

    auto med = region(svg, "glute-med", "left");
    EXPECT_EQ(attribute(med, "data-mean"), "6.5");
    EXPECT_EQ(title(med), "left gluteus medius: mean 6.5 of 10 over 4 entries");
    EXPECT_NE(attribute(med, "fill"), "url(#body-map-none)");
    auto piriformis = region(svg, "piriformis", "right");
    EXPECT_EQ(attribute(piriformis, "data-mean"), "5.0");
    EXPECT_EQ(title(piriformis), "right piriformis: mean 5.0 of 10 over 1 entry");

    // Every site on both sides has a region; those not named say so.
    for (auto site : journal::body_sites()) {
        for (std::string_view side : {"left", "right"}) {
            auto r = region(svg, journal::name_of(site), side);
            ASSERT_FALSE(r.empty()) << journal::name_of(site) << " " << side;
            bool named = (site == BodySite::glute_med && side == "left") ||
                         (site == BodySite::piriformis && side == "right");
            if (!named) {
                EXPECT_EQ(attribute(r, "data-mean"), "");
                EXPECT_EQ(attribute(r, "fill"), "url(#body-map-none)");
                EXPECT_EQ(title(r), fmt::format("{} {}: not named", side, journal::label_of(site)));
            }
        }
    }
    EXPECT_EQ(std::regex_search(svg, std::regex("data-side=\"both\"")), false);
}

TEST(BodyMap, AnEntryForBothSidesShadesEitherSide) {
    std::vector<SiteSummary> both{{BodySite::lower_back, Side::both, 2, 3, 4}};
    auto svg = body_map_svg(both);
    for (std::string_view side : {"left", "right"}) {
        auto r = region(svg, "lower-back", side);
        EXPECT_EQ(attribute(r, "data-mean"), "3.0") << side;
        EXPECT_EQ(title(r), fmt::format("{} lower back: mean 3.0 of 10 over 2 entries", side));
    }
    // With the left's own entries, the left's figures are over them all.
    std::vector<SiteSummary> mixed{{BodySite::lower_back, Side::left, 1, 1, 1},
                                   {BodySite::lower_back, Side::both, 1, 3, 3}};
    svg = body_map_svg(mixed);
    EXPECT_EQ(attribute(region(svg, "lower-back", "left"), "data-mean"), "2.0");
    EXPECT_EQ(attribute(region(svg, "lower-back", "right"), "data-mean"), "3.0");
    auto left = region_figures(mixed, BodySite::lower_back, Side::left);
    ASSERT_TRUE(left.has_value());
    EXPECT_EQ(left->entries, 2);
    EXPECT_EQ(left->highest, 3);
    EXPECT_FALSE(region_figures(mixed, BodySite::tfl, Side::left).has_value());
}

TEST(BodyMap, NoSitesNoDrawing) {
    EXPECT_EQ(body_map_svg({}), "");
    std::vector<SiteSummary> none{{BodySite::tfl, Side::left, 0, 0, 0}};
    EXPECT_EQ(body_map_svg(none), "");
}

TEST(BodyMap, IsWellFormedXml) {
    EXPECT_TRUE(well_formed("<a><b x=\"1\"/>t &amp; u</a>"));
    EXPECT_FALSE(well_formed("<a><b></a></b>"));
    EXPECT_FALSE(well_formed("<a>&</a>"));
    std::vector<SiteSummary> sites;
    for (auto site : journal::body_sites()) {
        sites.push_back({site, Side::both, 3, 10, 10});
    }
    auto svg = body_map_svg(sites);
    EXPECT_TRUE(well_formed(svg)) << svg;
    // A hatch pattern for the regions not named, and a legend from 0 to 10.
    EXPECT_NE(svg.find(R"(<pattern id="body-map-none")"), std::string::npos);
    EXPECT_NE(svg.find(">10</text>"), std::string::npos);
    EXPECT_NE(svg.find(">not named</text>"), std::string::npos);
    EXPECT_NE(svg.find("LEFT"), std::string::npos);
}

} // namespace
} // namespace sore::render
