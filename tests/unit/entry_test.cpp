#include "journal/entry.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace sore::journal;

TEST(Names, PressureInLevelOrder) {
    std::vector<std::string_view> names(pressure_names().begin(), pressure_names().end());
    EXPECT_EQ(names, (std::vector<std::string_view>{"light", "medium", "firm", "deep"}));
    EXPECT_EQ(name_of(Pressure::light), "light");
    EXPECT_EQ(name_of(Pressure::deep), "deep");
    EXPECT_EQ(static_cast<int>(Pressure::light), 1);
    EXPECT_EQ(static_cast<int>(Pressure::deep), 4);
}

TEST(Names, Techniques) {
    std::vector<std::string_view> names(technique_names().begin(), technique_names().end());
    EXPECT_EQ(names,
              (std::vector<std::string_view>{"swedish", "deep-tissue", "trigger-point", "sports",
                                             "myofascial", "self", "other", "none"}));
    EXPECT_EQ(name_of(Technique::deep_tissue), "deep-tissue");
    EXPECT_EQ(name_of(Technique::trigger_point), "trigger-point");
    EXPECT_EQ(name_of(Technique::none), "none");
}

TEST(Names, Sides) {
    std::vector<std::string_view> names(side_names().begin(), side_names().end());
    EXPECT_EQ(names, (std::vector<std::string_view>{"left", "right", "both"}));
    EXPECT_EQ(name_of(Side::both), "both");
}

TEST(Names, RoundTripThroughFromName) {
    for (auto name : pressure_names()) {
        auto value = pressure_from_name(name);
        ASSERT_TRUE(value) << name;
        EXPECT_EQ(name_of(*value), name);
    }
    for (auto name : technique_names()) {
        auto value = technique_from_name(name);
        ASSERT_TRUE(value) << name;
        EXPECT_EQ(name_of(*value), name);
    }
    for (auto name : side_names()) {
        auto value = side_from_name(name);
        ASSERT_TRUE(value) << name;
        EXPECT_EQ(name_of(*value), name);
    }
    EXPECT_EQ(pressure_from_name("firm"), Pressure::firm);
    EXPECT_EQ(technique_from_name("myofascial"), Technique::myofascial);
    EXPECT_EQ(side_from_name("right"), Side::right);
}

TEST(Names, UnknownNamesAreNothing) {
    EXPECT_FALSE(pressure_from_name("hard"));
    EXPECT_FALSE(pressure_from_name("Deep"));
    EXPECT_FALSE(pressure_from_name("2"));
    EXPECT_FALSE(technique_from_name("deep_tissue"));
    EXPECT_FALSE(technique_from_name(""));
    EXPECT_FALSE(side_from_name("centre"));
    EXPECT_EQ(side_from_name("left"), Side::left); // and known names still are
}

TEST(IsSession, PressureOrARealTechnique) {
    Entry e;
    EXPECT_FALSE(e.is_session());
    e.technique = Technique::none;
    EXPECT_FALSE(e.is_session());
    e.technique = Technique::swedish;
    EXPECT_TRUE(e.is_session());
    Entry pressed;
    pressed.pressure = Pressure::medium;
    EXPECT_TRUE(pressed.is_session());
}

TEST(EntryDefaults, DefaultsAreAnEmptyUnstoredEntry) {
    Entry e;
    EXPECT_EQ(e.id, 0);
    EXPECT_TRUE(e.uuid.empty());
    EXPECT_EQ(e.soreness, 0);
    EXPECT_FALSE(e.injury);
    EXPECT_FALSE(e.emotional);
    EXPECT_FALSE(e.note);
    EXPECT_TRUE(e.tags.empty());
}
