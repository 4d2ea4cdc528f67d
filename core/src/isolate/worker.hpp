// A worker: a child process, forked from the engine after the plugins are loaded, that runs the
// jobs the engine sends it and answers each with a result. Whatever a job does inside it
// (segfault, abort, exit(), _exit(), an exception on another thread, a hang) ends at most the
// worker: the engine sees how it ended, reports it, and can start another.
//
// `render` runs one worker per output with a single job; `batch` keeps a few workers that run
// many jobs each and replaces one when it dies. The job and its result are opaque strings; the
// child has a copy of everything the engine held when it forked (plugins, definitions, documents).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>

namespace wardreport::isolate {

struct Outcome {
    enum class Kind {
        Done,      // the job returned; text is its result
        Failed,    // the job threw; text is the exception's message
        Died,      // the worker ended during the job; text says how ("was killed by signal 11 (...)")
        TimedOut,  // the job ran past its time and the worker was killed; text is the time ("120 s")
    };
    Kind kind = Kind::Died;
    std::string text;
    bool part = false;  // Done with a part of the result (progress()): the job goes on
    bool ok() const { return kind == Kind::Done; }
};

// Runs in the worker for each job; throws to fail the job.
using Handler = std::function<std::string(const std::string& job)>;

// Called by a Handler, in the worker: sends `part` to the engine at once (a Done outcome with
// `part` set) and the job goes on. Each part gives the job its full time again: a job made of
// many steps (a ward's documents) has the time for each step. False when the engine is gone.
bool progress(const std::string& part);

class Worker {
public:
    // Forks the worker. Throws std::system_error when no process can be made.
    explicit Worker(Handler handler);
    ~Worker();  // ends the worker (and kills it when it does not end at once)
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Sends `job` and waits at most `timeout` for its result. After Died or TimedOut the worker
    // is gone: alive() is false and run() returns Died at once.
    Outcome run(const std::string& job, std::chrono::milliseconds timeout);

    // The same in two steps, for an engine that keeps several workers busy: send() starts the
    // job; when fd() is readable, or at deadline(), receive() gives its outcome, or one of its
    // parts. A job sent while others are in flight waits in the channel, so that the worker
    // starts it without waiting for the engine; its time starts when the one before ends.
    bool send(const std::string& job, std::chrono::milliseconds timeout);  // false: the worker is gone
    Outcome receive();
    int in_flight() const { return in_flight_; }
    int fd() const { return fd_; }
    std::chrono::steady_clock::time_point deadline() const { return deadline_; }

    bool alive() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }

private:
    Outcome bury(Outcome::Kind kind, std::string text);  // waits for the dead or killed worker

    pid_t pid_ = -1;
    int fd_ = -1;  // our end of the socket pair
    std::chrono::steady_clock::time_point deadline_;  // of the job in progress
    std::chrono::milliseconds timeout_{0};
    int in_flight_ = 0;  // jobs sent whose result has not been received
};

// "was killed by signal 11 (Segmentation fault)", "exited with status 3": how a process ended,
// from waitpid's status.
std::string describe_status(int status);

}  // namespace wardreport::isolate
