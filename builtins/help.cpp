// help.cpp: `help [NAME...]`: the builtins' usage lines and explanations,
// from the table in registry.cpp; the concept pages (`help fork`), from the
// table in shell/text/help_topics.cpp; and where the lessons are.
// System calls: readlink(2) of /proc/self/exe and stat(2), to find the
// installed lessons beside the binary (PREFIX/bin/forksh ->
// PREFIX/share/forksh/lessons), whatever PREFIX the install chose.
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/state/options.hpp"
#include "shell/text/help_topics.hpp"

namespace forksh::builtins {

const std::string_view help_help =
    "Show help for builtins and for the ideas forksh shows (fork, pipe, zombie...).\n"
    "  help           a short overview: the topics, the builtins, the lessons\n"
    "  help NAME      the usage line and an explanation of the builtin NAME, with\n"
    "                 the system calls it makes\n"
    "  help TOPIC     a concept page: what it is, its system calls, what to type\n"
    "                 to see it, which lesson shows it (start with `help fork`)\n"
    "  help builtins  every builtin with its usage line\n"
    "A builtin runs inside the shell process, without fork(2): that is the only\n"
    "way for cd, export or exit to change the shell itself.\n"
    "Exit status 0, or 1 if a NAME is neither a builtin nor a topic.\n";

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

// bash's reserved words that forksh has (not in strict POSIX mode).
constexpr std::string_view cond_help =
    "[[ EXPRESSION ]]   (reserved word, bash's; not in strict POSIX mode)\n"
    "Test EXPRESSION in the shell itself, with no fork. The words are not split\n"
    "or globbed, so [[ $x == y ]] needs no quotes around $x.\n"
    "  S == PATTERN, S != PATTERN   PATTERN as in case (quote it to compare text)\n"
    "  S =~ REGEX    POSIX extended regular expression (regcomp(3)); quoted parts\n"
    "                match themselves; BASH_REMATCH gets the matched text\n"
    "  S1 < S2, S1 > S2             order of the locale (strcoll(3))\n"
    "  N1 -eq N2, -ne -lt -le -gt -ge   N1 and N2 are arithmetic expressions\n"
    "  -v NAME (variable set), -o OPTION (set -o option on), and test's file\n"
    "  and string tests: -e -f -d -r -w -x -s -L -n -z ..., F1 -nt F2 ...\n"
    "  ! E, E1 && E2, E1 || E2, ( E )   (&& binds tighter; not -a and -o)\n"
    "Exit status 0 if true, 1 if false, 2 for a bad regular expression.\n";

constexpr std::string_view select_help =
    "select NAME [in WORDS ...]; do COMMANDS; done   (reserved word, bash's)\n"
    "Print WORDS (\"$@\" without `in`) as a numbered menu on stderr, then the\n"
    "prompt $PS3 (\"#? \"), and read a line (as `read` does, into REPLY). A menu\n"
    "number sets NAME to its word, anything else sets NAME to \"\"; then COMMANDS\n"
    "run, and the prompt comes again. An empty line shows the menu again.\n"
    "`break` ends the loop; so does the end of input (status 1).\n";

constexpr std::string_view function_help =
    "function NAME { COMMANDS; }   (reserved word, bash's; not in strict POSIX mode)\n"
    "Define the function NAME, as NAME() { COMMANDS; } does; bash also allows\n"
    "function NAME() { ...; } and any compound command as the body. The POSIX\n"
    "form NAME() works in every shell; prefer it in scripts for sh.\n";

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

// NAMES, space-separated after two spaces, in lines of at most 78 columns.
void print_wrapped(Shell& sh, const std::vector<std::string>& names) {
    std::string line = " ";
    for (const std::string& name : names) {
        if (line.size() + 1 + name.size() > 78) {
            sh.out().print("{}\n", line);
            line = " ";
        }
        line += " " + name;
    }
    sh.out().print("{}\n", line);
}

// `help` alone: a first screen that fits a 24-line terminal.
void print_overview(Shell& sh) {
    sh.out().write("forksh is a POSIX shell that shows how it runs your commands.\n"
                   "  help TOPIC     an idea: what it is, its system calls, how to see it\n"
                   "  help NAME      a builtin: its usage and the system calls it makes\n"
                   "  help builtins  every builtin with its usage line\n"
                   "\nTopics (start with `help fork`):\n");
    std::vector<std::string> names;
    for (const HelpTopic& t : help_topics()) names.emplace_back(t.name);
    print_wrapped(sh, names);
    sh.out().write("\nBuiltins (* marks POSIX special builtins):\n");
    names.clear();
    for (const Builtin& b : all()) names.push_back((b.kind == Kind::Special ? "*" : "") + std::string(b.name));
    print_wrapped(sh, names);
}

// The page, then its lessons and how to run the first one.
void print_topic(Shell& sh, const HelpTopic& topic) {
    std::string dir = installed_lessons();
    if (dir.empty()) dir = "scripts/lessons";
    std::string_view first = topic.lessons.substr(0, topic.lessons.find(' '));
    sh.out().print("{}Lessons: {}\n  run one:  forksh --trace {}/{}\n", topic.text, topic.lessons, dir, first);
}

void print_lessons_location(Shell& sh) {
    std::string dir = installed_lessons();
    if (dir.empty()) {
        sh.out().write("\nLessons: scripts/lessons/ (installed: PREFIX/share/forksh/lessons); run one:\n"
                       "  forksh --trace scripts/lessons/01-program-and-process.sh\n");
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
        print_overview(sh);
        print_lessons_location(sh);
        return finish(sh, args, 0);
    }
    int status = 0;
    for (size_t i = 1; i < args.count(); ++i) {
        if (args[i] == "time") {
            sh.out().write(time_help);
            continue;
        }
        if (args[i] == "[[" || args[i] == "select" || args[i] == "function") {
            sh.out().write(args[i] == "[[" ? cond_help : args[i] == "select" ? select_help : function_help);
            continue;
        }
        if (args[i] == "builtins") {
            sh.out().write("forksh builtins (`help NAME` for more; * marks POSIX special builtins):\n");
            for (const Builtin& b : all()) sh.out().print("{} {}\n", b.kind == Kind::Special ? '*' : ' ', b.usage);
            continue;
        }
        // exec, wait, explain and timeline are both: the builtin, then the idea.
        const Builtin* b = find(args[i]);
        const HelpTopic* topic = find_help_topic(args[i]);
        if (b == nullptr && topic == nullptr) {
            status = sh.fail(args, "no help for '" + args[i] + "': not a builtin or a topic (`help` lists them)");
            continue;
        }
        if (b != nullptr) {
            sh.out().print("{}{}\n{}", b->usage, b->kind == Kind::Special ? "   (special builtin)" : "", b->help);
            if (b->name == "set") print_option_names(sh);
            if (topic != nullptr) sh.out().write("\n");
        }
        if (topic != nullptr) print_topic(sh, *topic);
    }
    return finish(sh, args, status);
}

}  // namespace forksh::builtins
