// subst_in_shell.cpp: $(echo hi) with no fork. When the launch decision
// (substitution_runs_in_shell, shell/os/launch.cpp) finds that a command
// substitution runs only builtins that write and give a status, the shell
// runs them itself, with descriptor 1 a string in memory (StdoutCapture,
// shell/base/output.hpp): no pipe, no child, no waitpid.
//
// What must still look exactly like a fork, and how:
//  - nothing leaks out: the builtins allowed change no state, and their
//    words expand with no side effect (checked by the launch decision);
//  - stderr stays stderr: messages and `set -x` lines go to fd 2 as from a
//    child, with the same line numbers;
//  - an error that would end the child (`set -u` on an unset name, `set -e`
//    after a failure) ends only the substitution: it is reported as a child
//    would report it, and its status becomes $?, as a child's exit status;
//  - no trap runs inside it (a child would have reset them; a signal that
//    comes meanwhile is handled after it, as the shell would after a child),
//    and no EXIT trap runs at its end;
//  - $$ and everything else read is the shell's own, as in a fork.
// System calls: none (write(2) for messages on stderr).
#include "shell/base/diag.hpp"
#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/launch.hpp"
#include "shell/sys/trace.hpp"

namespace forksh {

int Executor::run_substitution_in_shell(const ast::CommandSubst& subst, std::string& output) {
    trace::line("no-fork", "$({}): {}, output captured in memory", subst.text, substitution_in_shell_text);
    // What a child would have changed for itself only: the line number that
    // messages name (the outer command's later errors keep theirs).
    struct Restore {
        Variables& vars;
        int line;
        ~Restore() { vars.set_current_line(line); }
    } restore{vars_, vars_.current_line()};
    // As in a forked substitution, set -e inside is not turned off by a
    // test around it (command_subst.cpp).
    struct RestoreErrexit {
        int& count;
        int saved;
        ~RestoreErrexit() { count = saved; }
    } restore_errexit{errexit_suppressed_, errexit_suppressed_};
    errexit_suppressed_ = 0;
    StdoutCapture capture(output);
    // The same ending as a forked child's (status_as_subshell), and its exit
    // status is taken modulo 256.
    int status = status_as_subshell([&] {
        int last = vars_.special().last_status;
        for (const ast::ListItem& item : subst.body->items) {
            last = run_and_or(item.and_or);
            vars_.special().last_status = last;
        }
        return last;
    });
    return status & 0xff;
}

}  // namespace forksh
