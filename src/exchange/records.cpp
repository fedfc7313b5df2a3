#include "exchange/records.hpp"

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/reject.hpp"
#include "journal/sites.hpp"
#include "journal/validate.hpp"
#include "journal/values.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore::exchange {

using journal::Entry;

namespace {

// The value of a cell that says something: absent and empty are the same.
const std::string* given(const Record& r, Column column) {
    const auto& cell = r[column];
    return cell && !cell->empty() ? &*cell : nullptr;
}

template <typename Parse>
auto optional_value(const Record& r, Column column, Parse parse)
    -> std::optional<decltype(parse(std::string_view{}, std::string_view{}))> {
    if (const auto* text = given(r, column)) {
        return parse(formats::name_of(column), *text);
    }
    return std::nullopt;
}

// The largest id a restore keeps. The ids the journal hands out after it
// must still be ones `sore show` and a later import read (up to 18 digits),
// so a file's id past 15 digits makes way for a new one.
constexpr long long largest_kept_id = 999'999'999'999'999;

bool yes_no(const Record& r, Column column) {
    const auto* text = given(r, column);
    if (text == nullptr || *text == "0") {
        return false;
    }
    if (*text == "1") {
        return true;
    }
    journal::reject(formats::name_of(column), *text, "is not 0 or 1",
                    "1 for yes, 0 or nothing for no");
}

// Checked, then lower-cased in place and taken from the record.
std::string uuid(std::string& text) {
    bool shaped = text.size() == 36;
    for (std::size_t i = 0; shaped && i < text.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        // Not isxdigit(), which asks the locale a character at a time.
        char c = static_cast<char>(text[i] | 0x20); // ASCII letters to lower case
        shaped =
            dash ? text[i] == '-' : (text[i] >= '0' && text[i] <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!shaped) {
        journal::reject("uuid", text, "is not a uuid",
                        "32 hexadecimal digits as 8-4-4-4-12, or nothing for a new one");
    }
    for (auto& c : text) {
        c = static_cast<char>(c | (c >= 'A' && c <= 'F' ? 0x20 : 0));
    }
    return std::move(text);
}

// Checked, then taken from the record.
std::string timestamp(Record& r, Column column) {
    auto& cell = r[column];
    if (!cell || cell->empty()) {
        return {};
    }
    if (!journal::is_utc_timestamp(*cell)) {
        journal::reject(formats::name_of(column), *cell, "is not a UTC time",
                        "YYYY-MM-DDTHH:MM:SSZ, or nothing");
    }
    return std::move(*cell);
}

std::vector<std::string> tags(const Record& r) {
    std::vector<std::string> out;
    const auto* text = given(r, Column::tags);
    if (text == nullptr) {
        return out;
    }
    std::string_view rest = *text;
    while (!rest.empty()) {
        auto end = std::min(rest.find(';'), rest.size());
        out.push_back(journal::parse_tag("tags", rest.substr(0, end)));
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    journal::normalise_tags(out);
    return out;
}

std::optional<int> sitting(const Record& r) {
    auto hours = optional_value(r, Column::sitting_hours, journal::parse_sitting_minutes);
    auto minutes = optional_value(r, Column::sitting_min, [](auto field, auto text) {
        return static_cast<int>(journal::parse_whole(field, text, 0, 24 * 60));
    });
    if (hours && minutes && *hours != *minutes) {
        journal::reject("sitting_min", *r[Column::sitting_min],
                        fmt::format("disagrees with sitting_hours '{}'", *r[Column::sitting_hours]),
                        "one of the two, or both the same");
    }
    return hours ? hours : minutes;
}

} // namespace

Entry to_entry(Record&& r, journal::Day today) {
    Entry e;
    if (const auto* id = given(r, Column::id)) {
        e.id = journal::parse_whole("id", *id, 1, 999'999'999'999'999'999);
        if (e.id > largest_kept_id) {
            e.id = 0; // a new id, as when the journal holds this one already
        }
    }
    if (auto& text = r[Column::uuid]; text && !text->empty()) {
        e.uuid = uuid(*text);
    }
    const auto* date = given(r, Column::date);
    if (date == nullptr) {
        journal::reject("date", "", "is missing", "the day as YYYY-MM-DD");
    }
    auto day = journal::parse_iso_date(*date);
    if (!day) {
        auto stored = journal::parse_stored_date(*date);
        journal::reject("date", *date,
                        stored ? "is before 1900"
                        : journal::looks_like_iso_date(*date)
                            ? "is not a day of the calendar"
                            : "is not a date in the form YYYY-MM-DD",
                        "YYYY-MM-DD from 1900 on");
    }
    e.date = *day;
    e.time = optional_value(r, Column::time, journal::parse_time);
    if (const auto* sites = given(r, Column::sites)) {
        e.sites = journal::parse_sites("sites", *sites);
    }
    auto soreness = optional_value(r, Column::soreness, journal::parse_rating);
    if (!soreness && !e.sites.empty()) {
        soreness = journal::highest_site_soreness(e.sites); // the overall figure
    }
    if (!soreness) {
        journal::reject("soreness", "", "is missing", "a whole number from 0 to 10");
    }
    e.soreness = *soreness;
    e.during = optional_value(r, Column::during, journal::parse_rating);
    e.sitting_min = sitting(r);
    e.pressure = optional_value(r, Column::pressure, journal::parse_pressure);
    e.technique = optional_value(r, Column::technique, journal::parse_technique);
    e.knots = optional_value(r, Column::knots, [](auto field, auto text) {
        return static_cast<int>(journal::parse_whole(field, text, 0, 999));
    });
    e.injury = yes_no(r, Column::injury);
    e.emotional = yes_no(r, Column::emotional);
    e.side = optional_value(r, Column::side, journal::parse_side);
    e.note = journal::note_from(optional_value(r, Column::note, journal::parse_text));
    e.tags = tags(r);
    e.created_at = timestamp(r, Column::created_at);
    e.updated_at = timestamp(r, Column::updated_at);
    if (e.updated_at.empty()) {
        e.updated_at = e.created_at;
    }
    journal::validate(e, today);
    return e;
}

} // namespace sore::exchange
