#!/usr/bin/env forksh
# Course: The whole tree | `follow`: every descendant, who adopts an orphan, who reaps it.
# Lesson 11: the whole tree. The shell sees only the children it starts;
# `sh -c '...'` then starts its own, which the shell never sees. `follow`
# watches them all with ptrace (as strace -f does) and prints the tree that
# lived: each process, its programs, its lifetime, how it ended, who reaped it.
#     forksh --trace scripts/lessons/11-the-whole-tree.sh
#     (each `follow` below also draws its picture: lesson11-*.html)

# The script we follow: a pipeline, a background job it waits for, and an
# orphan: the subshell ( ... & ) starts a sleep and exits at once, so the
# sleep loses its parent while it still runs.
script='/bin/echo piped | /bin/cat; /bin/sleep 0.05 & wait; (/bin/sleep 0.2 &); /bin/true'

echo "== 1. Without a subreaper: PID 1 adopts the orphan =="
# sh's children (echo, cat, the sleeps, the subshell) are not the shell's:
# only follow shows them. The orphan's line says who adopted and reaped it.
follow -o lesson11-pid1.html "sh -c '$script'"
echo

echo "== 2. With a subreaper: this shell ($$) adopts the orphan =="
# set -o subreaper (prctl(PR_SET_CHILD_SUBREAPER)): an orphan anywhere below
# this shell now comes to it instead of to PID 1, and its SIGCHLD handler
# reaps it like any child (the trace says "reaped orphan").
set -o subreaper
follow -o lesson11-subreaper.html "sh -c '$script'"
set +o subreaper
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- The shell forked one child (sh); every other process was sh's, or its" \
  "  children's: a tree the shell never sees, which ptrace lets a tracer follow." \
  "- Each process ran a program (execve), ended with a status, and stayed a" \
  "  zombie until its parent reaped it with waitpid." \
  "- The sleep's parent (the subshell) died first: the kernel gave it to PID 1," \
  "  or, with a subreaper above it, to that subreaper, which then reaped it." \
  "- follow changes nothing the programs do; ptrace only makes each fork and" \
  "  exec slower (the README measures how much)."
