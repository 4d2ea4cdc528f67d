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
#include "batch_failure.hpp"
#include "batch_manifest.hpp"
#include "batch_output.hpp"
#include "batch_plan.hpp"
#include "commands.hpp"
#include "diagnostic_output.hpp"
#include "outputs.hpp"

#include "isolate/worker.hpp"
#include "load/loader.hpp"
#include "plugin/output.hpp"
#include "util/exception_text.hpp"
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
#include <map>
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

// The key of an output's reserved temporary: its report and format.
std::string output_key(const std::string& report, const std::string& format) { return report + '\n' + format; }

// Runs in a worker: writes output `i` of the ward (docs[i / F] in format i % F) to its reserved
// temporary and answers {"i","bytes","sha256"}, or {"i","problem"} (nothing written) or {"i",
// "failed"} (the plugin threw). Hashed here, where the bytes were just written: the workers
// share the work instead of the engine reading every file back on its one core.
json write_ward_output(std::size_t i, const std::vector<doc::Document>& docs, const report::Catalog& catalog,
                  const std::vector<plugin::FormatRef>& formats, const fs::path& dir,
                  const std::map<std::string, std::string>& reserved) {
    const doc::Document& d = docs[i / formats.size()];
    const plugin::FormatRef& f = formats[i % formats.size()];
    json r{{"i", i}};
    std::string problem = plugin::output_name_problem(dir / (d.file_stem + "." + f.format->extension));
    const auto tmp = reserved.find(output_key(d.report, f.format->name));
    if (problem.empty() && tmp == reserved.end()) throw std::logic_error("batch: no temporary reserved for an output");
    if (problem.empty()) problem = batch::create_reserved(tmp->second);
    if (!problem.empty()) {
        r["problem"] = problem;
        return r;
    }
    try {
        std::optional<doc::Document> kept;
        f.plugin->exporter->write(document_for(catalog, d, f.format->name, kept), f.format->name, tmp->second);
    } catch (...) {
        r["failed"] = exception_text(std::current_exception());
        return r;
    }
    std::error_code ec;
    const auto bytes = fs::file_size(tmp->second, ec);
    r["bytes"] = ec ? 0 : bytes;
    r["sha256"] = batch::sha256_file(tmp->second);
    return r;
}

// Runs in a worker, for a whole ward: (INPUT, FOLDER, FROM, then KEY, TEMPORARY pairs). Reads
// the ward, builds its documents and sends {"docs":[{"report":…,"stem":…}],"notes":"…",
// "diagnostics":[…],"failed":…} as a part: the ward's messages as printed and as validate
// --format json gives them (the manifest's "error"); then makes the ward's folder and writes
// each output from FROM on, each answered as a part (write_ward_output; what throws there is
// that output's problem). A ward that cannot be read or a folder that cannot be made fails the
// job with its cause (batch_failure.hpp). One job a ward: the worker never waits for the engine
// between its documents.
std::string serve_ward(const std::string& text, const report::Catalog& catalog,
                       const std::vector<plugin::FormatRef>& formats, const BatchOptions& o) {
    const std::vector<std::string> job = unpack(text);
    const std::string& input = job.at(0);
    const std::string& folder = job.at(1);
    const std::size_t from = std::stoul(job.at(2));
    std::map<std::string, std::string> reserved;
    for (std::size_t i = 3; i + 1 < job.size(); i += 2) reserved[job[i]] = job[i + 1];
    auto fail = [](batch::JobFailure::Cause cause, const std::string& message) {
        throw std::runtime_error(batch::failure_text({cause, message}));
    };
    Diagnostics all;
    std::optional<Ward> ward;
    std::vector<doc::Document> docs;
    try {
        ward = load::load_file(input, all);
        if (ward) catalog.check_documents(*ward, all);
        if (ward) docs = build_reports(input, o.reports, folder, catalog, *ward, all);
    } catch (...) {
        fail(batch::JobFailure::Cause::Input, tr("reading the ward failed: {1}", exception_text(std::current_exception())));
    }
    std::ostringstream notes;
    all.print(notes);
    auto diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : all.all()) diagnostics.push_back(diagnostic_json(d));
    json list = json::array();
    for (const doc::Document& d : docs) list.push_back({{"report", d.report}, {"stem", d.file_stem}});
    isolate::progress(nlohmann::ordered_json{{"docs", list}, {"notes", notes.str()}, {"diagnostics", diagnostics},
                                             {"failed", !ward || all.has_errors()}}
                          .dump(-1, ' ', false, json::error_handler_t::replace));
    if (docs.empty()) return {};
    const fs::path dir = fs::path(o.out_dir) / folder;
    if (const std::string problem = batch::make_ward_folder(dir); !problem.empty())
        fail(batch::JobFailure::Cause::Folder, problem);
    for (std::size_t i = from; i < docs.size() * formats.size(); ++i) {
        json r;
        try {
            r = write_ward_output(i, docs, catalog, formats, dir, reserved);
        } catch (...) {
            r = json{{"i", i}, {"problem", exception_text(std::current_exception())}};
        }
        isolate::progress(r.dump(-1, ' ', false, json::error_handler_t::replace));
    }
    return {};
}

// One ward going through a worker: loaded, then each document in each format.
struct Task {
    batch::Ward ward;
    std::string input_sha256;
    std::map<std::string, std::unique_ptr<batch::Reserved>> reserved;  // by output_key
    std::vector<std::pair<std::string, std::string>> docs;              // report, stem
    bool loaded = false;                                                // docs known
    std::size_t next = 0;  // the output being written: docs[next / F] in format next % F
    bool failed = false;
};

// A worker and the wards sent to it, in order: the first is in progress, the next waits in
// its channel, so that the worker goes on from one ward to the next without waiting.
struct Slot {
    std::unique_ptr<isolate::Worker> worker;
    std::deque<std::unique_ptr<Task>> tasks;
};

constexpr std::size_t wards_sent_ahead = 2;

class Batch {
    using Entry = batch::Entry;

public:
    Batch(const BatchOptions& o, const report::Catalog& catalog, std::vector<plugin::FormatRef> formats,
          std::ofstream& manifest)
        : o_(o), catalog_(catalog), formats_(std::move(formats)), manifest_(manifest),
          timeout_(static_cast<long long>(o.timeout * 1000)) {
        for (const std::string& id : o.reports.empty() ? catalog.ids() : o.reports)
            if (std::find(reports_.begin(), reports_.end(), id) == reports_.end()) reports_.push_back(id);
    }

    // Renders `todo`; returns the number of wards that failed.
    int run(std::deque<batch::Ward> todo, std::size_t total, std::size_t already_done);

private:
    isolate::Worker* fresh_worker(Slot& s);
    void start(Slot& s, batch::Ward ward);
    void send(Slot& s, const Task& t);
    void handle(Slot& s, const isolate::Outcome& outcome);
    void loaded(Task& t, const nlohmann::ordered_json& r);
    void written(Task& t, const std::string& error, const nlohmann::ordered_json& r);
    void end_task(Slot& s);
    void record(const Task& t, Entry e);
    void checkpoint(bool last);
    void fail_ward(Slot& s, Task& t, const std::string& file, const std::string& message);
    void progress(bool last);

    const BatchOptions& o_;
    const report::Catalog& catalog_;
    std::vector<plugin::FormatRef> formats_;
    std::vector<std::string> reports_;  // the reports a ward may have: those named, or all
    std::ofstream& manifest_;
    std::chrono::milliseconds timeout_;
    batch::Checkpoints checkpoints_;
    std::set<std::string> failed_inputs_;
    std::size_t total_ = 0, done_ = 0, files_ = 0;
    Clock::time_point started_ = Clock::now(), shown_;
    bool terminal_ = ::isatty(2) == 1;
};

isolate::Worker* Batch::fresh_worker(Slot& s) {
    if (s.worker && s.worker->alive()) return s.worker.get();
    s.worker = std::make_unique<isolate::Worker>(
        [this](const std::string& job) { return serve_ward(job, catalog_, formats_, o_); });
    return s.worker.get();
}

void Batch::send(Slot& s, const Task& t) {
    std::vector<std::string> job{t.ward.input.string(), t.ward.folder, std::to_string(t.next)};
    for (const auto& [key, tmp] : t.reserved) {
        if (!tmp) continue;  // written, or failed, before a worker died
        job.push_back(key);
        job.push_back(tmp->path().string());
    }
    fresh_worker(s)->send(pack(job), timeout_);
}

void Batch::start(Slot& s, batch::Ward ward) {
    s.tasks.push_back(std::make_unique<Task>());
    Task& t = *s.tasks.back();
    t.ward = std::move(ward);
    t.input_sha256 = batch::sha256_file(t.ward.input);
    const fs::path dir = fs::path(o_.out_dir) / t.ward.folder;
    try {
        for (const std::string& id : reports_)
            for (const plugin::FormatRef& f : formats_)
                t.reserved[output_key(id, f.format->name)] =
                    std::make_unique<batch::Reserved>(dir, t.ward.folder + "-" + id + "." + f.format->extension);
    } catch (const std::exception& e) {
        fail_ward(s, t, dir.string(), e.what());
        return;
    }
    send(s, t);
}

void Batch::record(const Task& t, Entry e) {
    e.input = t.ward.input.string();
    e.input_sha256 = t.input_sha256;
    if (e.report) e.outputs = t.docs.size() * formats_.size();
    manifest_ << batch::to_json_line(e) << std::flush;
}

// Task `t` of the slot ends with an error of the ward's own.
void Batch::fail_ward(Slot& s, Task& t, const std::string& file, const std::string& message) {
    std::cerr << format_diagnostic({file, 0, 0, Severity::Error, message}) << '\n';
    Entry e;
    e.error = batch::error_json(file, message);
    record(t, e);
    t.failed = true;
    failed_inputs_.insert(t.ward.input.string());
    ++done_;
    s.tasks.erase(std::find_if(s.tasks.begin(), s.tasks.end(), [&](const auto& p) { return p.get() == &t; }));
}

void Batch::end_task(Slot& s) {
    const Task& t = *s.tasks.front();
    if (t.failed) failed_inputs_.insert(t.ward.input.string());
    ++done_;
    s.tasks.pop_front();
}

void Batch::loaded(Task& t, const nlohmann::ordered_json& r) {
    if (t.loaded) return;  // read again after a worker died
    t.loaded = true;
    std::cerr << r["notes"].get<std::string>();
    for (const auto& d : r["docs"]) t.docs.emplace_back(d["report"], d["stem"]);
    if (r["failed"].get<bool>() || t.docs.empty()) {
        t.failed = true;
        Entry e;
        e.error = r["diagnostics"];
        record(t, e);
    }
}

// Output t.next is written (r from write_ward_output), or failed with `error`.
void Batch::written(Task& t, const std::string& error_, const nlohmann::ordered_json& r) {
    const auto& [report, stem] = t.docs.at(t.next / formats_.size());
    const plugin::FormatRef& f = formats_[t.next % formats_.size()];
    const fs::path target = fs::path(o_.out_dir) / t.ward.folder / (stem + "." + f.format->extension);
    std::unique_ptr<batch::Reserved> tmp = std::move(t.reserved[output_key(report, f.format->name)]);
    Entry e;
    e.report = report;
    e.format = f.format->name;
    std::string error = error_;
    if (error.empty() && r.contains("problem")) error = r["problem"].get<std::string>();
    if (error.empty() && r.contains("failed"))
        error = plugin::failure_text(*f.plugin, *f.format,
                                     {isolate::Outcome::Kind::Failed, r["failed"].get<std::string>()});
    if (error.empty() && (e.bytes = r.value("bytes", std::uintmax_t{0})) == 0) error = tr("the plugin wrote an empty file");
    if (error.empty() && (!tmp || r.value("sha256", std::string()).size() != 64))
        error = tr("cannot read back the file the plugin wrote");
    ++t.next;
    if (!error.empty()) {
        tmp.reset();
        std::cerr << target.string() << ": error: " << error << '\n';
        e.error = batch::error_json(target.string(), error);
        t.failed = true;
        record(t, e);
        return;
    }
    e.path = (fs::path(t.ward.folder) / target.filename()).string();
    e.sha256 = r.value("sha256", std::string());
    e.ok = true;
    e.input = t.ward.input.string();
    e.input_sha256 = t.input_sha256;
    e.outputs = t.docs.size() * formats_.size();
    checkpoints_.keep(std::move(tmp), target, std::move(e));
}

void Batch::handle(Slot& s, const isolate::Outcome& outcome) {
    Task& t = *s.tasks.front();
    if (outcome.ok() && outcome.part) {
        // Ordered: the diagnostics go into the manifest in validate --format json's key order.
        const auto r = nlohmann::ordered_json::parse(outcome.text);
        if (r.contains("docs")) loaded(t, r);
        else written(t, "", r);
        return;
    }
    if (outcome.ok()) return end_task(s);
    if (outcome.kind == isolate::Outcome::Kind::Failed) {
        const batch::JobFailure f = batch::read_failure(outcome.text);
        const bool folder = f.cause == batch::JobFailure::Cause::Folder;
        return fail_ward(s, t, folder ? (fs::path(o_.out_dir) / t.ward.folder).string() : t.ward.input.string(), f.message);
    }
    // The worker died, or was stopped: with the ward read, in the output in progress.
    if (!t.loaded) {
        fail_ward(s, t, t.ward.input.string(), tr("reading the ward, the worker {1}", outcome.text));
    } else {
        const std::size_t outputs = t.docs.size() * formats_.size();
        if (t.next < outputs)
            written(t, plugin::failure_text(*formats_[t.next % formats_.size()].plugin,
                                            *formats_[t.next % formats_.size()].format, outcome), {});
        if (t.next >= outputs) end_task(s);
    }
    // It took the wards sent to it with it: a new one reads them again, from where they are.
    for (const auto& task : s.tasks) send(s, *task);
}

// Puts the kept files in place, durably, and only then writes their manifest lines.
void Batch::checkpoint(bool last) {
    std::string lines;  // written at once: a run killed while writing them tears one line at most
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
        lines += batch::to_json_line(k.entry);
    }
    manifest_ << lines << std::flush;
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
            while (s.tasks.size() < wards_sent_ahead && !todo.empty()) {
                start(s, std::move(todo.front()));
                todo.pop_front();
            }
        std::vector<pollfd> fds;
        std::vector<Slot*> busy;
        auto wait = std::chrono::milliseconds(1000);
        for (Slot& s : slots) {
            if (s.tasks.empty()) continue;
            fds.push_back({s.worker->fd(), POLLIN, 0});
            busy.push_back(&s);
            wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(s.worker->deadline() - Clock::now()));
        }
        if (busy.empty()) break;
        ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait.count())));
        for (std::size_t i = 0; i < busy.size(); ++i)
            if (fds[i].revents != 0 || Clock::now() >= busy[i]->worker->deadline())
                handle(*busy[i], busy[i]->worker->receive());
        // Every worker has its next ward by now: the flush costs them nothing unless it takes
        // longer than two wards.
        if (checkpoints_.due()) checkpoint(false);
        progress(false);
    }
    checkpoint(true);
    progress(true);
    return static_cast<int>(failed_inputs_.size());
}

// Whether file `p` is empty or ends with a newline.
bool ends_with_newline(const fs::path& p) {
    std::ifstream in(p, std::ios::binary | std::ios::ate);
    if (!in || in.tellg() <= 0) return true;
    in.seekg(-1, std::ios::end);
    return in.get() == '\n';
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
    // A run killed while writing a line left it torn: it is read as no line, and must not take
    // this run's first line with it.
    if (o.resume && !ends_with_newline(manifest_path)) manifest << '\n';
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
    Batch batch(o, *catalog, formats, manifest);
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
