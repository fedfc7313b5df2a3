#pragma once

// Text helpers every folder uses: UTF-8 checked and measured with utf8proc,
// and the small pieces of wording that messages and reports share.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sore::util {

// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or
// values past U+10FFFF).
bool is_utf8(std::string_view text);

// The code point that starts at text[at], and its length in bytes; a byte
// that does not start well-formed UTF-8 is code -1, one byte long.
struct CodePoint {
    std::int32_t code = -1;
    std::size_t bytes = 1;
};
CodePoint code_point_at(std::string_view text, std::size_t at);

// Columns the text takes on a terminal, a grapheme cluster at a time: wide
// (CJK, emoji) clusters take two, combining marks and joiners none. A line
// feed, tab or carriage return counts one (shorten() shows one symbol for
// it); another control character or a byte that is not UTF-8 counts as
// what visible() shows for it.
std::size_t display_width(std::string_view text);

// The text with every control character shown rather than obeyed, so that
// a note cannot colour the terminal or retitle the window: C0 controls and
// DEL as `cat -v` shows them (ESC as ^[, BEL as ^G, CR as ^M, DEL as ^?),
// C1 controls as \u0085, bytes that are not UTF-8 as \xFF. Line feeds and
// tabs stay: they are the text's layout.
std::string visible(std::string_view text);

// The text cut to at most `width` columns between grapheme clusters, ending
// in "…" when cut, for one line of a table: line breaks shown as "↵", tabs
// and carriage returns as spaces, other control characters as visible()
// shows them.
std::string shorten(std::string_view text, std::size_t width);

// `text` broken at spaces into lines of at most `width` columns, each
// starting with `indent`, each ending in a newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);

// The same with a hanging indent: the first line starts at the margin, the
// lines after it with `indent` ("sore: caution: ..." and its continuation).
std::string wrap_hanging(std::string_view text, std::size_t width, std::string_view indent);

// ASCII letters in lower case; other bytes (UTF-8 included) unchanged.
std::string lower(std::string_view text);
// The first letter in upper case, if it is an ASCII letter.
std::string capitalised(std::string_view text);

// Nothing but spaces, tabs and line ends (or nothing at all).
bool is_blank(std::string_view text);

// The value as it goes into a one-line message: quoted, control characters
// escaped, long values shortened.
std::string quoted(std::string_view text);

// "a, b or c" (`last` = "or"), "a, b and c" (`last` = "and").
std::string joined(std::span<const std::string_view> items, std::string_view last);
std::string joined(std::span<const std::string> items, std::string_view last);

// "a, b or c", for messages listing what is accepted.
inline std::string one_of(std::span<const std::string_view> names) {
    return joined(names, "or");
}

// The candidate a mistyped word most likely meant: the nearest by edits (a
// letter added, left out, changed, or two swapped; case ignored), when it
// is at most two edits and fewer than half the word away. Nothing when
// none is that near, or two are equally near.
std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates);

// "1 entry", "36 entries".
std::string count(std::size_t n, std::string_view one, std::string_view many);

} // namespace sore::util
