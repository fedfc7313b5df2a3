#pragma once

// Where it hurts, over a period: per body site and side, how many entries
// name it, their mean and highest soreness there.

#include "journal/entry.hpp"

#include <vector>

namespace sore::analysis {

struct SiteSummary {
    journal::BodySite site = journal::BodySite::glute_max;
    journal::Side side = journal::Side::both;
    int entries = 0; // entries that name this site on this side
    double mean = 0; // their mean soreness there, 0-10
    int highest = 0;
};

} // namespace sore::analysis
