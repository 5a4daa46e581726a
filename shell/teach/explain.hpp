// explain.hpp: the words of `explain` (builtins/teach/explain.cpp), in two
// parts:
//  - what the command line is, from the parser alone: its tokens, its tree,
//    the expansions its words go through;
//  - what running it did: the trace records of its dry run (the real
//    executor, in a throwaway copy of the shell that runs no program and
//    writes no file: shell/sys/dry_run.hpp), printed as the trace prints
//    them, with a sentence for each new kind of event, the decisions the
//    executor recorded, and the counts.
// Nothing here decides how a command runs: it only words what the executor
// decided and did, so explain cannot disagree with the trace.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "shell/base/output.hpp"
#include "shell/state/variables.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/trace_record.hpp"

namespace forksh::teach {

// "tokens: ...", "parsed as:" and "expansions ...": the line as the parser
// read it. `vars` gives the values shown for $name; `noglob`: set -f.
void print_syntax(Output& out, const std::vector<LexedToken>& tokens, const ast::List& program,
                  const Variables& vars, bool noglob);

// "steps ...", "in all: ...", "$? would be ...", "output ...": the dry run.
// `shell_pid` and `shell_group`: the real shell's, to which the copy's
// records are renumbered (the shell is 100, its children 101, 102, ...).
void print_dry_run(Output& out, const sys::dry_run::Result& run, pid_t shell_pid, pid_t shell_group);

// "fork N, spawn N, execve N, pipe2 N, open [FILES]": the events that make
// processes and open files, counted from records as the corpus test counts
// them in a text trace (tests/teaching/launch_corpus.py).
std::string count_line(const std::vector<trace::Record>& records);

}  // namespace forksh::teach
