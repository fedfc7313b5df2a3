// "Where it hurts" in `sore report`: the body map holds a region per site
// and side with its figures, an entry for both sides shades either side,
// and the table beside it has a row per site and side as logged. Today is
// Friday 2026-11-27 in Europe/Berlin.

#include "report_page.hpp"

#include <string>

using sore::testing::cells;
using sore::testing::Cells;
using sore::testing::log_entry;
using sore::testing::pin;
using sore::testing::Sandbox;
using sore::testing::xpath;

namespace {

const std::string map = "//svg[contains(@class,'body-map')]";

std::string region(const std::string& site, const std::string& side) {
    return map + "//*[@data-site='" + site + "' and @data-side='" + side + "']";
}

// The page written with -o, as a physiotherapist would get it; xmllint reads
// it there.
void write_page(const Sandbox& box, std::vector<std::string> args = {}) {
    args.insert(args.begin(), {"report", "-o", "page.html", "--force"});
    auto r = box.run(args);
    ASSERT_EQ(r.status, 0) << r.err;
    auto lint = sore::testing::xmllint("--noout", box.dir() / "page.html");
    EXPECT_EQ(lint.status, 0) << lint.out;
    EXPECT_EQ(lint.out, "");
}

TEST(ReportSites, TheBodyMapAndTheTableHoldEverySiteNamed) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-11-20", "--soreness", "6", "--site", "glute-med:left=7", "--site",
                    "lower-back=3"});
    log_entry(box, {"2026-11-23", "--soreness", "5", "--site", "glute-med:left=6", "--site",
                    "piriformis:right=4"});
    log_entry(box, {"2026-11-25", "--soreness", "2", "--site", "lower-back:left=1"});
    log_entry(box, {"2026-08-03", "--soreness", "9", "--site", "tfl:right=9"}); // long before
    write_page(box);

    EXPECT_EQ(xpath(box, "string(//section[@class='sites']/h2)"), "Where it hurts");
    // Every entry's own sites, under its row; none for an entry without.
    EXPECT_EQ(xpath(box, "count(//table[@class='entries']//td[@class='entry-sites'])"), "3");
    EXPECT_EQ(xpath(box, "string(//table[@class='entries']//td[@class='entry-sites'])"),
              "Where it hurts: left gluteus medius 7, lower back 3");
    EXPECT_EQ(xpath(box, "string(" + map + "/@role)"), "img");
    EXPECT_EQ(xpath(box, "string(" + map + "/title)"),
              "Where it hurts: the mean soreness of each body site on each side, seen from "
              "behind");
    EXPECT_NE(xpath(box, "string(" + map + "/desc)"), "");
    // Every one of the 9 sites on each side, and no other region.
    EXPECT_EQ(xpath(box, "count(" + map + "//*[@data-site])"), "18");

    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "left") + "/@data-mean)"), "6.5");
    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "left") + "/title)"),
              "left gluteus medius: mean 6.5 of 10 over 2 entries");
    EXPECT_EQ(xpath(box, "string(" + region("piriformis", "right") + "/title)"),
              "right piriformis: mean 4.0 of 10 over 1 entry");
    // lower-back=3 names both sides: alone on the right, with the left's 1.
    EXPECT_EQ(xpath(box, "string(" + region("lower-back", "right") + "/@data-mean)"), "3.0");
    EXPECT_EQ(xpath(box, "string(" + region("lower-back", "left") + "/@data-mean)"), "2.0");
    EXPECT_EQ(xpath(box, "string(" + region("lower-back", "left") + "/title)"),
              "left lower back: mean 2.0 of 10 over 2 entries");
    // Not named in the period: the right glute-med, and the tfl logged long before.
    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "right") + "/@data-mean)"), "");
    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "right") + "/title)"),
              "right gluteus medius: not named");
    EXPECT_EQ(xpath(box, "string(" + region("tfl", "right") + "/@data-mean)"), "");
    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "right") + "/@fill)"),
              "url(#body-map-none)");

    // The same figures as a table: site, side, entries, mean, highest.
    const std::string rows = "//table[@class='sites']/tbody/tr";
    EXPECT_EQ(xpath(box, "count(" + rows + ")"), "4");
    EXPECT_EQ(cells(box, rows + "[1]"), (Cells{"gluteus medius", "left", "2", "6.5", "7"}));
    EXPECT_EQ(cells(box, rows + "[2]"), (Cells{"piriformis", "right", "1", "4.0", "4"}));
    EXPECT_EQ(cells(box, rows + "[3]"), (Cells{"lower back", "left", "1", "1.0", "1"}));
    EXPECT_EQ(cells(box, rows + "[4]"), (Cells{"lower back", "both", "1", "3.0", "3"}));
    EXPECT_EQ(xpath(box, "string(//table[@class='sites']/thead/tr)"), "SiteSideEntriesMeanHighest");
    // The figure says which way it faces.
    EXPECT_NE(xpath(box, "string(//section[@class='sites']//figcaption)")
                  .find("the person's left is on your left"),
              std::string::npos);

    // A period that leaves out the early entries leaves them off the map.
    write_page(box, {"--from", "2026-11-24"});
    EXPECT_EQ(xpath(box, "count(//table[@class='sites']/tbody/tr)"), "1");
    EXPECT_EQ(xpath(box, "string(" + region("glute-med", "left") + "/@data-mean)"), "");
    EXPECT_EQ(xpath(box, "string(" + region("lower-back", "left") + "/@data-mean)"), "1.0");
    EXPECT_EQ(xpath(box, "string(" + region("lower-back", "right") + "/@data-mean)"), "");
}

TEST(ReportSites, WithoutSitesOneSentenceAndNoMap) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-11-20", "--soreness", "6"});
    write_page(box);
    EXPECT_EQ(xpath(box, "string(//section[@class='sites']/h2)"), "Where it hurts");
    EXPECT_EQ(xpath(box, "count(" + map + ")"), "0");
    EXPECT_EQ(xpath(box, "count(//table[@class='sites'])"), "0");
    EXPECT_EQ(xpath(box, "normalize-space(//section[@class='sites']/p)"),
              "No entry in this period says where it hurts.");
}

} // namespace
