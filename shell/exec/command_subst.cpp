// command_subst.cpp: $(...) and `...`.
// System calls: pipe2, fork, dup2, read, waitpid (via the SIGCHLD table);
// none for $(...) of builtins only, which runs in the shell (subst_in_shell.cpp).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "shell/base/diag.hpp"
#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/launch.hpp"
#include "shell/sys/fd.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"
#include "shell/os/terminal.hpp"

namespace forksh {

std::string Executor::read_all(int fd) {
    std::string data;
    char buffer[8192];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        data.append(buffer, static_cast<size_t>(n));
    }
    return data;
}

namespace {
// The output as the shell keeps it: NUL bytes cannot live in a C string
// (variables and arguments are C strings for execve), so they are dropped,
// and trailing newlines are removed (POSIX).
void trim_output(std::string& output) {
    std::erase(output, '\0');
    while (!output.empty() && output.back() == '\n') output.pop_back();
}
}  // namespace

std::string Executor::run_substitution(const ast::CommandSubst& subst) {
    // $(< file): the shell reads the file itself (launch.hpp).
    if (const ast::Redirect* r = substitution_reads_file(*subst.body)) {
        std::string name = expander_.expand_redirect_target(r->target);
        int fd = sys::open(name, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            report(name + ": " + sys::error_text(errno), r->span.line);
            vars_.special().last_status = last_substitution_status_ = 1;
            return "";
        }
        UniqueFd file(fd);
        std::string output = read_all(fd);
        trim_output(output);
        vars_.special().last_status = last_substitution_status_ = 0;
        return output;
    }
    // $(echo hi): only builtins that write, no fork (launch.hpp).
    if (substitution_runs_in_shell(*subst.body, functions_)) {
        std::string output;
        int status = run_substitution_in_shell(subst, output);
        trim_output(output);
        vars_.special().last_status = last_substitution_status_ = status;
        return output;
    }
    // The child writes into a pipe; the shell reads until end-of-file, which
    // comes when every writer is gone; then it collects the child's status.
    int fds[2];
    if (sys::pipe(fds) < 0) throw ShellError("pipe: " + sys::error_text(errno), Span{vars_.current_line(), 0}, 2);
    UniqueFd read_end(fds[0]), write_end(fds[1]);
    Job& job = jobs_.create("$(" + subst.text + ")", false);
    job.separate_group = false;
    pid_t pid = fork_child(job, false, [&]() {
        // Inside a $(...) the shell runs itself, fd 1 is a string in memory
        // for the shell; for this child it is the pipe.
        StdoutCapture::drop_all();
        sys::dup2(write_end.get(), 1);
        write_end.reset();
        read_end.reset();
        // set -e inside is its own: a `!`, `if` or `&&` around the
        // substitution does not turn it off there (dash; bash differs).
        errexit_suppressed_ = 0;
        return run_list_in_child(*subst.body);
    });
    trace::name_process(pid, subst.text.size() <= 30 ? "$(" + subst.text + ")" : "$( )");
    write_end.reset();  // or we would wait forever for our own end-of-file
    std::string output = read_all(read_end.get());
    int status = wait_for_job(job);
    trim_output(output);
    vars_.special().last_status = status;
    last_substitution_status_ = status;
    return output;
}

}  // namespace forksh
