// dry_run.cpp: explain's dry run of a command line. The command line is
// run by this executor, with the shell's own state (variables, functions,
// aliases, options, traps, the current directory), in a throwaway copy of
// the shell whose system-call layer records instead of acting where acting
// would reach outside the copy (shell/sys/dry_run.hpp: no program runs, no
// file is written, no signal is sent). What explain prints is that run's
// trace: the same decisions and system calls as the real run, because they
// come from the same code. System calls: those of sys::dry_run::run.
#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"

namespace forksh {

sys::dry_run::Result Executor::dry_run(std::string_view text) {
    const std::string line(text);
    return sys::dry_run::run([&]() -> int {
        // fd 1 is the copy's pipe now, not a $( ) the shell was capturing.
        StdoutCapture::drop_all();
        // The real shell's jobs are not the copy's children (as in become_child).
        for (Job& j : jobs_.all()) j.procs.clear();
        jobs_.all().clear();
        jobs_.forget_all_remembered();
        return status_as_subshell([&] { return run_string(line); });
    });
}

}  // namespace forksh
