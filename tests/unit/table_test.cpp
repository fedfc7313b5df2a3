#include "render/table.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>
#include <string>

using namespace sore::render;

namespace {

std::string print(const Table& table, bool color = false) {
    std::ostringstream out;
    table.print(out, color);
    return out.str();
}

} // namespace

TEST(Table, AlignsColumnsWithTwoSpaces) {
    Table table({{"name"}, {"n", Align::right}, {"note"}});
    table.add_row({{"a"}, {"1"}, {"x"}});
    table.add_row({{"long name"}, {"10"}, {"longer note"}});
    EXPECT_EQ(table.rows(), 2u);
    EXPECT_EQ(print(table), "name        n  note\n"
                            "a           1  x\n"
                            "long name  10  longer note\n");
}

TEST(Table, NoTrailingBlanks) {
    Table table({{"a"}, {"b"}, {"c", Align::right}});
    table.add_row({{"x"}, {""}, {""}});
    table.add_row({{"wide cell"}, {"wider cell here"}, {"7"}});
    auto text = print(table);
    std::istringstream lines(text);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        ASSERT_FALSE(line.empty());
        EXPECT_NE(line.back(), ' ') << "'" << line << "'";
    }
    EXPECT_EQ(count, 3);
    EXPECT_NE(text.find("\nx\n"), std::string::npos) << text;
}

TEST(Table, CountsUtf8CharactersNotBytes) {
    Table table({{"word"}, {"n", Align::right}});
    table.add_row({{"héllo"}, {"1"}});
    table.add_row({{"hello"}, {"2"}});
    table.add_row({{"ök"}, {"3"}});
    EXPECT_EQ(print(table), "word   n\n"
                            "héllo  1\n"
                            "hello  2\n"
                            "ök     3\n");
}

TEST(Table, ShortRowsArePaddedWithEmptyCells) {
    Table table({{"a"}, {"b"}});
    table.add_row({{"1"}});
    EXPECT_EQ(print(table), "a  b\n1\n");
}

TEST(Table, HeaderOnlyWhenNoRows) {
    Table table({{"id", Align::right}, {"date"}});
    EXPECT_EQ(table.rows(), 0u);
    EXPECT_EQ(print(table), "id  date\n");
}

TEST(Table, ColourOnlyWhenAsked) {
    Table table({{"a"}, {"b"}});
    table.add_row({{"red", fmt::fg(fmt::terminal_color::red)}, {"plain"}});
    auto plain = print(table, false);
    EXPECT_EQ(plain.find('\x1b'), std::string::npos) << plain;
    EXPECT_EQ(plain, "a    b\nred  plain\n");
    auto coloured = print(table, true);
    EXPECT_NE(coloured.find("\x1b[31mred\x1b[0m"), std::string::npos) << coloured;
    EXPECT_NE(coloured.find("\x1b[1ma"), std::string::npos) << coloured; // bold header
    // Padding is computed on the visible text, not the escape codes.
    EXPECT_NE(coloured.find("\x1b[31mred\x1b[0m  plain"), std::string::npos) << coloured;
}

TEST(DisplayWidth, OneColumnPerCodePoint) {
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("abc"), 3u);
    EXPECT_EQ(display_width("héllo"), 5u);
    EXPECT_EQ(display_width("😀x"), 2u);
    EXPECT_EQ(display_width("…"), 1u);
}

TEST(Shorten, LeavesShortTextAlone) {
    EXPECT_EQ(shorten("hello", 10), "hello");
    EXPECT_EQ(shorten("hello", 5), "hello");
    EXPECT_EQ(shorten("", 5), "");
}

TEST(Shorten, CutsWithAnEllipsisWithinTheWidth) {
    EXPECT_EQ(shorten("hello world", 5), "hell…");
    EXPECT_EQ(shorten("hello!", 5), "hell…");
    EXPECT_EQ(shorten("ab", 1), "…");
    EXPECT_EQ(display_width(shorten("hello world", 5)), 5u);
}

TEST(Shorten, KeepsUtf8CharactersWhole) {
    EXPECT_EQ(shorten("héllo wörld", 6), "héllo…");
    EXPECT_EQ(shorten("😀😀😀😀", 3), "😀😀…");
    EXPECT_EQ(shorten("😀😀😀", 3), "😀😀😀");
    EXPECT_EQ(shorten("ééé", 2), "é…");
}

TEST(Shorten, ShowsLineBreaksAsOneSymbol) {
    EXPECT_EQ(shorten("a\nb", 10), "a↵b");
    EXPECT_EQ(shorten("one\ntwo\nthree", 6), "one↵t…");
    EXPECT_EQ(shorten("tab\there", 20), "tab here");
    EXPECT_EQ(shorten("cr\r\nlf", 20), "cr ↵lf");
}

TEST(Shorten, NeverWiderThanAsked) {
    const std::string text = "Sore on the left glute 😀 after a long drive,\nbetter by evening.";
    for (std::size_t width = 1; width <= 80; ++width) {
        auto cut = shorten(text, width);
        EXPECT_EQ(display_width(cut), std::min(width, display_width(text))) << width;
        EXPECT_EQ(cut.find('\n'), std::string::npos);
    }
}
