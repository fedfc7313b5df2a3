#pragma once

// The body map of the `sore report` page: the pelvis and thighs seen from
// behind, drawn as inline SVG from hand-written shapes, with each body site
// a region on each side shaded by its mean soreness over the period (pale
// to dark blue for 0 to 10; hatched where no entry names it, so it reads
// without colour). The person's left is on the viewer's left. An entry
// whose side is "both" counts for the site on either side. Deep muscles,
// and the hip flexors at the front of the hip, have a dashed edge.
// Presentation attributes only, like the other charts.

#include "analysis/sites.hpp"

#include <optional>
#include <span>
#include <string>

namespace sore::render {

// The figures one region is shaded by: the site's summaries on its side and
// on both sides together.
struct RegionFigures {
    int entries = 0;
    double mean = 0;
    int highest = 0;
};

// `side` is left or right; nothing when no entry names the site there or
// on both sides.
std::optional<RegionFigures> region_figures(std::span<const analysis::SiteSummary> sites,
                                            journal::BodySite site, journal::Side side);

// The drawing; empty when no summary counts an entry. Each region carries
// data-site ("glute-med"), data-side ("left") and data-mean ("6.5", empty
// when not named) and a <title> with its figures in words.
std::string body_map_svg(std::span<const analysis::SiteSummary> sites);

} // namespace sore::render
