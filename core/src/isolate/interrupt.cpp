#include "isolate/interrupt.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <climits>
#include <cstring>
#include <stdexcept>

namespace wardreport::isolate {
namespace {

// Fixed tables: a signal handler may not allocate. A slot is in use while its flag is set; the
// flag is set after the slot is filled and cleared before it is reused.
constexpr int max_children = 64;
constexpr int max_files = 2048;  // a batch reserves its workers' next outputs too

std::atomic<pid_t> children[max_children];
char file_paths[max_files][PATH_MAX];
std::atomic<bool> file_used[max_files];
std::atomic<bool> installed{false};

const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

void on_interrupt(int sig) {
    for (auto& c : children) {
        const pid_t pid = c.load();
        if (pid > 0) ::kill(pid, SIGKILL);
    }
    // Wait for each: a worker killed in the middle of a write could otherwise recreate a file
    // after it is removed.
    for (auto& c : children) {
        const pid_t pid = c.load();
        if (pid > 0) ::waitpid(pid, nullptr, 0);
    }
    for (int i = 0; i < max_files; ++i)
        if (file_used[i].load()) ::unlink(file_paths[i]);
    ::_exit(128 + sig);
}

}  // namespace

void install_interrupt_cleanup() {
    if (installed.exchange(true)) return;
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigfillset(&sa.sa_mask);  // one cleanup at a time
    for (int sig : cleanup_signals) ::sigaction(sig, &sa, nullptr);
}

void watch_child(pid_t pid) {
    for (auto& c : children) {
        pid_t empty = 0;
        if (c.compare_exchange_strong(empty, pid)) return;
    }
    // More workers than slots: still killed by PR_SET_PDEATHSIG when the engine exits.
}

void forget_child(pid_t pid) {
    for (auto& c : children) {
        pid_t expected = pid;
        if (c.compare_exchange_strong(expected, 0)) return;
    }
}

void reset_in_child() {
    for (int sig : cleanup_signals) ::signal(sig, SIG_DFL);
    for (auto& c : children) c.store(0);
    for (auto& f : file_used) f.store(false);
    installed.store(false);
}

RegisteredFile::RegisteredFile(const std::string& path) : slot_(-1) {
    if (path.size() >= PATH_MAX) throw std::length_error("path too long to register: " + path);
    for (int i = 0; i < max_files; ++i) {
        // The engine registers from one thread: fill a free slot, then publish it.
        if (file_used[i].load()) continue;
        std::memcpy(file_paths[i], path.c_str(), path.size() + 1);
        file_used[i].store(true);
        slot_ = i;
        return;
    }
    throw std::length_error("too many temporary files at once");
}

RegisteredFile::~RegisteredFile() {
    if (slot_ >= 0) file_used[slot_].store(false);
}

}  // namespace wardreport::isolate
