#include "exchange/row_reader.hpp"

#include "error.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/json_reader.hpp"
#include "exchange/records.hpp"

#include <fmt/format.h>

namespace sore::exchange {

namespace {

constexpr std::size_t rows_per_batch = 256;
constexpr std::size_t batches_ahead = 8; // bounds the memory read ahead

} // namespace

RowReader::RowReader(std::istream& in, bool json, long blank_lines, journal::Day today)
    : in_(in), json_(json), blank_lines_(blank_lines), today_(today),
      thread_([this](const std::stop_token& stop) { read(stop); }) {}

RowReader::~RowReader() {
    thread_.request_stop();
    changed_.notify_all();
}

RowBatch RowReader::next() {
    if (pending_) {
        std::rethrow_exception(std::exchange(pending_, nullptr));
    }
    Slot slot;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return !slots_.empty(); });
        slot = std::move(slots_.front());
        slots_.pop_front();
    }
    changed_.notify_all();
    if (slot.error) {
        if (slot.batch.rows.empty()) {
            std::rethrow_exception(slot.error);
        }
        pending_ = slot.error; // the rows before it go first
    }
    return std::move(slot.batch);
}

void RowReader::give_back(RowBatch&& batch) {
    std::lock_guard lock(mutex_);
    spent_.push_back(std::move(batch));
}

void RowReader::send(Slot slot, const std::stop_token& stop) {
    std::vector<RowBatch> spent;
    {
        std::unique_lock lock(mutex_);
        spent.swap(spent_);
        if (!changed_.wait(lock, stop, [this] { return slots_.size() < batches_ahead; })) {
            throw Stopped{};
        }
        slots_.push_back(std::move(slot));
    }
    changed_.notify_all();
}

void RowReader::read(const std::stop_token& stop) {
    Slot slot;
    std::uint64_t bytes = 0;
    // By reference, and into to_entry(): a Record is 19 strings, and moving
    // one a few times a row was a tenth of this thread's time.
    auto take = [&](Record& record) {
        CheckedRow row;
        row.where = std::move(record.where);
        try {
            row.entry = to_entry(std::move(record), today_);
        } catch (const UsageError& e) {
            throw UsageError(fmt::format("{}: {}", row.where, e.what()));
        }
        if (slot.batch.rows.empty()) {
            slot.batch.rows.reserve(rows_per_batch);
        }
        slot.batch.rows.push_back(std::move(row));
        if (slot.batch.rows.size() == rows_per_batch) {
            slot.batch.bytes_read = bytes;
            send(std::exchange(slot, {}), stop);
        }
    };
    try {
        if (json_) {
            JsonReader reader(in_);
            reader.read([&](Record& record) {
                bytes = reader.bytes_read();
                take(record);
            });
            bytes = reader.bytes_read();
        } else {
            CsvReader reader(in_, blank_lines_);
            while (auto record = reader.next()) {
                bytes = reader.bytes_read();
                take(*record);
            }
            bytes = reader.bytes_read();
        }
        slot.batch.bytes_read = bytes;
        slot.batch.last = true;
    } catch (const Stopped&) {
        return; // the caller has gone
    } catch (...) {
        slot.error = std::current_exception();
    }
    try {
        send(std::move(slot), stop);
    } catch (const Stopped&) {
    }
}

} // namespace sore::exchange
