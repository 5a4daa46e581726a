// jobs.cpp: `jobs`, `fg`, `bg` and `disown`: the job table, seen and driven
// from the prompt. Builtins, because only the shell knows its jobs and only
// the shell can hand a job the terminal.
// System calls (in the executor, through Shell::continue_job): kill(2) with
// SIGCONT to the job's process group, tcsetpgrp(3) and tcsetattr(3) for `fg`.
#include <algorithm>
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/os/jobs.hpp"
#include "shell/shell.hpp"
#include "shell/os/signals.hpp"

namespace forksh::builtins {

const std::string_view jobs_help =
    "List the jobs: commands started with `&` or stopped with Ctrl-Z.\n"
    "  jobs        [1]+  Running                 sleep 100 &\n"
    "              (+ is the current job, what fg and bg use by default; - the previous)\n"
    "  jobs -l     with process ids (one line per process of a pipeline)\n"
    "  jobs -p     only the process group ids (the job's first process)\n"
    "  jobs -r     only running jobs;  jobs -s  only stopped jobs\n"
    "  jobs %2     only the jobs named (%n %+ %- %string %?string)\n"
    "A finished job is shown once as Done (or Exit N, Terminated...) and then forgotten.\n"
    "The states come from waitpid(2) with WUNTRACED|WCONTINUED, so `kill -STOP` and\n"
    "`kill -CONT` sent from anywhere show here.\n";

const std::string_view fg_help =
    "Bring a job to the foreground: fg [%job] (default: the current job, %+).\n"
    "The shell gives the job's process group the terminal (tcsetpgrp), restores\n"
    "the terminal modes the job had when it stopped, sends SIGCONT to the group\n"
    "(kill(-pgid, SIGCONT)) and waits for it as for any command. Ctrl-Z stops it again.\n"
    "Exit status: the job's.\n";

const std::string_view bg_help =
    "Continue stopped jobs in the background: bg [%job...] (default: the current job).\n"
    "Sends SIGCONT to the job's process group; the terminal stays with the shell,\n"
    "so a job that then reads from it is stopped again (SIGTTIN).\n";

const std::string_view disown_help =
    "Remove jobs from the job table: disown [-h] [-a] [-r] [%job...].\n"
    "  disown %1   the shell forgets the job: no `jobs` line, no notice, no SIGHUP\n"
    "              when the shell ends (the process keeps running)\n"
    "  -h          keep the job in the table but do not send it SIGHUP at exit\n"
    "  -a          every job;  -r  every running job\n";

namespace {

void collect(Shell& sh) {
    signals::Block block;
    sh.jobs().collect_now();  // what the kernel knows now: `jobs` is read by a person
}

std::vector<Job*> numbered_jobs(Shell& sh) {
    std::vector<Job*> out;
    for (Job& job : sh.jobs().all())
        if (job.id != 0) out.push_back(&job);
    std::sort(out.begin(), out.end(), [](const Job* a, const Job* b) { return a->id < b->id; });
    return out;
}

// The jobs args[first...] name, in that order; each operand that names none
// is reported and leaves its failure status in `status`.
std::vector<Job*> named_jobs(Shell& sh, const Args& args, size_t first, int& status) {
    std::vector<Job*> out;
    for (size_t i = first; i < args.count(); ++i)
        if (Job* job = select_job(sh, args, args[i], status)) out.push_back(job);
    return out;
}

// "[1]+ 4242 Running                 sleep 100 &" and, for a pipeline, one
// more line per process.
std::string long_description(Shell& sh, Job& job) {
    JobTable& jobs = sh.jobs();
    char marker = &job == jobs.current() ? '+' : &job == jobs.previous() ? '-' : ' ';
    std::string state = JobTable::state_text(job, true);
    if (state.size() < 24) state.resize(24, ' ');
    std::string text;
    for (size_t i = 0; i < job.procs.size(); ++i) {
        const Process& p = job.procs[i];
        if (i == 0)
            text += fmt::format("[{}]{} {:<5} {}{}", job.id, marker, p.pid, state, p.text);
        else
            text += fmt::format("\n     {:<5} {:24}| {}", p.pid, "", p.text);
    }
    return text;
}

}  // namespace

int jobs(Shell& sh, const Args& args) {
    bool long_form = false, pids = false, running = false, stopped = false;
    int status = 0;
    size_t first = parse_options(sh, args, "lprs", "", [&](char c, const std::string&) {
        if (c == 'l') long_form = true;
        if (c == 'p') pids = true;
        if (c == 'r') running = true;
        if (c == 's') stopped = true;
    }, status);
    if (first == 0) return status;
    collect(sh);
    std::vector<Job*> selected = first < args.count() ? named_jobs(sh, args, first, status) : numbered_jobs(sh);
    std::vector<Job*> finished;
    for (Job* job : selected) {
        JobState state = job->state();
        if (running && state != JobState::Running) continue;
        if (stopped && state != JobState::Stopped) continue;
        if (pids) {
            sh.out().print("{}\n", job->pgid > 0 ? job->pgid : job->procs.empty() ? 0 : job->procs.front().pid);
            continue;
        }
        std::string line = long_form ? long_description(sh, *job) : sh.jobs().describe(*job);
        if (state == JobState::Running) line += " &";
        sh.out().print("{}\n", line);
        job->notified = true;
        if (state == JobState::Done) finished.push_back(job);
    }
    // Shown as Done once: forgotten now, as in bash ($! keeps its status).
    for (Job* job : finished) {
        for (const Process& p : job->procs) sh.jobs().remember(p.pid, shell_status(p.wait_status));
        sh.jobs().remove(*job);
    }
    return finish(sh, args, status);
}

int fg(Shell& sh, const Args& args) {
    if (!sh.job_control()) return sh.fail(args, "no job control (turn it on with `set -m`)");
    if (args.count() > 2) return sh.usage_error(args, "too many arguments");
    collect(sh);
    int status = 0;
    Job* job = args.count() == 1 ? select_job(sh, args, "", status, "no current job (start one with 'cmd &')")
                                 : select_job(sh, args, args[1], status);
    if (!job) return status;
    if (job->state() == JobState::Done) return sh.fail(args, fmt::format("%{}: job has terminated", job->id));
    // As bash: show which command is now in the foreground.
    sh.out().print("{}\n", job->text);
    return sh.continue_job(*job, true);
}

int bg(Shell& sh, const Args& args) {
    if (!sh.job_control()) return sh.fail(args, "no job control (turn it on with `set -m`)");
    collect(sh);
    std::vector<std::string> specs(args.rest().begin(), args.rest().end());
    if (specs.empty()) specs.push_back("");  // the current job
    int status = 0;
    for (const std::string& spec : specs) {
        Job* job = select_job(sh, args, spec, status,
                              args.count() == 1 ? "no current job (stop a running command with Ctrl-Z, then bg)" : "");
        if (!job) continue;
        JobState state = job->state();
        if (state == JobState::Done) {
            status = sh.fail(args, fmt::format("%{}: job has terminated", job->id));
            continue;
        }
        if (state == JobState::Running) {
            sh.fail(args, fmt::format("job {} already in background", job->id), 0);
            continue;
        }
        sh.jobs().make_current(*job);
        sh.out().print("[{}]+ {} &\n", job->id, job->text);
        sh.continue_job(*job, false);
    }
    return finish(sh, args, status);
}

int disown(Shell& sh, const Args& args) {
    bool keep = false, all = false, running_only = false;
    int status = 0;
    size_t first = parse_options(sh, args, "har", "", [&](char c, const std::string&) {
        if (c == 'h') keep = true;
        if (c == 'a') all = true;
        if (c == 'r') running_only = true;
    }, status);
    if (first == 0) return status;
    collect(sh);
    std::vector<Job*> selected;
    if (first < args.count()) {
        selected = named_jobs(sh, args, first, status);
    } else if (all || running_only) {
        for (Job* job : numbered_jobs(sh))
            if (!running_only || job->state() == JobState::Running) selected.push_back(job);
    } else {
        Job* job = select_job(sh, args, "", status);
        if (!job) return status;
        selected.push_back(job);
    }
    for (Job* job : selected) {
        if (keep)
            job->disowned = true;  // stays listed; gets no SIGHUP when the shell ends
        else
            sh.jobs().remove(*job);
    }
    return status;
}

}  // namespace forksh::builtins
