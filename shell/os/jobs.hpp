// jobs.hpp: records of the processes the shell started, grouped into jobs.
//
// Every child the shell forks is recorded here, whether it is a foreground
// command, a background job, a pipeline stage or a command substitution: the
// SIGCHLD handler reaps them all, and this table is where their statuses land
// (JobTable::collect), so `wait`, `$!`, `jobs` and foreground waits read one
// source of truth and no status is lost to a race.
//
// A job is a pipeline: one process group (when job control is on) with one
// process per stage. Background jobs get a number (%1, %2, ...).
#pragma once

#include <sys/types.h>
#include <termios.h>

#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forksh {

enum class ProcState { Running, Stopped, Done };

struct Process {
    pid_t pid = 0;
    ProcState state = ProcState::Running;
    int wait_status = 0;  // the last status waitpid reported
    std::string text;     // this stage's command text
};

enum class JobState { Running, Stopped, Done };

struct Job {
    int id = 0;           // %N; 0 for a job that is not numbered (foreground)
    pid_t pgid = 0;       // process group (0 when job control is off)
    std::vector<Process> procs;
    std::string text;     // the command line, for `jobs` and notices
    bool background = false;
    // Its own process group (job control). Command substitutions stay in the
    // shell's group: they are part of the command being run, not a job.
    bool separate_group = true;
    bool notified = true;      // the user has seen its latest state change
    bool disowned = false;
    bool saved_tmodes_valid = false;
    struct termios saved_tmodes {};  // the terminal as the job left it when it stopped

    JobState state() const;
    // The shell status of the job: the last stage's (or with pipefail, the
    // last failing stage's). 128+n for a signal.
    int status(bool pipefail) const;
    pid_t last_pid() const { return procs.empty() ? 0 : procs.back().pid; }
};

// waitpid status -> shell status: exit code, or 128 + signal number.
int shell_status(int wait_status);

class JobTable {
  public:
    // A new job; numbered when `background` is set.
    Job& create(std::string text, bool background);
    void add_process(Job& job, pid_t pid, std::string text);
    void number(Job& job);   // give a job the next free %N (e.g. when it stops)
    void remove(Job& job);

    // Move the reaped statuses from the SIGCHLD table into the records.
    // Call with SIGCHLD blocked (signals::Block).
    void collect();
    // The same, after asking the kernel itself (signals::poll_children), for
    // what a person reads now: the notices before a prompt, `jobs`, the
    // stopped-jobs warning. The kernel records a stop a moment before it
    // sends SIGCHLD; this does not miss it. One waitpid(2) more, so not for
    // the executor's own waits. Call with SIGCHLD blocked.
    void collect_now();
    // Apply one status; returns false if the pid belongs to no job.
    bool update(pid_t pid, int wait_status);
    // The shell itself just sent SIGCONT to `target` (as for kill(2): a pid,
    // or -pgid): its stopped processes are running from now on. Without
    // this, a `wait` right after `kill -CONT %1` could see the job still
    // stopped, because the kernel's WCONTINUED report comes only once the
    // process has run again. Call with SIGCHLD blocked, after collect().
    void mark_continued(pid_t target);

    Job* find_pid(pid_t pid);
    Job* find_id(int id);
    // %n %+ %% %- %string %?string (and, for convenience, a bare number as %n).
    // On failure returns nullptr and sets `error` ("%7: no such job").
    Job* resolve(std::string_view spec, std::string& error);

    Job* current();   // %+
    Job* previous();  // %-
    void make_current(Job& job);

    std::list<Job>& all() { return jobs_; }
    // "[1]+  Stopped                 sleep 100" as bash prints it.
    std::string describe(Job& job);
    // "Running", "Stopped", "Done", "Exit 3", "Terminated", ...
    // `detailed` (jobs -l) names the stop signal: "Stopped (signal)",
    // "Stopped (tty input)"; notices and plain `jobs` say "Stopped", as bash.
    static std::string state_text(const Job& job, bool detailed = false);
    bool any_stopped() const;

    // Statuses of background pids whose job record was already removed
    // (POSIX: `wait $!` still returns the status).
    std::optional<int> remembered_status(pid_t pid) const;
    void remember(pid_t pid, int status);
    void forget_all_remembered() { remembered_.clear(); }

  private:
    std::list<Job> jobs_;  // a list: Job& stays valid while others come and go
    std::vector<int> order_;  // job ids, most recently current last
    std::vector<std::pair<pid_t, int>> remembered_;
};

}  // namespace forksh
