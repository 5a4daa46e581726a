// main.cpp: forksh's entry point: reads the command line, sets up the shell,
// and runs commands from -c, a script file, or standard input (interactive
// when that is a terminal).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "shell/base/stack_guard.hpp"
#include "shell/syntax/ast_dump.hpp"
#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/os/privileges.hpp"
#include "shell/os/process.hpp"
#include "shell/interactive/line_editor.hpp"
#include "shell/interactive/repl.hpp"
#include "shell/interactive/startup.hpp"
#include "shell/shell.hpp"
#include "shell/os/signals.hpp"
#include "shell/base/source.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/follow.hpp"
#include "shell/sys/trace.hpp"
#include "shell/teach/timeline_model.hpp"
#include "shell/sys/line_reader.hpp"

extern char** environ;

namespace forksh {
namespace {

constexpr std::string_view usage_text =
    "usage: forksh [options] [-c COMMAND [NAME [ARG...]] | SCRIPT [ARG...] | -s [ARG...]]\n"
    "\n"
    "forksh is a POSIX shell that can show how it works.\n"
    "\n"
    "  -c COMMAND       run COMMAND, then exit ($0 is NAME, $1... the ARGs)\n"
    "  SCRIPT           run the commands in the file SCRIPT\n"
    "  -s               read commands from standard input (the default)\n"
    "  -i               interactive, even when stdin is not a terminal\n"
    "  -q               quiet: no greeting line when an interactive shell starts\n"
    "                   (or set FORKSH_QUIET=1 in the environment or ~/.forkshrc)\n"
    "  -l, --login      a login shell: read /etc/profile and ~/.profile first\n"
    "                   (also when started as -forksh, as login(1) and su - do)\n"
    "  --norc           do not read ~/.forkshrc (interactive non-login shells)\n"
    "  --noprofile      do not read /etc/profile and ~/.profile (login shells)\n"
    "  --posix          strict POSIX: bash's extensions that would change what a\n"
    "                   POSIX script means are off (also when started as `sh`)\n"
    "  -o OPTION        turn on a `set -o` option (e.g. -o pipefail); +o: off\n"
    "  -abCefmnuvx      turn on the matching `set` option (e.g. -e: exit on error);\n"
    "                   with + instead of -: off\n"
    "  --               end of options: the next argument is SCRIPT or $1\n"
    "  --trace[=FILE]   print each fork, execve, pipe, dup2, wait... as it happens\n"
    "  --trace=explain  the same, with one sentence on each new kind of event\n"
    "  --trace=F.html   draw a picture of every process when the shell exits\n"
    "                   (F.json: Trace Event Format; F.events: records for `timeline`)\n"
    "  --follow         the trace follows every descendant and thread of each\n"
    "                   command, with ptrace (as strace -f); implies --trace\n"
    "  --dump-tokens    show how the input is split into tokens, then exit\n"
    "  --dump-ast       show the syntax tree the parser builds, then exit\n"
    "  --version        the version, the compiler and the Readline library\n"
    "  --help           this text\n"
    "\n"
    "Start-up files: a login shell reads /etc/profile, then ~/.profile; an\n"
    "interactive shell then reads the file named by $ENV and, if it is not a\n"
    "login shell, ~/.forkshrc. Type `help` inside the shell for its builtins,\n"
    "and `man forksh` for the manual.\n";

struct Invocation {
    bool dump_tokens = false;
    bool dump_ast = false;
    bool norc = false;
    bool noprofile = false;
    bool login = false;
    bool force_interactive = false;
    bool quiet = false;  // -q: no greeting
    bool read_stdin = false;
    std::optional<std::string> command;  // -c
    std::optional<std::string> script;
    std::vector<std::string> args;       // positional parameters
    std::string arg0;
};

[[noreturn]] void die_usage(const std::string& message) {
    report(message);
    report_raw(usage_text.substr(0, usage_text.find('\n') + 1));
    ::_exit(2);
}

void set_trace_target(const std::string& value) {
    if (value == "explain") {
        trace::settings().explain = true;
        return;
    }
    std::string error;
    if (!trace::set_target(value, error)) die_usage("--trace: " + error);
}

#ifndef FORKSH_VERSION
#define FORKSH_VERSION "0.1.0"
#endif

// --version: what a bug report needs: our version, the compiler that built
// this binary, and the Readline library it runs with (which may be newer
// than the headers it was built against).
[[noreturn]] void print_version_and_exit() {
#if defined(__clang__)
    constexpr std::string_view compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
    constexpr std::string_view compiler = "GCC " __VERSION__;
#else
    constexpr std::string_view compiler = "an unknown compiler";
#endif
    write_all(1, fmt::format("forksh {}\nbuilt with {}\nGNU Readline {}\n"
                             "Copyright (C) 2026 forksh developers\n"
                             "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>\n"
                             "This is free software: you are free to change and redistribute it.\n"
                             "There is NO WARRANTY, to the extent permitted by law.\n",
                             FORKSH_VERSION, compiler, readline_version()));
    ::_exit(0);
}

// login(1), su - and sshd start a login shell with a '-' before its name
// (argv[0] "-forksh"): the only way they have to say so.
bool started_as_login_shell(const std::string& arg0) { return !arg0.empty() && arg0[0] == '-'; }

// Started under another name ending in "sh" (a link /bin/sh -> forksh, or
// `-sh` from login): scripts that call `sh` expect POSIX, not bash's dialect.
bool started_as_sh(std::string_view arg0) {
    size_t slash = arg0.rfind('/');
    std::string_view name = slash == std::string_view::npos ? arg0 : arg0.substr(slash + 1);
    if (name.starts_with('-')) name.remove_prefix(1);
    return name.ends_with("sh") && name != "forksh";
}

// A word starting with --, other than `--` itself: --help, --trace=FILE...
// Exits for --help, --version and an unknown one.
void long_option(const std::string& arg, Invocation& inv, Options& options) {
    if (arg == "--help") {
        write_all(1, usage_text);
        ::_exit(0);
    }
    if (arg == "--version") print_version_and_exit();
    if (arg == "--dump-tokens") {
        inv.dump_tokens = true;
    } else if (arg == "--dump-ast") {
        inv.dump_ast = true;
    } else if (arg == "--norc") {
        inv.norc = true;
    } else if (arg == "--login") {
        inv.login = true;
    } else if (arg == "--noprofile") {
        inv.noprofile = true;
    } else if (arg == "--posix") {
        options.posix = true;
    } else if (arg == "--follow") {
        options.follow = true;  // and the trace, if none was asked for (Shell::update_follow)
    } else if (arg == "--trace" || arg.rfind("--trace=", 0) == 0) {
        options.trace = true;
        if (arg.size() > 8) set_trace_target(arg.substr(8));
        if (trace::settings().explain) options.explain = true;
    } else {
        die_usage(arg + ": unknown option");
    }
}

// A word of option letters, -abc or +abc, at argv[i]; -o takes the next word
// (i moves past it). Exits with a usage message for an unknown letter.
void short_options(int& i, int argc, char** argv, Invocation& inv, Options& options, bool& want_command) {
    std::string arg = argv[i];
    bool on = arg[0] == '-';
    for (size_t k = 1; k < arg.size(); ++k) {
        char c = arg[k];
        if (c == 'c') {
            want_command = true;  // `+c` too, as dash and bash take it
        } else if (c == 's' && on) {
            inv.read_stdin = true;
        } else if (c == 'i') {
            inv.force_interactive = on;
        } else if (c == 'l' && on) {
            inv.login = true;
        } else if (c == 'q' && on) {
            inv.quiet = true;
        } else if (c == 'o') {
            if (i + 1 >= argc) die_usage(std::string("-o: option requires an argument"));
            ValuedOption valued = set_valued_option(options, argv[++i]);
            if (valued == ValuedOption::BadValue) die_usage(std::string(argv[i]) + ": invalid option value");
            if (valued == ValuedOption::Set) continue;
            const OptionInfo* opt = find_option(std::string_view(argv[i]));
            if (!opt) die_usage(std::string(argv[i]) + ": no such option");
            options.*opt->field = on;
        } else if (const OptionInfo* opt = find_option(c)) {
            options.*opt->field = on;
        } else {
            die_usage(std::string("-") + c + ": unknown option");
        }
    }
}

Invocation parse_arguments(int argc, char** argv, Options& options) {
    Invocation inv;
    inv.arg0 = argc > 0 ? argv[0] : "forksh";
    inv.login = started_as_login_shell(inv.arg0);
    options.posix = started_as_sh(inv.arg0);
    int i = 1;
    bool want_command = false;
    for (; i < argc; ++i) {
        std::string arg = argv[i];
        // POSIX: a lone `-` ends the options like `--` and is ignored
        // (`sh - script`; `sh -` alone reads standard input).
        if (arg == "--" || arg == "-") {
            ++i;
            break;
        }
        if (arg.size() >= 2 && arg[0] == '-' && arg[1] == '-') {
            long_option(arg, inv, options);
            continue;
        }
        if (arg.size() < 2 || (arg[0] != '-' && arg[0] != '+')) break;
        short_options(i, argc, argv, inv, options, want_command);
    }
    // The operands: -c's command and $0, or the script, then $1...
    if (want_command) {
        if (i >= argc) die_usage("-c: option requires an argument");
        inv.command = argv[i++];
        if (i < argc) inv.arg0 = argv[i++];
    } else if (!inv.read_stdin && i < argc) {
        inv.script = argv[i++];
        inv.arg0 = *inv.script;
    }
    for (; i < argc; ++i) inv.args.emplace_back(argv[i]);
    return inv;
}

void set_default_variables(Variables& vars) {
    vars.import_environment(environ);
    vars.set("PPID", std::to_string(::getppid()));
    // Variables that steer the shell itself are initialised, never taken
    // from the environment (as dash and bash): an inherited IFS would split
    // every unquoted expansion of the script its own way, an inherited
    // OPTIND would make getopts skip options. They stay exported if they were.
    vars.set("IFS", " \t\n");
    vars.set("OPTIND", "1");
    // FORKSH_TRACE_FD was read (or ignored) by adopt_trace_fd_from_environment;
    // no command or nested shell sees it.
    vars.unset("FORKSH_TRACE_FD");
    if (!vars.get("PS2")) vars.set("PS2", "> ");
    if (!vars.get("PS4")) vars.set("PS4", "+ ");
    // PWD: keep the inherited value if it names the current directory.
    char cwd[4096];
    if (::getcwd(cwd, sizeof cwd)) {
        const std::string* pwd = vars.get("PWD");
        struct stat a {}, b {};
        if (!pwd || (*pwd)[0] != '/' || ::stat(pwd->c_str(), &a) != 0 || ::stat(cwd, &b) != 0 ||
            a.st_dev != b.st_dev || a.st_ino != b.st_ino)
            vars.set("PWD", cwd);
        vars.set_exported("PWD");  // children see where they start (dash, bash)
    }
    // PATH unset at start: dash's default, visible in $PATH and `set` (not
    // exported, as in dash), so what `echo $PATH` says is what is searched.
    if (!vars.get("PATH")) vars.set("PATH", std::string(default_path));
}

std::string read_everything(int fd) {
    std::string text;
    LineReader reader(fd, false);
    while (reader.read_line(text)) {
    }
    return text;
}

int dump(const Invocation& inv, const Shell& sh) {
    std::string text;
    if (inv.command) {
        text = *inv.command;
    } else if (inv.script) {
        int fd = sys::open(*inv.script, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            report(*inv.script + ": " + std::strerror(errno));
            return 127;
        }
        text = read_everything(fd);
        sys::close(fd);
    } else {
        text = read_everything(0);
    }
    if (inv.dump_tokens) {
        try {
            write_all(1, dump_tokens(text, sh.parser_options()));
        } catch (const ParseError& e) {
            report(fmt::format("{}:{}: {}", e.span().line, e.span().column, e.what()));
            return 2;
        }
        return 0;
    }
    try {
        ast::List program = parse_program(text, sh.parser_options());
        write_all(1, dump_ast(program));
    } catch (const ParseError& e) {
        report(fmt::format("line {}:{}: {}", e.span().line, e.span().column, e.what()));
        return 2;
    }
    return 0;
}

// A login shell that is not interactive (`forksh -l script`, `su - -c cmd`)
// still reads /etc/profile and ~/.profile, as dash and bash do; the
// interactive loop reads its own start-up files.
void read_login_files(Shell& sh, const Invocation& inv) {
    if (inv.login) read_startup_files(sh, StartupSettings{true, false, inv.norc, inv.noprofile});
}

// FORKSH_TRACE_FD=N (how the test harness collects a trace apart from
// stderr) says where the trace goes if one is turned on (--trace or
// `set -o trace`). Only then is N taken: the trace copies it above the
// user's range and closes N (trace.cpp), so no command inherits it. Without
// a trace, N stays the user's, untouched, like any inherited descriptor.
// The variable is dropped from the shell's environment
// (set_default_variables), so a nested shell never takes a descriptor meant
// for its parent.
void adopt_trace_fd_from_environment() {
    const char* fd_text = ::getenv("FORKSH_TRACE_FD");
    if (!fd_text) return;
    char* end = nullptr;
    long fd = std::strtol(fd_text, &end, 10);
    if (end == fd_text || *end != '\0' || fd < 1 || fd > 1000000) return;
    int n = static_cast<int>(fd);
    if (::fcntl(n, F_GETFD) < 0) return;
    if (trace::settings().fd_given) return;  // --trace=FILE wins
    trace::settings().fd = n;
    trace::settings().fd_given = true;
}

// Privileged mode (POSIX `sh -p`): started set-user-ID or set-group-ID,
// the shell resets its effective ids to the real ones unless -p was given.
// Returns whether the ids differed at start: then $ENV is not read, even
// with -p (POSIX: "ENV shall be ignored if the real and effective user IDs
// or real and effective group IDs of the process are different").
bool drop_privileges_unless_p(const Options& options) {
    if (!privileges::ids_differ()) return false;
    if (!options.privileged && !privileges::drop()) {
        report(std::string("cannot reset the effective user and group ids: ") + std::strerror(errno));
        ::_exit(2);
    }
    return true;
}

// bash: a file with no #! whose first line holds a NUL byte is a program,
// not a script. Looks at the first block with pread(2), so the offset of
// the script's descriptor does not move (nothing to check on a pipe).
bool refuse_binary_script(int fd, const std::string& name) {
    char sample[256];
    ssize_t n = ::pread(fd, sample, sizeof sample, 0);
    if (n <= 0 || !looks_binary(std::string_view(sample, static_cast<size_t>(n)))) return false;
    diag_context().script.clear();
    report(name + ": cannot execute binary file");
    return true;
}

// --trace=t.html (or set -o trace=t.html): the shell that asked draws the
// picture as it exits, from the records it and its children wrote. A child
// that leaves later (a background job still running) is not in it.
void draw_pending_pictures(int status) {
    auto& pending = trace::pending_renders();
    // The top shell's own end, so its lane stops where it really stopped
    // (in FILE.events too, for a picture drawn later).
    trace::event("exit", "exit({status})").num("status", status & 0xff).record_only().emit();
    if (pending.empty()) return;
    trace::enable(false);  // drawing is not part of what is traced
    for (const trace::PendingRender& p : pending) {
        if (p.owner != ::getpid()) continue;
        std::string error;
        if (!timeline::render_file(p.events, p.out, p.replace, error)) report("--trace: " + error);
        // The picture holds it all now (or could not be made: the message
        // said why); the private folder and its records go.
        ::unlink(p.events.c_str());
        ::rmdir(p.folder.c_str());
    }
    pending.clear();
}

// Interactive when asked (-i), or when commands come from standard input
// and both it and standard error are a terminal.
bool is_interactive(const Invocation& inv) {
    return inv.force_interactive || (!inv.command && !inv.script && ::isatty(0) && ::isatty(2));
}

// The shell's state before the first command: ids (privileged mode), the
// default variables, $0 and $1..., the mode options. Returns whether the
// shell started set-user-ID or set-group-ID.
bool set_up(Shell& sh, const Invocation& inv, bool interactive) {
    adopt_trace_fd_from_environment();
    bool started_privileged = drop_privileges_unless_p(sh.options());
    set_default_variables(sh.vars());
    SpecialParams& sp = sh.vars().special();
    sp.arg0 = inv.arg0;
    sp.positional = inv.args;
    sh.options().interactive = interactive;
    if (interactive) sh.options().monitor = true;
    if (!inv.command && !inv.script) sh.options().stdin_commands = true;
    sh.options_changed();
    process::start_as_init_if_pid1();
    return started_privileged;
}

// `forksh SCRIPT`: opens the script (open(2)), refuses a directory or a
// binary, and puts its descriptor, moved to 10 or above, in `fd`. Returns 0,
// or after reporting, the exit status: 127 for no such file, else 126.
int open_script(const std::string& name, int& fd) {
    diag_context().script = name;
    int opened = sys::open(name, O_RDONLY | O_CLOEXEC);
    if (opened < 0) {
        int error = errno;
        diag_context().script.clear();
        report(name + ": " + std::strerror(error));
        return error == ENOENT ? 127 : 126;
    }
    struct stat st {};
    if (::fstat(opened, &st) == 0 && S_ISDIR(st.st_mode)) {
        diag_context().script.clear();
        report(name + ": Is a directory");
        return 126;
    }
    if (refuse_binary_script(opened, name)) return 126;
    // Move the script's descriptor out of the way (>= 10) so the script
    // itself can use 3..9 freely; registered by run_lines, so even
    // `exec 10<file` moves it rather than replacing it.
    fd = fd_registry::dup_high(opened);
    sys::close(opened);
    if (fd < 0) {
        report(name + ": " + std::strerror(errno));
        return 126;
    }
    return 0;
}

// Commands read from `fd` (0, or a script from open_script), each line
// parsed as it arrives: a script may define an alias for its next line.
// Standard input is shared with the commands, so it is read no further
// than the line (LineReader).
int run_lines(Shell& sh, int fd) {
    LineReader reader(fd, fd != 0, fd == 0);
    int not_registered = -1;
    fd_registry::Adopted registered(fd != 0 ? reader.fd_slot() : not_registered);
    Parser parser([&](std::string& line, bool) {
        bool got = reader.read_line(line);
        if (got && sh.options().verbose) write_all(2, line);
        return got;
    }, sh.parser_options());
    return sh.executor().run_parser(parser);
}

int run(int argc, char** argv) {
    // (The signals received on entry are learned lazily: signals.cpp.)
    signals::install_child_reaper();

    Shell sh;
    Invocation inv = parse_arguments(argc, argv, sh.options());
    if (inv.dump_tokens || inv.dump_ast) return dump(inv, sh);
    bool interactive = is_interactive(inv);
    bool started_privileged = set_up(sh, inv, interactive);

    int status = 0;
    try {
        // `-i -c CMD`: the command runs in an interactive shell (its signals,
        // job control), with no prompt, as in bash and dash.
        if (interactive && !inv.command) {
            std::string greeting;
            if (!inv.quiet)
                greeting = "forksh " FORKSH_VERSION ": type `help` for an overview, or `help fork` to start";
            status = run_interactive(sh, ReplSettings{inv.norc, inv.login, inv.noprofile, started_privileged,
                                                      greeting});
        } else if (inv.command) {
            read_login_files(sh, inv);
            diag_context().script.clear();
            Parser parser(*inv.command, sh.parser_options());
            status = sh.executor().run_parser(parser);
        } else {
            read_login_files(sh, inv);
            int fd = 0;
            if (inv.script)
                if (int failed = open_script(*inv.script, fd)) return failed;
            status = run_lines(sh, fd);
        }
        status = sh.executor().finish(status);
    } catch (const ExitRequest& e) {
        status = sh.executor().finish(e.status);
    } catch (const CommandInterrupted& e) {
        // `-i -c`: Ctrl-C ended the command line, which is the whole command.
        status = sh.executor().finish(e.status);
    } catch (const std::bad_alloc&) {
        report_out_of_memory();  // not an abort: status 2, as for other shell errors
        status = 2;
    }
    // Everything followed is written (or let go) before the picture is drawn.
    follow::stop();
    draw_pending_pictures(status);
    return status & 0xff;
}

}  // namespace
}  // namespace forksh

int main(int argc, char** argv) {
    forksh::stack::note_base(__builtin_frame_address(0));  // how deep recursion may go
    return forksh::stack::run_on_own_stack(forksh::run, argc, argv);
}
