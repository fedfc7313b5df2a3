// `sore remind now`: notifications on a private session bus, through the
// stand-in notification service (notify_service.cpp), and without one or
// any bus.

#include "remind.hpp"

namespace {

using namespace sore::testing::reminders;

// ------------------------------------------------------ sore remind now

// The line dbus-daemon prints as root where it may not raise its file
// limit; nothing to do with sore.
std::string without_bus_noise(const std::string& err) {
    std::string kept;
    for (const auto& line : lines(err)) {
        if (!(line.starts_with("dbus-daemon[") &&
              sore::testing::contains(line, "Failed to set fd limit"))) {
            kept += line + "\n";
        }
    }
    return kept;
}

// A session bus of its own: no service on it is started on demand, so a
// notification daemon installed on the machine cannot answer.
constexpr const char* bus_config = R"(<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

class RemindNow : public ::testing::Test {
protected:
    void SetUp() override {
        box.env["XDG_STATE_HOME"] = std::nullopt;
        for (const auto* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"}) {
            box.env[name] = std::nullopt;
        }
        write_file(box.dir() / "bus.conf", bus_config);
    }

    fs::path record() const { return box.dir() / "notifications.jsonl"; }

    // `sore remind now` on a private session bus, with the stand-in
    // notification service on it when `service`.
    Result now_on_a_bus(bool service) {
        box.prefix = {"/usr/bin/dbus-run-session",
                      "--config-file=" + (box.dir() / "bus.conf").string(), "--"};
        if (service) {
            box.prefix.insert(box.prefix.end(),
                              {sore::testing::notify_service().string(), record().string(), "--"});
        }
        auto r = box.run({"remind", "now"});
        box.prefix.clear();
        r.err = without_bus_noise(r.err);
        return r;
    }
    // The notifications the service was sent.
    std::vector<json> notifications() const {
        std::vector<json> sent;
        for (const auto& line : lines(read_file(record()))) {
            sent.push_back(json::parse(line));
        }
        return sent;
    }

    Sandbox box;
};

TEST_F(RemindNow, SendsOneNotificationOfWhatIsDue) {
    log_entry(box, {"2026-11-23", "--soreness", "5", "--injury"});
    log_entry(box, {"2026-11-25", "--soreness", "4", "--pressure", "deep"});
    const auto caution = "You flagged an injury on Monday 2026-11-23 and had a session since, on "
                         "Wednesday 2026-11-25. " +
                         caution_advice;
    const auto wednesday = check_in("2 days after", "Wednesday's deep session");
    auto r = now_on_a_bus(true);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(notifications(), (std::vector<json>{{{"app_name", "sore"},
                                                   {"summary", "Time for a check-in"},
                                                   {"body", wednesday + "\n" + caution}}}));
    // The caution was given; the check-in is still due.
    r = now_on_a_bus(true);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(notifications(), (std::vector<json>{{{"app_name", "sore"},
                                                   {"summary", "Time for a check-in"},
                                                   {"body", wednesday}}}));
}

TEST_F(RemindNow, TheCautionAloneHasItsOwnSummaryAndIsSentOnce) {
    log_entry(box, {"2026-11-25", "--soreness", "5", "--injury"});
    log_entry(box, {"2026-11-26", "--soreness", "4", "--pressure", "medium"});
    log_entry(box, {"--soreness", "3"});
    auto r = now_on_a_bus(true);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(notifications(),
              (std::vector<json>{{{"app_name", "sore"},
                                  {"summary", "A session after an injury"},
                                  {"body", "You flagged an injury on Wednesday 2026-11-25 and had "
                                           "a session since, on Thursday 2026-11-26. " +
                                               caution_advice}}}));
    r = now_on_a_bus(true);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(notifications(), std::vector<json>{});
    EXPECT_EQ(box.run({"due", "--quiet"}).status, 1) << "the caution is due after it was sent";
}

TEST_F(RemindNow, NothingDueSendsNothing) {
    log_entry(box, {"--soreness", "3"});
    auto r = now_on_a_bus(true);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(fs::exists(record()));
    EXPECT_EQ(notifications(), std::vector<json>{});
}

TEST_F(RemindNow, WithoutANotificationServiceItPrints) {
    log_entry(box, {"2026-11-24", "--soreness", "5", "--injury"});
    log_entry(box, {"2026-11-26", "--soreness", "4", "--pressure", "light"});
    const auto caution = "You flagged an injury on Tuesday 2026-11-24 and had a session since, on "
                         "Thursday 2026-11-26. " +
                         caution_advice;
    const auto thursday = check_in("the day after", "Thursday's light session");
    auto r = now_on_a_bus(false);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "Time for a check-in\n" + thursday + "\n" + caution + "\n");
    // Printed is given: not again.
    r = now_on_a_bus(false);
    EXPECT_EQ(r.out, "Time for a check-in\n" + thursday + "\n");
}

TEST_F(RemindNow, WithNoBusAtAllItPrints) {
    auto runtime = box.dir() / "runtime";
    fs::create_directory(runtime);
    fs::permissions(runtime, fs::perms::owner_all);
    box.env["XDG_RUNTIME_DIR"] = runtime.string();
    log_entry(box, {"2026-11-20", "--soreness", "4"});
    auto r = box.run({"remind", "now"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "Time for a check-in\n" + log_today + "\n");
    EXPECT_EQ(names_in(runtime), Lines{});
}

} // namespace
