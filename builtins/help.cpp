// help.cpp: `help [NAME...]`: the builtins' usage lines and explanations,
// from the table in registry.cpp, and where the lessons are.
// System calls: readlink(2) of /proc/self/exe and stat(2), to find the
// installed lessons beside the binary (PREFIX/bin/forksh ->
// PREFIX/share/forksh/lessons), whatever PREFIX the install chose.
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/state/options.hpp"

namespace forksh::builtins {

const std::string_view help_help =
    "Show help for builtins.\n"
    "  help        list every builtin with its usage line\n"
    "  help NAME   the usage line and an explanation of NAME, with the system\n"
    "              calls it makes\n"
    "A builtin runs inside the shell process, without fork(2): that is the only\n"
    "way for cd, export or exit to change the shell itself.\n"
    "Exit status 0, or 1 if a NAME is not a builtin.\n";

namespace {

// `time` is a reserved word, not a builtin, but people look for it here.
constexpr std::string_view time_help =
    "time [-p] [PIPELINE]   (reserved word)\n"
    "Run PIPELINE, all of it, and report on stderr how long it took (real) and\n"
    "the CPU time it used in user code and in the kernel (user, sys), the\n"
    "shell's own and its children's. A parent learns what a child cost when it\n"
    "reaps it: wait4(2) adds the child's times to the counters that\n"
    "getrusage(RUSAGE_CHILDREN) reads; real time is clock_gettime(CLOCK_MONOTONIC).\n"
    "  -p      the POSIX format: real 0.50 / user 0.01 / sys 0.00\n"
    "  time    alone: the shell's times since it started\n"
    "'time' quoted, `command time` or `a | time b` run the utility time(1).\n"
    "Exit status: that of PIPELINE.\n";

// PREFIX/share/forksh/lessons when forksh runs from PREFIX/bin and the
// lessons are installed there; "" when it runs from a build folder.
std::string installed_lessons() {
    char exe[4096];
    ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return "";
    std::string path(exe, static_cast<size_t>(n));
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    path.erase(slash);  // PREFIX/bin
    slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    path.erase(slash + 1);  // PREFIX/
    path += "share/forksh/lessons";
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? path : "";
}

void print_lessons_location(Shell& sh) {
    std::string dir = installed_lessons();
    if (dir.empty()) {
        sh.out().write("\nLessons: scripts/lessons/ in the source tree (installed: PREFIX/share/forksh/lessons);\n"
                       "run one with  forksh --trace scripts/lessons/01-program-and-process.sh\n");
    } else {
        sh.out().print("\nLessons: {}/\nrun one with  forksh --trace {}/01-program-and-process.sh\n", dir, dir);
    }
}

// `help set`: every -o NAME from the option table, so that none is missing
// from the help, whoever adds one.
void print_option_names(Shell& sh) {
    std::string line = "Every -o NAME (set -o NAME to turn on, set +o NAME to turn off):";
    std::string text;
    for (const OptionInfo& o : option_table()) {
        std::string one = " " + std::string(o.name);
        if (o.letter) one += std::string(" (-") + o.letter + ")";
        if (line.size() + one.size() + 1 > 78) {
            text += line + "\n";
            line = " ";
        }
        line += one;
    }
    for (const ValuedOptionValue& v : valued_options(sh.options())) line += " " + std::string(v.name);
    sh.out().print("{}{}\n", text, line);
    sh.out().write("  -o trace: print each system call (fork, execve, pipe2, dup2, waitpid...) as it happens\n"
                   "  -o explain: the same, with one sentence on each new kind of event\n"
                   "  -o spawn=vfork|posix_spawn|fork: how programs start. vfork (the default): the shell's\n"
                   "     own child borrows its memory until execve; posix_spawn: glibc's does; fork: fork +\n"
                   "     execve everywhere, copying the shell's page tables (the old way)\n");
}

}  // namespace

int help(Shell& sh, const Args& args) {
    sh.out().clear_failure();
    if (args.count() == 1) {
        sh.out().write("forksh builtins (`help NAME` for more; * marks POSIX special builtins):\n");
        for (const Builtin& b : all()) sh.out().print("{} {}\n", b.kind == Kind::Special ? '*' : ' ', b.usage);
        print_lessons_location(sh);
        return finish(sh, args, 0);
    }
    int status = 0;
    for (size_t i = 1; i < args.count(); ++i) {
        if (args[i] == "time") {
            sh.out().write(time_help);
            continue;
        }
        const Builtin* b = find(args[i]);
        if (b == nullptr) {
            status = sh.fail(args, "no help for '" + args[i] + "': not a builtin (try `type " + args[i] + "`)");
            continue;
        }
        sh.out().print("{}{}\n{}", b->usage, b->kind == Kind::Special ? "   (special builtin)" : "", b->help);
        if (b->name == "set") print_option_names(sh);
    }
    return finish(sh, args, status);
}

}  // namespace forksh::builtins
