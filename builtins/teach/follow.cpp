// follow: run a command line with every descendant and thread followed
// (--follow, ptrace), then draw the page and print the tree that lived.
// The line runs in a new forksh (this shell's program, /proc/self/exe),
// started by this shell like any command: `forksh --follow
// --trace=EVENTS -c LINE`, so the picture holds that run alone. Then
// timeline_model.cpp replays EVENTS, timeline_html.cpp draws OUT and
// timeline_tree.cpp writes the tree.
// System calls: readlink(2) of /proc/self/exe, mkdtemp(3), unlink(2) and
// rmdir(2) of the private folder; the run itself through run_string.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/teach/timeline_model.hpp"

namespace forksh::builtins {

const std::string_view follow_help =
    "Run a command line and see its whole tree of processes and threads.\n"
    "  follow [-o OUT.html] LINE...   run LINE (its words joined, as eval does)\n"
    "                                 with every process it starts followed,\n"
    "                                 down to its grandchildren and threads\n"
    "Most commands start processes of their own that the shell never sees: sh\n"
    "runs a pipeline, make starts compilers, a program makes threads. follow\n"
    "watches them all with ptrace(2), as strace -f does, and then prints the\n"
    "tree: each process and thread, the programs it ran (execve), when it\n"
    "lived, how it ended (exit status or signal) and who reaped it: its\n"
    "parent, or, for an orphan whose parent died first, the process that\n"
    "adopted it (a subreaper, or PID 1). OUT.html (follow.html unless -o)\n"
    "draws the same as a timeline: a lane per process, thin lanes for\n"
    "threads, zombie times hatched, an arrow where an orphan is adopted.\n"
    "LINE runs in a new forksh, as a script would: it sees exported variables,\n"
    "not this shell's functions. The program behaves exactly as without\n"
    "follow (same output, status and signals); it only runs slower where it\n"
    "starts many processes. `forksh --follow` does the same for a whole shell.\n"
    "Example:  follow 'sh -c \"ls | wc -l; (sleep 1 &)\"'\n"
    "See also: help orphan, help zombie, help timeline, lesson 11.\n"
    "Exit status: LINE's; 1 if the page cannot be written; 2 for a usage error.\n";

int follow(Shell& sh, const Args& args) {
    std::string out = "follow.html";
    int status = 0;
    size_t first = parse_options(sh, args, "", "o", [&](char, const std::string& arg) { out = arg; }, status);
    if (first == 0) return status;
    if (first >= args.count()) return sh.usage_error(args, "needs a command line to run");
    if (!out.ends_with(".html") && !out.ends_with(".json"))
        return sh.usage_error(args, out + ": the page's name must end in .html or .json");
    std::string line;
    for (size_t i = first; i < args.count(); ++i) line += (i > first ? " " : "") + std::string(args[i]);

    char self[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return soft_fail(sh, args, std::string("/proc/self/exe: ") + std::strerror(errno));
    const char* tmp = std::getenv("TMPDIR");
    std::string folder = std::string(tmp && *tmp ? tmp : "/tmp") + "/forksh-follow.XXXXXX";
    if (::mkdtemp(folder.data()) == nullptr) return soft_fail(sh, args, folder + ": " + std::strerror(errno));
    std::string events = folder + "/run.events";

    status = sh.run_string(shell_quote(std::string_view(self, static_cast<size_t>(n))) + " --follow --trace=" +
                           shell_quote(events) + " -c " + shell_quote(line));

    std::vector<trace::Record> records;
    std::string error;
    if (timeline::load_events(events, records, error)) {
        timeline::Model model = timeline::build_model(records);
        sh.out().print("{}", timeline::render_tree(model));
        if (timeline::render_file(events, out, true, error)) sh.out().print("page: {}\n", out);
        else status = soft_fail(sh, args, error);
    } else {
        status = soft_fail(sh, args, error);
    }
    ::unlink(events.c_str());
    ::rmdir(folder.c_str());
    return status;
}

}  // namespace forksh::builtins
