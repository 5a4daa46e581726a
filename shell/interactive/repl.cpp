// repl.cpp: the interactive loop: start-up files, prompt, read a command
// (several lines if it is not finished: PS2), add it to the history, run it,
// report what happened to background jobs, repeat.
//
// Abandoning: Ctrl-C at a prompt (LineEditor::Interrupted), a history
// expansion that fails, and Ctrl-C killing the foreground job
// (CommandInterrupted) all drop what was being read or run; a fresh Parser
// then starts at PS1, so nothing half-read is left behind.
//
// System calls: kill (sys::) to send SIGHUP and SIGCONT to the jobs when the
// shell ends; the rest is in line_editor, history, and the executor.
#include "shell/interactive/repl.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <new>
#include <optional>
#include <string>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/state/history.hpp"
#include "shell/os/jobs.hpp"
#include "shell/interactive/line_editor.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/interactive/prompt.hpp"
#include "shell/interactive/startup.hpp"
#include "shell/shell.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

namespace {

// Thrown by the input source to drop the line being read (a failed history
// expansion); `status` becomes $?.
struct AbandonLine {
    int status;
};

class Repl {
  public:
    Repl(Shell& sh, const ReplSettings& settings) : sh_(sh), settings_(settings), editor_(sh) {}
    int run();

  private:
    bool read_line(std::string& line, bool continuation);
    void before_prompt();
    void report_job_changes(bool above_line);
    void add_history();
    bool may_exit();
    int leave(int status, bool say_exit);
    int hang_up();
    void signal_jobs(bool every_job);
    void save_history();
    long number_variable(std::string_view name, long fallback);
    void run_command(const ast::List& list);

    Shell& sh_;
    ReplSettings settings_;
    LineEditor editor_;
    std::string command_text_;  // the lines of the command being read, for history
    long commands_run_ = 0;
    long warned_at_ = -2;  // commands_run_ when "There are stopped jobs." was shown
};

long Repl::number_variable(std::string_view name, long fallback) {
    const std::string* value = sh_.vars().get(name);
    if (!value || value->empty()) return fallback;
    char* end = nullptr;
    long n = std::strtol(value->c_str(), &end, 10);
    if (*end != '\0') return fallback;
    return n < 0 ? -1 : n;
}

void Repl::report_job_changes(bool above_line) {
    std::string text;
    {
        signals::Block block;
        JobTable& jobs = sh_.jobs();
        jobs.collect_now();
        for (auto it = jobs.all().begin(); it != jobs.all().end();) {
            Job& job = *it++;
            if (job.id == 0 || job.notified) continue;
            switch (job.state()) {
                case JobState::Done:
                    text += jobs.describe(job) + "\n";
                    // `wait $!` still gives the status after the notice.
                    for (const Process& p : job.procs) jobs.remember(p.pid, shell_status(p.wait_status));
                    jobs.remove(job);
                    break;
                case JobState::Stopped:
                    text += jobs.describe(job) + "\n";
                    job.notified = true;
                    break;
                case JobState::Running:
                    job.notified = true;  // continued: bash says nothing either
                    break;
            }
        }
    }
    if (text.empty()) return;
    if (above_line)
        editor_.print_above(text);
    else
        report_raw(text);
}

void Repl::before_prompt() {
    if (LineEditor::hangup_pending()) throw LineEditor::HungUp{};
    if (signals::any_pending_trap()) sh_.executor().run_pending_traps();
    report_job_changes(false);
    history::set_max_entries(number_variable("HISTSIZE", -1));
}

bool Repl::read_line(std::string& line, bool continuation) {
    for (;;) {
        if (!continuation) before_prompt();
        std::optional<std::string> text = editor_.read_line(make_prompt(sh_, continuation, commands_run_ + 1));
        if (!text) {
            if (continuation) return false;
            if (sh_.options().ignoreeof) {
                report_raw("\nUse \"exit\" to leave the shell.\n");
                continue;
            }
            if (!may_exit()) continue;
            report_raw("exit\n");
            return false;
        }
        std::string error;
        switch (history::expand(*text, error)) {
            case history::Expansion::None: break;
            case history::Expansion::Expanded:
                // As bash: show what will run.
                report_raw(*text + "\n");
                break;
            case history::Expansion::PrintOnly:
                report_raw(*text + "\n");
                history::add(*text, sh_.vars().get("HISTCONTROL"));
                text->clear();
                break;
            case history::Expansion::Error:
                report(error);
                throw AbandonLine{1};
        }
        command_text_ += *text + "\n";
        line += *text;
        line += '\n';
        return true;
    }
}

void Repl::add_history() {
    history::add(command_text_, sh_.vars().get("HISTCONTROL"));
    command_text_.clear();
}

bool Repl::may_exit() {
    {
        signals::Block block;
        sh_.jobs().collect_now();
    }
    if (!sh_.jobs().any_stopped()) return true;
    // A second try right after the warning (no other command between) exits.
    if (warned_at_ >= commands_run_ - 1) return true;
    report_raw("There are stopped jobs.\n");
    warned_at_ = commands_run_;
    return false;
}

void Repl::signal_jobs(bool every_job) {
    signals::Block block;
    sh_.jobs().collect();
    for (Job& job : sh_.jobs().all()) {
        if (job.id == 0 || job.disowned || job.state() == JobState::Done) continue;
        bool stopped = job.state() == JobState::Stopped;
        if (!every_job && !stopped) continue;
        // A stopped job cannot act on SIGHUP until it runs again: SIGCONT too.
        for (int sig : {SIGHUP, SIGCONT}) {
            if (sig == SIGCONT && !stopped) continue;
            if (job.pgid > 0 && sh_.job_control()) {
                sys::kill(-job.pgid, sig);
            } else {
                for (const Process& p : job.procs)
                    if (p.state != ProcState::Done) sys::kill(p.pid, sig);
            }
        }
    }
}

void Repl::save_history() {
    const std::string* file = sh_.vars().get("HISTFILE");
    if (!file || file->empty()) return;
    long size = number_variable("HISTFILESIZE", number_variable("HISTSIZE", -1));
    history::append_to_file(*file, size);
}

int Repl::leave(int status, bool say_exit) {
    if (say_exit) report_raw("exit\n");
    signal_jobs(false);
    save_history();
    return status;
}

int Repl::hang_up() {
    // The terminal is gone (or someone sent SIGHUP): pass it on to every
    // job, as bash does, keep the history, and end.
    signal_jobs(true);
    save_history();
    return 128 + SIGHUP;
}

void Repl::run_command(const ast::List& list) {
    int status;
    try {
        status = sh_.executor().run_list(list);
    } catch (const ShellError& e) {
        if (!e.reported()) report(e.what());
        status = e.status();
    } catch (const CommandInterrupted& e) {
        status = e.status;
    } catch (const std::bad_alloc&) {
        report_out_of_memory();  // abandon the command, keep the session
        status = 2;
    }
    sh_.vars().special().last_status = status;
}

int Repl::run() {
    Variables& vars = sh_.vars();
    if (!vars.get("PS1")) vars.set("PS1", std::string(default_ps1));
    const std::string* home = vars.get("HOME");
    if (!vars.find("HISTFILE") && home) vars.set("HISTFILE", *home + "/.forksh_history");
    if (!vars.find("HISTSIZE")) vars.set("HISTSIZE", "500");
    history::init();
    editor_.on_child_event = [this]() {
        if (sh_.options().notify) report_job_changes(true);
    };
    try {
        read_startup_files(sh_, StartupSettings{settings_.login, true, settings_.norc, settings_.noprofile, settings_.no_env});
    } catch (const LineEditor::HungUp&) {
        return hang_up();
    }
    // The greeting comes after the start-up files, so ~/.forkshrc may set
    // FORKSH_QUIET=1; on stderr, like every other word from the shell.
    if (const std::string* quiet = vars.get("FORKSH_QUIET");
        !settings_.greeting.empty() && (!quiet || quiet->empty() || *quiet == "0"))
        report_raw(settings_.greeting + "\n");
    // The history is read after the start-up files, so they may set HISTFILE.
    history::set_max_entries(number_variable("HISTSIZE", -1));
    if (const std::string* file = vars.get("HISTFILE"); file && !file->empty()) history::load(*file);

    const ParserOptions popts = sh_.parser_options();
    for (;;) {
        Parser parser([this](std::string& line, bool continuation) { return read_line(line, continuation); },
                      popts);
        command_text_.clear();
        try {
            for (;;) {
                std::optional<ast::List> list;
                try {
                    list = parser.next_command();
                } catch (const ParseError& e) {
                    add_history();
                    Span at = e.span();
                    report_syntax_error(e.what(), at,
                                        parser.text_between(Span{at.line, 1}, Span{at.line + 1, 1}));
                    vars.special().last_status = 2;
                    if (e.kind() == ParseError::Kind::Incomplete) break;  // Ctrl-D at PS2: start afresh
                    parser.recover();
                    continue;
                }
                if (!list) return leave(sh_.last_status(), false);
                add_history();
                if (list->items.empty()) continue;
                ++commands_run_;
                // A job that ended while the shell sat at the prompt is
                // reported before the next prompt (before_prompt), as bash
                // does, not before this command: else `jobs` would print its
                // list under a notice of its own ("[3]+ Exit 3", then "[1]-",
                // "[2]+": two jobs marked +), where it should list job 3 in
                // its place, in number order.
                run_command(*list);
            }
        } catch (const LineEditor::Interrupted&) {
            vars.special().last_status = 130;
        } catch (const AbandonLine& e) {
            vars.special().last_status = e.status;
        } catch (const LineEditor::HungUp&) {
            return hang_up();
        } catch (const ExitRequest& e) {
            if (may_exit()) return leave(e.status, true);
            vars.special().last_status = 1;
        }
    }
}

}  // namespace

int run_interactive(Shell& sh, const ReplSettings& settings) {
    diag_context().show_lines = false;
    Repl repl(sh, settings);
    return repl.run();
}

}  // namespace forksh
