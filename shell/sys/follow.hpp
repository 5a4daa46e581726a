// follow.hpp: `--follow` (`set -o follow`): the trace reaches every
// descendant and thread of the commands the shell starts, down the whole
// tree, seen through ptrace(2) as strace -f sees it. The one file pair that
// calls ptrace.
//
// Who does what:
//  - the follower is a process of its own, forked by the shell when
//    following starts. It is the tracer: it seizes each child the shell makes
//    (PTRACE_SEIZE with TRACEFORK | TRACEVFORK | TRACECLONE | TRACEEXEC |
//    TRACEEXIT, so every later fork, vfork, clone and thread is followed from
//    its first instruction) and writes a record for each birth, execve, exit,
//    adoption and reaping it sees, into the trace the shell writes to.
//    Because the tracer is not the shell, the shell's own SIGCHLD reaper and
//    waitpid calls are untouched: the kernel tells the real parent (the
//    shell, or sh below it) about a traced child's stop and exit exactly as
//    it does for strace -p, once the tracer has seen it.
//  - every child the shell makes, first thing (sys::fork's child, the vfork
//    child's first step), asks the follower to seize it and waits until it
//    has: a child is followed before it runs its program, and the child does
//    the asking because a vfork child's parent sleeps until its execve.
//    With --follow the shell starts programs with its own vfork child,
//    never posix_spawn (glibc's child cannot be asked to wait): the trace's
//    spawn lines say "vfork".
//  - a follower that may not trace (ptrace_scope, a child traced already)
//    says so in one line, and every command runs unfollowed.
//
// Passing things on exactly: a signal that stops the tracee to be delivered
// is injected with PTRACE_CONT; a group-stop (SIGSTOP, SIGTSTP, ...) is
// left in place with PTRACE_LISTEN, so the real parent sees the stop and a
// SIGCONT ends it; nothing else stops a tracee.
#pragma once

#include <sys/types.h>

#include <string>

namespace forksh::follow {

// Start following (the follower process), once; true if it runs. False
// with `error` set (one line for the student) when it cannot.
bool start(std::string& error);
// Stop following (only the shell that started it): no child asks any more;
// the follower follows the tasks still alive for up to two seconds (an
// orphan ending), lets the rest go (each one is detached, never left
// stopped) and exits; returns when it has.
void stop();
// Following now (in the shell and in every child it made).
bool on();

// In each new child of the shell, before anything else: ask to be seized
// and wait until the follower has (at most two seconds). Only system calls:
// the vfork child borrows the shell's memory and may not allocate.
// `spawned`: a vfork child, whose steps the shell writes after its execve;
// the follower keeps it at its execve until spawn_written().
void ask_to_be_seized(bool spawned);
// The shell has written the lines of spawned child `pid` (spawn.cpp): the
// follower may let it run its program, whose own lines then come after.
void spawn_written(pid_t pid);

// The follower's pid (0 when not following): the shell's reaper knows it
// is no command's child.
pid_t follower_pid();

}  // namespace forksh::follow
