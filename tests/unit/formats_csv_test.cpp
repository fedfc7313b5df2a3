#include "formats/csv.hpp"

#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace sore::formats;

TEST(CsvField, PlainValuesAsTheyAre) {
    EXPECT_EQ(csv_field("2026-11-20"), "2026-11-20");
    EXPECT_EQ(csv_field("7.5"), "7.5");
    EXPECT_EQ(csv_field(""), "");
    EXPECT_EQ(csv_field("héllo 😀"), "héllo 😀");
    EXPECT_EQ(csv_field("it's"), "it's");
}

TEST(CsvField, QuotesCommasQuotesAndLineBreaks) {
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field("\""), "\"\"\"\"");
    EXPECT_EQ(csv_field("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(csv_field("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(csv_field("a\r\nb"), "\"a\r\nb\"");
}

TEST(CsvTextField, NeutralisesFormulaStarts) {
    EXPECT_EQ(csv_text_field("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    EXPECT_EQ(csv_text_field("+1 day"), "'+1 day");
    EXPECT_EQ(csv_text_field("-3 after run"), "'-3 after run");
    EXPECT_EQ(csv_text_field("@home"), "'@home");
    EXPECT_EQ(csv_text_field("\tindented"), "'\tindented");
    EXPECT_EQ(csv_text_field("\rx"), "\"'\rx\"");
    EXPECT_EQ(csv_text_field("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

TEST(CsvTextField, LeavesOrdinaryTextAlone) {
    EXPECT_EQ(csv_text_field("sore after 2=3"), "sore after 2=3");
    EXPECT_EQ(csv_text_field(""), "");
    EXPECT_EQ(csv_text_field("'already"), "'already");
    EXPECT_EQ(csv_text_field(" =not first"), " =not first");
    EXPECT_EQ(csv_text_field("a, b"), "\"a, b\"");
    EXPECT_EQ(csv_text_field("hip;run"), "hip;run");
}

TEST(WriteCsvRow, CommaSeparatedWithCrlf) {
    std::ostringstream out;
    write_csv_row(out, {"1", csv_field("a,b"), "", "x"});
    write_csv_row(out, {"only"});
    EXPECT_EQ(out.str(), "1,\"a,b\",,x\r\nonly\r\n");
}

TEST(WriteCsvRow, EmptyRowIsJustALineEnd) {
    std::ostringstream out;
    write_csv_row(out, {});
    EXPECT_EQ(out.str(), "\r\n");
}

TEST(WriteCsvRow, QuotedLineBreaksStayInsideTheField) {
    std::ostringstream out;
    write_csv_row(out, {csv_text_field("one\ntwo"), "z"});
    EXPECT_EQ(out.str(), "\"one\ntwo\",z\r\n");
}

TEST(CsvTextField, TextStartingWithApostrophesIsNeutralisedWhenAFormulaFollows) {
    EXPECT_EQ(csv_text_field("'=x"), "''=x");
    EXPECT_EQ(csv_text_field("''-x"), "'''-x");
    EXPECT_EQ(csv_text_field("'"), "'");
    EXPECT_EQ(csv_text_field("''"), "''");
}

TEST(CsvRestoreText, TakesOffExactlyTheApostropheExportAdded) {
    EXPECT_EQ(csv_restore_text("'=SUM(A1)"), "=SUM(A1)");
    EXPECT_EQ(csv_restore_text("''=x"), "'=x");
    EXPECT_EQ(csv_restore_text("'\tx"), "\tx");
    EXPECT_EQ(csv_restore_text("'already"), "'already");
    EXPECT_EQ(csv_restore_text("'"), "'");
    EXPECT_EQ(csv_restore_text("=typed by hand"), "=typed by hand");
    EXPECT_EQ(csv_restore_text(""), "");
}

TEST(CsvRestoreText, IsTheInverseOfNeutralising) {
    for (std::string text : {"=a", "+a", "-a", "@a", "\ta", "\ra", "'=a", "''+a", "'", "''", "'x",
                             "plain", "", "a=b", " -a"}) {
        auto cell = csv_text_field(text);
        // csv_field quotes some; the restore sees the cell's value, unquoted.
        if (cell.starts_with('"')) {
            cell = cell.substr(1, cell.size() - 2);
        }
        EXPECT_EQ(csv_restore_text(cell), text) << "text: " << text;
    }
}
