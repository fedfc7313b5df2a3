#pragma once

// The command line, read once for every command: a Command's Spec says
// which options and words it takes, parse() runs Boost.Program_options with
// sore's rules over the words after the command's name, and Parsed hands
// the values to the command's reader. Boost stays inside parsing.cpp.

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "journal/dates.hpp"
#include "journal/reject.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sore::cli {

using Args = std::vector<std::string>;
using journal::TodayFn;

class Spec {
public:
    explicit Spec(std::string_view command);
    ~Spec();
    Spec(const Spec&) = delete;
    Spec& operator=(const Spec&) = delete;

    // --NAME VALUE; `help` is its line in the command's help. A name such
    // as "output,o" gives a short form too.
    Spec& option(std::string_view name, std::string_view value, std::string_view help);
    // The same, any number of times.
    Spec& repeated(std::string_view name, std::string_view value, std::string_view help);
    // --NAME, which takes no value.
    Spec& flag(std::string_view name, std::string_view help);
    // The words that are not options, under `name` (at most one kind).
    Spec& words(std::string_view name);
    // Words such as -3d are dates (the words' kind), not unknown options.
    Spec& date_words();

    struct Impl;
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

class Parsed {
public:
    struct Impl;
    explicit Parsed(std::unique_ptr<Impl> impl);
    ~Parsed();
    Parsed(Parsed&&) noexcept;
    Parsed& operator=(Parsed&&) noexcept;

    std::string_view command() const;

    // --NAME's value, if given.
    std::optional<std::string> text(std::string_view name) const;
    // Whether the flag --NAME was given.
    bool flag(std::string_view name) const;
    // Every value of a repeated option, or every word of the kind `name`.
    std::vector<std::string> all(std::string_view name) const;
    // The one word of the kind `name`, if given; a second is refused,
    // naming it and `what` one was expected.
    std::optional<std::string> one_word(std::string_view name, std::string_view what) const;

    // --NAME's value through a journal parser, which names it --NAME.
    template <typename Parse>
    auto parsed(std::string_view name, Parse parse) const
        -> std::optional<decltype(parse(std::string_view{}, std::string_view{}))> {
        if (auto value = text(name)) {
            return parse(fmt::format("--{}", name), *value);
        }
        return std::nullopt;
    }

    // A date word (YYYY-MM-DD, today, -3d, ...) as a day; today is found
    // only when the word needs it.
    journal::Day day(std::string_view field, const std::string& value) const;
    journal::Day today() const;

private:
    std::unique_ptr<Impl> impl_;
};

// What comes before the command: sore [--db PATH] [--config PATH]
// [--no-color] [--help] [--version] COMMAND ARGS... Everything from the
// command on belongs to it, even words that look like global options.
struct Invocation {
    GlobalOptions global;
    bool help = false;
    bool version = false;
    std::optional<std::string> command;
    Args args; // after the command
};
Invocation parse_invocation(const Args& args);

// The words after the command's name read against its Spec: nothing when
// --help is among them (the caller prints the help instead). UsageError,
// naming the command, for an unknown option, a missing value or a stray
// word.
std::optional<Parsed> parse(const Command& command, const Args& args, TodayFn today);

// `sore NAME --help`: usage, what it does, its options and an example.
std::string help(const Command& command);

// Options as a help text lists them: "Options:", then one a line, each
// description wrapped at 80 columns. The global options of `sore --help`.
std::string describe_global_options();

// An entry id: a whole number from 1.
std::int64_t parse_id(std::string_view value);

// The enumerator whose position in `names` matches `value`, in any case.
template <typename Enum, std::size_t N>
Enum parse_enum(std::string_view field, const std::string& value,
                const std::array<std::string_view, N>& names) {
    auto wanted = util::lower(value);
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == wanted) {
            return static_cast<Enum>(i);
        }
    }
    journal::reject(field, value, "is not accepted", util::one_of(names));
}

} // namespace sore::cli
