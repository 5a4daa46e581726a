// jobs.cpp: job records and their updates from waitpid(2) statuses.
#include "shell/os/jobs.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cctype>

#include "shell/os/signals.hpp"
#include "shell/sys/follow.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh {

int shell_status(int wait_status) {
    if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
    if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
    if (WIFSTOPPED(wait_status)) return 128 + WSTOPSIG(wait_status);
    return 0;
}

JobState Job::state() const {
    bool any_running = false, any_stopped = false;
    for (const Process& p : procs) {
        if (p.state == ProcState::Running) any_running = true;
        if (p.state == ProcState::Stopped) any_stopped = true;
    }
    if (any_running) return JobState::Running;
    if (any_stopped) return JobState::Stopped;
    return JobState::Done;
}

int Job::status(bool pipefail) const {
    if (procs.empty()) return 0;
    if (pipefail) {
        for (auto it = procs.rbegin(); it != procs.rend(); ++it) {
            int s = shell_status(it->wait_status);
            if (s != 0) return s;
        }
        return 0;
    }
    return shell_status(procs.back().wait_status);
}

Job& JobTable::create(std::string text, bool background) {
    Job& job = jobs_.emplace_back();
    job.text = std::move(text);
    // The trace's records name the command line their events belong to.
    if (trace::on()) trace::settings().command = job.text;
    job.background = background;
    if (background) number(job);
    return job;
}

void JobTable::number(Job& job) {
    if (job.id != 0) return;
    int id = 1;
    for (const Job& j : jobs_) id = std::max(id, j.id + 1);
    job.id = id;
    make_current(job);
}

void JobTable::add_process(Job& job, pid_t pid, std::string text) {
    if (trace::on()) trace::settings().command = job.text;
    job.procs.push_back(Process{pid, ProcState::Running, 0, std::move(text)});
}

void JobTable::remove(Job& job) {
    if (job.id != 0) std::erase(order_, job.id);
    jobs_.remove_if([&](const Job& j) { return &j == &job; });
}

void JobTable::make_current(Job& job) {
    if (job.id == 0) return;
    std::erase(order_, job.id);
    order_.push_back(job.id);
}

bool JobTable::update(pid_t pid, int wait_status) {
    for (Job& job : jobs_) {
        for (Process& p : job.procs) {
            if (p.pid != pid) continue;
            p.wait_status = wait_status;
            if (WIFSTOPPED(wait_status)) {
                p.state = ProcState::Stopped;
            } else if (WIFCONTINUED(wait_status)) {
                p.state = ProcState::Running;
            } else {
                p.state = ProcState::Done;
                if (trace::on())
                    trace::event("reaped", "reaped {who}: {result}, its zombie is gone")
                        .num("pid", pid)
                        .str("who", trace::who(pid))
                        .num("status", wait_status)
                        .str("result", sys::describe_wait_status(wait_status))
                        .emit();
            }
            if (job.id != 0) job.notified = false;
            return true;
        }
    }
    return false;
}

void JobTable::mark_continued(pid_t target) {
    for (Job& job : jobs_) {
        for (Process& p : job.procs) {
            bool hit = target == -1 || p.pid == target || (target < -1 && job.pgid == -target);
            if (hit && p.state == ProcState::Stopped) {
                p.state = ProcState::Running;
                if (job.id != 0) job.notified = false;
            }
        }
    }
}

void JobTable::collect_now() {
    signals::poll_children();
    collect();
}

void JobTable::collect() {
    signals::reap_overflow();
    signals::ChildEvent events[64];
    for (bool first = true;; first = false) {
        size_t n = signals::take_child_events(events, 64);
        if (first && n > 0)
            trace::event("sigchld", "SIGCHLD handled: waitpid(-1, WNOHANG) collected {count} status(es)")
                .num("count", static_cast<long long>(n))
                .emit();
        for (size_t i = 0; i < n; ++i) {
            int ws = events[i].status;
            if (trace::on())
                trace::event("waitpid", "waitpid -> {who} {result}")
                    .num("pid", events[i].pid)
                    .str("who", trace::who(events[i].pid))
                    .num("status", ws)
                    .str("result", sys::describe_wait_status(ws))
                    .emit();
            // A pid in no job was never started by this shell: an orphan the
            // kernel re-parented to us (subreaper, or PID 1), reaped all the
            // same. Or the follower (--follow), if it died before the shell
            // stopped it: the shell's own helper, no orphan.
            if (!update(events[i].pid, ws) && !WIFSTOPPED(ws) && !WIFCONTINUED(ws) &&
                events[i].pid != follow::follower_pid())
                trace::event("reaped-orphan", "reaped orphan {pid} ({result}): not a child this shell started")
                    .num("pid", events[i].pid)
                    .num("status", ws)
                    .str("result", sys::describe_wait_status(ws))
                    .emit();
        }
        if (n < 64) break;
    }
}

Job* JobTable::find_pid(pid_t pid) {
    for (Job& job : jobs_)
        for (const Process& p : job.procs)
            if (p.pid == pid) return &job;
    return nullptr;
}

Job* JobTable::find_id(int id) {
    for (Job& job : jobs_)
        if (job.id == id && id != 0) return &job;
    return nullptr;
}

Job* JobTable::current() {
    // The most recent stopped job wins over running ones, as in bash.
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        Job* j = find_id(*it);
        if (j && j->state() == JobState::Stopped) return j;
    }
    return order_.empty() ? nullptr : find_id(order_.back());
}

Job* JobTable::previous() {
    Job* cur = current();
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        Job* j = find_id(*it);
        if (j && j != cur) return j;
    }
    return nullptr;
}

Job* JobTable::resolve(std::string_view spec, std::string& error) {
    std::string_view s = spec;
    if (!s.empty() && s[0] == '%') s.remove_prefix(1);
    Job* found = nullptr;
    if (s.empty() || s == "%" || s == "+") {
        found = current();
        if (!found) error = "no current job";
        return found;
    }
    if (s == "-") {
        found = previous();
        if (!found) error = "no previous job";
        return found;
    }
    if (std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        found = s.size() < 9 ? find_id(std::stoi(std::string(s))) : nullptr;
        if (!found) error = std::string(spec) + ": no such job";
        return found;
    }
    bool contains = s[0] == '?';
    if (contains) s.remove_prefix(1);
    for (Job& job : jobs_) {
        if (job.id == 0) continue;
        bool match = contains ? job.text.find(s) != std::string::npos : job.text.rfind(s, 0) == 0;
        if (!match) continue;
        if (found) {
            error = std::string(spec) + ": ambiguous job spec";
            return nullptr;
        }
        found = &job;
    }
    if (!found) error = std::string(spec) + ": no such job";
    return found;
}

std::string JobTable::state_text(const Job& job, bool detailed) {
    switch (job.state()) {
        case JobState::Running: return "Running";
        case JobState::Stopped:
            // As bash names it: Ctrl-Z (SIGTSTP) is plain "Stopped".
            for (const Process& p : job.procs) {
                if (!detailed || p.state != ProcState::Stopped || !WIFSTOPPED(p.wait_status)) continue;
                int sig = WSTOPSIG(p.wait_status);
                if (sig == SIGTTIN) return "Stopped (tty input)";
                if (sig == SIGTTOU) return "Stopped (tty output)";
                if (sig == SIGSTOP) return "Stopped (signal)";
            }
            return "Stopped";
        case JobState::Done: break;
    }
    int ws = job.procs.empty() ? 0 : job.procs.back().wait_status;
    if (WIFEXITED(ws)) return WEXITSTATUS(ws) == 0 ? "Done" : "Exit " + std::to_string(WEXITSTATUS(ws));
    if (WIFSIGNALED(ws)) {
        int sig = WTERMSIG(ws);
        std::string text = sig == SIGTERM ? "Terminated" : sig == SIGKILL ? "Killed"
                         : sig == SIGINT ? "Interrupt" : sig == SIGHUP ? "Hangup" : sys::signal_name(sig);
        return text + (WCOREDUMP(ws) ? " (core dumped)" : "");
    }
    return "Done";
}

std::string JobTable::describe(Job& job) {
    char marker = &job == current() ? '+' : &job == previous() ? '-' : ' ';
    std::string state = state_text(job);
    if (state.size() < 24) state.resize(24, ' ');
    return "[" + std::to_string(job.id) + "]" + marker + "  " + state + job.text;
}

bool JobTable::any_stopped() const {
    return std::any_of(jobs_.begin(), jobs_.end(),
                       [](const Job& j) { return j.id != 0 && j.state() == JobState::Stopped; });
}

std::optional<int> JobTable::remembered_status(pid_t pid) const {
    for (const auto& [p, s] : remembered_)
        if (p == pid) return s;
    return std::nullopt;
}

void JobTable::remember(pid_t pid, int status) {
    // Bounded: POSIX requires at least CHILD_MAX remembered statuses.
    if (remembered_.size() > 1024) remembered_.erase(remembered_.begin());
    remembered_.emplace_back(pid, status);
}

}  // namespace forksh
