#include "journal/sites.hpp"

#include "journal/reject.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace sore::journal {

namespace {

struct SiteName {
    BodySite site;
    std::string_view name;
    std::string_view label;
};

constexpr std::array<SiteName, 9> site_names{{
    {BodySite::glute_max, "glute-max", "gluteus maximus"},
    {BodySite::glute_med, "glute-med", "gluteus medius"},
    {BodySite::glute_min, "glute-min", "gluteus minimus"},
    {BodySite::piriformis, "piriformis", "piriformis"},
    {BodySite::si_joint, "si-joint", "sacroiliac joint"},
    {BodySite::hamstring_origin, "hamstring-origin", "hamstring origin"},
    {BodySite::hip_flexors, "hip-flexors", "hip flexors"},
    {BodySite::tfl, "tfl", "tensor fasciae latae / IT band"},
    {BodySite::lower_back, "lower-back", "lower back"},
}};

constexpr std::array<BodySite, 9> all_sites{
    BodySite::glute_max,   BodySite::glute_med, BodySite::glute_min,
    BodySite::piriformis,  BodySite::si_joint,  BodySite::hamstring_origin,
    BodySite::hip_flexors, BodySite::tfl,       BodySite::lower_back};

constexpr std::string_view site_accepted = "NAME[:SIDE]=N, such as glute-med:left=7";

const SiteName& entry_of(BodySite site) {
    return site_names.at(static_cast<std::size_t>(site));
}

int side_rank(Side side) {
    return side == Side::left ? 0 : side == Side::right ? 1 : 2;
}

} // namespace

std::string place_name(SiteKey key) {
    if (key.side == Side::both) {
        return std::string(label_of(key.site));
    }
    return fmt::format("{} {}", name_of(key.side), label_of(key.site));
}

bool in_body_order(SiteKey a, SiteKey b) {
    if (a.site != b.site) {
        return static_cast<int>(a.site) < static_cast<int>(b.site);
    }
    return side_rank(a.side) < side_rank(b.side);
}

std::span<const BodySite> body_sites() {
    return all_sites;
}

std::span<const std::string_view> body_site_names() {
    static const auto names = [] {
        std::array<std::string_view, site_names.size()> out{};
        std::transform(site_names.begin(), site_names.end(), out.begin(),
                       [](const SiteName& s) { return s.name; });
        return out;
    }();
    return names;
}

std::string_view name_of(BodySite site) {
    return entry_of(site).name;
}

std::string_view label_of(BodySite site) {
    return entry_of(site).label;
}

std::optional<BodySite> body_site_from_name(std::string_view name) {
    auto lower = util::lower(name);
    for (const auto& s : site_names) {
        if (s.name == lower) {
            return s.site;
        }
    }
    return std::nullopt;
}

std::string format_site_key(SiteKey key) {
    if (key.side == Side::both) {
        return std::string(name_of(key.site));
    }
    return fmt::format("{}:{}", name_of(key.site), name_of(key.side));
}

std::string format_site(const SiteSoreness& site) {
    return fmt::format("{}={}", format_site_key(key_of(site)), site.soreness);
}

std::string format_sites(std::span<const SiteSoreness> sites) {
    std::string joined;
    for (const auto& site : sites) {
        joined += (joined.empty() ? "" : ";") + format_site(site);
    }
    return joined;
}

SiteKey parse_site_key(std::string_view field, std::string_view text) {
    auto colon = text.find(':');
    auto name = text.substr(0, colon);
    auto site = body_site_from_name(name);
    if (!site) {
        std::vector<std::string> candidates;
        candidates.reserve(site_names.size());
        for (const auto& s : site_names) {
            candidates.emplace_back(s.name);
        }
        if (auto near = util::closest(name, candidates)) {
            reject(field, text,
                   fmt::format("names no body site sore knows (did you mean {}?)", *near),
                   util::one_of(body_site_names()));
        }
        reject(field, text, "names no body site sore knows", util::one_of(body_site_names()));
    }
    SiteKey key{*site, Side::both};
    if (colon != std::string_view::npos) {
        auto side = side_from_name(util::lower(text.substr(colon + 1)));
        if (!side) {
            reject(field, text, "has a side sore does not know",
                   "NAME:left, NAME:right or NAME:both (no side: both)");
        }
        key.side = *side;
    }
    return key;
}

SiteSoreness parse_site(std::string_view field, std::string_view text) {
    auto equals = text.find('=');
    if (equals == std::string_view::npos) {
        reject(field, text, "gives no soreness", site_accepted);
    }
    auto key = parse_site_key(field, text.substr(0, equals));
    auto soreness =
        parse_rating(fmt::format("{} {}", field, text.substr(0, equals)), text.substr(equals + 1));
    return {key.site, key.side, soreness};
}

std::vector<SiteSoreness> parse_sites(std::string_view field, std::string_view text) {
    std::vector<SiteSoreness> sites;
    while (!text.empty()) {
        auto end = std::min(text.find(';'), text.size());
        sites.push_back(parse_site(field, text.substr(0, end)));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    normalise_sites(field, sites);
    return sites;
}

int highest_site_soreness(std::span<const SiteSoreness> sites) {
    int highest = 0;
    for (const auto& site : sites) {
        highest = std::max(highest, site.soreness);
    }
    return highest;
}

void normalise_sites(std::string_view field, std::vector<SiteSoreness>& sites) {
    std::sort(sites.begin(), sites.end(),
              [](const auto& a, const auto& b) { return in_body_order(key_of(a), key_of(b)); });
    auto twice = std::adjacent_find(sites.begin(), sites.end(), [](const auto& a, const auto& b) {
        return key_of(a) == key_of(b);
    });
    if (twice != sites.end()) {
        reject(field, format_site_key(key_of(*twice)), "is given twice",
               "each site and side once in an entry");
    }
    // A site given for both sides and for one of them would count twice on
    // that side, and says two things about it.
    auto both_and_one =
        std::adjacent_find(sites.begin(), sites.end(), [](const auto& a, const auto& b) {
            return a.site == b.site && b.side == Side::both;
        });
    if (both_and_one != sites.end()) {
        reject(field, format_site_key(key_of(*both_and_one)),
               fmt::format("is given beside {} (both sides)", name_of(both_and_one->site)),
               fmt::format("{} for both sides, or each side apart", name_of(both_and_one->site)));
    }
}

} // namespace sore::journal
