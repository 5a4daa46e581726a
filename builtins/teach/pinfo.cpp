// pinfo: what /proc says about one process, in plain words: its state and
// parent, threads, memory, open descriptors, memory map and signal masks.
// Runs in the shell itself; with no PID it describes the shell ($$).
// System calls: open/read of /proc/PID/{stat,status,maps}, readlink(2) of
// /proc/PID/fd/N and /proc/PID/exe, readdir of /proc/PID/{fd,task}.
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "shell/text/visible.hpp"
#include "builtins/list.hpp"
#include "shell/os/jobs.hpp"
#include "shell/os/proc_info.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view pinfo_help =
    "Explain what /proc knows about a process (default: the shell itself).\n"
    "  pinfo [PID | %JOB]   (a job spec names the job's first process)\n"
    "Shows the state (R running, S sleeping, D disk sleep, T stopped,\n"
    "Z zombie), parent, process group and session, threads (tasks),\n"
    "memory (VmRSS: in RAM now; VmSize: all mapped address space), every open\n"
    "descriptor and what it refers to (terminal, pipe, file, socket, anon),\n"
    "a summary of the memory map (program, heap, stack, shared libraries,\n"
    "anonymous memory) and the signals it blocks, ignores and catches.\n"
    "Exit status 0; 1 if the process does not exist; 2 for a usage error.\n"
    "Reads /proc/PID/stat, status, fd/, maps and task/ (proc(5)).\n";

namespace {

std::string join(const std::vector<std::string>& words, std::string_view sep = " ") {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : std::string(sep)) + w;
    return out;
}

std::string base_name(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void print_masks(Shell& sh, const std::map<std::string, std::string>& status) {
    struct Mask {
        const char* key;
        const char* word;
        const char* why;
    };
    static constexpr Mask masks[] = {
        {"SigBlk", "blocked", "^ held back until unblocked (sigprocmask)"},
        {"SigIgn", "ignored", "^ thrown away on arrival (SIG_IGN); stays ignored across execve"},
        {"SigCgt", "caught", "^ a handler function runs (sigaction); execve resets these to default"},
    };
    sh.out().print("signals (/proc/PID/status):\n");
    for (const Mask& m : masks) {
        auto it = status.find(m.key);
        std::vector<std::string> names = it == status.end() ? std::vector<std::string>{}
                                                             : proc::decode_signal_mask(it->second);
        sh.out().print("  {:<9} {}\n", m.word, names.empty() ? "none" : join(names));
        sh.out().print("            {}\n", m.why);
    }
}

// The process pinfo shows: the shell itself, a pid, or a job's first
// process (its group leader under job control, as ptree shows jobs). 0 after
// reporting a bad operand, with the status in `failed`.
pid_t target_pid(Shell& sh, const Args& args, int& failed) {
    if (args.count() == 1) return sh.vars().special().shell_pid;
    if (!args[1].empty() && args[1][0] == '%') {
        Job* job = select_job(sh, args, args[1], failed);
        if (!job) return 0;
        if (job->procs.empty()) {
            failed = sh.fail(args, args[1] + ": the job has no process");
            return 0;
        }
        return job->procs.front().pid;
    }
    long long value = 0;
    if (!parse_decimal(args[1], value) || value <= 0) {
        failed = sh.usage_error(args, args[1] + ": not a process id or job spec");
        return 0;
    }
    return static_cast<pid_t>(value);
}

// Who it is (/proc/PID/stat and task/): state, parent, group and session,
// terminal, threads.
void print_identity(Output& out, pid_t pid, const proc::Stat& stat) {
    out.print("process {}: {}\n", pid, visible(proc::command_line(pid, stat)));
    out.print("  state      {} ({})\n", stat.state, proc::state_word(stat.state));
    std::optional<proc::Stat> parent = proc::read_stat(stat.ppid);
    out.print("  parent     {}{}\n", stat.ppid, parent ? " (" + visible(parent->comm) + ")" : "");
    out.print("  group      process group {}{}, session {}\n", stat.pgrp,
              stat.pgrp == pid ? " (it leads it)" : "", stat.session);
    if (stat.tty_nr == 0)
        out.print("  terminal   none\n");
    else
        out.print("  terminal   yes; its foreground group is {}{}\n", stat.tpgid,
                  stat.tpgid == stat.pgrp ? " (this one's)" : "");
    std::vector<std::string> task_ids;
    for (pid_t t : proc::read_tasks(pid)) task_ids.push_back(std::to_string(t));
    out.print("  threads    {} (tasks in /proc/{}/task: {})\n", stat.num_threads, pid, join(task_ids));
}

// /proc/PID/maps summed up by kind of region.
void print_maps(Output& out, pid_t pid) {
    std::optional<proc::MapsSummary> maps = proc::read_maps(pid);
    if (!maps || maps->regions == 0) return;
    out.print("memory map (/proc/{}/maps): {} regions\n", pid, maps->regions);
    out.print("  program    {:>8} kB   the executable: code {} kB, plus constants and data\n",
              maps->program_kb, maps->text_kb);
    out.print("  heap       {:>8} kB   [heap]: where malloc grows with brk\n", maps->heap_kb);
    out.print("  stack      {:>8} kB   [stack]: the main thread's calls and locals\n", maps->stack_kb);
    std::vector<std::string> libs;
    for (const std::string& l : maps->libraries) libs.push_back(visible(base_name(l)));
    out.print("  libraries  {:>8} kB   {} shared librar{}{}{}\n", maps->library_kb, libs.size(),
              libs.size() == 1 ? "y" : "ies", libs.empty() ? "" : ": ", join(libs, ", "));
    out.print("  anonymous  {:>8} kB   memory backed by no file (big mallocs, thread stacks)\n",
              maps->anonymous_kb);
    if (maps->other_kb) out.print("  other      {:>8} kB   [vdso], [vvar] and other files\n", maps->other_kb);
}

}  // namespace

int pinfo(Shell& sh, const Args& args) {
    if (args.count() > 2) return sh.usage_error(args, "too many arguments");
    int failed = 0;
    pid_t pid = target_pid(sh, args, failed);
    if (pid == 0) return failed;
    std::optional<proc::Stat> stat = proc::read_stat(pid);
    std::optional<std::map<std::string, std::string>> status = proc::read_status(pid);
    if (!stat || !status) return sh.fail(args, std::to_string(pid) + ": no such process");

    Output& out = sh.out();
    print_identity(out, pid, *stat);
    if (stat->state == 'Z') {
        out.print("  A zombie: it has exited and released its memory and files; only its pid\n"
                  "  and exit status remain, until its parent ({}) reaps it with waitpid.\n",
                  stat->ppid);
        print_masks(sh, *status);
        return finish(sh, args, 0);
    }
    long rss = proc::kb_value(*status, "VmRSS"), size = proc::kb_value(*status, "VmSize");
    if (rss >= 0)
        out.print("  memory     VmRSS {} kB (in RAM now), VmSize {} kB (address space mapped)\n", rss, size);
    else
        out.print("  memory     none of its own (a kernel thread)\n");

    std::optional<std::vector<proc::FdEntry>> fds = proc::read_fds(pid);
    if (!fds) {
        out.print("open descriptors (/proc/{}/fd): not allowed to read them (another user's process)\n", pid);
    } else {
        out.print("open descriptors (/proc/{}/fd): {}\n", pid, fds->size());
        for (const proc::FdEntry& fd : *fds) out.print("  {:<3} {:<10} {}\n", fd.fd, fd.kind, visible(fd.target));
    }
    print_maps(out, pid);
    print_masks(sh, *status);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
