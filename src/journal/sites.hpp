#pragma once

// Where it hurts: the body sites an entry can name, each on a side with its
// own soreness. A fixed list of the places glute massage reaches; written
// as NAME[:SIDE]=N ("glute-med:left=7"; no side means both).

#include "journal/entry.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sore::journal {

std::span<const BodySite> body_sites();
std::span<const std::string_view> body_site_names(); // in the same order
std::string_view name_of(BodySite site);             // "glute-med", as typed and stored
std::string_view label_of(BodySite site);            // "gluteus medius", for people
std::optional<BodySite> body_site_from_name(std::string_view name);

// The site and side an entry's soreness is given for (`--unsite` names one).
struct SiteKey {
    BodySite site;
    Side side = Side::both;
    bool operator==(const SiteKey&) const = default;
};

inline SiteKey key_of(const SiteSoreness& site) {
    return {site.site, site.side};
}

// Whether `a` comes before `b`: the body's order of sites, then left,
// right, both.
bool in_body_order(SiteKey a, SiteKey b);

// "glute-med:left", "lower-back" (both).
std::string format_site_key(SiteKey key);
// For people: "left gluteus medius", "lower back" (both).
std::string place_name(SiteKey key);
// "glute-med:left=7".
std::string format_site(const SiteSoreness& site);
// Sites joined with ';', as CSV and the journal keep them.
std::string format_sites(std::span<const SiteSoreness> sites);

// NAME[:SIDE]; UsageError naming `field` for an unknown site (with the
// nearest name) or side.
SiteKey parse_site_key(std::string_view field, std::string_view text);
// NAME[:SIDE]=N, N from 0 to 10.
SiteSoreness parse_site(std::string_view field, std::string_view text);
// ';'-joined, as format_sites() writes; empty text is no sites.
std::vector<SiteSoreness> parse_sites(std::string_view field, std::string_view text);

// The entry's soreness when only its sites give one: the highest of them.
int highest_site_soreness(std::span<const SiteSoreness> sites);

// Sites as an entry keeps them: in the order of body_sites(), then left,
// right, both. UsageError naming `field` when a site and side come twice,
// or a site comes for both sides and for one.
void normalise_sites(std::string_view field, std::vector<SiteSoreness>& sites);

} // namespace sore::journal
