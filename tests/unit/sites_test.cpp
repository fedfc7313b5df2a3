// Body sites as typed, stored and shown: names, sides, the order an entry
// keeps them in, and what is refused.

#include "error.hpp"
#include "journal/sites.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

namespace sore {
namespace {

using journal::BodySite;
using journal::Side;
using journal::SiteSoreness;

TEST(Sites, NamesAndLabelsRoundTrip) {
    ASSERT_EQ(journal::body_sites().size(), 9u);
    for (auto site : journal::body_sites()) {
        EXPECT_EQ(journal::body_site_from_name(journal::name_of(site)), site);
        EXPECT_FALSE(journal::label_of(site).empty());
    }
    EXPECT_EQ(journal::name_of(BodySite::glute_med), "glute-med");
    EXPECT_EQ(journal::label_of(BodySite::si_joint), "sacroiliac joint");
    EXPECT_EQ(journal::body_site_from_name("Piriformis"), BodySite::piriformis);
    EXPECT_FALSE(journal::body_site_from_name("glute"));
}

TEST(Sites, ParseWithAndWithoutASide) {
    auto left = journal::parse_site("--site", "glute-med:left=7");
    EXPECT_EQ(left, (SiteSoreness{BodySite::glute_med, Side::left, 7}));
    auto both = journal::parse_site("--site", "lower-back=3");
    EXPECT_EQ(both, (SiteSoreness{BodySite::lower_back, Side::both, 3}));
    EXPECT_EQ(journal::parse_site("--site", "tfl:BOTH=0"),
              (SiteSoreness{BodySite::tfl, Side::both, 0}));
    EXPECT_EQ(journal::format_site(left), "glute-med:left=7");
    EXPECT_EQ(journal::format_site(both), "lower-back=3");
}

std::string refusal(const std::string& text) {
    try {
        journal::parse_site("--site", text);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "";
}

TEST(Sites, RefusesWithOneClearLine) {
    EXPECT_EQ(refusal("piriformus:left=4"),
              "--site 'piriformus:left' names no body site sore knows (did you mean "
              "piriformis?); expected glute-max, glute-med, glute-min, piriformis, si-joint, "
              "hamstring-origin, hip-flexors, tfl or lower-back");
    EXPECT_NE(refusal("glute-med:up=3").find("has a side sore does not know"), std::string::npos);
    EXPECT_NE(refusal("glute-med=11").find("'11' is out of range"), std::string::npos);
    EXPECT_NE(refusal("glute-med").find("gives no soreness"), std::string::npos);
    EXPECT_NE(refusal("glute-med=").find("--site glute-med"), std::string::npos);
}

TEST(Sites, KeptInBodyOrderThenLeftRightBoth) {
    std::vector<SiteSoreness> sites{{BodySite::lower_back, Side::both, 3},
                                    {BodySite::glute_min, Side::both, 2},
                                    {BodySite::glute_med, Side::right, 5},
                                    {BodySite::glute_max, Side::left, 1},
                                    {BodySite::glute_med, Side::left, 7}};
    journal::normalise_sites("--site", sites);
    EXPECT_EQ(journal::format_sites(sites),
              "glute-max:left=1;glute-med:left=7;glute-med:right=5;glute-min=2;lower-back=3");
    EXPECT_EQ(journal::highest_site_soreness(sites), 7);
    EXPECT_EQ(journal::parse_sites("sites", journal::format_sites(sites)), sites);
    EXPECT_TRUE(journal::parse_sites("sites", "").empty());
}

TEST(Sites, TheSameSiteAndSideTwiceIsRefused) {
    std::vector<SiteSoreness> sites{{BodySite::piriformis, Side::left, 3},
                                    {BodySite::piriformis, Side::left, 5}};
    EXPECT_THROW(journal::normalise_sites("--site", sites), UsageError);
    EXPECT_THROW(journal::parse_sites("sites", "tfl=1;tfl:both=2"), UsageError);
    EXPECT_NO_THROW(journal::parse_sites("sites", "tfl:left=1;tfl:right=2"));
}

// Both sides and one side of the same site would count twice on that side
// (the body map, `sore sites`), and say two things about it.
TEST(Sites, ASiteForBothSidesAndForOneIsRefused) {
    auto refusal = [](std::string_view text) {
        try {
            journal::parse_sites("sites", text);
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    EXPECT_EQ(refusal("tfl:left=1;tfl=3"),
              "sites 'tfl:left' is given beside tfl (both sides); expected tfl for both sides, "
              "or each side apart");
    EXPECT_EQ(refusal("tfl=3;piriformis:right=2;tfl:right=1").substr(0, 17), "sites 'tfl:right'");
    EXPECT_EQ(refusal("tfl=3;piriformis:right=2"), "(accepted)");
}

} // namespace
} // namespace sore
