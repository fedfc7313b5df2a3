#pragma once

// Small journals for the analysis tests, written as the day totals that
// store::day_totals returns: days counted from a first day, each a rest day
// or a session, with the fields a test needs set on the totals it gets
// back.

#include "analysis/days.hpp"
#include "journal/dates.hpp"

#include <cmath>
#include <date/date.h>
#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <vector>

namespace sore::test {

class Journal {
public:
    explicit Journal(journal::Day first) : first_(first) {}

    journal::Day at(int offset) const { return first_ + date::days{offset}; }

    // A day of `entries` entries whose soreness adds up to `sum`, none a
    // session. The day must not be there yet.
    analysis::DayTotals& rest(int offset, long sum, int entries = 1) {
        auto [it, added] = days_.try_emplace(offset);
        EXPECT_TRUE(added) << "day " << offset << " twice";
        auto& t = it->second;
        t.day = at(offset);
        t.entries = entries;
        t.soreness_sum = sum;
        t.soreness_max = static_cast<int>((sum + entries - 1) / entries);
        return t;
    }

    // The same with one entry a session, at `pressure` (1 light to 4 deep;
    // 0: a technique without a pressure).
    analysis::DayTotals& session(int offset, long sum, int pressure = 0, int entries = 1) {
        auto& t = rest(offset, sum, entries);
        t.sessions = 1;
        if (pressure > 0) {
            t.pressure_counts[static_cast<std::size_t>(pressure - 1)] = 1;
        }
        return t;
    }

    // A day whose soreness (a multiple of 0.25) is the mean of 4 entries.
    analysis::DayTotals& rest_at(int offset, double soreness) {
        return rest(offset, quarters(soreness), 4);
    }
    analysis::DayTotals& session_at(int offset, double soreness, int pressure) {
        return session(offset, quarters(soreness), pressure, 4);
    }

    bool has(int offset) const { return days_.contains(offset); }
    analysis::DayTotals& operator[](int offset) { return days_.at(offset); }

    // Oldest first, as the queries return them.
    std::vector<analysis::DayTotals> days() const {
        std::vector<analysis::DayTotals> list;
        for (const auto& [offset, t] : days_) {
            list.push_back(t);
        }
        return list;
    }

    analysis::Timeline timeline(std::optional<int> first = std::nullopt) const {
        auto list = days();
        return analysis::build_timeline(list, first ? std::optional(at(*first)) : std::nullopt);
    }

private:
    static long quarters(double soreness) {
        auto q = std::lround(soreness * 4);
        EXPECT_DOUBLE_EQ(static_cast<double>(q) / 4, soreness) << "not a multiple of 0.25";
        return q;
    }

    journal::Day first_;
    std::map<int, analysis::DayTotals> days_;
};

} // namespace sore::test
