#include "isolate/worker.hpp"

#include "isolate/interrupt.hpp"
#include "util/exception_text.hpp"
#include "util/i18n.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <system_error>
#include <vector>

namespace wardreport::isolate {
namespace {

// The engine's ends of every worker's socket: a new worker closes them, so that a worker never
// holds another one's channel open.
std::vector<int> engine_fds;

// A message: one tag byte ('J' job, 'R' result, 'E' error), an 8-byte length, the bytes.
bool write_all(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

// In one write: a reader woken by the head never waits for a body still to be sent.
bool send_message(int fd, char tag, const std::string& body) {
    std::string m(9, tag);
    const std::uint64_t n = body.size();
    std::memcpy(m.data() + 1, &n, sizeof n);
    m += body;
    return write_all(fd, m.data(), m.size());
}

int serving_fd = -1;  // in a worker: its end of the channel

// Reads exactly n bytes before `deadline` (nullptr: no limit). 1 read, 0 end of stream or
// error, -1 time out.
int read_exact(int fd, char* p, std::size_t n, const std::chrono::steady_clock::time_point* deadline) {
    while (n > 0) {
        if (deadline) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                *deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return -1;
            pollfd pfd{fd, POLLIN, 0};
            const int r = ::poll(&pfd, 1, static_cast<int>(std::min<long long>(left.count(), 1 << 30)));
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) return 0;
            if (r == 0) return -1;
        }
        const ssize_t got = ::read(fd, p, n);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return 0;
        p += got;
        n -= static_cast<std::size_t>(got);
    }
    return 1;
}

int read_message(int fd, char& tag, std::string& body, const std::chrono::steady_clock::time_point* deadline) {
    char head[9];
    int r = read_exact(fd, head, sizeof head, deadline);
    if (r != 1) return r;
    tag = head[0];
    std::uint64_t n = 0;
    std::memcpy(&n, head + 1, sizeof n);
    body.assign(n, '\0');
    return n == 0 ? 1 : read_exact(fd, body.data(), n, deadline);
}

// The worker's life: jobs in, results out, until the engine closes the channel. It never
// returns: _exit skips the engine's atexit handlers and static destructors, which are not its own.
[[noreturn]] void serve(int fd, const Handler& handler) {
    serving_fd = fd;
    char tag = 0;
    std::string job;
    while (read_message(fd, tag, job, nullptr) == 1) {
        std::string result;
        char reply = 'R';
        try {
            result = handler(job);
        } catch (...) {
            reply = 'E';
            result = exception_text(std::current_exception());
        }
        std::fflush(nullptr);
        if (!send_message(fd, reply, result)) break;
    }
    std::fflush(nullptr);
    ::_exit(0);
}

}  // namespace

bool progress(const std::string& part) {
    std::fflush(nullptr);
    return serving_fd >= 0 && send_message(serving_fd, 'P', part);
}

std::string describe_status(int status) {
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = ::strsignal(sig);
        return tr("was killed by signal {1} ({2})", sig, name ? name : "?");
    }
    if (WIFEXITED(status))
        return tr("exited with status {1}", WEXITSTATUS(status));
    return tr("ended with wait status {1}", status);
}

Worker::Worker(Handler handler) {
    install_interrupt_cleanup();
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        throw std::system_error(errno, std::generic_category(), tr("cannot make a channel to a worker"));
    // Output still buffered would be written twice: by the engine and by a worker calling exit().
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);

    // No signal between fork and the bookkeeping: the handler must know every worker.
    sigset_t all, old;
    sigfillset(&all);
    ::sigprocmask(SIG_BLOCK, &all, &old);
    const pid_t engine = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int err = errno;
        ::sigprocmask(SIG_SETMASK, &old, nullptr);
        ::close(fds[0]);
        ::close(fds[1]);
        throw std::system_error(err, std::generic_category(), tr("cannot start a worker process"));
    }
    if (pid == 0) {
        reset_in_child();
        // The engine's handlers (a test framework's, a crash reporter's) are not the worker's:
        // a crash must end it with its own signal, for the engine to report.
        for (int sig = 1; sig < NSIG; ++sig)
            if (sig != SIGKILL && sig != SIGSTOP) ::signal(sig, SIG_DFL);
        // The worker dies with the engine, even when the engine is killed with SIGKILL.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != engine) ::_exit(1);
        ::sigprocmask(SIG_SETMASK, &old, nullptr);
        ::close(fds[0]);
        for (int fd : engine_fds) ::close(fd);
        serve(fds[1], handler);
    }
    ::close(fds[1]);
    pid_ = pid;
    fd_ = fds[0];
    engine_fds.push_back(fd_);
    watch_child(pid_);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
}

Worker::~Worker() {
    if (pid_ <= 0) return;
    // Closing the channel ends a waiting worker; one stuck in a job is killed.
    bury(Outcome::Kind::Died, {});
}

Outcome Worker::bury(Outcome::Kind kind, std::string text) {
    ::close(fd_);
    engine_fds.erase(std::remove(engine_fds.begin(), engine_fds.end(), fd_), engine_fds.end());
    fd_ = -1;
    int status = 0;
    pid_t r = 0;
    // A worker that ended its job was killed or exited; one still running after its channel
    // closed gets a moment to leave (it is idle), then SIGKILL.
    for (int i = 0; i < 100 && (r = ::waitpid(pid_, &status, WNOHANG)) == 0; ++i) ::usleep(1000);
    if (r == 0) {
        ::kill(pid_, SIGKILL);
        r = ::waitpid(pid_, &status, 0);
    }
    forget_child(pid_);
    pid_ = -1;
    in_flight_ = 0;
    if (kind == Outcome::Kind::Died && text.empty()) text = r > 0 ? describe_status(status) : tr("ended").text;
    return {kind, std::move(text)};
}

Outcome Worker::run(const std::string& job, std::chrono::milliseconds timeout) {
    send(job, timeout);
    return receive();
}

bool Worker::send(const std::string& job, std::chrono::milliseconds timeout) {
    timeout_ = timeout;
    if (in_flight_ == 0) deadline_ = std::chrono::steady_clock::now() + timeout;
    if (pid_ <= 0 || !send_message(fd_, 'J', job)) return false;
    ++in_flight_;
    return true;
}

Outcome Worker::receive() {
    if (pid_ <= 0) return {Outcome::Kind::Died, tr("had already ended")};
    char tag = 0;
    std::string body;
    const int r = read_message(fd_, tag, body, &deadline_);
    if (r == 1 && (tag == 'R' || tag == 'E' || tag == 'P')) {
        // The next part, or the next job in flight, has its full time from now.
        if (tag != 'P') --in_flight_;
        deadline_ = std::chrono::steady_clock::now() + timeout_;
        return {tag == 'E' ? Outcome::Kind::Failed : Outcome::Kind::Done, std::move(body), tag == 'P'};
    }
    if (r == -1) {
        ::kill(pid_, SIGKILL);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", static_cast<double>(timeout_.count()) / 1000.0);
        return bury(Outcome::Kind::TimedOut, tr("{1} s", buf));
    }
    // End of stream: the worker died in the job (or wrote garbage, which only a dying one does).
    return bury(Outcome::Kind::Died, {});
}

}  // namespace wardreport::isolate
