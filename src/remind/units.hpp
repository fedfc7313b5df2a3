#pragma once

// The reminder as systemd user units: a timer with one OnCalendar= per
// time (Persistent=true, so a time missed while the machine slept runs on
// wake) and the service it starts, which runs `sore ... remind now`.
// Written into the user's unit folder and read back from it.

#include "journal/dates.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sore::remind {

inline constexpr std::string_view timer_name = "sore-remind.timer";
inline constexpr std::string_view service_name = "sore-remind.service";

struct Schedule {
    std::vector<journal::TimeOfDay> times; // sorted, each once
    std::vector<std::string> command;      // what the service runs, the program first
};

// $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user.
std::filesystem::path unit_folder();

std::string timer_unit(const Schedule& schedule);
// UsageError for a word a unit file cannot hold (a line break).
std::string service_unit(const Schedule& schedule);

// The schedule in the unit files of `folder`; nothing when the timer is
// not there. Error when they cannot be read or no longer say what sore
// wrote.
std::optional<Schedule> read_schedule(const std::filesystem::path& folder);

// Whether the timer is enabled: its link in timers.target.wants.
std::filesystem::path wants_link(const std::filesystem::path& folder);

// Writes a unit file whole (0600), replacing the one there.
void write_unit(const std::filesystem::path& path, const std::string& text);

// The unit files, and the folders above them that are missing, as they
// were when made: put_back() restores them when turning on fails.
class UnitsBefore {
public:
    explicit UnitsBefore(const std::filesystem::path& folder);
    void put_back() const;

private:
    std::vector<std::filesystem::path> made_; // missing folders, deepest first
    std::vector<std::pair<std::filesystem::path, std::optional<std::string>>> files_;
};

// A crontab line that runs `command` at `time` (for a machine with no
// systemd user manager): quoted for the shell, % escaped for cron.
std::string cron_line(journal::TimeOfDay time, const std::vector<std::string>& command);

// The next of `times` after `now` today, else the first one tomorrow.
struct NextRun {
    journal::Day day;
    journal::TimeOfDay time;
};
NextRun next_run(const std::vector<journal::TimeOfDay>& times, journal::Day today,
                 journal::TimeOfDay now);

} // namespace sore::remind
