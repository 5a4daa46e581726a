// explain_steps.cpp: the second part of explain (explain.hpp): what the dry
// run of the command line did, from its trace records alone. No system calls.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "shell/teach/explain.hpp"
#include "shell/teach/launch_words.hpp"
#include "shell/teach/sentences.hpp"

namespace forksh::teach {

namespace {

// Small, stable numbers for the copy's pids, so that a student (and a
// golden test) reads "child 101" instead of a pid of a process that lived a
// millisecond: the shell is 100, its children 101, 102, ... in order of
// birth, the group the shell was started in (if it does not lead it) 99.
class Renumbering {
  public:
    Renumbering(const std::vector<trace::Record>& records, pid_t copy, bool shell_leads_group) {
        if (records.empty()) return;
        map_[copy] = 100;
        pid_t group = records.front().pgid;
        if (!map_.count(group)) map_[group] = shell_leads_group ? 100 : 99;
        pid_t next = 101;
        for (const trace::Record& r : records)
            if ((r.kind == "fork" || r.kind == "spawn") && r.number("child") > 0)
                map_.emplace(static_cast<pid_t>(r.number("child")), next++);
    }
    pid_t operator()(pid_t pid) const {
        auto it = map_.find(pid);
        return it == map_.end() ? pid : it->second;
    }
    // A record's line with the copy's pids renumbered. What came from the
    // user (an execve's path and argv, an open's path) is left as it is: a
    // word `10000` there is not a pid even when a child happened to get it.
    std::string record_text(const trace::Record& r) const {
        if (r.kind != "execve" && r.kind != "open") return text(r.text);
        size_t tail = r.text.rfind(" (");
        if (tail == std::string::npos) return r.text;
        return r.text.substr(0, tail) + text(std::string_view(r.text).substr(tail));
    }
    // Every whole number in `text` that is one of the copy's pids, renumbered.
    std::string text(std::string_view in) const {
        std::string out;
        for (size_t i = 0; i < in.size();) {
            if (!std::isdigit(static_cast<unsigned char>(in[i])) ||
                (i > 0 && std::isalnum(static_cast<unsigned char>(in[i - 1])))) {
                out += in[i++];
                continue;
            }
            size_t end = i;
            while (end < in.size() && std::isdigit(static_cast<unsigned char>(in[end]))) ++end;
            std::string_view digits = in.substr(i, end - i);
            bool whole = end == in.size() || !std::isalnum(static_cast<unsigned char>(in[end]));
            auto it = whole && digits.size() < 10 ? map_.find(static_cast<pid_t>(std::stol(std::string(digits))))
                                                  : map_.end();
            out += it != map_.end() ? std::to_string(it->second) : std::string(digits);
            i = end;
        }
        return out;
    }

  private:
    std::map<pid_t, pid_t> map_;
};

std::vector<trace::Record> decode_all(std::string_view raw) {
    std::vector<trace::Record> records;
    while (!raw.empty()) {
        size_t end = raw.find('\n');
        std::string_view line = raw.substr(0, end);
        raw = end == std::string_view::npos ? std::string_view() : raw.substr(end + 1);
        if (std::optional<trace::Record> r = trace::decode(line)) records.push_back(std::move(*r));
    }
    return records;
}

// The records in an order that does not depend on how the kernel scheduled
// the processes: each process's lines in its own order, and a child's lines
// right after the line that made it (a fork or vfork line of its parent).
// Every line still comes after its cause: a child's lines after its birth,
// and its parent's waitpid for it (a later line of the parent) after them.
// The real run interleaves processes that run at the same time; this is
// one of the orders that could have happened, and the same every time.
std::vector<trace::Record> causal_order(std::vector<trace::Record> records, pid_t copy) {
    std::map<pid_t, std::vector<size_t>> lines;  // each process's records, in order
    std::vector<pid_t> order;                    // processes in order of first line
    for (size_t i = 0; i < records.size(); ++i) {
        if (!lines.count(records[i].pid)) order.push_back(records[i].pid);
        lines[records[i].pid].push_back(i);
    }
    std::vector<trace::Record> out;
    out.reserve(records.size());
    std::map<pid_t, bool> done;
    auto emit = [&](auto&& self, pid_t pid) -> void {
        if (done[pid]) return;
        done[pid] = true;
        for (size_t i : lines[pid]) {
            out.push_back(records[i]);
            const trace::Record& r = records[i];
            if ((r.kind == "fork" || r.kind == "spawn") && r.number("child") > 0)
                self(self, static_cast<pid_t>(r.number("child")));
        }
    };
    emit(emit, copy);
    for (pid_t pid : order) emit(emit, pid);  // any process whose birth is not in the records
    return out;
}

// How many SIGCHLDs the kernel merged, and so in which order one batch of
// children was reaped, depends on timing alone. explain says what became
// of each child, not how the signals were batched: it leaves out the
// "SIGCHLD handled" lines (the waitpid sentence says who calls waitpid) and
// shows each run of reaps of one process in the order the children were
// born.
std::vector<trace::Record> reaps_in_birth_order(std::vector<trace::Record> records, const Renumbering& pids) {
    std::erase_if(records, [](const trace::Record& r) { return r.kind == "sigchld"; });
    auto is_reap = [](const trace::Record& r) { return r.kind == "waitpid" || r.kind == "reaped"; };
    auto child_of = [&](const trace::Record& r) { return pids(static_cast<pid_t>(r.number("pid", 0))); };
    for (size_t i = 0; i < records.size();) {
        size_t end = i;
        while (end < records.size() && is_reap(records[end]) && records[end].pid == records[i].pid) ++end;
        if (end == i) {
            ++i;
            continue;
        }
        // waitpid before reaped for the same child: a stable sort keeps it.
        std::stable_sort(records.begin() + static_cast<long>(i), records.begin() + static_cast<long>(end),
                         [&](const trace::Record& a, const trace::Record& b) { return child_of(a) < child_of(b); });
        i = end;
    }
    return records;
}

}  // namespace

std::string count_line(const std::vector<trace::Record>& records) {
    int forks = 0, spawns = 0, execs = 0, pipes = 0;
    std::string files;
    for (const trace::Record& r : records) {
        if (r.kind == "fork") ++forks;
        else if (r.kind == "spawn") ++spawns;
        else if (r.kind == "execve") ++execs;
        else if (r.kind == "pipe2") ++pipes;
        else if (r.kind == "open") files += (files.empty() ? "" : " ") + std::string(r.field("path"));
    }
    return fmt::format("fork {}, spawn {}, execve {}, pipe2 {}, open [{}]", forks, spawns, execs, pipes, files);
}

void print_dry_run(Output& out, const sys::dry_run::Result& run, pid_t shell_pid, pid_t shell_group) {
    if (run.error != 0) {
        out.print("steps: not shown: the copy of the shell could not be made ({})\n", std::strerror(run.error));
        return;
    }
    std::vector<trace::Record> records = causal_order(decode_all(run.records), run.copy);
    Renumbering pids(records, run.copy, shell_pid == shell_group);
    records = reaps_in_birth_order(std::move(records), pids);
    out.print("steps, from a dry run: the shell's own executor ran the line in a throwaway copy of the shell\n"
              "that runs no program (each is taken to exit 0 and print nothing) and writes no file\n"
              "(pids renumbered: the shell is 100, its children 101, 102, ... in order of birth):\n");
    bool any = false, programs = false;
    std::vector<std::string> told;  // kinds whose sentence was printed
    for (const trace::Record& r : records) {
        if (r.kind == "exit") continue;  // a subshell's _exit: the waitpid line says it
        if (r.kind == "launch") {
            // The executor's decision, recorded where it was made: said
            // once per process, when it is not the obvious "inside the shell".
            if (r.field("launch") == "in-shell" && r.field("reason") == "in-shell") continue;
            out.print("  [decision {}] {} {}, because {}\n", pids(r.pid), r.field("what"),
                      launch_words(r.field("launch")), reason_words(r.field("reason")));
            continue;
        }
        any = true;
        programs |= r.kind == "execve";
        std::string who = std::to_string(pids(r.pid)) + (r.as.empty() ? "" : " " + r.as);
        out.print("  [trace {}] {}\n", who, pids.record_text(r));
        std::string_view words = sentence(r.kind);
        bool new_kind = std::find(told.begin(), told.end(), r.kind) == told.end();
        if (!words.empty() && new_kind) {
            told.push_back(r.kind);
            out.write(sentence_under_line(words, 80));
        }
    }
    if (!any) out.print("  none: everything ran inside the shell, with no process made and no file opened\n");
    out.print("in all: {}\n", count_line(records));
    if (run.gave_up)
        out.print("explain gave up: the line was still running after 10 seconds; what it did until then is above\n");
    out.print("$? after it: {}{}\n", run.status, programs ? " (taking each program as exiting 0)" : "");
    if (run.output.empty()) {
        out.print("output: none\n");
        return;
    }
    out.print("output (of the shell's builtins and messages; programs print nothing in a dry run):\n");
    // As the builtins wrote it: a number there may be anything (`echo 10000`).
    const std::string& shown = run.output;
    size_t start = 0;
    while (start < shown.size()) {
        size_t end = shown.find('\n', start);
        out.print("  | {}\n", shown.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
}

}  // namespace forksh::teach
