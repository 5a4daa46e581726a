// ptree: the shell and every process below it, as a tree read from /proc.
// Runs in the shell itself (no fork), so the tree shows only the processes
// that really exist: the shell, its jobs, their children, and any zombie
// that has not been reaped yet.
// System calls: open/read of /proc/PID/stat and cmdline, readdir of /proc.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <unistd.h>

#include "builtins/common.hpp"
#include "shell/text/visible.hpp"
#include "builtins/list.hpp"
#include "shell/os/jobs.hpp"
#include "shell/os/proc_info.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view ptree_help =
    "Draw processes as a tree, from what /proc says about each of them.\n"
    "  ptree        the shell and every process it started that still exists\n"
    "  ptree -a     every process on the system, from PID 1 down\n"
    "  ptree PID    PID and the processes below it\n"
    "Each line: pid, process group, state letter and word (R running,\n"
    "S sleeping, D disk sleep, T stopped, t tracing stop, Z zombie, I idle),\n"
    "then the command line; a shell job is marked %1, %2...; a zombie shows\n"
    "as [name] <defunct>; a forked copy of the shell that runs shell code\n"
    "(a ( ) subshell) is marked as a subshell of its parent forksh.\n"
    "Processes of one job share a process group. Lines are never cut: pipe\n"
    "into `less -S` to scroll long ones.\n"
    "Exit status 0; 1 if PID does not exist; 2 for a usage error.\n"
    "Reads /proc/PID/stat (parent, group, state) and /proc/PID/cmdline.\n";

namespace {

struct Printer {
    Shell& sh;
    const std::vector<proc::Stat>& all;
    std::map<pid_t, std::string> labels;  // pid -> "%1" / "(foreground)"
    std::set<pid_t> seen;                 // against cycles in a racy snapshot
    std::string shell_exe = proc::exe_path(::getpid());

    void line(const proc::Stat& s, const std::string& prefix) {
        std::string state = fmt::format("{} {}", s.state, proc::state_word(s.state));
        // One process, one line, and nothing from its arguments reaches the
        // terminal as an escape sequence: \n and \033 are shown as text.
        std::string command = visible(proc::command_line(s.pid, s));
        std::string text = prefix + command;
        auto label = labels.find(s.pid);
        if (label != labels.end()) text += "   " + label->second;
        // A forked copy of the shell that has not exec'd (a ( ) subshell, a
        // pipeline stage running a builtin, a $( )): its command line is the
        // shell's own, so say what it is. Its parent is a forksh too.
        if (!shell_exe.empty() && s.state != 'Z' && proc::exe_path(s.pid) == shell_exe &&
            proc::exe_path(s.ppid) == shell_exe)
            text += "   (subshell: a forked copy of forksh " + std::to_string(s.ppid) + ")";
        sh.out().print("{:<7} {:<7} {:<14} {}\n", s.pid, s.pgrp, state, text);
    }

    // Depth first; `lead` is what goes in front of this node's children.
    void tree(const proc::Stat& s, const std::string& branch, const std::string& lead) {
        if (!seen.insert(s.pid).second) return;
        line(s, branch);
        std::vector<const proc::Stat*> kids = proc::children_of(all, s.pid);
        for (size_t i = 0; i < kids.size(); ++i) {
            bool last = i + 1 == kids.size();
            tree(*kids[i], lead + (last ? "`-- " : "|-- "), lead + (last ? "    " : "|   "));
        }
    }
};

}  // namespace

int ptree(Shell& sh, const Args& args) {
    bool all_system = false;
    std::optional<pid_t> root;
    for (size_t i = 1; i < args.count(); ++i) {
        const std::string& a = args[i];
        if (a == "-a") {
            all_system = true;
        } else if (a == "--") {
            continue;
        } else if (!a.empty() && a[0] == '-') {
            return sh.usage_error(args, a + ": unknown option");
        } else {
            long long value = 0;
            if (root || !parse_decimal(a, value) || value <= 0)
                return sh.usage_error(args, a + ": not a process id");
            root = static_cast<pid_t>(value);
        }
    }
    if (all_system && root) return sh.usage_error(args, "-a and a PID exclude each other");

    std::vector<proc::Stat> all = proc::snapshot();
    Printer printer{sh, all, {}, {}};
    for (const Job& job : sh.jobs().all())
        for (const Process& p : job.procs)
            printer.labels[p.pid] = job.id != 0 ? "%" + std::to_string(job.id) : "(foreground)";

    sh.out().print("{:<7} {:<7} {:<14} {}\n", "PID", "PGID", "STATE", "COMMAND");
    if (all_system) {
        // Roots: processes whose parent is not in /proc (PID 1 and kthreadd
        // have parent 0; in a container, the parent may live outside).
        std::set<pid_t> present;
        for (const proc::Stat& s : all) present.insert(s.pid);
        for (const proc::Stat& s : all)
            if (!present.count(s.ppid)) printer.tree(s, "", "");
        return finish(sh, args, 0);
    }
    // $$ rather than getpid(): in `ptree | less` the builtin runs in a forked
    // child, and the tree should still start at the shell.
    pid_t start = root ? *root : sh.vars().special().shell_pid;
    auto it = std::find_if(all.begin(), all.end(), [&](const proc::Stat& s) { return s.pid == start; });
    if (it == all.end()) return sh.fail(args, std::to_string(start) + ": no such process");
    printer.tree(*it, "", "");
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
