#include "remind/notify.hpp"

#include <dlfcn.h>
#include <libnotify/notify.h>

namespace sore::remind {

namespace {

// The functions used, typed from libnotify's own header (decltype does
// not link them).
struct Api {
    decltype(&notify_init) init = nullptr;
    decltype(&notify_notification_new) create = nullptr;
    decltype(&notify_notification_show) show = nullptr;
    decltype(&notify_uninit) uninit = nullptr;
    decltype(&g_object_unref) unref = nullptr; // GLib's, loaded with libnotify
    decltype(&g_error_free) free_error = nullptr;
};

template <typename Function> bool load(void* library, const char* name, Function& function) {
    // POSIX guarantees a function pointer survives the round trip.
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

const Api* api() {
    static const Api* loaded = []() -> const Api* {
        // Never closed: GLib keeps threads and types that cannot be unloaded.
        void* library = dlopen("libnotify.so.4", RTLD_NOW | RTLD_LOCAL);
        static Api api;
        bool all = library != nullptr && load(library, "notify_init", api.init) &&
                   load(library, "notify_notification_new", api.create) &&
                   load(library, "notify_notification_show", api.show) &&
                   load(library, "notify_uninit", api.uninit) &&
                   load(library, "g_object_unref", api.unref) &&
                   load(library, "g_error_free", api.free_error);
        return all ? &api : nullptr;
    }();
    return loaded;
}

} // namespace

bool notify(const std::string& summary, const std::string& body) {
    const Api* notify = api();
    if (notify == nullptr || notify->init("sore") == 0) {
        return false;
    }
    NotifyNotification* notification =
        notify->create(summary.c_str(), body.c_str(), "dialog-information");
    GError* error = nullptr;
    bool shown = notify->show(notification, &error) != 0;
    if (error != nullptr) {
        notify->free_error(error); // no bus or no service: the caller prints it
    }
    notify->unref(notification);
    notify->uninit();
    return shown;
}

} // namespace sore::remind
