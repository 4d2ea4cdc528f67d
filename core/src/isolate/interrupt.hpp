// Interrupted runs leave nothing: on SIGINT, SIGTERM or SIGHUP the engine kills its workers,
// waits for them (so that none writes after), removes the temporary files it registered and
// exits with 128 + the signal's number. The handler only uses async-signal-safe calls, on fixed
// tables filled before each worker or file exists.
#pragma once

#include <sys/types.h>

#include <string>

namespace wardreport::isolate {

// Installs the handlers (once; later calls do nothing).
void install_interrupt_cleanup();

// Workers (child processes) killed on an interrupt. Registered by Worker itself.
void watch_child(pid_t pid);
void forget_child(pid_t pid);

// Called in a freshly forked child: the engine's handlers and tables are not its own.
void reset_in_child();

// A temporary file removed on an interrupt while this object lives. Throws std::length_error
// when too many are registered at once (more than a run ever has in flight).
class RegisteredFile {
public:
    explicit RegisteredFile(const std::string& path);
    ~RegisteredFile();
    RegisteredFile(const RegisteredFile&) = delete;
    RegisteredFile& operator=(const RegisteredFile&) = delete;

private:
    int slot_;
};

}  // namespace wardreport::isolate
