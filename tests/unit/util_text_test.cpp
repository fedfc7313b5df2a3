// The text helpers every folder shares (util/text.hpp). Display width and
// shortening are tested with the table (table_test.cpp).

#include "journal/entry.hpp"
#include "util/text.hpp"

#include <array>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace sore::util;

TEST(IsUtf8, WellFormedOnly) {
    EXPECT_TRUE(is_utf8(""));
    EXPECT_TRUE(is_utf8("plain"));
    EXPECT_TRUE(is_utf8("Gesäß 臀部 😀 👍🏽"));
    EXPECT_FALSE(is_utf8("\xff"));
    EXPECT_FALSE(is_utf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(is_utf8("\xED\xA0\x80"));     // a surrogate
    EXPECT_FALSE(is_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(is_utf8("ok\xE2\x82"));       // cut short
}

TEST(Lower, AsciiLettersOnly) {
    EXPECT_EQ(lower("Glute HIP"), "glute hip");
    EXPECT_EQ(lower("ÄÖÜ-Abc"), "ÄÖÜ-abc");
}

TEST(CodePointAt, DecodesOneAndMarksABadByte) {
    auto euro = code_point_at("a\u20ACb", 1);
    EXPECT_EQ(euro.code, 0x20AC);
    EXPECT_EQ(euro.bytes, 3u);
    EXPECT_EQ(code_point_at("a\u20ACb", 4).code, 'b');
    auto bad = code_point_at("x\xFFy", 1);
    EXPECT_EQ(bad.code, -1);
    EXPECT_EQ(bad.bytes, 1u);
    EXPECT_EQ(code_point_at("\xE2\x82", 0).code, -1); // cut short
}

TEST(Closest, TheNearestCandidateWithinTwoEdits) {
    const std::vector<std::string> options{"--soreness", "--sitting", "--pressure", "--side"};
    EXPECT_EQ(closest("--sorenes", options), "--soreness"); // one left out
    EXPECT_EQ(closest("--presure", options), "--pressure");
    EXPECT_EQ(closest("--SORENESS", options), "--soreness"); // case ignored
    EXPECT_EQ(closest("--sittnig", options), "--sitting");   // two swapped: one edit
    EXPECT_EQ(closest("--frob", options), std::nullopt);
    const std::vector<std::string> commands{"list", "log", "rm", "show"};
    EXPECT_EQ(closest("lsit", commands), "list");
    EXPECT_EQ(closest("lo", commands), std::nullopt); // a short word: only its own case
    EXPECT_EQ(closest("x", commands), std::nullopt);  // too short to guess from
}

TEST(IsBlank, OnlySpacesTabsAndLineEnds) {
    EXPECT_TRUE(is_blank(""));
    EXPECT_TRUE(is_blank(" \t\r\n "));
    EXPECT_FALSE(is_blank(" x "));
    EXPECT_FALSE(is_blank("\u00a0")); // a no-break space is text
}

TEST(Quoted, WrapsInQuotesAndEscapesControlCharacters) {
    EXPECT_EQ(sore::util::quoted("six"), "'six'");
    EXPECT_EQ(sore::util::quoted(""), "''");
    EXPECT_EQ(sore::util::quoted("a\nb"), "'a\\nb'");
    EXPECT_EQ(sore::util::quoted("a\r\nb"), "'a\\r\\nb'");
    EXPECT_EQ(sore::util::quoted("a\tb"), "'a\\tb'");
    EXPECT_EQ(sore::util::quoted(std::string("a\x01", 2) + "\x1b[31m"), "'a\\x01\\x1b[31m'");
    EXPECT_EQ(sore::util::quoted("del\x7f"), "'del\\x7f'");
    EXPECT_EQ(sore::util::quoted(std::string("nul\0x", 5)), "'nul\\x00x'");
    EXPECT_EQ(sore::util::quoted("😀"), "'😀'");
}

TEST(Quoted, ShortensLongValues) {
    std::string text(200, 'a');
    auto out = sore::util::quoted(text);
    EXPECT_LT(out.size(), 80u);
    EXPECT_EQ(out.substr(0, 11), "'aaaaaaaaaa");
    EXPECT_EQ(out.substr(out.size() - 4), "...'");
    EXPECT_EQ(sore::util::quoted(std::string(60, 'b')), "'" + std::string(60, 'b') + "'");
}

TEST(Quoted, NeverCutsACharacterInHalf) {
    // 59 ASCII bytes, then a two-byte character across the cut.
    std::string text = std::string(59, 'a') + "é" + std::string(10, 'z');
    auto out = sore::util::quoted(text);
    EXPECT_EQ(out.substr(0, 4), "'aaa");
    EXPECT_EQ(out.substr(out.size() - 4), "...'");
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c == 0xC3) {
            ASSERT_LT(i + 1, out.size());
            EXPECT_EQ(static_cast<unsigned char>(out[i + 1]) & 0xC0, 0x80) << out;
        }
    }
}

TEST(OneOf, JoinsWithCommasAndOr) {
    constexpr std::array<std::string_view, 3> three{"a", "b", "c"};
    constexpr std::array<std::string_view, 2> two{"a", "b"};
    constexpr std::array<std::string_view, 1> one{"a"};
    EXPECT_EQ(one_of(three), "a, b or c");
    EXPECT_EQ(one_of(two), "a or b");
    EXPECT_EQ(one_of(one), "a");
    EXPECT_EQ(one_of(sore::journal::side_names()), "left, right or both");
}

TEST(Joined, CommasThenTheLastWord) {
    const std::vector<std::string> three{"sitting", "pressure", "knots"};
    EXPECT_EQ(joined(three, "and"), "sitting, pressure and knots");
    EXPECT_EQ(joined(std::vector<std::string>{"knots"}, "and"), "knots");
    EXPECT_EQ(joined(std::vector<std::string>{}, "and"), "");
}

TEST(Count, OneOrMany) {
    EXPECT_EQ(count(0, "entry", "entries"), "0 entries");
    EXPECT_EQ(count(1, "entry", "entries"), "1 entry");
    EXPECT_EQ(count(36, "entry", "entries"), "36 entries");
}

TEST(Wrap, BreaksAtSpacesWithinTheWidth) {
    EXPECT_EQ(wrap("one two three four", 11, "  "), "  one two\n  three\n  four\n");
    EXPECT_EQ(wrap("", 10, "  "), "");
    EXPECT_EQ(wrap("averyveryverylongword x", 8, ""), "averyveryverylongword\nx\n");
}

TEST(Wrap, MeasuresWideCharactersAsTheTerminalDoes) {
    // CJK characters are two columns each: counted as one, the first line
    // would have taken "臀部 が 痛い 臀部", fourteen columns.
    EXPECT_EQ(wrap("臀部 が 痛い 臀部 が", 10, ""), "臀部 が\n痛い 臀部\nが\n");
    EXPECT_EQ(wrap_hanging("sore: caution: one two", 16, "  "), "sore: caution:\n  one two\n");
}
