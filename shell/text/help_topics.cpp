// help_topics.cpp: the texts of the concept pages (`help fork`, `help zombie`
// ...), for a student who knows C but not yet how a shell starts programs.
// Each page: what it is, the system calls, what to type in forksh to see it;
// the lessons it names are file names in scripts/lessons/ (a test checks
// that they exist). Pure text: no system call.
#include "shell/text/help_topics.hpp"

#include <algorithm>

namespace forksh {

namespace {

constexpr HelpTopic topics[] = {
    {"fork", "a process makes a copy of itself",
     "fork: a process makes a copy of itself.\n"
     "fork(2) creates a child process: a copy of the caller with the same\n"
     "memory (shared copy-on-write: `help cow`), the same open descriptors and\n"
     "the same signal dispositions, but a pid of its own. It returns twice: 0 in\n"
     "the child, the child's pid in the parent. The child usually calls execve\n"
     "to become another program (`help exec`); the parent waits for it\n"
     "(`help wait`).\n"
     "A shell forks for a ( ) subshell and for shell code in a pipeline or in\n"
     "the background. To start a program forksh uses vfork by default\n"
     "(`help vfork`); `set -o spawn=fork` makes it fork + execve, as in the\n"
     "textbook.\n"
     "System calls: fork(2) (glibc makes it with clone(2)), execve(2), waitpid(2).\n"
     "Try:\n"
     "  forksh --trace -c '(echo in a subshell)'        one fork, no execve\n"
     "  forksh --trace -c 'set -o spawn=fork; ls | wc -l'   fork + execve each\n"
     "  sleep 30 &  then  ptree                          the shell and its child\n",
     "02-fork-and-exec.sh 03-copy-on-write.sh"},
    {"exec", "a process becomes another program",
     "exec: a process replaces its program with another one.\n"
     "execve(2) loads a program file into the calling process: same pid, same\n"
     "parent, same process group, same open descriptors (except close-on-exec\n"
     "ones); its memory is thrown away and the new program starts at main. It\n"
     "returns only when it fails (the shell then says \"command not found\" or\n"
     "\"Permission denied\"). Caught signals are reset to their default action,\n"
     "ignored ones stay ignored (lesson 9).\n"
     "So starting a program takes two steps: make a process (fork or vfork),\n"
     "then execve in it; between the two, the child sets up its redirections\n"
     "(dup2) and its process group. `exec CMD` skips the first step.\n"
     "System calls: execve(2); glibc's execvp(3) searches PATH first.\n"
     "Try:\n"
     "  forksh --trace -c 'ls > out.txt'       vfork, open, dup2, then execve\n"
     "  forksh --trace -c 'exec ls'            no new process at all\n"
     "  help exec                              (the builtin, above)\n",
     "02-fork-and-exec.sh 09-signals-across-exec.sh"},
    {"vfork", "how forksh starts a program by default, and why",
     "vfork: start a program without copying the shell.\n"
     "vfork(2) makes a child that borrows the parent's memory, instead of a copy\n"
     "of it: no page tables are copied, and the parent is suspended until the\n"
     "child calls execve (or _exit). So its cost does not grow with the size of\n"
     "the shell, where fork's does (lesson 10 measures it). The price: the child\n"
     "may only do a few safe things (dup2, setpgid, signal dispositions) before\n"
     "its execve, so forksh uses vfork only to start a program, and fork for\n"
     "shell code (a subshell, a function in a pipeline).\n"
     "That is forksh's default, `set -o spawn=vfork`. The textbook way, fork +\n"
     "execve, is `set -o spawn=fork`; `set -o spawn=posix_spawn` lets glibc's\n"
     "posix_spawn(3) do it (it also uses a vfork-like clone(2)).\n"
     "System calls: vfork(2) (clone with CLONE_VM|CLONE_VFORK), execve(2).\n"
     "Try:\n"
     "  forksh --trace -c 'ls | wc -l'                    vfork -> child ...\n"
     "  forksh --trace -c 'set -o spawn=fork; ls | wc -l' fork -> child ...\n"
     "  explain 'ls'                         which way a command starts, and why\n",
     "10-spawn-cost.sh 02-fork-and-exec.sh"},
    {"pipe", "a one-way channel between processes: `a | b`",
     "pipe: a one-way channel in the kernel, with a write end and a read end.\n"
     "For `ls | wc -l` the shell calls pipe2(2) before it starts either program;\n"
     "the child for ls dup2s the write end onto its descriptor 1, the child for\n"
     "wc dup2s the read end onto 0, and the shell closes both ends in itself.\n"
     "Those closes matter: wc sees end of file only when no process still holds\n"
     "the write end open. A writer whose reader is gone gets SIGPIPE.\n"
     "A pipe holds 64 KiB on Linux; a writer blocks when it is full, a reader\n"
     "when it is empty: that is how the two programs keep in step.\n"
     "System calls: pipe2(2), dup2(2), close(2).\n"
     "Try:\n"
     "  forksh --trace -c 'ls | wc -l'        pipe2, dup2 in each child, close\n"
     "  explain 'ls | wc -l'                  the same, with a sentence each\n"
     "  sleep 30 | sleep 30 &  then  pinfo %1     fd 1 is pipe:[...]\n",
     "06-process-groups-and-jobs.sh 08-proc-window.sh"},
    {"zombie", "a child that has exited and not yet been waited for",
     "zombie: a process that has exited but whose parent has not yet waited\n"
     "for it. Its memory and descriptors are gone; the kernel keeps only its\n"
     "pid and its exit status, for the parent to collect with waitpid(2). Then\n"
     "it is gone (\"reaped\"). ps and ptree show it as Z, <defunct>.\n"
     "A zombie costs a pid, not memory; a parent that never waits collects\n"
     "them. forksh reaps its children as their SIGCHLD arrives (`help wait`).\n"
     "System calls: exit(2) in the child; waitpid(2) in the parent.\n"
     "Try:\n"
     "  forksh --trace -c 'ls'                \"reaped ...: its zombie is gone\"\n"
     "  forksh --trace=z.html scripts/lessons/04-process-states.sh\n"
     "                                        the zombie's time, drawn\n",
     "04-process-states.sh 05-orphans-and-reaping.sh"},
    {"orphan", "a process whose parent died first",
     "orphan: a process whose parent has exited before it. The kernel gives it\n"
     "a new parent: PID 1 (init), or the nearest ancestor that declared itself\n"
     "a \"subreaper\" (prctl(PR_SET_CHILD_SUBREAPER), as systemd --user does).\n"
     "The new parent waits for it when it exits, so it does not stay a zombie.\n"
     "A shell makes orphans on purpose: `(sleep 30 &)` starts sleep from a\n"
     "subshell that exits at once.\n"
     "System calls: getppid(2) shows the change; prctl(2) for a subreaper.\n"
     "Try:\n"
     "  (sleep 30 &); pinfo $(pgrep -n sleep)    its parent line: who is it now?\n"
     "  ptree -a                                 every process, from PID 1 down\n"
     "  follow '(sleep 0.2 &)'                   who adopted it, who reaped it\n",
     "05-orphans-and-reaping.sh 11-the-whole-tree.sh"},
    {"wait", "a parent learns how its child ended",
     "wait: a parent collects its child's exit status, which also removes the\n"
     "child's zombie. waitpid(2) blocks until a child ends (or, with WNOHANG,\n"
     "returns at once); WIFEXITED/WEXITSTATUS and WIFSIGNALED/WTERMSIG read\n"
     "the status. The shell turns it into $?: the exit code, or 128 + the\n"
     "signal number (130 after Ctrl-C). With WUNTRACED it also learns that a\n"
     "child stopped (Ctrl-Z).\n"
     "The kernel sends the parent SIGCHLD when a child changes state; forksh's\n"
     "handler notes it and the shell calls waitpid(-1, WNOHANG) until none is\n"
     "left. The builtin `wait` waits for background jobs.\n"
     "System calls: waitpid(2), wait4(2) (with the child's CPU times).\n"
     "Try:\n"
     "  forksh --trace -c 'ls; sleep 0.1 & wait'   waitpid -> ... exited 0\n"
     "  sh -c 'kill $$'; echo $?                   143: 128 + SIGTERM (15)\n",
     "05-orphans-and-reaping.sh 02-fork-and-exec.sh"},
    {"signal", "a small asynchronous message to a process",
     "signal: a number the kernel delivers to a process: SIGINT (Ctrl-C),\n"
     "SIGTSTP (Ctrl-Z), SIGTERM (kill's default), SIGKILL (cannot be caught),\n"
     "SIGCHLD (a child changed state), SIGPIPE (no reader left)... For each\n"
     "signal a process has a disposition: the default action (often to die),\n"
     "ignore, or a handler function. fork copies the dispositions; execve\n"
     "resets handlers to the default (their code is gone) and keeps ignores.\n"
     "The terminal sends Ctrl-C and Ctrl-Z to a whole process group, the\n"
     "foreground job (`help job`).\n"
     "System calls: kill(2), sigaction(2), sigprocmask(2).\n"
     "Try:\n"
     "  trap 'echo got INT' INT              a handler in the shell\n"
     "  sleep 30 &  then  kill %1; jobs      SIGTERM to a job\n"
     "  pinfo $$                             what the shell blocks, ignores, catches\n"
     "  kill -l                              every signal's name and number\n",
     "09-signals-across-exec.sh 06-process-groups-and-jobs.sh"},
    {"job", "one command line the shell runs and controls",
     "job: what the shell starts for one pipeline: its processes, in one\n"
     "process group, so that one signal reaches them all. A foreground job owns\n"
     "the terminal; `CMD &` starts a background job and prints [1] PID.\n"
     "Ctrl-Z stops the foreground job (SIGTSTP); `fg` brings a job back to the\n"
     "foreground, `bg` lets a stopped one go on in the background, `jobs` lists\n"
     "them; %1, %+ and %- name them in fg, bg, kill, wait, pinfo.\n"
     "System calls: setpgid(2) puts each process in the job's group,\n"
     "tcsetpgrp(3) gives the terminal to it, kill(2) with -PGID signals all of\n"
     "it, waitpid(2) with WUNTRACED learns that it stopped.\n"
     "Try (at the prompt):\n"
     "  sleep 30 | sleep 40 &   jobs -l   ptree      one group, two processes\n"
     "  sleep 30   then Ctrl-Z, then  bg,  fg        stop, continue, foreground\n"
     "  forksh --trace -i                            watch setpgid and tcsetpgrp\n",
     "06-process-groups-and-jobs.sh"},
    {"process-group", "the processes of one job, signalled together",
     "process-group: a set of processes that receive a signal together, named\n"
     "by its first member's pid (the PGID). An interactive shell puts each job\n"
     "in a group of its own; the terminal knows one foreground group, and only\n"
     "that group reads from it and gets Ctrl-C and Ctrl-Z. A background group\n"
     "that reads the terminal is stopped with SIGTTIN.\n"
     "A script's commands (no job control) stay in the shell's own group.\n"
     "System calls: setpgid(2) (called by parent and child, so neither races\n"
     "ahead), getpgid(2), tcsetpgrp(3), kill(2) with a negative pid.\n"
     "Try (at the prompt):\n"
     "  sleep 30 | sleep 40 &  then  ptree     the PGID column: one per job\n"
     "  pinfo %1                               group and session lines\n"
     "  kill -STOP %1                          stop the whole group at once\n",
     "06-process-groups-and-jobs.sh"},
    {"session", "a login's process groups and its terminal",
     "session: a set of process groups, usually everything started from one\n"
     "terminal login; its leader (often the login shell) called setsid(2). A\n"
     "session has at most one controlling terminal, and the terminal has one\n"
     "foreground process group of that session. When the terminal hangs up,\n"
     "the session's leader gets SIGHUP, and a shell passes it on to its jobs\n"
     "(`disown` keeps a job out of that).\n"
     "System calls: setsid(2), getsid(2), tcsetpgrp(3), tcgetpgrp(3).\n"
     "Try:\n"
     "  pinfo $$                 \"process group ..., session ...\", terminal\n"
     "  ptree -a                 follow the parents up to the session's leader\n"
     "  setsid forksh -c 'pinfo $$'     a new session, with no terminal\n",
     "06-process-groups-and-jobs.sh"},
    {"cow", "copy-on-write: why fork does not copy memory",
     "cow (copy-on-write): after fork, parent and child share every memory\n"
     "page, marked read-only. When one of them writes to a page, the CPU traps\n"
     "and the kernel copies that one page for the writer. So fork copies only\n"
     "the page tables (which grow with the process: lesson 10), and a child\n"
     "that calls execve at once copies almost nothing.\n"
     "System calls: fork(2); the copies are page faults, not system calls;\n"
     "/proc/PID/smaps_rollup counts shared and private pages.\n"
     "Try:\n"
     "  forksh --trace scripts/lessons/03-copy-on-write.sh\n"
     "  pinfo $$                         VmRSS: the shell's pages in RAM now\n",
     "03-copy-on-write.sh 10-spawn-cost.sh"},
    {"thread", "a task that shares its process's memory",
     "thread: to Linux, a thread is a task like a process, made with clone(2)\n"
     "with CLONE_VM|CLONE_THREAD: it shares memory, descriptors and signal\n"
     "handlers with the other threads of its process. Each thread has its own\n"
     "id (TID) and stack; the process id is the first thread's (getpid(2)\n"
     "returns it in every thread). A shell is one thread; fork in a threaded\n"
     "program copies only the thread that called it.\n"
     "System calls: clone(2) (pthread_create(3) calls it), gettid(2).\n"
     "Try:\n"
     "  forksh --trace scripts/lessons/07-threads-are-tasks.sh\n"
     "  pinfo PID        its threads line: the tasks in /proc/PID/task\n"
     "  follow PROGRAM   each thread it makes, as \"thread TID of PID\"\n",
     "07-threads-are-tasks.sh"},
    {"proc", "/proc: the kernel's window onto every process",
     "proc: /proc is a file system the kernel makes up as you read it: a\n"
     "directory per process, /proc/PID, with its state and parent (stat,\n"
     "status), command line (cmdline), open descriptors (fd/), memory map\n"
     "(maps, smaps_rollup) and threads (task/). /proc/self is the reader.\n"
     "ptree and pinfo only read these files; so can you, with cat and ls.\n"
     "System calls: open(2), read(2), readlink(2) on /proc files (proc(5)).\n"
     "Try:\n"
     "  pinfo $$                       the shell, explained\n"
     "  ptree                          the shell and its children\n"
     "  ls -l /proc/self/fd            ls's own descriptors\n"
     "  cat /proc/$$/status            the raw text pinfo reads\n",
     "08-proc-window.sh 04-process-states.sh"},
    {"trace", "watch every fork, execve, pipe and wait as it happens",
     "trace: forksh can print each system call it makes to run your commands,\n"
     "as it makes it: fork or vfork, setpgid, pipe2, open, dup2, execve,\n"
     "close, waitpid, with the pid of the process making it. The trace never\n"
     "changes what the shell does: the same calls run with it off.\n"
     "  forksh --trace -c 'ls | wc -l'      a command line\n"
     "  forksh --trace script.sh            a script (a lesson, say)\n"
     "  forksh --trace=explain -c 'ls'      with a sentence on each new kind\n"
     "  forksh --trace=run.html script.sh   a picture (`help timeline`)\n"
     "  set -o trace / set +o trace         on and off at the prompt\n"
     "Lines look like  [trace PID] vfork -> child PID (starts in group PGID).\n"
     "Only the shell's own calls are shown; strace(1) shows a program's.\n",
     "01-program-and-process.sh 02-fork-and-exec.sh"},
    {"explain", "what the shell would do for a line, without running it",
     "explain: a dry run. The shell forks a throwaway copy of itself, and in\n"
     "the copy its own executor runs the line: each fork or vfork, pipe, open,\n"
     "dup2, execve and waitpid. Where acting would reach outside the copy, it\n"
     "records instead: each program is taken to exit 0 and print nothing,\n"
     "a file to write is /dev/null, no signal is sent. So explain shows the\n"
     "steps the trace of the real run shows (`help trace`); a dry run stops\n"
     "after 10,000 commands or 10 seconds.\n"
     "Try:\n"
     "  explain 'sleep 1 &'                   a background job\n"
     "  explain 'ls -l | wc -l > out.txt'     a pipe and a redirection\n"
     "  explain 'cd /tmp'                     a builtin: no process at all\n"
     "  help explain                          (the builtin, above)\n",
     "10-spawn-cost.sh 02-fork-and-exec.sh"},
    {"timeline", "a picture of every process a run made",
     "timeline: a drawing of a traced run: a lane per process (its pid, and\n"
     "the program it became after execve), fork arrows, pipes from writer to\n"
     "reader, the time each one spent as a zombie, which group owned the\n"
     "terminal. Click a dot for that event's details.\n"
     "System calls: none of its own; it draws what the trace recorded.\n"
     "Try:\n"
     "  forksh --trace=t.html -c 'ls | wc -l'    then open t.html in a browser\n"
     "  forksh --trace=l4.html scripts/lessons/04-process-states.sh\n"
     "  forksh --trace=run.events script.sh; timeline run.events run.html\n"
     "  forksh --trace=t.json ...     for ui.perfetto.dev or chrome://tracing\n",
     "04-process-states.sh 01-program-and-process.sh"},
    {"variables", "the variables the shell sets for you",
     "variables: the shell keeps some variables up to date itself.\n"
     "POSIX ones, in every mode:\n"
     "  $?  last status   $$  the shell's pid (also in a subshell)   $!  last job\n"
     "  PPID  the shell's parent's pid     LINENO  the line being run\n"
     "  PWD OLDPWD  set by cd, pushd, popd     IFS  field separators\n"
     "bash's, only with bash's dialect on (not in strict POSIX mode: sh,\n"
     "--posix, set -o posix, where a script may use these names for itself):\n"
     "  UID EUID    your real and effective user id, from getuid(2) and\n"
     "              geteuid(2); readonly (`[ \"$EUID\" = 0 ]`: am I root?)\n"
     "  BASHPID     the pid of the process reading it: in ( ), $( ) or a\n"
     "              pipeline stage it is the forked child's, while $$ stays\n"
     "              the shell's. Compare them to see a fork happen\n"
     "  SECONDS     seconds since the shell started; SECONDS=0 restarts it\n"
     "  PIPESTATUS  the status of each command of the last pipeline, as each\n"
     "              child's waitpid(2) told it: $PIPESTATUS is the first (all\n"
     "              of them, ${PIPESTATUS[@]}, need arrays)\n"
     "  RANDOM      a new number each time; RANDOM=N starts the same run again\n"
     "Try:\n"
     "  echo $$ $BASHPID; (echo $$ $BASHPID)     the same $$, a new pid\n"
     "  false | true; echo $? $PIPESTATUS        0 1\n",
     "02-fork-and-exec.sh 04-process-states.sh"},
};

}  // namespace

std::span<const HelpTopic> help_topics() { return topics; }

const HelpTopic* find_help_topic(std::string_view name) {
    auto it = std::find_if(std::begin(topics), std::end(topics), [&](const HelpTopic& t) { return t.name == name; });
    return it != std::end(topics) ? &*it : nullptr;
}

}  // namespace forksh
