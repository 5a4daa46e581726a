// control.cpp: the builtins that steer the running shell: eval, `.`/source,
// exec, exit, return, break, continue and wait. Each checks its arguments
// and calls the facade (shell/shell.hpp), which does the work in the executor.
// System calls: exec is execve(2) without fork (the shell's process becomes
// the command, same pid); wait is waitpid(2) via the job table; `.` opens
// and reads the file (open(2), read(2)) after stat(2) in each PATH directory.
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view eval_help =
    "Join the arguments with spaces and run the result as shell code, in this\n"
    "shell: `eval \"x$i=1\"` assigns to x1, x2, ... Exit status: that of the\n"
    "last command run (0 for none). Expansions happen twice: once for the\n"
    "eval words, once when the text runs, so quote carefully.\n";

const std::string_view dot_help =
    "Read and run commands from FILE in the current shell (not in a child), so\n"
    "its variables, functions and `cd` remain afterwards. A FILE without `/` is\n"
    "looked for in $PATH, then in the current directory. Extra ARGs become the\n"
    "positional parameters while it runs. Exit status: that of the last command\n"
    "in FILE; 1 if it cannot be read. System calls: stat(2), open(2), read(2).\n";

const std::string_view source_help =
    "The same as `.` (a bash name): run FILE in the current shell.\n";

const std::string_view exec_help =
    "Replace the shell by COMMAND: execve(2) without fork. The process keeps\n"
    "its pid, open files and current directory; the shell's code is gone, so\n"
    "nothing after `exec cmd` runs. With only redirections (`exec 3>log`,\n"
    "`exec >out`), they stay in effect for the rest of the shell.\n"
    "Exit status: none if it worked; 127: COMMAND not found; 126: cannot run.\n";

const std::string_view exit_help =
    "Exit the shell with status N (default: the status of the last command).\n"
    "Only the low 8 bits reach the parent (waitpid(2)): exit 256 is exit 0.\n"
    "The EXIT trap runs first. Exit status 2 for a non-numeric N.\n";

const std::string_view return_help =
    "Leave the current function or `.` script with status N (default: the\n"
    "status of the last command). Exit status 2 outside a function or script,\n"
    "or for a non-numeric N.\n";

const std::string_view break_help =
    "Leave the innermost N enclosing for/while/until loops (default 1).\n"
    "Exit status 0, or 1 if N is not a positive number.\n";

const std::string_view continue_help =
    "Start the next iteration of the Nth enclosing for/while/until loop\n"
    "(default 1, the innermost). Exit status 0, or 1 if N is not positive.\n";

const std::string_view wait_help =
    "Wait for background jobs to finish.\n"
    "  wait           for all of them; exit status 0\n"
    "  wait PID|%N    for those; exit status that of the last one (128+n if it\n"
    "                 was killed by signal n; 127 if it is not this shell's child)\n"
    "A job that stops ends the wait (status 128+n) only with job control (set -m);\n"
    "without it, wait goes on until the job is continued and ends.\n"
    "System call: waitpid(2).\n";

namespace {

// N for exit/return: decimal, maybe negative, keeping the low 8 bits.
bool status_arg(const std::string& text, int& status) {
    long long n = 0;
    if (!parse_decimal(text, n)) return false;
    status = static_cast<int>(static_cast<unsigned long long>(n) & 0xff);
    return true;
}

// N for break/continue: 0 and error in `ok` when it is not a positive number.
int loop_count(Shell& sh, const Args& args, int& status) {
    if (args.count() > 2) {
        status = sh.usage_error(args, "too many arguments");
        return 0;
    }
    if (args.count() == 1) return 1;
    long long n = 0;
    if (!parse_decimal(args[1], n)) {
        status = sh.fail(args, args[1] + ": numeric argument required", 2);
        return 0;
    }
    if (n < 1) {
        status = sh.fail(args, args[1] + ": loop count out of range");
        return 0;
    }
    return n > 1000000 ? 1000000 : static_cast<int>(n);
}

bool readable_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), R_OK) == 0;
}

}  // namespace

int eval(Shell& sh, const Args& args) {
    if (args.count() < 2) return 0;
    std::string text;
    for (size_t i = 1; i < args.count(); ++i) {
        if (i > 1) text += ' ';
        text += args[i];
    }
    return sh.run_string(text);
}

int dot(Shell& sh, const Args& args) {
    size_t i = 1;
    if (i < args.count() && args[i] == "--") ++i;
    if (i == args.count()) return sh.usage_error(args, "filename argument required");
    std::string file = args[i];
    if (file.find('/') == std::string::npos) {
        // POSIX: a name without a slash is searched in PATH (it need not be
        // executable, only readable).
        if (const std::string* path = sh.vars().get("PATH")) {
            size_t start = 0;
            while (start <= path->size()) {
                size_t colon = path->find(':', start);
                if (colon == std::string::npos) colon = path->size();
                std::string dir = path->substr(start, colon - start);
                start = colon + 1;
                std::string candidate = dir.empty() ? file : dir + "/" + file;
                if (readable_file(candidate)) {
                    file = candidate;
                    break;
                }
            }
        }
    }
    if (i + 1 < args.count()) {
        std::vector<std::string> rest(args.all().begin() + static_cast<long>(i) + 1, args.all().end());
        return sh.source_file(file, &rest);
    }
    return sh.source_file(file, nullptr);
}

int exec(Shell& sh, const Args& args) {
    size_t i = 1;
    if (i < args.count() && args[i] == "--") ++i;
    if (i == args.count()) return 0;  // redirections only: the executor keeps them
    std::vector<std::string> argv(args.all().begin() + static_cast<long>(i), args.all().end());
    return sh.exec_replace(argv);
}

int exit_(Shell& sh, const Args& args) {
    int status = sh.exit_default_status();
    if (args.count() > 2) return sh.fail(args, "too many arguments");
    if (args.count() == 2 && !status_arg(args[1], status)) {
        sh.fail(args, args[1] + ": numeric argument required", 2);
        sh.exit_shell(2);
    }
    sh.exit_shell(status);
}

int return_(Shell& sh, const Args& args) {
    int status = sh.last_status();
    if (args.count() > 2) return sh.fail(args, "too many arguments", 2);
    if (args.count() == 2 && !status_arg(args[1], status)) {
        sh.fail(args, args[1] + ": numeric argument required", 2);
        status = 2;
    }
    if (!sh.request_return(status)) {
        // Outside a function or sourced file: dash ends the script with the
        // status, as `exit` would (bash complains and goes on; POSIX leaves it
        // open). At the prompt that would close the terminal, so we complain.
        if (!sh.interactive()) sh.exit_shell(status);
        return sh.fail(args, "can only 'return' from a function or sourced script", 2);
    }
    return status;
}

int break_(Shell& sh, const Args& args) {
    int status = 0;
    int n = loop_count(sh, args, status);
    if (n == 0) return status;
    sh.request_break(n);  // outside a loop: nothing to do, status 0 (dash)
    return 0;
}

int continue_(Shell& sh, const Args& args) {
    int status = 0;
    int n = loop_count(sh, args, status);
    if (n == 0) return status;
    sh.request_continue(n);
    return 0;
}

int wait(Shell& sh, const Args& args) { return sh.wait_builtin(args); }

}  // namespace forksh::builtins
