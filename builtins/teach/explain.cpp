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
    "Prints the tokens, a parse tree and the expansions each word goes through,\n"
    "then each step of a dry run (below) with a sentence for each new kind,\n"
    "\"in all: ...\", $? and what the builtins printed.\n"
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
