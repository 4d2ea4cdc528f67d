// Test plugins that misbehave while writing, one per way a plugin can take a process down; the
// engine must lose only their output. Built once per fault, chosen by FAULT (see CMakeLists.txt):
// crash-on-marker crashes only on documents whose file name holds "crash". Each writes part of
// its file first, as a real plugin would before it fails, and the hanging
// one also writes its own pid into the file so that tests can check that it was killed.
#include <wardreport/plugin.hpp>

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

#define STRINGIZE2(x) #x
#define STRINGIZE(x) STRINGIZE2(x)

namespace {

// A real null dereference, not a raised signal. UBSan would stop it first (the asan preset makes
// every finding fatal), so the sanitizer is off here: the fault under test is the signal.
#if defined(__GNUC__)
__attribute__((no_sanitize("undefined")))
#endif
void write_through_null() {
    volatile int* null = nullptr;
    *null = 1;
}

enum Fault { segfault, abort_, exit_0, exit_3, thread_throw, hang, partial_crash, crash_on_marker };

class Faulty final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"faulty-" STRINGIZE(FAULT_NAME), "0.0.1", "test plugin: misbehaves while writing",
                {{STRINGIZE(FAULT_NAME), "out", "application/octet-stream"}}};
    }
    void write(const wardreport::doc::Document& document, const std::string&,
               const std::filesystem::path& out) override {
        // Well-behaved but for the documents of one ward: a batch must lose only that ward.
        if (FAULT == crash_on_marker && document.file_stem.find("crash") == std::string::npos) {
            std::ofstream(out, std::ios::binary) << "fine " << document.file_stem << "\n";
            return;
        }
        {
            std::ofstream file(out, std::ios::binary);
            file << "pid " << ::getpid() << "\n";
        }
        switch (FAULT) {
            case segfault: std::raise(SIGSEGV); break;
            case abort_: std::abort();
            case exit_0: std::exit(0);
            case exit_3: ::_exit(3);
            case thread_throw:
                std::thread([] { throw std::runtime_error("thrown on another thread"); }).join();
                break;
            case hang:
                for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
            case crash_on_marker:
            case partial_crash: {
                std::ofstream(out, std::ios::binary | std::ios::app) << std::string(100000, 'x');
                write_through_null();
                break;
            }
        }
    }
};

}  // namespace

WARDREPORT_PLUGIN(Faulty)
