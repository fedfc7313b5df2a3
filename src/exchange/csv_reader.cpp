#include "exchange/csv_reader.hpp"

#include "error.hpp"
#include "formats/csv.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>

namespace sore::exchange {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

void on_field(void* text, std::size_t size, void* reader) {
    static_cast<CsvReader*>(reader)->add_field(static_cast<const char*>(text), size);
}

void on_row(int, void* reader) {
    static_cast<CsvReader*>(reader)->end_row();
}

// Spaces around a value are part of it (libcsv trims them by default).
int no_space(unsigned char) {
    return 0;
}

std::string known_columns() {
    std::string names;
    for (std::size_t i = 0; i < column_count; ++i) {
        names += (i == 0 ? "" : ", ") + std::string(formats::name_of(static_cast<Column>(i)));
    }
    return names;
}

} // namespace

CsvReader::Parser::Parser() {
    if (csv_init(&state, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        throw Error("out of memory starting the CSV parser");
    }
    csv_set_space_func(&state, no_space);
}

CsvReader::Parser::~Parser() {
    csv_free(&state);
}

CsvReader::CsvReader(std::istream& in, long lines_before) : in_(in), line_number_(lines_before) {
    if (!fill()) {
        throw UsageError("is empty; expected a CSV or JSON file made by 'sore export'");
    }
    Row header = std::move(rows_.front());
    rows_.pop_front();
    for (const auto& cell : header.cells) {
        auto name = util::lower(cell);
        auto column = formats::column_named(name);
        if (!column) {
            throw UsageError(fmt::format("line {}: the column {} is not one sore knows; expected "
                                         "a header of {}",
                                         header.line, util::quoted(cell), known_columns()));
        }
        if (std::find(columns_.begin(), columns_.end(), *column) != columns_.end()) {
            throw UsageError(fmt::format("line {}: the column {} appears twice; expected each "
                                         "column once",
                                         header.line, util::quoted(cell)));
        }
        columns_.push_back(*column);
    }
    auto has = [&](Column c) {
        return std::find(columns_.begin(), columns_.end(), c) != columns_.end();
    };
    // Sites alone give the soreness (the highest of them), as in `sore log`.
    for (auto required : {Column::date, Column::soreness}) {
        if (!has(required) && !(required == Column::soreness && has(Column::sites))) {
            throw UsageError(fmt::format("line {}: there is no {} column; expected a header with "
                                         "at least date and soreness (or sites)",
                                         header.line, formats::name_of(required)));
        }
    }
}

void CsvReader::add_field(const char* text, std::size_t size) {
    fields_.emplace_back(text == nullptr ? "" : std::string(text, size));
}

void CsvReader::end_row() {
    rows_.push_back({row_start_, std::move(fields_)});
    fields_.swap(spare_); // a vector next() has emptied, its room kept
    fields_.clear();
}

void CsvReader::parse_error() const {
    if (csv_error(const_cast<csv_parser*>(&parser_.state)) == CSV_EPARSE) {
        throw UsageError(fmt::format(
            "line {}: a quote is out of place; expected a quoted field to start and end with a "
            "quote, with any quote inside written twice",
            line_number_));
    }
    throw Error(fmt::format("line {}: {}", line_number_,
                            csv_strerror(csv_error(const_cast<csv_parser*>(&parser_.state)))));
}

bool CsvReader::fill() {
    while (rows_.empty() && !ended_) {
        if (!std::getline(in_, line_)) {
            ended_ = true;
            if (in_.bad()) {
                throw Error(fmt::format("could not be read past line {}", line_number_));
            }
            if (csv_fini(&parser_.state, on_field, on_row, this) != 0) {
                throw UsageError(fmt::format("line {}: a quoted field in the row that starts "
                                             "here is never closed; expected a closing quote",
                                             row_start_));
            }
            break;
        }
        ++line_number_;
        bytes_ += line_.size() + 1;
        if (first_line_ && std::string_view(line_).starts_with(bom)) {
            line_.erase(0, bom.size());
        }
        if (first_line_ && line_.find(';') != std::string::npos &&
            line_.find(',') == std::string::npos) {
            // A spreadsheet in a locale with decimal commas writes
            // "date;soreness;...": the header says which separator it is.
            semicolons_ = true;
            csv_set_delim(&parser_.state, ';');
        }
        first_line_ = false;
        // pstate 0 is libcsv's "no row begun": the next row starts on this line.
        if (fields_.empty() && parser_.state.pstate == 0) {
            row_start_ = line_number_;
        }
        if (!in_.eof()) {
            line_ += '\n';
        }
        if (csv_parse(&parser_.state, line_.data(), line_.size(), on_field, on_row, this) !=
            line_.size()) {
            parse_error();
        }
    }
    return !rows_.empty();
}

std::optional<Record> CsvReader::next() {
    // Every return names `result`, so it is built where the caller wants it
    // rather than moved there.
    std::optional<Record> result;
    if (!fill()) {
        return result;
    }
    Row row = std::move(rows_.front());
    rows_.pop_front();
    auto& record = result.emplace();
    record.where = "line " + std::to_string(row.line); // fmt took longer, a row at a time
    if (row.cells.size() != columns_.size()) {
        throw UsageError(fmt::format("{}: {} where the header has {}; expected one cell for "
                                     "each column",
                                     record.where, util::count(row.cells.size(), "cell", "cells"),
                                     columns_.size()));
    }
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        auto& cell = row.cells[i];
        if (semicolons_ && columns_[i] == Column::sitting_hours) {
            std::replace(cell.begin(), cell.end(), ',', '.'); // 7,5 hours
        }
        record[columns_[i]] = formats::is_text(columns_[i])
                                  ? std::string(formats::csv_restore_text(cell))
                                  : std::move(cell);
    }
    spare_ = std::move(row.cells);
    return result;
}

} // namespace sore::exchange
