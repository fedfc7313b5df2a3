#include "remind/units.hpp"

#include "error.hpp"
#include "util/atomic_file.hpp"
#include "util/folders.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fstream>
#include <sstream>

namespace sore::remind {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view calendar_key = "OnCalendar=*-*-* ";
constexpr std::string_view exec_key = "ExecStart=";

// One word of ExecStart=, quoted: systemd reads C escapes inside quotes,
// and expands % specifiers and $ variables unless doubled. The program
// itself is not searched for variables, and may hold no quote or escape.
std::string exec_word(std::string_view word, bool program) {
    std::string quoted = "\"";
    for (char c : word) {
        if (c == '\n' || c == '\r') {
            throw UsageError(fmt::format("{} holds a line break, which a systemd unit cannot hold",
                                         util::quoted(word)));
        }
        if (program && (c == '"' || c == '\'' || c == '\\')) {
            throw Error(fmt::format("sore runs from {}, a path a systemd unit cannot name (it "
                                    "holds {}); run a sore installed elsewhere, such as "
                                    "/usr/bin/sore",
                                    util::quoted(word), c));
        }
        if (c == '\\' || c == '"') {
            quoted += '\\';
        } else if (c == '%' || (c == '$' && !program)) {
            quoted += c;
        }
        quoted += c;
    }
    return quoted + '"';
}

// The words of an ExecStart= line exec_word() wrote; nothing for others.
std::optional<std::vector<std::string>> exec_words(std::string_view line) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ') {
            ++i;
            continue;
        }
        if (line[i] != '"') {
            return std::nullopt;
        }
        std::string word;
        for (++i; i < line.size() && line[i] != '"'; ++i) {
            bool doubled = (line[i] == '%' || (line[i] == '$' && !words.empty())) &&
                           i + 1 < line.size() && line[i + 1] == line[i];
            if (line[i] == '\\' || doubled) {
                ++i;
            }
            if (i < line.size()) {
                word += line[i];
            }
        }
        if (i == line.size()) {
            return std::nullopt; // no closing quote
        }
        ++i;
        words.push_back(std::move(word));
    }
    return words;
}

// The file's text; nothing when it cannot be opened.
std::optional<std::string> text_of(const fs::path& path) {
    std::ifstream file(path);
    if (!file) {
        return std::nullopt;
    }
    std::stringstream all;
    all << file.rdbuf();
    return all.str();
}

std::vector<std::string_view> lines_in(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        auto end = std::min(text.find('\n'), text.size());
        lines.push_back(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

std::string must_read(const fs::path& path) {
    auto text = text_of(path);
    if (!text) {
        throw Error(fmt::format("cannot read {}", path.string()));
    }
    return std::move(*text);
}

Error altered(const fs::path& path) {
    return Error(fmt::format("{} is not as sore wrote it; 'sore remind on --at HH:MM' writes it "
                             "again",
                             path.string()));
}

} // namespace

fs::path unit_folder() {
    return util::xdg_home("XDG_CONFIG_HOME", ".config", "") / "systemd" / "user";
}

std::string timer_unit(const Schedule& schedule) {
    std::string calendar;
    for (auto time : schedule.times) {
        calendar += fmt::format("{}{}:00\n", calendar_key, journal::format_time(time));
    }
    return fmt::format("# Written by 'sore remind on'; 'sore remind off' removes it.\n"
                       "[Unit]\n"
                       "Description=sore: a check-in reminder, when an entry is due\n"
                       "\n"
                       "[Timer]\n"
                       "{}"
                       "Persistent=true\n"
                       "\n"
                       "[Install]\n"
                       "WantedBy=timers.target\n",
                       calendar);
}

std::string service_unit(const Schedule& schedule) {
    std::vector<std::string> words;
    for (const auto& word : schedule.command) {
        words.push_back(exec_word(word, words.empty()));
    }
    return fmt::format("# Written by 'sore remind on'; 'sore remind off' removes it.\n"
                       "[Unit]\n"
                       "Description=sore: says what is due in the soreness journal\n"
                       "\n"
                       "[Service]\n"
                       "Type=oneshot\n"
                       "{}{}\n",
                       exec_key, fmt::join(words, " "));
}

std::optional<Schedule> read_schedule(const fs::path& folder) {
    auto timer = folder / timer_name;
    auto service = folder / service_name;
    std::error_code ec;
    if (!fs::exists(timer, ec) && !fs::exists(service, ec)) {
        return std::nullopt;
    }
    auto timer_text = must_read(timer);
    auto service_text = must_read(service);
    Schedule schedule;
    for (auto line : lines_in(timer_text)) {
        if (line.starts_with(calendar_key)) {
            auto time = journal::parse_stored_time(line.substr(calendar_key.size(), 5));
            if (!time || line.substr(calendar_key.size() + 5) != ":00") {
                throw altered(timer);
            }
            schedule.times.push_back(*time);
        }
    }
    for (auto line : lines_in(service_text)) {
        if (line.starts_with(exec_key)) {
            auto words = exec_words(line.substr(exec_key.size()));
            if (!words || words->empty()) {
                throw altered(service);
            }
            schedule.command = std::move(*words);
        }
    }
    // Only what sore writes: written again from what was read, each file
    // must come out the same, or it says something this reading missed.
    auto not_after = [](auto a, auto b) {
        return !journal::earlier(a, b);
    };
    auto& times = schedule.times;
    if (times.empty() || std::adjacent_find(times.begin(), times.end(), not_after) != times.end() ||
        timer_text != timer_unit(schedule)) {
        throw altered(timer);
    }
    if (schedule.command.size() < 3 || schedule.command.back() != "now" ||
        service_text != service_unit(schedule)) {
        throw altered(service);
    }
    return schedule;
}

fs::path wants_link(const fs::path& folder) {
    return folder / "timers.target.wants" / timer_name;
}

void write_unit(const fs::path& path, const std::string& text) {
    util::AtomicFile file(path.string(), util::AtomicFile::Replace::yes);
    file.stream() << text;
    if (!file.commit()) {
        throw Error(fmt::format("cannot write {}", path.string()));
    }
}

UnitsBefore::UnitsBefore(const fs::path& folder) {
    std::error_code ec;
    for (auto p = folder; !fs::exists(p, ec) && p.has_relative_path(); p = p.parent_path()) {
        made_.push_back(p);
    }
    for (auto name : {timer_name, service_name}) {
        auto path = folder / name;
        files_.emplace_back(path, text_of(path));
    }
}

void UnitsBefore::put_back() const {
    std::error_code ec;
    for (const auto& [path, text] : files_) {
        if (text) {
            write_unit(path, *text);
        } else {
            fs::remove(path, ec);
        }
    }
    for (const auto& dir : made_) {
        fs::remove(dir, ec); // only if still empty
    }
}

std::string cron_line(journal::TimeOfDay time, const std::vector<std::string>& command) {
    std::vector<std::string> words;
    for (const auto& word : command) {
        bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("/._-+:,=@", c);
        });
        std::string quoted = plain ? "" : "'";
        for (char c : word) {
            quoted += c == '\''  ? std::string("'\\''")
                      : c == '%' ? std::string("\\%")
                                 : std::string(1, c);
        }
        words.push_back(plain ? quoted : quoted + "'");
    }
    return fmt::format("  {} {} * * * {}", time.minutes(), time.hours(), fmt::join(words, " "));
}

NextRun next_run(const std::vector<journal::TimeOfDay>& times, journal::Day today,
                 journal::TimeOfDay now) {
    auto later =
        std::find_if(times.begin(), times.end(), [&](auto t) { return journal::earlier(now, t); });
    if (later != times.end()) {
        return {today, *later};
    }
    return {today + date::days{1}, times.front()};
}

} // namespace sore::remind
