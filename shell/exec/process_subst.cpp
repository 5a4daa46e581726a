// process_subst.cpp: bash's process substitution, <(list) and >(list).
// System calls: pipe2, fcntl (F_DUPFD_CLOEXEC, F_SETFD), fork, dup2, close.
//
// The list runs in a child, like a background job: its stdout (for <) or
// stdin (for >) is one end of a pipe. The shell keeps the other end open at
// a number of 10 or more, not close-on-exec, so that the program the command
// runs inherits it, and the word becomes /dev/fd/N, a path that opens that
// descriptor (`diff <(ls a) <(ls b)` opens /dev/fd/10 and /dev/fd/11). When
// the command has ended, the shell closes its end: a reader of >(...) then
// sees end-of-file, a writer in <(...) a closed pipe. The shell does not wait
// for the child (bash does not either), but it is a job with no number: the
// SIGCHLD handler reaps it, `$!` is its pid, and `wait` and `wait $!` wait
// for it.
#include <fcntl.h>

#include <cerrno>

#include "shell/base/diag.hpp"
#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh {

std::string Executor::start_process_subst(const ast::ProcessSubst& subst) {
    const std::string label = std::string(subst.output ? ">(" : "<(") + subst.text + ")";
    int fds[2];
    if (sys::pipe(fds) < 0) throw ShellError("pipe: " + sys::error_text(errno), Span{vars_.current_line(), 0}, 1);
    // The child's end: its stdout for <(...), its stdin for >(...).
    UniqueFd child_end(subst.output ? fds[0] : fds[1]);
    UniqueFd kept(subst.output ? fds[1] : fds[0]);
    // Ours, above the numbers a script uses (0-9), so that `cmd <(x) 3>f`
    // cannot replace it.
    int high = fd_registry::dup_high(kept.get());
    if (high < 0) throw ShellError("process substitution: " + sys::error_text(errno), Span{vars_.current_line(), 0}, 1);
    kept.reset(high);
    const int child_fd = subst.output ? 0 : 1;

    Job& job = jobs_.create(label, false);
    job.separate_group = false;  // part of the command being run, not a job of its own
    pid_t pid = fork_child(job, false, [&]() {
        StdoutCapture::drop_all();  // fd 1 may be a $(...) the shell captures in memory
        // Only the pipe: not our end, nor the ends of the other <( )s of
        // this command (they are not close-on-exec), or a reader would wait
        // for an end-of-file that this child holds back.
        kept.reset();
        for (int fd : process_subst_fds_) sys::close(fd);
        process_subst_fds_.clear();
        process_subst_pids_.clear();
        if (child_end.get() != child_fd) {
            sys::dup2(child_end.get(), child_fd);
            child_end.reset();
        } else {
            child_end.release();
        }
        return run_list_in_child(*subst.body);
    });
    trace::name_process(pid, label.size() <= 32 ? label : std::string(subst.output ? ">( )" : "<( )"));
    job.background = true;  // for `wait`, which waits for it as bash does; no number, so no notice
    vars_.special().last_background = pid;
    child_end.reset();
    // Inherited by the command's program from here on.
    ::fcntl(kept.get(), F_SETFD, 0);
    process_subst_fds_.push_back(kept.get());
    process_subst_pids_.push_back(pid);
    return "/dev/fd/" + std::to_string(kept.release());
}

// The command that used them has ended: close the shell's ends of its
// process substitutions (made since `mark`), and forget those that are
// done (their statuses stay for `wait PID`).
void Executor::end_process_substs(size_t mark) {
    while (process_subst_fds_.size() > mark) {
        sys::close(process_subst_fds_.back());
        process_subst_fds_.pop_back();
    }
    signals::Block block;
    jobs_.collect();
    std::erase_if(process_subst_pids_, [&](pid_t pid) {
        Job* job = jobs_.find_pid(pid);
        if (!job) return true;
        if (job->state() != JobState::Done) return false;
        for (const Process& p : job->procs) jobs_.remember(p.pid, shell_status(p.wait_status));
        jobs_.remove(*job);
        return true;
    });
}

}  // namespace forksh
