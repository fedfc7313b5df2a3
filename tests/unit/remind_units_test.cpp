// The reminder's systemd units: what is written, read back word for word,
// and when the next one runs.

#include "error.hpp"
#include "remind/units.hpp"
#include "support.hpp"

#include <fstream>
#include <gtest/gtest.h>

namespace sore {
namespace {

remind::Schedule schedule(std::vector<std::string> command) {
    return {{test::at("08:00"), test::at("20:30")}, std::move(command)};
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

TEST(RemindUnits, TimerHasOneCalendarLinePerTimeAndIsPersistent) {
    auto timer = remind::timer_unit(schedule({"/usr/bin/sore", "remind", "now"}));
    EXPECT_NE(timer.find("\n[Timer]\nOnCalendar=*-*-* 08:00:00\nOnCalendar=*-*-* 20:30:00\n"
                         "Persistent=true\n"),
              std::string::npos)
        << timer;
    EXPECT_NE(timer.find("\n[Install]\nWantedBy=timers.target\n"), std::string::npos);
}

TEST(RemindUnits, ServiceQuotesEveryWordForSystemd) {
    auto service = remind::service_unit(
        schedule({"/usr/bin/sore", "--db", R"(/home/a b/100%$HOME"x\y.db)", "remind", "now"}));
    EXPECT_NE(service.find("\nType=oneshot\n"), std::string::npos);
    EXPECT_NE(service.find(R"(ExecStart="/usr/bin/sore" "--db" "/home/a b/100%%$$HOME\"x\\y.db" )"
                           R"("remind" "now")"),
              std::string::npos)
        << service;
    EXPECT_THROW(remind::service_unit(schedule({"/usr/bin/sore", "--db", "a\nb"})), UsageError);
}

TEST(RemindUnits, TheProgramIsNotSearchedForVariables) {
    auto service = remind::service_unit(schedule({"/opt/$v 5%/sore", "--db", "$j"}));
    EXPECT_NE(service.find(R"(ExecStart="/opt/$v 5%%/sore" "--db" "$$j")"), std::string::npos)
        << service;
    for (const char* path : {"/opt/a\"b/sore", "/opt/a'b/sore", "/opt/a\\b/sore"}) {
        EXPECT_THROW(remind::service_unit(schedule({path, "remind", "now"})), Error) << path;
    }
}

TEST(RemindUnits, ReadBackWordForWord) {
    test::TempDir dir;
    auto written = schedule({"/opt/$sore dev/sore", "--db", R"(/j/"odd" 50% $x\.db)", "--config",
                             "/c/config", "remind", "now"});
    write(dir.path() / remind::timer_name, remind::timer_unit(written));
    write(dir.path() / remind::service_name, remind::service_unit(written));
    auto read = remind::read_schedule(dir.path());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->times, written.times);
    EXPECT_EQ(read->command, written.command);
}

TEST(RemindUnits, NothingWhenOffAndErrorWhenAltered) {
    test::TempDir dir;
    EXPECT_FALSE(remind::read_schedule(dir.path()));
    auto written = schedule({"/usr/bin/sore", "remind", "now"});
    write(dir.path() / remind::service_name, remind::service_unit(written));
    write(dir.path() / remind::timer_name, "[Timer]\nOnCalendar=daily\n");
    EXPECT_THROW(remind::read_schedule(dir.path()), Error) << "no time sore wrote";
    write(dir.path() / remind::timer_name, "[Timer]\nOnCalendar=*-*-* 25:00:00\n");
    EXPECT_THROW(remind::read_schedule(dir.path()), Error);
    auto timer = remind::timer_unit(written);
    for (const auto& edited :
         {timer + "OnBootSec=5min\n",
          timer.replace(timer.find("OnCalendar=*-*-* 20:30:00"), 25, "OnCalendar=daily"),
          remind::timer_unit({{test::at("08:00"), test::at("08:00")}, written.command})}) {
        write(dir.path() / remind::timer_name, edited);
        EXPECT_THROW(remind::read_schedule(dir.path()), Error) << edited;
    }
    write(dir.path() / remind::timer_name, remind::timer_unit(written));
    write(dir.path() / remind::service_name,
          remind::service_unit(schedule({"/usr/bin/sore", "remind", "off"})));
    EXPECT_THROW(remind::read_schedule(dir.path()), Error) << "a service that does not remind";
    write(dir.path() / remind::timer_name, remind::timer_unit(written));
    write(dir.path() / remind::service_name, "[Service]\nExecStart=/usr/bin/sore remind now\n");
    EXPECT_THROW(remind::read_schedule(dir.path()), Error) << "unquoted words";
}

TEST(RemindUnits, NextRunIsTheNextTimeTodayElseTheFirstTomorrow) {
    std::vector<journal::TimeOfDay> times{test::at("08:00"), test::at("20:30")};
    auto today = test::day(2026, 12, 6);
    auto morning = remind::next_run(times, today, test::at("07:59"));
    EXPECT_EQ(morning.day, today);
    EXPECT_EQ(morning.time, test::at("08:00"));
    auto noon = remind::next_run(times, today, test::at("08:00"));
    EXPECT_EQ(noon.time, test::at("20:30")) << "08:00 has just run";
    auto night = remind::next_run(times, today, test::at("21:00"));
    EXPECT_EQ(night.day, test::day(2026, 12, 7));
    EXPECT_EQ(night.time, test::at("08:00"));
}

} // namespace
} // namespace sore
