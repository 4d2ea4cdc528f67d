#include "plugin/trust.hpp"

#include "util/i18n.hpp"

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
        return tr("cannot check {1}: {2}", what, std::strerror(errno)).text;

    const uid_t me = ::geteuid();
    if (st.st_uid != 0 && st.st_uid != me)
        return tr("{1} is owned by {2}, neither root nor {3}; chown it or move the plugin to a directory you own",
                  what, user_name(st.st_uid), user_name(me)).text;

    const mode_t writable = st.st_mode & (S_IWGRP | S_IWOTH);
    const bool sticky_dir = S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX);
    if (writable == 0 || (!strict && sticky_dir)) return std::nullopt;

    // "others" is the danger worth naming; the fix clears every write bit that is set, unless
    // the directory is shared on purpose (sticky, like /tmp) or not ours to change: then the
    // plugins must move, and chmod would only break the system.
    const std::string problem = (writable & S_IWOTH)
                                    ? tr("{1} is writable by others (mode {2})", what, octal_mode(st.st_mode)).text
                                    : tr("{1} is writable by its group (mode {2})", what, octal_mode(st.st_mode)).text;
    if (sticky_dir || st.st_uid != me)
        return tr("{1}: anyone who can write there can add a plugin; move the plugins to a directory only you can "
                  "write, and name that one with --plugin-dir", problem).text;
    const char* fix = writable == (S_IWGRP | S_IWOTH) ? "go-w" : writable == S_IWOTH ? "o-w" : "g-w";
    return problem + "; chmod " + fix + " " + path.string();
}

// The directory itself (strictly unless `sticky_ok`), then each ancestor up to "/" (sticky
// accepted).
std::optional<std::string> check_directory_chain(const fs::path& real_dir, bool sticky_ok) {
    if (auto why = check(real_dir, tr("directory {1}", real_dir.string()), !sticky_ok)) return why;
    for (fs::path p = real_dir.parent_path(); !p.empty(); p = p.parent_path()) {
        if (auto why = check(p, tr("directory {1}", p.string()), false)) return why;
        if (p == p.root_path()) break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> untrusted_directory(const fs::path& dir) {
    std::error_code ec;
    const fs::path real = fs::canonical(dir, ec);
    if (ec) return tr("cannot resolve directory {1}: {2}", dir.string(), ec.message()).text;
    return check_directory_chain(real, false);
}

std::optional<std::string> untrusted_file(const fs::path& file) {
    std::error_code ec;
    const fs::path real = fs::canonical(file, ec);
    if (ec) return tr("cannot resolve {1}: {2}", file.string(), ec.message()).text;
    // A symlink may lead elsewhere: its target and the target's directories decide. A sticky
    // directory (/tmp) may hold it: others can add files there, but not replace ours, and only
    // the searched directory's entries are loaded.
    if (auto why = check(real, real == file ? tr("it").text : tr("its target {1}", real.string()).text, true)) return why;
    return check_directory_chain(real.parent_path(), true);
}

}  // namespace wardreport::plugin
