#include "render/entries.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace sore::render;
using namespace sore::journal;

using sore::test::bare_entry;
using sore::test::full_entry;
using sore::test::text_of;

TEST(FormatMinutes, HoursAndMinutes) {
    EXPECT_EQ(format_minutes(450), "7h30m");
    EXPECT_EQ(format_minutes(45), "45m");
    EXPECT_EQ(format_minutes(420), "7h");
    EXPECT_EQ(format_minutes(0), "0m");
    EXPECT_EQ(format_minutes(59), "59m");
    EXPECT_EQ(format_minutes(60), "1h");
    EXPECT_EQ(format_minutes(61), "1h01m");
    EXPECT_EQ(format_minutes(1440), "24h");
}

TEST(EntryDetails, EveryFieldOnItsLine) {
    auto text = text_of([](std::ostream& out) { print_entry_details(out, full_entry(), false); });
    for (const char* line :
         {"Entry 7\n", "\ndate       2026-11-20\n", "\ntime       18:30\n",
          "\nsoreness   6 of 10\n", "\nduring     7 of 10\n", "\nsitting    7h30m (7.5 hours)\n",
          "\npressure   deep (4 of 4)\n", "\ntechnique  trigger-point\n", "\nknots      3\n",
          "\ninjury     yes\n", "\nemotional  yes\n", "\nside       left\n",
          "\ntags       glute, hip\n", "\nuuid       0b5ec0de-0000-4000-8000-000000000001\n",
          "\ncreated    2026-11-20T18:40:00Z\n", "\nupdated    2026-11-21T08:00:00Z\n"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
}

TEST(EntryDetails, NoteLastAndExactlyAsStored) {
    Entry e = full_entry();
    e.note = "Left glute 😀 after the drive\n  second line, \"quoted\"\n\tthird";
    for (bool color : {false, true}) {
        auto text = text_of([&](std::ostream& out) { print_entry_details(out, e, color); });
        const std::string tail = "note:\n" + *e.note + "\n";
        ASSERT_GE(text.size(), tail.size());
        EXPECT_EQ(text.substr(text.size() - tail.size()), tail) << text;
    }
}

TEST(EntryDetails, AbsentFieldsShowADash) {
    auto text = text_of([](std::ostream& out) { print_entry_details(out, bare_entry(), false); });
    for (const char* line :
         {"\ntime       -\n", "\nduring     -\n", "\nsitting    -\n", "\npressure   -\n",
          "\ntags       -\n", "\nnote       -\n", "\nsoreness   0 of 10\n", "\ninjury     no\n"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
}

TEST(EntryDetails, ColourOnlyWhenAsked) {
    auto coloured =
        text_of([](std::ostream& out) { print_entry_details(out, full_entry(), true); });
    EXPECT_NE(coloured.find('\x1b'), std::string::npos);
}

TEST(EntryTable, OneRowPerEntryAndACount) {
    Entry other = bare_entry();
    other.note = "long note that goes on and on well past the width of the column\nand more";
    auto text = text_of([&](std::ostream& out) {
        print_entry_table(out, {full_entry(), other}, false);
    });
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
    EXPECT_EQ(text.rfind("2 entries\n"), text.size() - 10) << text;
    EXPECT_EQ(text.substr(0, 10), "id  date  ");
    EXPECT_NE(text.find("7h30m"), std::string::npos);
    EXPECT_NE(text.find("trigger-point"), std::string::npos);
    EXPECT_NE(text.find("injury"), std::string::npos);
    EXPECT_NE(text.find("glute,hip"), std::string::npos);
    // Unfitted, the note is whole, on one line.
    EXPECT_NE(text.find("of the column↵and more"), std::string::npos) << text;
    auto fitted = text_of([&](std::ostream& out) {
        print_entry_table(out, {full_entry(), other}, false, 80);
    });
    EXPECT_NE(fitted.find("…"), std::string::npos) << fitted;
    EXPECT_EQ(fitted.find("and more"), std::string::npos) << fitted;
    std::istringstream lines(text);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_TRUE(line.empty() || line.back() != ' ') << "'" << line << "'";
    }
    EXPECT_EQ(count, 4);
}

TEST(EntryTable, SingularCount) {
    auto one = text_of([](std::ostream& out) { print_entry_table(out, {bare_entry()}, false); });
    EXPECT_EQ(one.substr(one.size() - 8), "1 entry\n");
    auto none = text_of([](std::ostream& out) { print_entry_table(out, {}, false); });
    EXPECT_EQ(none.substr(none.size() - 10), "0 entries\n");
}
