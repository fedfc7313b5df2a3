#pragma once

// Reads and checks an import file's rows on a second thread, ahead of the
// writes: a large import spends about as long on each, and this machine has
// the cores. The rows come out in file order, in batches; whatever stopped
// the reading (a bad row, a broken file) comes out in its place, after the
// rows before it, so those are still written and checked first.

#include "journal/entry.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <iosfwd>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace sore::exchange {

struct CheckedRow {
    journal::Entry entry;
    std::string where; // "line 14", "item 3"
};

struct RowBatch {
    std::vector<CheckedRow> rows;
    std::uint64_t bytes_read = 0; // of the file, when the batch was made
    bool last = false;
};

class RowReader {
public:
    // `json` and `blank_lines` say what the start of `in` held (import.cpp
    // looked at it); `today` is for the date checks.
    RowReader(std::istream& in, bool json, long blank_lines, journal::Day today);
    // Stops the reading thread and waits for it.
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // The next batch, waiting for it; after the batch whose `last` is set,
    // nothing. Throws what stopped the reading, once the rows before it are
    // out.
    RowBatch next();
    // Hands a written batch back, to be freed on the reading thread: the
    // memory came from there, and freeing it here slowed the writes.
    void give_back(RowBatch&& batch);

private:
    struct Slot {
        RowBatch batch;
        std::exception_ptr error;
    };
    class Stopped {};

    void read(const std::stop_token& stop);
    void send(Slot slot, const std::stop_token& stop);

    std::istream& in_;
    bool json_;
    long blank_lines_;
    journal::Day today_;
    std::mutex mutex_;
    std::condition_variable_any changed_;
    std::deque<Slot> slots_;
    std::vector<RowBatch> spent_; // given back, to free
    std::exception_ptr pending_;  // thrown by the next call
    std::jthread thread_;         // last: starts once everything above exists
};

} // namespace sore::exchange
