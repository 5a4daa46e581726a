// explain: tell, in order and in plain words, what the shell does to run a
// command line, without running it: its tokens and tree (from the parser),
// then the system calls of a dry run (the real executor, in a throwaway copy
// of the shell that runs no program, writes no file and sends no signal:
// shell/sys/dry_run.hpp), as the trace shows them. The words are the teach
// layer's (shell/teach/explain.hpp); this is only the command.
// System calls: those of the dry run (fork of the copy, pipes, waitpid).
#include <unistd.h>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/teach/explain.hpp"

namespace forksh::builtins {

const std::string_view explain_help =
    "Show what the shell would do to run a command line, without running it.\n"
    "  explain 'COMMAND-LINE'      e.g. explain 'ls -l | wc -l > out.txt &'\n"
    "Prints the tokens, a compact parse tree and the expansions the words would\n"
    "go through; then the steps: the shell's own executor runs the line in a\n"
    "throwaway copy of the shell (a dry run) where no program runs (each is\n"
    "taken to exit 0 and print nothing), no file is written (/dev/null is\n"
    "opened instead), no signal is sent and the terminal is left alone, and\n"
    "explain prints that run's trace: each fork or vfork, its process group,\n"
    "each pipe, open and dup2, each execve, each waitpid, with a sentence for\n"
    "each new kind of step. Because the executor itself ran, `forksh --trace`\n"
    "shows the same steps for the real run (only a program's real exit status\n"
    "can change what comes after it). The line \"in all: ...\" counts them;\n"
    "then come $? and what the builtins printed. A dry run stops after 10,000\n"
    "commands or 10 seconds.\n"
    "Quote the line, or the shell runs its | and > before explain sees them.\n"
    "Exit status 0; 2 for a syntax error in COMMAND-LINE.\n"
    "System calls: fork (the copy), pipe2, poll, read, waitpid.\n";

int explain(Shell& sh, const Args& args) {
    if (args.count() < 2) return sh.usage_error(args, "a command line to explain is needed");
    std::string text;
    for (const std::string& a : args.rest()) text += (text.empty() ? "" : " ") + a;

    ast::List program;
    std::vector<LexedToken> tokens;
    try {
        tokenize(text, tokens, sh.parser_options());
        program = parse_program(text, sh.parser_options());
    } catch (const ParseError& e) {
        std::string what = e.kind() == ParseError::Kind::Incomplete ? "incomplete command line" : "syntax error";
        return sh.fail(args, fmt::format("{} (line {}, column {})", std::string_view(e.what()).starts_with("syntax error") ? std::string(e.what()) : what + ": " + e.what(), e.span().line, e.span().column), 2);
    }

    sys::dry_run::Result run = sh.dry_run(text);
    Output& out = sh.out();
    out.print("command line: {}\n", text);
    teach::print_syntax(out, tokens, program, sh.vars(), sh.options().noglob);
    teach::print_dry_run(out, run, ::getpid(), ::getpgrp());
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
