#include "test_support.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace fs = std::filesystem;

namespace wrtest {

Result run(const fs::path& exe, const std::vector<std::string>& args, const std::string& plugin_path,
           const fs::path& cwd) {
    TempDir io;
    std::string cmd;
    if (!cwd.empty()) cmd += "cd " + quote(cwd.string()) + " && ";
    cmd += plugin_path == "-" ? "env -u WARDREPORT_PLUGIN_PATH " : "env WARDREPORT_PLUGIN_PATH=" + quote(plugin_path) + " ";
    cmd += quote(exe.string());
    for (const std::string& a : args) cmd += " " + quote(a);
    cmd += " >" + quote((io.path() / "out").string()) + " 2>" + quote((io.path() / "err").string());
    const int raw = std::system(cmd.c_str());
    Result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read_file(io.path() / "out");
    r.err = read_file(io.path() / "err");
    return r;
}

int spawn(const fs::path& exe, const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
    std::string cmd = "exec env -u WARDREPORT_PLUGIN_PATH " + quote(exe.string());
    for (const std::string& a : args) cmd += " " + quote(a);
    cmd += " >" + quote(out.string()) + " 2>" + quote(err.string());
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

int wait_for(int pid) {
    int raw = 0;
    if (::waitpid(pid, &raw, 0) != pid) return -1000;
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
}

Prefix::Prefix() {
    tmp_.dir("bin");
    fs::copy_file(WARDREPORT_CLI, cli());
    tmp_.dir("lib/wardreport/plugins");
    tmp_.dir("share/wardreport");
    fs::create_directory_symlink(fs::path(WARDREPORT_SOURCE_DIR) / "reports", tmp_.path() / "share/wardreport/reports");
}

fs::path test_plugin(const std::string& name) {
    return fs::path(WARDREPORT_TEST_PLUGIN_DIR) / name / ("wardreport-test-" + name + ".so");
}

fs::path install_plugin(const std::string& name, const fs::path& dir) {
    const fs::path to = dir / test_plugin(name).filename();
    fs::copy_file(test_plugin(name), to, fs::copy_options::overwrite_existing);
    fs::permissions(to, fs::perms(0755));
    return to;
}

}  // namespace wrtest
