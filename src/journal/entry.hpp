#pragma once

// One journal entry: a dated record of soreness and of the five causes the
// reference article names (knots, pressure, sitting, injury, emotional
// release), and the rules every entry follows wherever it comes from.

#include "journal/dates.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sore::journal {

enum class Pressure { light = 1, medium = 2, firm = 3, deep = 4 };

enum class Technique { swedish, deep_tissue, trigger_point, sports, myofascial, self, other, none };

enum class Side { left, right, both };

// The body sites an entry can name (journal/sites.hpp has their names), in
// the order reports list them.
enum class BodySite {
    glute_max,
    glute_med,
    glute_min,
    piriformis,
    si_joint,
    hamstring_origin,
    hip_flexors,
    tfl,
    lower_back,
};

// The soreness of one site on one side (both: no side given).
struct SiteSoreness {
    BodySite site = BodySite::glute_max;
    Side side = Side::both;
    int soreness = 0;
    bool operator==(const SiteSoreness&) const = default;
};

struct Entry {
    std::int64_t id = 0;            // 0 until stored
    std::string uuid;               // stable identity for import and merge
    Day date;                       // local calendar
    std::optional<TimeOfDay> time;  // of the session
    int soreness = 0;               // 0-10, after the session
    std::optional<int> during;      // 0-10, during the massage
    std::optional<int> sitting_min; // 0-1440
    std::optional<Pressure> pressure;
    std::optional<Technique> technique;
    std::optional<int> knots;
    bool injury = false;
    bool emotional = false;
    std::optional<Side> side;
    std::optional<std::string> note; // never blank (see note_from)
    std::vector<std::string> tags;   // sorted, unique (see normalise_tags)
    std::vector<SiteSoreness> sites; // in body order, each site and side once
    std::string created_at;          // UTC, YYYY-MM-DDTHH:MM:SSZ; empty until stored
    std::string updated_at;

    // A massage happened (rather than a rest day): a pressure, or a
    // technique other than none. reports/days.sql marks sessions the same
    // way; a unit test holds the two equal.
    bool is_session() const;
};

// Whether two entries record the same: every field but id, uuid and the
// timestamps (which say where and when, not what).
bool same_values(const Entry& a, const Entry& b);

// A note as the entry keeps it: a blank note (spaces, tabs, line breaks
// only) is no note.
std::optional<std::string> note_from(std::optional<std::string> text);

// Tags as the entry keeps them: sorted, each once.
void normalise_tags(std::vector<std::string>& tags);

// 1 (light) to 4 (deep), as stored and exported.
inline int level_of(Pressure pressure) {
    return static_cast<int>(pressure);
}

std::string_view name_of(Pressure pressure);
std::string_view name_of(Technique technique);
std::string_view name_of(Side side);

// All names, in order, for help texts and error messages.
std::span<const std::string_view> pressure_names();
std::span<const std::string_view> technique_names();
std::span<const std::string_view> side_names();

std::optional<Pressure> pressure_from_name(std::string_view name);
std::optional<Technique> technique_from_name(std::string_view name);
std::optional<Side> side_from_name(std::string_view name);

} // namespace sore::journal
