#pragma once

// A large import file for the crash and concurrency tests: `rows` entries in
// the CSV of `sore export`, each with its own uuid, the note "bulk N" and the
// tags "bulk" and "tN%7", one a day going back from `last` over `days` days
// (then round again, so a day may have several).

#include <chrono>
#include <fmt/format.h>
#include <string>

namespace sore::testing {

inline std::string bulk_csv(int rows, std::chrono::year_month_day last, int days) {
    std::string csv = "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,knots,"
                      "injury,emotional,side,note,tags,created_at,updated_at\r\n";
    csv.reserve(static_cast<std::size_t>(rows) * 180);
    const std::chrono::sys_days end{last};
    for (int i = 0; i < rows; ++i) {
        std::chrono::year_month_day day{end - std::chrono::days{i % days}};
        csv += fmt::format(
            "{},{:08x}-7a11-4b0c-9d1e-{:012x},{:04}-{:02}-{:02},{:02}:{:02},{},{},{},"
            "{},swedish,{},0,{},left,bulk {},bulk;t{},2026-01-02T03:04:05Z,"
            "2026-01-02T03:04:05Z\r\n",
            i + 1, i, i, static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
            static_cast<unsigned>(day.day()), i % 24, i % 60, i % 11, (i + 3) % 11, (i % 48) / 4.0,
            1 + i % 4, i % 9, i % 2, i, i % 7);
    }
    return csv;
}

} // namespace sore::testing
