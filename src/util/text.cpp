#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <sstream>
#include <utf8proc.h>
#include <vector>

namespace sore::util {

namespace {

constexpr utf8proc_int32_t variation_selector_16 = 0xFE0F; // emoji presentation

bool is_regional_indicator(utf8proc_int32_t c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// One grapheme cluster: its bytes and the columns it takes.
struct Cluster {
    std::size_t bytes = 0;
    std::size_t width = 0;
    std::string symbol; // how a control character or a stray byte is shown
};

bool is_control(utf8proc_int32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// A control character as a terminal view shows it: ^[ for ESC, ^? for DEL
// (as `cat -v` does), \u009B for the C1 controls.
std::string control_symbol(utf8proc_int32_t c) {
    if (c < 0x20) {
        return {'^', static_cast<char>(c + 0x40)};
    }
    if (c == 0x7f) {
        return "^?";
    }
    return fmt::format("\\u{:04X}", c);
}

// The cluster that starts at text[at]. A control character is a cluster of
// its own (even CR before LF), and so is a byte that is not UTF-8, shown
// as \xFF.
Cluster cluster_at(std::string_view text, std::size_t at) {
    auto [first, length] = code_point_at(text, at);
    if (first < 0) {
        auto symbol = fmt::format("\\x{:02X}", static_cast<unsigned char>(text[at]));
        return {1, symbol.size(), symbol};
    }
    if (is_control(first)) {
        auto symbol = control_symbol(first);
        bool layout = first == '\n' || first == '\r' || first == '\t'; // one column in a table
        return {length, layout ? 1 : symbol.size(), symbol};
    }
    Cluster cluster{length, static_cast<std::size_t>(std::max(0, utf8proc_charwidth(first))), {}};
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = first;
    int regional = is_regional_indicator(first) ? 1 : 0;
    while (at + cluster.bytes < text.size()) {
        auto [next, next_length] = code_point_at(text, at + cluster.bytes);
        if (next < 0 || utf8proc_grapheme_break_stateful(previous, next, &state)) {
            break;
        }
        cluster.bytes += next_length;
        auto width = static_cast<std::size_t>(std::max(0, utf8proc_charwidth(next)));
        cluster.width = std::max(cluster.width, width);
        regional += is_regional_indicator(next) ? 1 : 0;
        if (next == variation_selector_16) {
            cluster.width = 2; // an emoji drawn as a picture
        }
        previous = next;
    }
    if (regional == 2) {
        cluster.width = 2; // a flag
    }
    return cluster;
}

// Lines of at most `width` columns: the first starts with `first`, the
// others with `rest`.
std::string wrap_lines(std::string_view text, std::size_t width, std::string_view first,
                       std::string_view rest) {
    std::istringstream words{std::string(text)};
    std::string out;
    std::string line;
    std::string word;
    std::string_view indent = first;
    while (words >> word) {
        if (!line.empty() &&
            display_width(indent) + display_width(line) + 1 + display_width(word) > width) {
            out += fmt::format("{}{}\n", indent, line);
            line.clear();
            indent = rest;
        }
        line += line.empty() ? word : " " + word;
    }
    if (!line.empty()) {
        out += fmt::format("{}{}\n", indent, line);
    }
    return out;
}

} // namespace

CodePoint code_point_at(std::string_view text, std::size_t at) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size() - at);
    utf8proc_int32_t code = 0;
    auto length = utf8proc_iterate(bytes + at, left, &code);
    if (length <= 0) {
        return {};
    }
    return {code, static_cast<std::size_t>(length)};
}

bool is_utf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        if (static_cast<unsigned char>(text[at]) < 0x80) { // ASCII, without a call
            ++at;
            continue;
        }
        auto point = code_point_at(text, at);
        if (point.code < 0) {
            return false;
        }
        at += point.bytes;
    }
    return true;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto cluster = cluster_at(text, at);
        width += cluster.width;
        at += cluster.bytes;
    }
    return width;
}

std::string shorten(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t used = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto cluster = cluster_at(text, at);
        std::string_view shown = text.substr(at, cluster.bytes);
        if (text[at] == '\n') {
            shown = "↵";
        } else if (text[at] == '\r' || text[at] == '\t') {
            shown = " ";
        } else if (!cluster.symbol.empty()) {
            shown = cluster.symbol;
        }
        auto columns = std::max<std::size_t>(display_width(shown), 1);
        bool last = at + cluster.bytes == text.size();
        // Room for this cluster, and for "…" after it unless it is the last.
        if (used + columns > width || (!last && used + columns + 1 > width)) {
            out += "…";
            return out;
        }
        out += shown;
        used += columns;
        at += cluster.bytes;
    }
    return out;
}

std::string visible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        auto cluster = cluster_at(text, at);
        bool layout = text[at] == '\n' || text[at] == '\t';
        out += cluster.symbol.empty() || layout ? text.substr(at, cluster.bytes)
                                                : std::string_view(cluster.symbol);
        at += cluster.bytes;
    }
    return out;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
    return wrap_lines(text, width, indent, indent);
}

std::string wrap_hanging(std::string_view text, std::size_t width, std::string_view indent) {
    return wrap_lines(text, width, "", indent);
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t limit = 60;
    bool escape_high = !is_utf8(text); // never pass broken UTF-8 on to a terminal
    std::string out = "'";
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (i >= limit && (escape_high || (c & 0xC0) != 0x80)) { // between characters
            break;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f || (escape_high && c >= 0x80)) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out += static_cast<char>(c);
        }
    }
    if (i < text.size()) {
        out += "...";
    }
    return out + "'";
}

namespace {

template <typename Item>
std::string join_items(std::span<const Item> items, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() ? fmt::format(" {} ", last) : std::string(", ");
        }
        out += items[i];
    }
    return out;
}

} // namespace

std::string joined(std::span<const std::string_view> items, std::string_view last) {
    return join_items(items, last);
}

std::string joined(std::span<const std::string> items, std::string_view last) {
    return join_items(items, last);
}

namespace {

// Edits from a to b: insertions, deletions, substitutions and swaps of two
// neighbours (the optimal string alignment distance).
std::size_t edits(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) {
        d[i][0] = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        d[0][j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t change = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates) {
    auto typed = lower(word);
    std::optional<std::string> best;
    std::size_t best_edits = std::min<std::size_t>(3, (typed.size() + 1) / 2);
    bool tie = false;
    for (const auto& candidate : candidates) {
        auto n = edits(typed, lower(candidate));
        if (n < best_edits) {
            best = candidate;
            best_edits = n;
            tie = false;
        } else if (n == best_edits && best) {
            tie = true;
        }
    }
    return tie ? std::nullopt : best;
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

} // namespace sore::util
