// notify_service RECORD_FILE -- COMMAND [ARGS...]
//
// A stand-in for the desktop's notification daemon, for the whole-program
// tests of `sore remind`: run inside a private session bus
// (dbus-run-session), it owns org.freedesktop.Notifications, runs COMMAND,
// writes each Notify call to RECORD_FILE as a JSON line
// {"app_name":...,"summary":...,"body":...}, and exits as COMMAND did
// (128+N when killed by signal N). Exit 2: bad usage; 1: no bus or name.
#include <cstdio>
#include <gio/gio.h>
#include <string>
#include <string_view>
#include <sys/wait.h>

namespace {

constexpr const char* introspection = R"(<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
  </interface>
</node>)";

struct State {
    std::FILE* record = nullptr;
    guint32 next_id = 1;
    GMainLoop* loop = nullptr;
    int exit_status = 1;
};

// D-Bus strings are valid UTF-8, so only quotes, backslashes and control
// characters need escaping.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string child_string(GVariant* parameters, gsize index) {
    const char* text = nullptr;
    g_variant_get_child(parameters, index, "&s", &text);
    return json_string(text);
}

void method_call(GDBusConnection*, const char*, const char*, const char*, const char* method,
                 GVariant* parameters, GDBusMethodInvocation* invocation, gpointer data) {
    auto* state = static_cast<State*>(data);
    std::string_view name = method;
    if (name == "Notify") {
        // Flushed at once: the command may exit, and this program with it,
        // straight after the reply.
        std::string line = "{\"app_name\":" + child_string(parameters, 0) +
                           ",\"summary\":" + child_string(parameters, 3) +
                           ",\"body\":" + child_string(parameters, 4) + "}\n";
        std::fputs(line.c_str(), state->record);
        std::fflush(state->record);
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(u)", state->next_id++));
    } else if (name == "GetCapabilities") {
        const char* capabilities[] = {"body", nullptr};
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(^as)", capabilities));
    } else if (name == "GetServerInformation") {
        g_dbus_method_invocation_return_value(
            invocation, g_variant_new("(ssss)", "sore-test", "sore", "1", "1.2"));
    } else {
        g_dbus_method_invocation_return_value(invocation, nullptr);
    }
}

void child_exited(GPid pid, gint status, gpointer data) {
    auto* state = static_cast<State*>(data);
    state->exit_status = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    g_spawn_close_pid(pid);
    g_main_loop_quit(state->loop);
}

int fail(const char* what, GError* error) {
    if (error)
        std::fprintf(stderr, "notify_service: %s: %s\n", what, error->message);
    else
        std::fprintf(stderr, "notify_service: %s\n", what);
    g_clear_error(&error);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4 || std::string_view(argv[2]) != "--") {
        std::fprintf(stderr, "usage: notify_service RECORD_FILE -- COMMAND [ARGS...]\n");
        return 2;
    }
    State state;
    // Opened (and so emptied) first: a run with no Notify call leaves an
    // empty file rather than a stale one.
    state.record = std::fopen(argv[1], "w");
    if (!state.record) {
        std::perror(argv[1]);
        return 1;
    }

    GError* error = nullptr;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (!bus)
        return fail("session bus", error);
    GDBusNodeInfo* node = g_dbus_node_info_new_for_xml(introspection, &error);
    if (!node)
        return fail("introspection", error);
    GDBusInterfaceVTable vtable{};
    vtable.method_call = method_call;
    if (!g_dbus_connection_register_object(bus, "/org/freedesktop/Notifications",
                                           node->interfaces[0], &vtable, &state, nullptr, &error))
        return fail("register object", error);

    // Owned synchronously, before the command starts, so it cannot call
    // before the name is there. Flag 4: do not queue; reply 1: primary owner.
    GVariant* reply = g_dbus_connection_call_sync(
        bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
        g_variant_new("(su)", "org.freedesktop.Notifications", 4u), nullptr, G_DBUS_CALL_FLAGS_NONE,
        -1, nullptr, &error);
    if (!reply)
        return fail("RequestName", error);
    guint32 outcome = 0;
    g_variant_get(reply, "(u)", &outcome);
    g_variant_unref(reply);
    if (outcome != 1)
        return fail("org.freedesktop.Notifications is already owned", nullptr);

    GPid pid = 0;
    auto flags = static_cast<GSpawnFlags>(G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH |
                                          G_SPAWN_CHILD_INHERITS_STDIN);
    if (!g_spawn_async(nullptr, argv + 3, nullptr, flags, nullptr, nullptr, &pid, &error))
        return fail(argv[3], error);
    state.loop = g_main_loop_new(nullptr, FALSE);
    g_child_watch_add(pid, child_exited, &state);
    g_main_loop_run(state.loop);

    g_main_loop_unref(state.loop);
    g_dbus_node_info_unref(node);
    g_object_unref(bus);
    if (std::fclose(state.record) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    return state.exit_status;
}
