#include "remind/due_now.hpp"

#include "remind/cautions.hpp"
#include "store/reports.hpp"

#include <ostream>

namespace sore::remind {

analysis::Due due_now(store::Database& db, const std::string& path, journal::Day today) {
    auto days = store::day_totals(db, analysis::due_window(today));
    auto due = analysis::find_due(days, today);
    if (due.caution) {
        auto given = caution_given(path);
        if (given && *given >= due.caution->injury) {
            due.caution.reset();
        }
    }
    return due;
}

void said(const analysis::Due& due, const std::string& path, std::ostream& err) {
    if (!due.caution) {
        return;
    }
    try {
        remember_caution(path, due.caution->injury);
    } catch (const std::exception& e) {
        err << "sore: warning: the injury caution may be given again: " << e.what() << '\n';
    }
}

} // namespace sore::remind
