#include "render/table.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace sore::render;
using sore::util::display_width;
using sore::util::shorten;

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

TEST(DisplayWidth, ColumnsAsATerminalDrawsThem) {
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("abc"), 3u);
    EXPECT_EQ(display_width("héllo"), 5u);
    EXPECT_EQ(display_width("😀x"), 3u); // an emoji is two columns wide
    EXPECT_EQ(display_width("…"), 1u);
    EXPECT_EQ(display_width("臀部が痛い"), 10u);     // Japanese: two each
    EXPECT_EQ(display_width("👍🏽"), 2u);        // with a skin-tone modifier
    EXPECT_EQ(display_width("e\u0301te\u0301"), 3u); // "été", accents combined
    EXPECT_EQ(display_width("🇩🇪"), 2u);              // a flag
    EXPECT_EQ(display_width("👩\u200d🔬"), 2u);        // joined into one picture
    EXPECT_EQ(display_width("\xff\xfe"), 8u);        // not UTF-8: shown as \\xFF\\xFE
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
    EXPECT_EQ(shorten("😀😀😀😀", 3), "😀…");
    EXPECT_EQ(shorten("😀😀😀😀", 5), "😀😀…");
    EXPECT_EQ(shorten("😀😀😀", 6), "😀😀😀");
    EXPECT_EQ(shorten("臀部が痛い", 6), "臀部…");
    EXPECT_EQ(shorten("👍🏽👍🏽👍🏽", 5),
              "👍🏽👍🏽…");                           // the modifier stays with its hand
    EXPECT_EQ(shorten("e\u0301e\u0301e\u0301", 2), "e\u0301…"); // the accent stays on its e
    EXPECT_EQ(shorten("ééé", 2), "é…");
}

TEST(Visible, ControlCharactersAreShownNotObeyed) {
    using sore::util::visible;
    EXPECT_EQ(visible("red \x1b[31mtext\x1b[0m"), "red ^[[31mtext^[[0m");
    EXPECT_EQ(visible("\x1b]0;title\a"), "^[]0;title^G");
    EXPECT_EQ(visible("del\x7f cr\r"), "del^? cr^M");
    EXPECT_EQ(visible("c1 \u009b31m \u0085"), "c1 \\u009B31m \\u0085");
    EXPECT_EQ(visible("keeps\nlines\tand tabs 😀"), "keeps\nlines\tand tabs 😀");
    EXPECT_EQ(visible("\xff"), "\\xFF");
    EXPECT_EQ(display_width("\x1b[31m"), 6u); // as shown: ^[[31m
}

TEST(Shorten, ShowsControlCharactersAsVisible) {
    EXPECT_EQ(shorten("a\x1b[31mb", 20), "a^[[31mb");
    EXPECT_EQ(shorten("a\x1b[31mb", 4), "a^[…"); // never half a symbol
    EXPECT_EQ(shorten("bell\a", 20), "bell^G");
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
        // Never wider; one short only where a wide emoji did not fit.
        EXPECT_LE(display_width(cut), std::min(width, display_width(text))) << width;
        EXPECT_GE(display_width(cut) + 1, std::min(width, display_width(text))) << width;
        EXPECT_EQ(cut.find('\n'), std::string::npos);
    }
}

TEST(Table, LinesUpJapaneseEmojiAndCombiningAccents) {
    Table table({{"note"}, {"n", Align::right}});
    table.add_row({{"臀部が痛い"}, {"1"}});
    table.add_row({{"👍🏽 better"}, {"2"}});
    table.add_row({{"re\u0301sume\u0301"}, {"3"}});
    table.add_row({{"plain"}, {"4"}});
    auto text = print(table, false);
    std::istringstream lines(text);
    std::vector<std::size_t> widths;
    for (std::string line; std::getline(lines, line);) {
        widths.push_back(display_width(line));
    }
    // Every row ends in the same column, as a terminal draws it.
    ASSERT_EQ(widths.size(), 5u);
    for (auto width : widths) {
        EXPECT_EQ(width, widths.front()) << text;
    }
    EXPECT_EQ(widths.front(), 13u) << text; // "臀部が痛い" is 10 columns, then 2 spaces, then n
}

namespace {

// A table like `sore list`'s: a long note that may shrink, a column that
// may go.
Table wide_table() {
    Table table({{"id", Align::right},
                 {"pressure", Align::left, "press"},
                 {"side", Align::left, "", 0, 1},
                 {"note", Align::left, "", 6}});
    table.add_row({{"1"}, {"deep"}, {"left"}, {"a long note about a long drive to the coast"}});
    table.add_row({{"22"}, {"light"}, {""}, {"short"}});
    return table;
}

std::string fitted(const Table& table, std::size_t width, std::size_t* left_out = nullptr) {
    std::ostringstream out;
    auto gone = table.print(out, false, width);
    if (left_out != nullptr) {
        *left_out = gone;
    }
    return out.str();
}

std::size_t widest_line(const std::string& text) {
    std::istringstream lines(text);
    std::size_t widest = 0;
    for (std::string line; std::getline(lines, line);) {
        widest = std::max(widest, display_width(line));
    }
    return widest;
}

} // namespace

TEST(TableFit, AWideEnoughWidthChangesNothing) {
    auto table = wide_table();
    std::ostringstream natural;
    table.print(natural, false);
    EXPECT_EQ(fitted(table, 200), natural.str());
    EXPECT_EQ(widest_line(natural.str()), 63u);
}

TEST(TableFit, TheNoteShrinksFirstAndHeadersShorten) {
    auto table = wide_table();
    auto text = fitted(table, 40);
    EXPECT_EQ(widest_line(text), 40u) << text;
    EXPECT_TRUE(text.starts_with("id  press  side  note")) << text;
    EXPECT_NE(text.find("a long note about a lo…"), std::string::npos) << text;
}

TEST(TableFit, ThenOneSpaceThenColumnsLeaveWithACount) {
    auto table = wide_table();
    std::size_t gone = 0;
    auto text = fitted(table, 21, &gone);
    EXPECT_EQ(gone, 0u) << text;
    EXPECT_TRUE(text.starts_with("id press side note")) << text;
    EXPECT_LE(widest_line(text), 21u) << text;
    text = fitted(table, 16, &gone);
    EXPECT_EQ(gone, 1u) << text;
    EXPECT_TRUE(text.starts_with("id press note")) << text;
    EXPECT_EQ(text.find("left"), std::string::npos) << text;
    EXPECT_LE(widest_line(text), 16u) << text;
}

// A cell with a short form shows it, whole, where its column is too narrow
// for the text; without one the text is cut.
TEST(TableFit, ACellsShortFormReplacesACut) {
    Table table(
        {{"id", Align::right}, {"flags", Align::left, "flag", 7}, {"note", Align::left, "", 4}});
    table.add_row({{"1"}, {"injury,emotional", std::nullopt, "inj,emo"}, {"tight"}});
    table.add_row({{"2"}, {"injury,emotional"}, {"tight"}});
    auto text = fitted(table, 20);
    EXPECT_LE(widest_line(text), 20u) << text;
    EXPECT_NE(text.find(" 1  inj,emo  "), std::string::npos) << text;
    EXPECT_NE(text.find(" 2  injury,em…"), std::string::npos) << text;
    EXPECT_NE(fitted(table, 80).find("1  injury,emotional"), std::string::npos);
}
