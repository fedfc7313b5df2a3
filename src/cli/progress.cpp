#include "cli/progress.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::cli {

namespace {

constexpr std::size_t bar_width = 30;
constexpr auto redraw_every = std::chrono::milliseconds(100);

} // namespace

Progress::Progress(std::ostream& err, bool enabled, std::uint64_t total, std::string label)
    : err_(err), enabled_(enabled && total > 0), total_(total), label_(std::move(label)) {}

Progress::~Progress() {
    finish();
}

void Progress::update(std::uint64_t done, std::int64_t rows) {
    if (!enabled_ || rows < progress_after_rows) {
        return;
    }
    auto now = std::chrono::steady_clock::now();
    if (now < next_draw_) {
        return;
    }
    next_draw_ = now + redraw_every;
    double share = std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
    auto filled = static_cast<std::size_t>(share * bar_width);
    err_ << fmt::format("\r{} [{}{}] {:3.0f}%  {} rows", label_, std::string(filled, '#'),
                        std::string(bar_width - filled, '.'), share * 100, rows)
         << std::flush;
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) {
        err_ << "\r\033[K" << std::flush; // erase the line
        drawn_ = false;
    }
}

} // namespace sore::cli
