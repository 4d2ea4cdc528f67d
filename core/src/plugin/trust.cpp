#include "plugin/trust.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::plugin {
namespace {

std::string octal_mode(mode_t mode) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04o", static_cast<unsigned>(mode & 07777));
    return buf;
}

std::string user_name(uid_t uid) {
    const passwd* pw = getpwuid(uid);
    std::string out = "uid " + std::to_string(uid);
    if (pw && pw->pw_name) out += " (" + std::string(pw->pw_name) + ")";
    return out;
}

// `what` is "directory /x" or "/x/y.so"; `strict` refuses group/other write even with the
// sticky bit (the plugin's own directory: anyone could add a plugin to a sticky directory).
std::optional<std::string> check(const fs::path& path, const std::string& what, bool strict) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return "cannot check " + what + ": " + std::strerror(errno);

    const uid_t me = ::geteuid();
    if (st.st_uid != 0 && st.st_uid != me)
        return what + " is owned by " + user_name(st.st_uid) + ", neither root nor " + user_name(me) +
               "; chown it or move the plugin to a directory you own";

    const mode_t writable = st.st_mode & (S_IWGRP | S_IWOTH);
    const bool sticky_dir = S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX);
    if (writable == 0 || (!strict && sticky_dir)) return std::nullopt;

    // "others" is the danger worth naming; the fix clears every write bit that is set, unless
    // the directory is shared on purpose (sticky, like /tmp) or not ours to change: then the
    // plugins must move, and chmod would only break the system.
    const char* who = (writable & S_IWOTH) ? "others" : "its group";
    const std::string problem = what + " is writable by " + who + " (mode " + octal_mode(st.st_mode) + ")";
    if (sticky_dir || st.st_uid != me)
        return problem + ": anyone who can write there can add a plugin; move the plugins to a directory only "
                         "you can write, and name that one with --plugin-dir";
    const char* fix = writable == (S_IWGRP | S_IWOTH) ? "go-w" : writable == S_IWOTH ? "o-w" : "g-w";
    return problem + "; chmod " + fix + " " + path.string();
}

// The directory itself (strictly unless `sticky_ok`), then each ancestor up to "/" (sticky
// accepted).
std::optional<std::string> check_directory_chain(const fs::path& real_dir, bool sticky_ok) {
    if (auto why = check(real_dir, "directory " + real_dir.string(), !sticky_ok)) return why;
    for (fs::path p = real_dir.parent_path(); !p.empty(); p = p.parent_path()) {
        if (auto why = check(p, "directory " + p.string(), false)) return why;
        if (p == p.root_path()) break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> untrusted_directory(const fs::path& dir) {
    std::error_code ec;
    const fs::path real = fs::canonical(dir, ec);
    if (ec) return "cannot resolve directory " + dir.string() + ": " + ec.message();
    return check_directory_chain(real, false);
}

std::optional<std::string> untrusted_file(const fs::path& file) {
    std::error_code ec;
    const fs::path real = fs::canonical(file, ec);
    if (ec) return "cannot resolve " + file.string() + ": " + ec.message();
    // A symlink may lead elsewhere: its target and the target's directories decide. A sticky
    // directory (/tmp) may hold it: others can add files there, but not replace ours, and only
    // the searched directory's entries are loaded.
    if (auto why = check(real, real == file ? "it" : "its target " + real.string(), true)) return why;
    return check_directory_chain(real.parent_path(), true);
}

}  // namespace wardreport::plugin
