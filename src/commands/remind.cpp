// sore remind on --at HH:MM [--at HH:MM]... | off | status | now: a daily
// check-in through the user's own systemd, which notifies only when
// something is due.

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "remind/due_now.hpp"
#include "remind/notify.hpp"
#include "remind/systemctl.hpp"
#include "remind/units.hpp"
#include "render/due.hpp"
#include "store/journal_file.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sore::commands {

namespace {

namespace fs = std::filesystem;

enum class Action { on, off, status, now };
constexpr std::array<std::string_view, 4> actions{"on", "off", "status", "now"};
enum class StatusFormat { text, json };
constexpr std::array<std::string_view, 2> status_formats{"text", "json"};

struct RemindOptions {
    Action action = Action::status;
    std::vector<journal::TimeOfDay> times; // sorted
    StatusFormat format = StatusFormat::text;
};

void declare(cli::Spec& spec) {
    spec.repeated("at", "HH:MM",
                  "with on: a time of day to check in, 00:00 to 23:59 (repeat it "
                  "for several)")
        .option("format", "F", "with status: text (default) or json")
        .words("action");
}

RemindOptions read(const cli::Parsed& args) {
    RemindOptions o;
    auto action = args.one_word("action", "action");
    if (!action) {
        throw UsageError(fmt::format("remind: say what to do: {}", util::one_of(actions)));
    }
    o.action = cli::parse_enum<Action>("remind", *action, actions);
    for (const auto& at : args.all("at")) {
        auto time = journal::parse_time("--at", at);
        if (std::find(o.times.begin(), o.times.end(), time) != o.times.end()) {
            throw UsageError(fmt::format("--at {} is given twice; give each time once",
                                         journal::format_time(time)));
        }
        o.times.push_back(time);
    }
    std::sort(o.times.begin(), o.times.end(), journal::earlier);
    if (o.action == Action::on && o.times.empty()) {
        throw UsageError("remind on needs --at HH:MM, once for each time of day (--at 20:30)");
    }
    if (o.action != Action::on && !o.times.empty()) {
        throw UsageError(fmt::format("--at goes with 'remind on', not 'remind {}'", *action));
    }
    if (auto format = args.text("format")) {
        if (o.action != Action::status) {
            throw UsageError(
                fmt::format("--format goes with 'remind status', not 'remind {}'", *action));
        }
        o.format = cli::parse_enum<StatusFormat>("--format", *format, status_formats);
    }
    return o;
}

std::string times_text(const std::vector<journal::TimeOfDay>& times) {
    std::vector<std::string> words;
    std::transform(times.begin(), times.end(), std::back_inserter(words), journal::format_time);
    return util::joined(words, "and");
}

std::string next_text(const remind::NextRun& next, journal::Day today) {
    auto day = next.day == today ? std::string("today") : std::string("tomorrow");
    return fmt::format("{} at {}", day, journal::format_time(next.time));
}

int turn_on(cli::Context& ctx, const RemindOptions& options) {
    auto folder = remind::unit_folder();
    std::error_code ec;
    auto program = fs::read_symlink("/proc/self/exe", ec);
    if (ec) {
        throw Error(fmt::format("cannot find the sore program to run: {}", ec.message()));
    }
    if (ctx.journal_exists()) {
        ctx.journal(store::Access::read); // a folder or another kind of file is refused here
    }
    auto full = [](const std::string& path) {
        return fs::absolute(path).lexically_normal().string();
    };
    remind::Schedule schedule{options.times, {program.string(), "--db", full(ctx.journal_path())}};
    if (ctx.global().config) {
        schedule.command.insert(schedule.command.end(), {"--config", full(*ctx.global().config)});
    }
    schedule.command.insert(schedule.command.end(), {"remind", "now"});
    auto timer = remind::timer_unit(schedule);
    auto service = remind::service_unit(schedule);

    remind::UnitsBefore undo(folder);
    bool was_enabled = fs::exists(fs::symlink_status(remind::wants_link(folder), ec));
    try {
        if (fs::create_directories(folder, ec); ec) {
            throw Error(ec.message());
        }
        remind::write_unit(folder / remind::service_name, service);
        remind::write_unit(folder / remind::timer_name, timer);
    } catch (const std::exception& e) {
        undo.put_back();
        throw Error(fmt::format("cannot write the reminder into {}: {}; nothing was changed",
                                folder.string(), e.what()));
    }
    auto reload = remind::systemctl_user({"daemon-reload"});
    if (!reload.ok()) {
        undo.put_back();
        std::vector<std::string> advice{
            "sore: note: log in to a desktop session, or run 'loginctl enable-linger' once, and "
            "run this again; or have cron run it instead ('crontab -e'):"};
        for (auto time : options.times) {
            advice.push_back(remind::cron_line(time, schedule.command));
        }
        throw ErrorWithAdvice(
            fmt::format("no systemd user manager answers ({}), so reminders were not turned on; "
                        "nothing was changed",
                        reload.why()),
            advice);
    }
    for (auto step : {std::vector<std::string>{"enable", std::string(remind::timer_name)},
                      std::vector<std::string>{"restart", std::string(remind::timer_name)}}) {
        auto done = remind::systemctl_user(step);
        if (!done.ok()) {
            if (!was_enabled) {
                remind::systemctl_user({"disable", std::string(remind::timer_name)});
            }
            undo.put_back();
            remind::systemctl_user({"daemon-reload"});
            if (was_enabled) {
                remind::systemctl_user({"restart", std::string(remind::timer_name)});
            } else {
                fs::remove(remind::wants_link(folder).parent_path(), ec); // only if empty
            }
            throw Error(fmt::format("systemctl --user {} {} failed ({}); nothing was changed",
                                    step.front(), remind::timer_name, done.why()));
        }
    }
    auto today = ctx.today();
    auto next = remind::next_run(options.times, today, journal::time_now());
    ctx.out << fmt::format("Reminders on: a check-in at {}, when something is due. Next: {}.\n"
                           "Journal: {}\n",
                           times_text(options.times), next_text(next, today),
                           schedule.command.at(2));
    return 0;
}

int turn_off(cli::Context& ctx) {
    auto folder = remind::unit_folder();
    auto timer = folder / remind::timer_name;
    auto service = folder / remind::service_name;
    std::error_code ec;
    if (!fs::exists(timer, ec) && !fs::exists(service, ec)) {
        throw UsageError(fmt::format("reminders are not on: there is no {}; nothing to turn off",
                                     timer.string()));
    }
    // Without a user manager nothing runs the timer; its link goes below.
    remind::systemctl_user({"disable", "--now", std::string(remind::timer_name)});
    for (const auto& path : {remind::wants_link(folder), timer, service}) {
        if (!fs::remove(path, ec) && ec) {
            throw Error(fmt::format("cannot remove {}: {}", path.string(), ec.message()));
        }
    }
    fs::remove(remind::wants_link(folder).parent_path(), ec); // only if empty
    remind::systemctl_user({"daemon-reload"});
    ctx.out << fmt::format("Reminders off: removed {} and {}.\n", timer.string(),
                           remind::service_name);
    return 0;
}

// The journal a schedule's command names with --db.
std::optional<std::string> journal_of(const remind::Schedule& schedule) {
    auto db = std::find(schedule.command.begin(), schedule.command.end(), "--db");
    if (db == schedule.command.end() || db + 1 == schedule.command.end()) {
        return std::nullopt;
    }
    return *(db + 1);
}

int status(cli::Context& ctx, const RemindOptions& options) {
    auto folder = remind::unit_folder();
    auto schedule = remind::read_schedule(folder);
    std::error_code ec;
    bool enabled = schedule && fs::exists(fs::symlink_status(remind::wants_link(folder), ec));
    std::string journal =
        schedule ? journal_of(*schedule).value_or(ctx.journal_path()) : ctx.journal_path();
    auto today = ctx.today();
    std::vector<std::string> due;
    if (fs::exists(journal, ec)) {
        store::Database db = store::open_journal(journal, store::Access::read);
        due = render::due_lines(remind::due_now(db, journal, today));
    }
    std::optional<remind::NextRun> next;
    if (schedule && enabled) {
        next = remind::next_run(schedule->times, today, journal::time_now());
    }
    if (options.format == StatusFormat::json) {
        nlohmann::ordered_json j;
        j["on"] = schedule.has_value();
        j["enabled"] = enabled;
        j["times"] = nlohmann::ordered_json::array();
        if (schedule) {
            for (auto t : schedule->times) {
                j["times"].push_back(journal::format_time(t));
            }
        }
        j["next"] =
            next ? nlohmann::ordered_json(fmt::format("{}T{}", journal::format_date(next->day),
                                                      journal::format_time(next->time)))
                 : nlohmann::ordered_json(nullptr);
        j["journal"] = journal;
        j["timer"] = schedule ? nlohmann::ordered_json((folder / remind::timer_name).string())
                              : nlohmann::ordered_json(nullptr);
        j["due"] = due;
        ctx.out << j.dump(2) << '\n';
        return 0;
    }
    if (!schedule) {
        ctx.out << "Reminders: off ('sore remind on --at 20:30' turns them on)\n";
    } else {
        ctx.out << fmt::format("Reminders: on, at {}\n", times_text(schedule->times));
        ctx.out << (next ? fmt::format("Next:      {}\n", next_text(*next, today))
                         : fmt::format("Next:      none: the timer is not enabled; 'systemctl "
                                       "--user enable --now {}' enables it\n",
                                       remind::timer_name));
        ctx.out << fmt::format("Timer:     {}\n", (folder / remind::timer_name).string());
    }
    if (fs::exists(journal, ec)) {
        ctx.out << fmt::format("Journal:   {}\n", journal);
    } else {
        ctx.out << fmt::format("Journal:   {} is not there, so a reminder would say nothing; "
                               "after moving it, run 'sore remind on' again\n",
                               journal);
    }
    if (due.empty()) {
        ctx.out << "Due now:   nothing, so a reminder now would stay silent\n";
    } else {
        ctx.out << "Due now:   a reminder now would say\n";
        for (const auto& line : due) {
            ctx.out << "  " << line << '\n';
        }
    }
    return 0;
}

int now(cli::Context& ctx) {
    if (!ctx.journal_exists()) {
        return 0;
    }
    const auto& path = ctx.journal_path();
    auto due = remind::due_now(ctx.journal(store::Access::read), path, ctx.today());
    if (due.empty()) {
        return 0;
    }
    auto summary = render::due_summary(due);
    auto lines = render::due_lines(due);
    std::string body;
    for (const auto& line : lines) {
        body += (body.empty() ? "" : "\n") + line;
    }
    if (!remind::notify(summary, body)) {
        // No desktop: the user's systemd journal, or cron's mail, gets it.
        ctx.out << summary << '\n' << body << '\n';
        ctx.flush_output();
    }
    remind::said(due, path, ctx.err);
    return 0;
}

int run(cli::Context& ctx, const RemindOptions& options) {
    switch (options.action) {
    case Action::on:
        return turn_on(ctx, options);
    case Action::off:
        return turn_off(ctx);
    case Action::status:
        return status(ctx, options);
    case Action::now:
        return now(ctx);
    }
    return 0;
}

} // namespace

extern const cli::Command remind_command{
    .name = "remind",
    .summary = "a daily check-in that asks only when something is due",
    .usage = "sore remind on --at HH:MM [--at HH:MM]... | off | status [--format F] | now",
    .about = "on writes a systemd user timer (sore-remind.timer and sore-remind.service in\n"
             "$XDG_CONFIG_HOME/systemd/user) that runs 'sore remind now' at each --at time,\n"
             "on this journal, and enables it; a time missed while the computer slept runs\n"
             "when it wakes. now sends a desktop notification when something is due (as\n"
             "'sore due' says), or prints it when there is no desktop, and stays silent\n"
             "otherwise. status says whether reminders are on, when the next one is, and\n"
             "what it would say now. off disables the timer and removes both files.",
    .example = "sore remind on --at 08:00 --at 20:30",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
