// In-process timings of the pieces a command spends its time in: parsing
// what the user types, reading a CSV row, writing an entry, the causes
// report. Run by tests/bench/run.sh; the inputs are fixed, so runs compare.

#include "analysis/causes.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/records.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace sore;

const date::sys_days today = date::sys_days{date::year{2026} / 1 / 1};

void parse_date(benchmark::State& state, const char* text) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(journal::parse_date("date", text, today));
    }
}
BENCHMARK_CAPTURE(parse_date, iso, "2025-11-28");
BENCHMARK_CAPTURE(parse_date, days_ago, "-12d");
BENCHMARK_CAPTURE(parse_date, weekday, "monday");

void parse_iso_date(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(journal::parse_iso_date("2025-11-28"));
    }
}
BENCHMARK(parse_iso_date);

void parse_sitting(benchmark::State& state, const char* text) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(journal::parse_sitting_minutes("sitting", text));
    }
}
BENCHMARK_CAPTURE(parse_sitting, hours, "7.5");
BENCHMARK_CAPTURE(parse_sitting, hours_minutes, "7h30m");
BENCHMARK_CAPTURE(parse_sitting, minutes, "45m");
BENCHMARK_CAPTURE(parse_sitting, clock, "7:30");

// Rows as `sore export` writes them, some with quoted notes and tags.
std::string export_csv(int rows) {
    std::string csv = "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,knots,"
                      "injury,emotional,side,note,tags,created_at,updated_at\r\n";
    for (int i = 1; i <= rows; ++i) {
        int day = 1 + i % 28;
        csv +=
            fmt::format("{},{:08x}-0000-4000-8000-{:012x},2025-11-{:02},{},{},{},{},{},{},{},{},{},"
                        "{},{},{},2025-11-{:02}T21:00:00Z,2025-11-{:02}T21:00:00Z\r\n",
                        i, i, i, day, i % 2 == 0 ? "19:30" : "", i % 11, i % 3 == 0 ? "" : "4",
                        i % 4 == 0 ? "7.5" : "8.25", 1 + i % 4, "deep-tissue", i % 7,
                        i % 20 == 0 ? 1 : 0, i % 13 == 0 ? 1 : 0, i % 2 == 0 ? "left" : "",
                        i % 5 == 0 ? "\"tight, \"\"very\"\" tight\"" : "",
                        i % 6 == 0 ? "desk;run" : "", day, day);
    }
    return csv;
}

constexpr int csv_rows = 1000; // a benchmark iteration reads them all

// libcsv and the reader only: text cells by column.
void csv_read_rows(benchmark::State& state) {
    auto csv = export_csv(csv_rows);
    for (auto _ : state) {
        std::istringstream in(csv);
        exchange::CsvReader reader(in);
        while (auto record = reader.next()) {
            benchmark::DoNotOptimize(record);
        }
    }
    state.SetItemsProcessed(state.iterations() * csv_rows);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(csv.size()));
}
BENCHMARK(csv_read_rows)->Unit(benchmark::kMicrosecond);

// Reading and checking: what an import does to a row before writing it.
void csv_rows_to_entries(benchmark::State& state) {
    auto csv = export_csv(csv_rows);
    for (auto _ : state) {
        std::istringstream in(csv);
        exchange::CsvReader reader(in);
        while (auto record = reader.next()) {
            benchmark::DoNotOptimize(exchange::to_entry(std::move(*record), today));
        }
    }
    state.SetItemsProcessed(state.iterations() * csv_rows);
}
BENCHMARK(csv_rows_to_entries)->Unit(benchmark::kMicrosecond);

class TempJournal {
public:
    TempJournal()
        : folder_(std::filesystem::temp_directory_path() /
                  fmt::format("sore-micro-bench-{}", getpid())) {
        std::filesystem::remove_all(folder_);
        std::filesystem::create_directories(folder_);
    }
    ~TempJournal() {
        std::error_code ec;
        std::filesystem::remove_all(folder_, ec);
    }
    TempJournal(const TempJournal&) = delete;
    TempJournal& operator=(const TempJournal&) = delete;

    std::string path() const { return (folder_ / "journal.db").string(); }

private:
    std::filesystem::path folder_;
};

journal::Entry sample_entry() {
    journal::Entry e;
    e.date = journal::Day{date::year{2025} / 11 / 28};
    e.time = journal::TimeOfDay{19, 30};
    e.soreness = 5;
    e.during = 4;
    e.sitting_min = 450;
    e.pressure = journal::Pressure::firm;
    e.technique = journal::Technique::deep_tissue;
    e.knots = 3;
    e.side = journal::Side::left;
    e.note = "left side tight";
    return e;
}

// What `sore log` does once its journal is open: one entry in its own
// transaction, committed (so synced) to a journal file.
void insert_one_entry(benchmark::State& state) {
    TempJournal folder;
    auto db = store::open_journal(folder.path(), store::Access::write);
    for (auto _ : state) {
        auto entry = sample_entry();
        store::Transaction tx(db);
        store::insert_entry(db, entry);
        tx.commit();
    }
}
BENCHMARK(insert_one_entry)->Unit(benchmark::kMicrosecond);

// An entry among many in one transaction, as an import writes them.
void insert_in_transaction(benchmark::State& state) {
    TempJournal folder;
    auto db = store::open_journal(folder.path(), store::Access::write);
    store::Transaction tx(db);
    store::EntryWriter writer(db);
    for (auto _ : state) {
        auto entry = sample_entry();
        writer.insert(entry);
    }
    tx.commit();
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(insert_in_transaction)->Unit(benchmark::kMicrosecond);

// A journal of `count` days, one entry a day: sessions 2 or 3 days a week.
std::vector<analysis::DayTotals> days(std::size_t count) {
    std::mt19937 random(20240601); // NOLINT(cert-msc32-c,cert-msc51-cpp): the same on every run
    auto below = [&](int n) {
        return static_cast<int>(random() % static_cast<unsigned>(n));
    };
    std::vector<analysis::DayTotals> rows(count);
    auto day = date::sys_days{date::year{2000} / 1 / 1};
    for (auto& row : rows) {
        row.day = day;
        day += date::days{1};
        row.entries = 1;
        row.sitting_sum_min = below(961);
        row.sitting_count = 1;
        int pressure = 0;
        if (below(7) < 3) {
            row.sessions = 1;
            pressure = 1 + below(4);
            row.pressure_counts.at(static_cast<std::size_t>(pressure - 1)) = 1;
            row.knots = below(12);
            row.emotional = below(12) == 0 ? 1 : 0;
        }
        row.injuries = below(20) == 0 ? 1 : 0;
        double score = 0.5 + 0.25 * static_cast<double>(row.sitting_sum_min) / 60.0 +
                       0.7 * pressure + 0.15 * row.knots.value_or(0) + 1.5 * row.injuries +
                       below(5) - 2;
        row.soreness_sum = std::clamp(static_cast<int>(score + 0.5), 0, 10);
        row.soreness_max = static_cast<int>(row.soreness_sum);
    }
    return rows;
}

// `sore causes` after the query: the days, sessions and the five models.
void causes(benchmark::State& state) {
    auto rows = days(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto timeline = analysis::build_timeline(rows, std::nullopt);
        benchmark::DoNotOptimize(analysis::build_causes_report(timeline));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(causes)->Arg(1000)->Arg(5000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
