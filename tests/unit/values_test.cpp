#include "error.hpp"
#include "journal/values.hpp"

#include <gtest/gtest.h>

using namespace sore::journal;

TEST(Sitting, AcceptsHoursDecimalsAndUnits) {
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7.5"), 450);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "9"), 540);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7h30m"), 450);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "45m"), 45);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "24"), 1440);
}

TEST(Sitting, RejectsNonsenseWithTheValueInTheMessage) {
    for (const char* bad : {"25h", "-2", "abc", "", "7h60m", "1441m"}) {
        try {
            parse_sitting_minutes("--sitting", bad);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const sore::UsageError& e) {
            EXPECT_NE(std::string(e.what()).find(std::string("--sitting '") + bad + "'"),
                      std::string::npos)
                << e.what();
        }
    }
}
