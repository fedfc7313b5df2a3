#pragma once

// Reading sore's CSV with libcsv: the header names the columns (any order,
// unknown or repeated names refused), each row becomes a Record with the
// line it started on. A UTF-8 BOM, CRLF or LF, and quoted fields with
// commas, quotes and line breaks inside are all read. So is the layout a
// spreadsheet writes where the decimal mark is a comma: a header with ';'
// and no ',' makes ';' the separator, and "7,5" in sitting_hours 7.5 hours.

#include "exchange/records.hpp"

#include <cstdint>
#include <csv.h>
#include <deque>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace sore::exchange {

class CsvReader {
public:
    // Reads the header. Throws UsageError "line 1: ..." (or "is empty").
    // `lines_before`: lines of the file already read (blank ones), so that
    // line numbers stay those of the file.
    explicit CsvReader(std::istream& in, long lines_before = 0);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // The next row, or nothing at the end. Throws UsageError "line N: ...".
    std::optional<Record> next();

    std::uint64_t bytes_read() const { return bytes_; }

    // libcsv's callbacks; they only collect, never throw.
    void add_field(const char* text, std::size_t size);
    void end_row();

private:
    struct Row {
        long line = 0;
        std::vector<std::string> cells;
    };

    // Feeds lines to libcsv until a row is complete or the file ends.
    bool fill();
    [[noreturn]] void parse_error() const;

    // libcsv's state, freed even when the constructor throws.
    struct Parser {
        Parser();
        ~Parser();
        Parser(const Parser&) = delete;
        Parser& operator=(const Parser&) = delete;
        csv_parser state{};
    };

    std::istream& in_;
    Parser parser_;
    std::vector<Column> columns_;
    std::deque<Row> rows_;
    std::vector<std::string> fields_; // of the row being read
    std::vector<std::string> spare_;  // the cells of the row before, for the next
    std::string line_;
    long line_number_ = 0;
    bool first_line_ = true;
    bool semicolons_ = false; // the separator is ';', decimals have commas
    long row_start_ = 1;
    bool ended_ = false;
    std::uint64_t bytes_ = 0;
};

} // namespace sore::exchange
