#include "journal/entry.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace sore::journal {

namespace {

constexpr std::array<std::string_view, 4> pressures{"light", "medium", "firm", "deep"};
constexpr std::array<std::string_view, 8> techniques{
    "swedish", "deep-tissue", "trigger-point", "sports", "myofascial", "self", "other", "none"};
constexpr std::array<std::string_view, 3> sides{"left", "right", "both"};

template <typename Enum, std::size_t N>
std::optional<Enum> find_name(const std::array<std::string_view, N>& names, std::string_view name,
                              int first_value) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
        return std::nullopt;
    }
    return static_cast<Enum>(first_value + static_cast<int>(it - names.begin()));
}

} // namespace

bool Entry::is_session() const {
    return pressure.has_value() || (technique.has_value() && *technique != Technique::none);
}

std::optional<std::string> note_from(std::optional<std::string> text) {
    if (text && util::is_blank(*text)) {
        return std::nullopt;
    }
    return text;
}

void normalise_tags(std::vector<std::string>& tags) {
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
}

bool same_values(const Entry& a, const Entry& b) {
    auto values = [](const Entry& e) {
        return std::tie(e.date, e.time, e.soreness, e.during, e.sitting_min, e.pressure,
                        e.technique, e.knots, e.injury, e.emotional, e.side, e.note, e.tags, e.sites);
    };
    return values(a) == values(b);
}

std::string_view name_of(Pressure pressure) {
    return pressures.at(static_cast<std::size_t>(pressure) - 1);
}
std::string_view name_of(Technique technique) {
    return techniques.at(static_cast<std::size_t>(technique));
}
std::string_view name_of(Side side) {
    return sides.at(static_cast<std::size_t>(side));
}

std::span<const std::string_view> pressure_names() {
    return pressures;
}
std::span<const std::string_view> technique_names() {
    return techniques;
}
std::span<const std::string_view> side_names() {
    return sides;
}

std::optional<Pressure> pressure_from_name(std::string_view name) {
    return find_name<Pressure>(pressures, name, 1);
}
std::optional<Technique> technique_from_name(std::string_view name) {
    return find_name<Technique>(techniques, name, 0);
}
std::optional<Side> side_from_name(std::string_view name) {
    return find_name<Side>(sides, name, 0);
}

} // namespace sore::journal
