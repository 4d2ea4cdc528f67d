// wardreport batch INPUT... -o OUT [--report NAME]... [--format NAME]... [--jobs N] [--shard K/N]
//                  [--resume] [--timeout SECONDS] [--plugin-dir DIR]... [--reports-dir DIR]...
//
// Renders every ward file of the inputs (files, or folders searched for ward files) into
// OUT/<ward>/<ward>-<report>.<extension>, with --jobs worker processes that each load the
// plugins and definitions once (by forking from this process) and render many wards. A ward
// whose input is bad, or whose plugin crashes, exits or hangs, is reported with its file and
// the reason; its worker is replaced and the rest go on. Every file written and every failure
// is a line of OUT/manifest.jsonl (batch_manifest.hpp). Exit 1 if any ward failed.
#include "batch_checkpoint.hpp"
#include "batch_manifest.hpp"
#include "batch_plan.hpp"
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "outputs.hpp"

#include "isolate/worker.hpp"
#include "load/loader.hpp"
#include "plugin/output.hpp"
#include "plugin/temporary.hpp"
#include "util/diagnostics.hpp"
#include "util/i18n.hpp"

#include <nlohmann/json.hpp>

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <vector>
#include <thread>

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace wardreport::cli {
namespace {

struct BatchOptions {
    std::vector<std::string> inputs;
    std::string out_dir;
    std::vector<std::string> reports, formats, plugin_dirs, reports_dirs;
    int jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 64u));  // interrupt.cpp tracks 64
    std::string shard;
    bool resume = false;
    double timeout = plugin::default_timeout.count();
};

// What a worker holds between jobs: the ward it loaded last and its documents.
struct WorkerState {
    std::optional<Ward> ward;
    std::vector<doc::Document> docs;
};

// Jobs are fields each written as <length>:<bytes>, because a file name may hold any byte but
// '/' and NUL: newlines, and bytes that are not UTF-8 (which JSON cannot carry).
std::string pack(const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& f : fields) out += std::to_string(f.size()) + ":" + f;
    return out;
}

std::vector<std::string> unpack(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t colon = s.find(':', i);
        const std::size_t n = std::stoul(s.substr(i, colon - i));
        out.push_back(s.substr(colon + 1, n));
        i = colon + 1 + n;
    }
    return out;
}

// The lines a helper printed about `file` ("FILE: error: …") as diagnostics of `all`.
void add_printed(Diagnostics& all, const std::string& file, const std::string& printed) {
    std::istringstream lines(printed);
    for (std::string line; std::getline(lines, line);) {
        Diagnostic d(file, 0, 0, Severity::Error, line);
        for (const Severity s : {Severity::Error, Severity::Warning, Severity::Note}) {
            const std::string prefix = file + ": " + severity_name(s) + ": ";
            if (line.compare(0, prefix.size(), prefix) == 0) d = Diagnostic(file, 0, 0, s, line.substr(prefix.size()));
        }
        all.add(std::move(d));
    }
}

// Runs in a worker. (load, INPUT, STEM) reads the ward and builds its documents; the result is
// {"docs":[{"report":…,"stem":…}],"notes":"…","diagnostics":[…],"failed":…}: the ward's
// messages as printed and as validate --format json gives them (the manifest's "error").
// (write, INDEX, FORMAT, PATH) writes document INDEX in FORMAT to PATH and answers the file's
// SHA-256: hashed here, where the bytes were just written, the workers share the work
// instead of the engine reading every file back on its one core.
std::string serve_job(const std::string& text, WorkerState& st, const report::Catalog& catalog,
                      const plugin::PluginHost& host, const BatchOptions& o) {
    const std::vector<std::string> job = unpack(text);
    if (job.at(0) == "write") {
        const std::size_t i = std::stoul(job.at(1));
        const std::string& format = job.at(2);
        const plugin::FormatRef f = host.find(format);
        if (!st.ward || i >= st.docs.size() || !f.plugin) throw std::logic_error("batch: a write before its load");
        f.plugin->exporter->write(st.docs.at(i), format, job.at(3));
        return batch::sha256_file(job.at(3));
    }
    const std::string a = job.at(1), b = job.at(2);
    st = {};
    Diagnostics all;
    st.ward = load::load_file(a, all);
    if (st.ward) catalog.check_documents(*st.ward, all);
    int exit_code = st.ward ? 0 : 1;
    json docs = json::array();
    std::ostringstream chosen;
    const std::vector<std::string> ids =
        st.ward ? chosen_reports(a, o.reports, catalog, *st.ward, chosen, exit_code) : std::vector<std::string>();
    add_printed(all, a, chosen.str());
    for (const std::string& id : ids) {
        std::optional<doc::Document> d;
        try {
            d = catalog.build(id, *st.ward, b, all);
        } catch (const std::exception& e) {
            std::ostringstream failure;
            report_failure(failure, a, id, e);
            add_printed(all, a, failure.str());
        }
        if (!d) {
            exit_code = 1;
            continue;
        }
        docs.push_back({{"report", id}, {"stem", d->file_stem}});
        st.docs.push_back(std::move(*d));
    }
    std::ostringstream notes;
    all.print(notes);
    auto diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : all.all()) diagnostics.push_back(diagnostic_json(d));
    return nlohmann::ordered_json{
        {"docs", docs}, {"notes", notes.str()}, {"diagnostics", diagnostics}, {"failed", exit_code != 0}}
        .dump(-1, ' ', false, json::error_handler_t::replace);
}

// One ward going through a worker: loaded, then each document in each format.
struct Task {
    batch::Ward ward;
    std::string input_sha256;
    std::vector<std::pair<std::string, std::string>> docs;  // report, stem
    std::size_t next = 0;                                    // output: docs[next / F] in format next % F
    bool failed = false;
};

struct Slot {
    std::unique_ptr<isolate::Worker> worker;
    std::unique_ptr<Task> task;
    bool loading = false;
    std::unique_ptr<plugin::Temporary> tmp;
    fs::path target;
};

class Batch {
    using Entry = batch::Entry;

public:
    Batch(const BatchOptions& o, const report::Catalog& catalog, const plugin::PluginHost& host,
          std::vector<plugin::FormatRef> formats, std::ofstream& manifest)
        : o_(o), catalog_(catalog), host_(host), formats_(std::move(formats)), manifest_(manifest),
          timeout_(static_cast<long long>(o.timeout * 1000)) {}

    // Renders `todo`; returns the number of wards that failed.
    int run(std::deque<batch::Ward> todo, std::size_t total, std::size_t already_done);

private:
    isolate::Worker* fresh_worker(Slot& s);
    void start(Slot& s, std::deque<batch::Ward>& todo);
    void send_load(Slot& s);
    void next_output(Slot& s);
    void finish(Slot& s, const isolate::Outcome& outcome);
    void record(const Task& t, Entry e);
    void checkpoint(bool last);
    void fail_ward(Slot& s, const std::string& file, const std::string& message);
    void progress(bool last);

    const BatchOptions& o_;
    const report::Catalog& catalog_;
    const plugin::PluginHost& host_;
    std::vector<plugin::FormatRef> formats_;
    std::ofstream& manifest_;
    std::chrono::milliseconds timeout_;
    batch::Checkpoints checkpoints_;
    std::set<std::string> failed_inputs_;
    WorkerState state_;  // the workers' copy of it is theirs
    std::size_t total_ = 0, done_ = 0, files_ = 0;
    Clock::time_point started_ = Clock::now(), shown_;
    bool terminal_ = ::isatty(2) == 1;
};

isolate::Worker* Batch::fresh_worker(Slot& s) {
    if (s.worker && s.worker->alive()) return s.worker.get();
    s.worker = std::make_unique<isolate::Worker>(
        [this](const std::string& job) { return serve_job(job, state_, catalog_, host_, o_); });
    return s.worker.get();
}

void Batch::send_load(Slot& s) {
    s.loading = true;
    fresh_worker(s)->send(pack({"load", s.task->ward.input.string(), s.task->ward.folder}), timeout_);
}

void Batch::start(Slot& s, std::deque<batch::Ward>& todo) {
    s.task = std::make_unique<Task>();
    s.task->ward = std::move(todo.front());
    todo.pop_front();
    s.task->input_sha256 = batch::sha256_file(s.task->ward.input);
    send_load(s);
}

void Batch::record(const Task& t, Entry e) {
    e.input = t.ward.input.string();
    e.input_sha256 = t.input_sha256;
    if (e.report) e.outputs = t.docs.size() * formats_.size();
    manifest_ << batch::to_json_line(e) << std::flush;
}

void Batch::fail_ward(Slot& s, const std::string& file, const std::string& message) {
    std::cerr << format_diagnostic({file, 0, 0, Severity::Error, message}) << '\n';
    Entry e;
    e.error = batch::error_json(file, message);
    record(*s.task, e);
    s.task->failed = true;
    failed_inputs_.insert(s.task->ward.input.string());
    ++done_;
    s.task.reset();
}

// Sends the task's next write, or ends the task when every output is done.
void Batch::next_output(Slot& s) {
    Task& t = *s.task;
    while (t.next < t.docs.size() * formats_.size()) {
        const auto& [report, stem] = t.docs[t.next / formats_.size()];
        const plugin::FormatRef& f = formats_[t.next % formats_.size()];
        s.target = fs::path(o_.out_dir) / t.ward.folder / (stem + "." + f.format->extension);
        std::string problem = plugin::output_name_problem(s.target);
        if (problem.empty()) {
            try {
                s.tmp = std::make_unique<plugin::Temporary>(s.target);
            } catch (const std::exception& e) {
                problem = e.what();
            }
        }
        if (problem.empty()) {
            s.loading = false;
            fresh_worker(s)->send(pack({"write", std::to_string(t.next / formats_.size()), f.format->name,
                                        s.tmp->path().string()}),
                                  timeout_);
            return;
        }
        std::cerr << s.target.string() << ": error: " << problem << '\n';
        Entry e;
        e.report = report;
        e.format = f.format->name;
        e.error = batch::error_json(s.target.string(), problem);
        record(t, e);
        t.failed = true;
        ++t.next;
    }
    if (t.failed) failed_inputs_.insert(t.ward.input.string());
    ++done_;
    s.task.reset();
}

void Batch::finish(Slot& s, const isolate::Outcome& outcome) {
    Task& t = *s.task;
    if (s.loading) {
        if (!outcome.ok()) {
            const std::string why = outcome.kind == isolate::Outcome::Kind::Failed
                                        ? outcome.text
                                        : tr("reading the ward, the worker {1}", outcome.text).text;
            fail_ward(s, t.ward.input.string(), why);
            return;
        }
        const auto r = nlohmann::ordered_json::parse(outcome.text);
        if (t.docs.empty()) {  // not a reload after a worker died
            std::cerr << r["notes"].get<std::string>();
            for (const auto& d : r["docs"]) t.docs.emplace_back(d["report"], d["stem"]);
            if (r["failed"].get<bool>() || t.docs.empty()) {
                t.failed = true;
                Entry e;
                e.error = r["diagnostics"];
                record(t, e);
            }
            // The ward's folder only once there is something to write into it.
            const fs::path dir = fs::path(o_.out_dir) / t.ward.folder;
            const std::string problem = t.docs.empty() ? "" : plugin::prepare_output_dir(dir);
            if (!problem.empty()) {
                fail_ward(s, dir.string(), problem);
                return;
            }
        }
        next_output(s);
        return;
    }
    const auto& [report, stem] = t.docs[t.next / formats_.size()];
    const plugin::FormatRef& f = formats_[t.next % formats_.size()];
    Entry e;
    e.report = report;
    e.format = f.format->name;
    e.path = (fs::path(t.ward.folder) / s.target.filename()).string();
    std::string error = outcome.ok() ? "" : plugin::failure_text(*f.plugin, *f.format, outcome);
    std::error_code ec;
    if (error.empty() && ((e.bytes = fs::file_size(s.tmp->path(), ec)) == 0 || ec)) error = tr("the plugin wrote an empty file");
    if (error.empty() && outcome.text.size() != 64) error = tr("cannot read back the file the plugin wrote");
    if (error.empty()) {
        e.sha256 = outcome.text;
        e.ok = true;
        e.input = t.ward.input.string();
        e.input_sha256 = t.input_sha256;
        e.outputs = t.docs.size() * formats_.size();
        checkpoints_.keep(std::move(s.tmp), s.target, std::move(e));
    } else {
        s.tmp.reset();
        std::cerr << s.target.string() << ": error: " << error << '\n';
        e.error = batch::error_json(s.target.string(), error);
        t.failed = true;
        record(t, e);
    }
    ++t.next;
    // A worker that died took the ward's documents with it: a new one reads the ward again.
    if (!s.worker->alive() && t.next < t.docs.size() * formats_.size()) send_load(s);
    else next_output(s);
}

// Puts the kept files in place, durably, and only then writes their manifest lines.
void Batch::checkpoint(bool last) {
    for (batch::Checkpoints::Kept& k : checkpoints_.commit(last)) {
        if (k.error.empty()) {
            ++files_;
            if (!terminal_) std::cout << k.target.string() << '\n';
        } else {
            std::cerr << k.target.string() << ": error: " << k.error << '\n';
            k.entry.ok = false;
            k.entry.bytes = 0;
            k.entry.error = batch::error_json(k.target.string(), k.error);
            failed_inputs_.insert(k.entry.input);
        }
        manifest_ << batch::to_json_line(k.entry);
    }
    manifest_ << std::flush;
}

void Batch::progress(bool last) {
    if (!terminal_) return;
    const auto now = Clock::now();
    if (!last && now - shown_ < std::chrono::milliseconds(200)) return;
    shown_ = now;
    const double secs = std::chrono::duration<double>(now - started_).count();
    const double rate = secs > 0 ? static_cast<double>(files_) / secs : 0;
    const double ward_rate = secs > 0 ? static_cast<double>(done_) / secs : 0;
    const double eta = ward_rate > 0 ? static_cast<double>(total_ - done_) / ward_rate : 0;
    char rate_text[32], eta_text[32];
    std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
    std::snprintf(eta_text, sizeof eta_text, "%.0f", eta);
    std::fprintf(stderr, "\r%s   %s",
                 tr("{1}/{2} wards, {3} files/s, ETA {4} s, {5} failed", done_, total_, rate_text, eta_text,
                    failed_inputs_.size()).text.c_str(),
                 last ? "\n" : "");
}

int Batch::run(std::deque<batch::Ward> todo, std::size_t total, std::size_t already_done) {
    total_ = total;
    done_ = already_done;
    std::vector<Slot> slots(static_cast<std::size_t>(std::max(1, o_.jobs)));
    while (true) {
        for (Slot& s : slots)
            while (!s.task && !todo.empty()) start(s, todo);
        std::vector<pollfd> fds;
        std::vector<Slot*> busy;
        auto wait = std::chrono::milliseconds(1000);
        for (Slot& s : slots) {
            if (!s.task) continue;
            fds.push_back({s.worker->fd(), POLLIN, 0});
            busy.push_back(&s);
            wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(s.worker->deadline() - Clock::now()));
        }
        if (busy.empty()) break;
        ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait.count())));
        for (std::size_t i = 0; i < busy.size(); ++i)
            if (fds[i].revents != 0 || Clock::now() >= busy[i]->worker->deadline())
                finish(*busy[i], busy[i]->worker->receive());
        // Every worker has its next job by now: the flush costs them nothing unless it takes
        // longer than a document.
        if (checkpoints_.due()) checkpoint(false);
        progress(false);
    }
    checkpoint(true);
    progress(true);
    return static_cast<int>(failed_inputs_.size());
}

int run_batch(const BatchOptions& o) {
    std::string shard_error;
    const std::optional<batch::Shard> shard = batch::choose_shard(o.shard, shard_error);
    if (!shard) {
        std::cerr << "wardreport: batch: " << shard_error << '\n';
        return 2;
    }
    std::optional<report::Catalog> catalog = load_catalog(o.reports_dirs);
    if (!catalog) return 1;
    for (const std::string& id : o.reports)
        if (!catalog->contains(id)) {
            std::cerr << "wardreport: batch: "
                      << tr("unknown report '{1}'; available reports: {2} (see `wardreport reports`)", id,
                            join(catalog->ids())).text
                      << '\n';
            return 2;
        }
    plugin::PluginHost host;
    host.load(plugin::default_search_path({o.plugin_dirs.begin(), o.plugin_dirs.end()}));
    for (const plugin::Fault& f : host.faults())
        std::cerr << format_diagnostic({f.path.string(), 0, 0, Severity::Warning, f.message}) << '\n';
    int exit_code = 0;
    const std::vector<plugin::FormatRef> formats = chosen_formats("batch", o.formats, host, exit_code);
    if (formats.empty()) return exit_code;

    std::vector<std::string> input_errors;
    const auto inputs = batch::find_inputs(o.inputs, input_errors);
    for (const std::string& e : input_errors) std::cerr << e << '\n';
    if (inputs.empty()) {
        std::cerr << "wardreport: batch: error: "
                  << tr("no ward file in {1}; expected files, or folders holding *.yaml, *.yml or *.json files",
                        join(o.inputs)).text
                  << '\n';
        return 1;
    }
    const std::vector<batch::Ward> wards = batch::plan(inputs, *shard);

    if (const std::string problem = plugin::prepare_output_dir(o.out_dir); !problem.empty()) {
        std::cerr << o.out_dir << ": error: " << problem << '\n';
        return 1;
    }
    const fs::path manifest_path =
        fs::path(o.out_dir) / (shard->count == 1 ? std::string("manifest.jsonl")
                                                 : "manifest." + std::to_string(shard->index + 1) + "-of-" +
                                                       std::to_string(shard->count) + ".jsonl");
    const auto previous = o.resume ? batch::read_manifest(manifest_path) : std::map<std::string, std::vector<batch::Entry>>{};
    std::ofstream manifest(manifest_path, o.resume ? std::ios::app : std::ios::trunc);
    if (!manifest) {
        std::cerr << manifest_path.string() << ": error: " << tr("cannot write the manifest").text << '\n';
        return 1;
    }
    std::vector<std::string> format_names;
    for (const auto& f : formats) format_names.push_back(f.format->name);
    std::deque<batch::Ward> todo;
    for (const batch::Ward& w : wards) {
        const auto it = previous.find(w.input.string());
        if (it != previous.end() &&
            batch::is_done(it->second, batch::sha256_file(w.input), o.out_dir, format_names, o.reports))
            continue;
        todo.push_back(w);
    }
    Batch batch(o, *catalog, host, formats, manifest);
    const std::size_t skipped = wards.size() - todo.size();
    const int failed = batch.run(std::move(todo), wards.size(), skipped);
    manifest.close();
    if (!manifest) {
        std::cerr << manifest_path.string() << ": error: " << tr("cannot write the manifest").text << '\n';
        return 1;
    }
    return failed > 0 || !input_errors.empty() ? 1 : 0;
}

}  // namespace

void add_batch_command(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<BatchOptions>();
    CLI::App* cmd = app.add_subcommand("batch", tr("Render many ward files at once, in parallel and shardable"));
    cmd->footer(
        tr("Writes OUT/<ward>/<ward>-<report>.<extension> for every ward file of the inputs, and OUT/manifest.jsonl "
           "(manifest.K-of-N.jsonl for a shard). A ward that fails is reported and the others go on; exit 1 if any "
           "failed."));
    cmd->add_option("INPUT", o->inputs, tr("Ward data files, or folders searched for *.yaml, *.yml and *.json"))
        ->required();
    cmd->add_option("-o,--output", o->out_dir, tr("Output folder, created when missing"))->type_name("OUT")->required();
    cmd->add_option("--report", o->reports, tr("Only this report (repeatable)"))->type_name("NAME")->expected(1)
        ->allow_extra_args(false)->take_all();
    cmd->add_option("--format", o->formats, tr("Only this format (repeatable)"))->type_name("NAME")->expected(1)
        ->allow_extra_args(false)->take_all();
    cmd->add_option("-j,--jobs", o->jobs, tr("Worker processes (at most 64)"))->type_name("N")->check(CLI::Range(1, 64))
        ->capture_default_str();
    cmd->add_option("--shard", o->shard,
                    tr("Render only the K-th of N shares of the inputs (by sorted path); default from "
                       "JOB_COMPLETION_INDEX/JOB_COMPLETIONS or SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT"))
        ->type_name("K/N");
    cmd->add_flag("--resume", o->resume, tr("Skip the wards the manifest records as done, for unchanged inputs"));
    cmd->add_option("--timeout", o->timeout, tr("Seconds a plugin may take to write one file"))
        ->type_name("SECONDS")->check(CLI::Range(0.001, 1e6))->capture_default_str();
    cmd->add_option("--plugin-dir", o->plugin_dirs, tr("Also load the plugins of DIR; repeatable"))->type_name("DIR")
        ->expected(1)->allow_extra_args(false)->take_all();
    cmd->add_option("--reports-dir", o->reports_dirs, tr("Also load the report definitions of DIR; repeatable"))
        ->type_name("DIR")->expected(1)->allow_extra_args(false)->take_all();
    cmd->callback([o, &exit_code] {
        exit_code = run_batch(*o);
        if (!stdout_written("batch")) exit_code = 1;
    });
}

}  // namespace wardreport::cli
