// simple_command.cpp: running one simple command (POSIX 2.9.1):
//   expand the words -> find the command -> apply redirections and
//   assignments -> run it: a builtin or function in the shell itself, an
//   external program spawned (a vfork-style child, or posix_spawn, that
//   sets up its redirections, pipe ends, process group and signals with
//   plain system calls, then calls execve) or, when decide() says the
//   child's set-up needs shell code, fork + execve.
// System calls: clone or posix_spawn (sys::spawn), fork and execve (through
// sys::), the last two via fork_child.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <utility>

#include "shell/text/bash_habits.hpp"
#include "shell/text/names.hpp"
#include "shell/base/diag.hpp"
#include "shell/exec/assign.hpp"
#include "shell/exec/exec.hpp"
#include "shell/base/output.hpp"
#include "shell/exec/redirect.hpp"
#include "shell/os/launch.hpp"
#include "shell/base/source.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"
#include "shell/sys/line_reader.hpp"

namespace forksh {

namespace {
constexpr int max_function_depth = 1000;

// "sleep 0.1": a job's text, made whole before the job is created (creating
// it names the command line of the trace's records: the timeline listed
// `sleep` and then `sleep 0.1` for one command).
std::string words_text(const std::vector<std::string>& argv) {
    std::string text;
    for (const std::string& word : argv) text += (text.empty() ? "" : " ") + word;
    return text;
}

// Quote a word for `set -x` output only when it needs it, as bash does.
std::string quote_for_trace(const std::string& word) {
    bool plain = !word.empty();
    for (char c : word)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || std::string_view("_-./:=+,%@^").find(c) != std::string_view::npos))
            plain = false;
    if (plain) return word;
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
// The VAR=value words of a command, in order: expanded, set (a read-only
// VAR is a shell error, POSIX 2.8.1) and, for a command's own environment,
// exported. `before_each` runs before each is set (make_local, for the
// temporary scope below). The one loop for assignments alone, before a
// special builtin, before a builtin or function, and in a forked child.
template <typename Before>
void assign_each(Variables& vars, Expander& expander, const ast::SimpleCommand& command, bool export_them,
                 Before&& before_each) {
    for (const ast::Assignment& a : command.assignments) {
        if (a.array || a.subscript || a.append) {  // bash's forms (assign.cpp)
            before_each(a);
            assign_word(vars, expander, a);
        } else {
            std::string value = expander.expand_assignment(a.value);
            before_each(a);
            if (vars.set(a.name, std::move(value)) == Variables::Result::Readonly)
                throw ShellError(a.name + ": is read only", a.span, 2, true);
        }
        if (export_them) vars.set_exported(a.name);
    }
}

// VAR=value before a builtin, a function or a spawned command: the values
// live in a variable scope of their own, exported, and vanish with it.
class TemporaryAssignments {
  public:
    TemporaryAssignments(Variables& vars, Expander& expander, const ast::SimpleCommand& command, bool active)
        : vars_(vars), active_(active && !command.assignments.empty()) {
        if (!active_) return;
        vars_.push_scope();
        try {
            assign_each(vars_, expander, command, true, [&](const ast::Assignment& a) { vars_.make_local(a.name); });
        } catch (...) {
            vars_.pop_scope();  // the destructor of a half-made object does not run
            throw;
        }
    }
    ~TemporaryAssignments() {
        if (active_) vars_.pop_scope();
    }
    TemporaryAssignments(const TemporaryAssignments&) = delete;
    TemporaryAssignments& operator=(const TemporaryAssignments&) = delete;

  private:
    Variables& vars_;
    bool active_;
};
}  // namespace

std::string Executor::trace_prefix() {
    // PS4 is expanded like a prompt: PS4='+ $LINENO: ' shows line numbers.
    const std::string* ps4 = vars_.get("PS4");
    struct Clear {
        bool& flag;
        ~Clear() { flag = false; }
    } clear{expanding_ps4_ = true};
    try {
        return ps4 ? expander_.expand_text(*ps4) : "+ ";
    } catch (const std::exception&) {
        return *ps4;  // a broken PS4 must not stop the traced command
    }
}

// An assignment as set -x shows it: NAME=value with the value assigned;
// bash's forms (a=(...), a[i]=v, a+=v) as written, as bash shows them.
std::string Executor::traced_assignment(const ast::Assignment& a) {
    if (a.array || a.subscript || a.append) {
        std::string text = a.name + (a.subscript ? "[" + a.subscript->text + "]" : "") + (a.append ? "+=" : "=");
        if (!a.array) return text + a.value.text;
        std::string items;
        for (const ast::ArrayItem& item : a.items)
            items += (items.empty() ? "" : " ") + (item.key ? "[" + item.key->text + "]=" : "") + item.value.text;
        return text + "(" + items + ")";
    }
    const std::string* value = vars_.get(a.name);
    return a.name + "=" + quote_for_trace(value ? *value : "");
}

void Executor::trace_command(const std::vector<std::string>& argv, const ast::SimpleCommand& command,
                             bool as_written) {
    // The commands PS4's own expansion runs (PS4='+$(date +%T) ') are not
    // traced: tracing them would expand PS4 again, in a new child each time,
    // until fork fails. The flag is copied into those children by fork.
    if (expanding_ps4_) return;
    std::string line = trace_prefix();
    bool first = true;
    for (const ast::Assignment& a : command.assignments) {
        line += (first ? "" : " ") + traced_assignment(a);
        first = false;
    }
    for (const std::string& word : argv) {
        line += (first ? "" : " ") + (as_written ? word : quote_for_trace(word));
        first = false;
    }
    line += '\n';
    write_all(2, line);
}

void Executor::assign_all(const ast::SimpleCommand& command, bool export_them) {
    assign_each(vars_, expander_, command, export_them, [](const ast::Assignment&) {});
}

namespace {
// export, readonly and local are declaration utilities (XCU 2024, 2.9.1.1):
// an operand that looks like an assignment is expanded as one (tilde after
// `=` and `:`, no field splitting, no pathname expansion), so `export a=$x`
// keeps "a b" whole and `readonly r=~/x` gets the home folder.
bool is_declaration_utility(const ast::Word& first) {
    return first.parts.size() == 1 && std::holds_alternative<ast::Literal>(first.parts[0].node) &&
           (first.text == "export" || first.text == "readonly" || first.text == "local" || first.text == "declare" ||
            first.text == "typeset");
}

// The length of `NAME=` written unquoted at the start of `word`; 0 when the
// word is not an assignment.
size_t declared_name_length(const ast::Word& word) {
    if (word.parts.empty()) return 0;
    const auto* lit = std::get_if<ast::Literal>(&word.parts[0].node);
    if (!lit) return 0;
    size_t eq = lit->text.find('=');
    if (eq == std::string::npos || !is_valid_name(std::string_view(lit->text).substr(0, eq))) return 0;
    return eq + 1;
}
}  // namespace

std::vector<std::string> Executor::expand_command_words(const ast::SimpleCommand& command) {
    const std::vector<ast::Word>& words = command.words;
    if (words.empty() || !is_declaration_utility(words.front())) return expander_.expand_fields(words);
    std::vector<std::string> fields;
    size_t next_array = 0;
    for (size_t i = 0; i < words.size(); ++i) {
        const ast::Word& word = words[i];
        if (next_array < command.array_arguments.size() && command.array_arguments[next_array].word == i) {
            fields.push_back(array_operand(expander_, command.array_arguments[next_array++].assignment));
            continue;
        }
        if (size_t name = declared_name_length(word))
            expander_.expand_declaration(word, name, fields);
        else
            expander_.expand_fields(word, fields);
    }
    return fields;
}

int Executor::run_simple(const ast::SimpleCommand& command, const ast::Command& node, bool in_child_tail) {
    vars_.set_current_line(node.span.line);
    last_substitution_status_ = -1;
    std::vector<std::string> argv = expand_command_words(command);

    if (argv.empty()) {
        // Only assignments and/or redirections: the assignments change the
        // shell; the redirections are performed (files get created) and undone.
        {
            RedirectScope scope(true);
            if (!redirect_or_report(scope, command.redirects)) return 1;
        }
        assign_all(command, false);
        if (options_.xtrace && !command.assignments.empty()) trace_command(argv, command);
        // `x=$(false)` leaves the substitution's status in $?.
        return last_substitution_status_ >= 0 ? last_substitution_status_ : 0;
    }

    const std::string& name = argv[0];
    const builtins::Builtin* builtin = builtins::find(name);
    const Functions::Body* function = nullptr;
    if (!builtin || builtin->kind != builtins::Kind::Special) function = functions_.find(name);

    if (!builtin && !function) return run_external(argv, command, node, in_child_tail);

    // A builtin or a function: it runs in this process, so its redirections
    // are undone afterwards, and (except for special builtins) so are its
    // assignments: `IFS=: read a b` changes IFS for read alone.
    bool special = builtin && builtin->kind == builtins::Kind::Special && !function;
    RedirectScope scope(true);
    // POSIX 2.9.1's order: the words (done), the redirections' words, the
    // VAR=value words; the trace line; then the redirections are performed.
    std::optional<std::vector<std::string>> redirect_words = expand_redirects_or_report(command.redirects);
    TemporaryAssignments temporary(vars_, expander_, command, !special && redirect_words);
    // `VAR=x exec prog`: prog's environment has VAR (dash, bash).
    if (special && redirect_words) assign_all(command, name == "exec" && argv.size() > 1);
    if (options_.xtrace && redirect_words) trace_command(argv, command);
    if (!redirect_words || !redirect_or_report(scope, command.redirects, *redirect_words)) {
        // POSIX: a redirection error on a special builtin ends a
        // non-interactive shell.
        if (special && !options_.interactive) throw ExitRequest{2};
        return 1;
    }

    if (function) {
        Functions::Body keep = *function;  // the function may redefine itself
        DiagScriptScope where(functions_.source_of(name));
        if (command.redirects.empty()) return call_function(*keep, argv);
        return report_inside([&] { return call_function(*keep, argv); });
    }
    // `exec >file` (no command), also as `command exec >file`: the
    // redirections are for the shell itself.
    if (exec_without_command(argv)) scope.make_permanent();
    // `eval '${x?boom}' 2>/dev/null`: an error inside is written through
    // the builtin's own redirections.
    if (command.redirects.empty()) return builtin->fn(facade_, builtins::Args(std::move(argv)));
    return report_inside([&] { return builtin->fn(facade_, builtins::Args(std::move(argv))); });
}

bool Executor::exec_without_command(const std::vector<std::string>& argv) {
    // `command` takes away exec's special-builtin powers (an error does not
    // end the shell), not its effect on the shell's descriptors.
    size_t i = 0;
    while (i < argv.size() && argv[i] == "command") {
        ++i;
        while (i < argv.size() && (argv[i] == "-p" || argv[i] == "--")) ++i;
    }
    if (i >= argv.size() || argv[i] != "exec") return false;
    ++i;
    if (i < argv.size() && argv[i] == "--") ++i;
    return i == argv.size();
}

int Executor::call_function(const ast::Command& body, std::vector<std::string>& argv) {
    if (function_depth_ >= max_function_depth)
        throw ShellError(argv[0] + ": maximum function nesting level exceeded (" +
                             std::to_string(max_function_depth) + ")",
                         Span{vars_.current_line(), 0}, 2);
    SpecialParams& sp = vars_.special();
    std::vector<std::string> saved_positional = std::move(sp.positional);
    sp.positional.assign(std::make_move_iterator(argv.begin() + 1), std::make_move_iterator(argv.end()));
    int saved_loop_depth = std::exchange(loop_depth_, 0);
    vars_.push_scope();
    ++function_depth_;
    auto restore = [&]() {
        --function_depth_;
        vars_.pop_scope();
        loop_depth_ = saved_loop_depth;
        sp.positional = std::move(saved_positional);
    };
    int status;
    try {
        status = run_command(body, false);
    } catch (...) {
        restore();
        returning_ = false;
        throw;
    }
    restore();
    if (returning_) {
        // return's own status: a `!` or a loop condition around it does not
        // change it (`if ! return 5` leaves with 5).
        status = return_status_;
        returning_ = false;
    }
    return status;
}

int Executor::run_external(std::vector<std::string>& argv, const ast::SimpleCommand& command,
                           const ast::Command& node, bool in_child_tail) {
    (void)node;
    // POSIX 2.9.1's order, all in the shell, so that a side effect such as
    // ${x=...} stays in the shell as in dash and bash: the words (done), the
    // redirections' words, then the VAR=value words, which live in a scope
    // of their own, exported: the child's environment has them, the shell
    // forgets them when the command is over. A read-only VAR is the error a
    // script ends on (dash).
    std::optional<std::vector<std::string>> redirect_words = expand_redirects_or_report(command.redirects);
    if (!redirect_words) return 1;
    TemporaryAssignments temporary(vars_, expander_, command, true);
    // `PATH=dir cmd` looks cmd up in the new PATH (dash and bash agree).
    std::optional<std::string> prefix_path;
    for (const ast::Assignment& a : command.assignments)
        if (a.name == "PATH") prefix_path = *vars_.get("PATH");
    std::optional<std::string> path = find_program(argv[0], prefix_path ? &*prefix_path : nullptr);
    if (!path) {
        // Not found: the redirections still happen (files get created), as in
        // dash and bash, then 127.
        if (options_.xtrace) trace_command(argv, command);
        // The message goes through the command's own redirections
        // (`nosuch 2>/dev/null` is silent), so it is written inside the scope.
        RedirectScope scope(true);
        if (!redirect_or_report(scope, command.redirects, *redirect_words)) return 1;
        report(argv[0] + ": command not found" + bash_habit_suffix_for_command(argv[0]), vars_.current_line());
        return 127;
    }
    auto run_in_child = [&]() -> int {
        if (options_.xtrace) trace_command(argv, command);
        RedirectScope scope(false);
        scope.apply(command.redirects, *redirect_words, options_);
        exec_external(*path, argv);
    };
    LaunchContext context;
    context.kind = CommandKind::External;
    context.has_redirects = !command.redirects.empty();
    context.job_control = job_control_;
    context.in_child_tail = in_child_tail;
    context.method = options_.spawn;
    sigset_t to_default;
    sys::SpawnSetup setup;
    context.spawn_sets_signals = spawn_signals(to_default, setup);
    // The redirections are expanded and looked at only when they are what
    // stands between this command and a spawn.
    if (context.has_redirects && decide_launch(context).launch == Launch::Spawn)
        spawn_redirects(command.redirects, &*redirect_words, context, setup);
    Launch launch = decide(context, argv[0]).launch;
    if (launch == Launch::ExecInPlace) {
        try {
            run_in_child();
        } catch (const ShellError& e) {
            if (!e.reported()) report(e.what(), e.span().line);
            exit_child(e.status());
        }
    }
    if (launch == Launch::Spawn) {
        job_spawn_setup(setup, 0, true);
        if (std::optional<int> status = spawn_external(*path, argv, &command, to_default, setup)) return *status;
    }
    Job& job = jobs_.create(words_text(argv), false);
    fork_child(job, true, run_in_child);
    return wait_for_job(job);
}

void Executor::spawn_redirects(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>* words,
                               LaunchContext& context, sys::SpawnSetup& setup) {
    RedirectsFit fit = redirects_fit(redirects, options_.noclobber);
    std::vector<std::string> expanded;
    if (fit.fit && !words) {
        // A pipeline stage: an error is left to the forked child to report.
        try {
            expanded = expand_redirect_words(redirects, expander_);
            words = &expanded;
        } catch (const ShellError&) {
            fit = {false, LaunchReason::WordDidNotExpand};
        }
    }
    if (fit.fit) fit = spawn_actions(redirects, *words, setup.actions);
    context.redirects_fit = fit.fit;
    context.redirects_misfit = fit.why;
}

bool Executor::spawn_signals(sigset_t& to_default, sys::SpawnSetup& setup, bool detached) {
    if (options_.spawn == SpawnMethod::PosixSpawn) {
        setup.call = sys::SpawnMethod::PosixSpawn;
        return signals::spawn_defaults(traps_, &to_default, detached, nullptr, &setup.signals_told);
    }
    setup.call = sys::SpawnMethod::Vfork;
    return signals::spawn_defaults(traps_, &to_default, detached, &setup.to_ignore, &setup.signals_told);
}

void Executor::job_spawn_setup(sys::SpawnSetup& setup, pid_t group, bool foreground) {
    if (!job_control_) return;
    // The child joins (or leads) the job's group before execve, and a
    // foreground job takes the terminal first thing, before any of its
    // program can read it: as become_child does after a fork.
    setup.group = group;
    if (foreground && terminal_fd_ >= 0)
        setup.actions.insert(setup.actions.begin(),
                             sys::SpawnAction{sys::SpawnAction::Kind::TakeTerminal, terminal_fd_, -1, {}, 0});
}

namespace {
// The message and status for a command execve refused.
int exec_failure(const std::string& name, const std::string& path, int error, int line) {
    if (error == ENOEXEC) {
        // Only a binary file gets here: see run_as_script.
        report(name + ": cannot execute binary file", line);
        return 126;
    }
    struct stat st {};
    if (error == EACCES && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) error = EISDIR;
    report(name + ": " + sys::error_text(error), line);
    return error == ENOENT ? 127 : 126;
}

// A file without #! that the kernel cannot run (ENOEXEC): POSIX says the
// shell runs it as a script. We start a fresh forksh on it, unless its first
// line has a NUL byte (file_looks_binary): a program for another machine
// or a data file, refused with status 126 as bash and dash do.
std::vector<std::string> as_script(const std::string& path, const std::vector<std::string>& argv) {
    std::vector<std::string> args{"forksh", path};
    args.insert(args.end(), argv.begin() + 1, argv.end());
    return args;
}
}  // namespace

void Executor::exec_external(const std::string& path, std::vector<std::string>& argv) {
    // Caught signals at the default, ignored ones ignored (signals.hpp), and
    // an empty mask: dispositions of ignored signals and the mask survive execve.
    signals::prepare_exec(traps_);
    sys::execve(path, argv, vars_.environment());
    int error = errno;
    if (error == ENOEXEC && !file_looks_binary(path)) {
        sys::execve("/proc/self/exe", as_script(path, argv), vars_.environment());
        error = errno;
    }
    ::_exit(exec_failure(argv[0], path, error, vars_.current_line()));
}

std::optional<int> Executor::spawn_external(const std::string& path, std::vector<std::string>& argv,
                                            const ast::SimpleCommand* command, const sigset_t& to_default,
                                            const sys::SpawnSetup& setup) {
    // Spawned instead of fork + execve, so the shell's memory is not
    // copied (not even its page tables) for a child that throws it away at
    // once. decide() (shell/os/launch.cpp) says when: only when all
    // there is to do in the child between its birth and exec is a list of
    // system calls (`setup`: opens, dup2s, closes, its group). `to_default`
    // holds the signals the program must get at their default (signals.hpp).
    Job& job = jobs_.create(words_text(argv), false);
    Spawned spawned;
    try {
        spawned = spawn_program(job, path, argv, command, to_default, setup);
    } catch (...) {
        jobs_.remove(job);  // no child was made for it
        throw;
    }
    if (spawned.outcome == Spawned::Outcome::Started) return wait_for_job(job);
    jobs_.remove(job);
    if (spawned.outcome == Spawned::Outcome::StepFailed) return std::nullopt;
    return exec_failure(argv[0], path, spawned.error, vars_.current_line());
}

Executor::Spawned Executor::spawn_program(Job& job, const std::string& path, std::vector<std::string>& argv,
                                          const ast::SimpleCommand* command, const sigset_t& to_default,
                                          const sys::SpawnSetup& setup) {
    int error;
    pid_t pid = 0;
    {
        // VAR=value cmd: the assignment reaches only this command's environment.
        // (`command NAME`: run_simple already did both, for the builtin.)
        static const ast::SimpleCommand none;
        TemporaryAssignments temporary(vars_, expander_, command ? *command : none, command != nullptr);
        if (options_.xtrace && command) trace_command(argv, *command);
        signals::Block block;  // SIGCHLD waits until the pid is recorded
        error = sys::spawn(pid, path, argv, vars_.environment(), to_default, setup);
        if (error == ENOEXEC && !file_looks_binary(path))
            error = sys::spawn(pid, "/proc/self/exe", as_script(path, argv), vars_.environment(), to_default, setup);
        if (error == 0) {
            jobs_.add_process(job, pid, job.text);
            trace::name_program(pid, argv[0]);
            if (setup.group >= 0 && job.pgid == 0) job.pgid = pid;
        }
    }
    if (error == 0) return {Spawned::Outcome::Started, pid, 0};
    // No child at all (clone failed): not the program's failure but the
    // shell's, the same as a failed fork.
    if (pid <= 0 && (error == EAGAIN || error == ENOMEM)) fork_failed(error);
    if (setup.actions.empty()) return {Spawned::Outcome::ExecFailed, 0, error};
    // The spawned child says only that a step failed, not which one: an open, a
    // dup2 or the execve. A forked child does every step again and reports
    // the one that fails exactly as before (`forksh: line 1: in.txt: No such
    // file or directory`). The steps before it ran twice; each is an open
    // or a dup2 that leaves the same files behind the second time.
    trace::line("spawn", "falling back to fork: the spawn of {} failed ({}), so a forked child does each step "
                "again to say which one failed", path, sys::error_text(error));
    return {Spawned::Outcome::StepFailed, 0, error};
}

namespace {
bool assignments_pure(const ast::SimpleCommand& command) {
    for (const ast::Assignment& a : command.assignments)
        if (!word_is_pure(a.value) || a.name == "PATH" || a.array || a.subscript || a.append) return false;
    return true;
}
bool words_pure(const ast::SimpleCommand& command) {
    for (const ast::Word& w : command.words)
        if (!word_is_pure(w)) return false;
    return assignments_pure(command);
}
}  // namespace

pid_t Executor::spawn_stage(const ast::SimpleCommand& command, Job& job, const StageIo& io) {
    // The facts that need no expansion first: most commands that must fork
    // are known before a word is expanded.
    LaunchContext context;
    context.pipeline_stage = true;
    context.method = options_.spawn;
    context.job_control = job_control_;
    context.background_without_job_control = io.detached;
    context.has_redirects = !command.redirects.empty();
    if (command.words.empty()) return -1;  // assignments or redirections only: shell code
    // A command word as written that names a builtin or a function: shell
    // code, for a forked child (and nothing expanded for nothing).
    const ast::Word& first = command.words.front();
    if (first.parts.size() == 1 && std::holds_alternative<ast::Literal>(first.parts[0].node) &&
        (builtins::find(first.text) || functions_.find(first.text)))
        return -1;
    context.words_pure = words_pure(command);
    sigset_t to_default;
    sys::SpawnSetup setup;
    if (context.words_pure && options_.spawn != SpawnMethod::Fork)
        context.spawn_sets_signals = spawn_signals(to_default, setup, io.detached);
    // A forked stage, decided before a word is expanded: most are known now.
    if (decide_launch(context).launch != Launch::Spawn) {
        decide(context, first.text);
        return -1;
    }
    // A forked stage would expand its words itself; these have no side
    // effects, so the shell may expand them instead, and an error (set -u)
    // is left to the forked child to report.
    std::vector<std::string> argv;
    try {
        vars_.set_current_line(io.line);
        argv = expander_.expand_fields(command.words);
    } catch (const ShellError&) {
        return -1;
    }
    if (argv.empty() || builtins::find(argv[0]) || functions_.find(argv[0])) return -1;
    std::optional<std::string> path = find_program(argv[0]);
    if (!path) return -1;  // the forked child says "command not found"

    using Kind = sys::SpawnAction::Kind;
    if (io.in >= 0) setup.actions.push_back({Kind::Dup2, 0, io.in, {}, 0});
    if (io.out >= 0) setup.actions.push_back({Kind::Dup2, 1, io.out, {}, 0});
    if (io.detached && io.in < 0) setup.actions.push_back({Kind::Open, 0, -1, "/dev/null", O_RDONLY, true});
    if (context.has_redirects) spawn_redirects(command.redirects, nullptr, context, setup);
    if (decide(context, argv[0]).launch != Launch::Spawn) return -1;
    job_spawn_setup(setup, job.pgid, io.foreground);
    try {
        Spawned spawned = spawn_program(job, *path, argv, &command, to_default, setup);
        // A failed exec or step: the forked child does it again and says why.
        return spawned.outcome == Spawned::Outcome::Started ? spawned.pid : -1;
    } catch (const ShellError&) {
        return -1;  // a read-only VAR in VAR=value: the forked child reports it
    }
}

std::optional<std::string> Executor::find_program(const std::string& name, const std::string* search_path) {
    // Another path than $PATH is searched without the hash table, which
    // remembers what $PATH gave.
    if (search_path) return PathCache::search(name, *search_path);
    path_cache_.sync(vars_.path_generation());
    return path_cache_.find(name, path_or_default(vars_.get("PATH")));
}

int Executor::exec_replace(const std::vector<std::string>& argv_in) {
    std::vector<std::string> argv = argv_in;
    std::optional<std::string> path = find_program(argv[0]);
    if (!path) {
        report("exec: " + argv[0] + ": not found", vars_.current_line());
        // exec is a special builtin: its failure ends a non-interactive shell.
        if (!options_.interactive && !running_via_command()) throw ExitRequest{127};
        return 127;
    }
    if (options_.interactive || running_via_command()) {
        // An interactive shell must survive a failed exec (POSIX 2.8.1), but
        // exec_external has already reset the signals when execve fails: so
        // the usual failures are found first, with stat(2) and access(2).
        struct stat st {};
        int error = 0;
        if (::stat(path->c_str(), &st) != 0) error = errno;
        else if (S_ISDIR(st.st_mode)) error = EISDIR;
        else if (::access(path->c_str(), X_OK) != 0) error = errno;
        if (error != 0) return exec_failure("exec: " + argv[0], *path, error, vars_.current_line());
    }
    // The shell's program is replaced: no EXIT trap runs (as in bash and dash).
    exec_external(*path, argv);
}

int Executor::run_skipping_functions(const std::vector<std::string>& argv, bool use_standard_path) {
    if (const builtins::Builtin* builtin = builtins::find(argv[0])) {
        // POSIX: `command` takes away a special builtin's power to end the
        // shell on error (`command shift 5` just fails).
        ++via_command_;
        struct Leave {
            int& depth;
            ~Leave() { --depth; }
        } leave{via_command_};
        return builtin->fn(facade_, builtins::Args(argv));
    }
    const std::string standard = use_standard_path ? standard_path() : std::string();
    std::optional<std::string> path = find_program(argv[0], use_standard_path ? &standard : nullptr);
    if (!path) {
        report(argv[0] + ": command not found" + bash_habit_suffix_for_command(argv[0]), vars_.current_line());
        return 127;
    }
    std::vector<std::string> args = argv;
    // The same decision as for any external command; the redirections of
    // `command` were done by the shell already (it is a builtin), and are
    // undone after it.
    LaunchContext context;
    context.kind = CommandKind::External;
    context.job_control = job_control_;
    context.method = options_.spawn;
    sigset_t to_default;
    sys::SpawnSetup setup;
    context.spawn_sets_signals = spawn_signals(to_default, setup);
    if (decide(context, argv[0]).launch == Launch::Spawn) {
        job_spawn_setup(setup, 0, true);
        if (std::optional<int> status = spawn_external(*path, args, nullptr, to_default, setup)) return *status;
    }
    Job& job = jobs_.create(words_text(argv), false);
    fork_child(job, true, [&]() -> int { exec_external(*path, args); });
    return wait_for_job(job);
}

}  // namespace forksh
