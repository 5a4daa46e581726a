#!/usr/bin/env forksh
# Course: fork and exec | builtins without a process, fork then execve for a program (and vfork's child, whose execve the shell writes), subshells, `exec`.
# Lesson 2: fork makes a copy of a process; execve replaces its program.
#     forksh --trace scripts/lessons/02-fork-and-exec.sh
#     (its picture: forksh --trace=lesson02.html scripts/lessons/02-fork-and-exec.sh, then open lesson02.html)
# Watch the trace: which lines come from the shell, which from the child?

echo "== 1. A builtin runs inside the shell: no fork, no execve =="
echo "hello from the builtin echo"
echo "(the trace shows nothing for that line)"
echo

echo "== 2. An external program: fork, then execve in the child =="
file=${TMPDIR:-/tmp}/forksh-lesson2.$$
set -o spawn=fork    # the classic way, so that each step shows in the trace
/bin/echo "hello from /bin/echo, into a file" > "$file"
set -o spawn=vfork   # back to the default
/bin/cat "$file"
/bin/rm "$file"
echo "For /bin/echo the shell forked (fork -> child N, as set -o spawn=fork asks);"
echo "the child opened the file, moved it onto 1 (dup2), then replaced itself with"
echo "/bin/echo (execve, written by the child: [trace N echo]); the shell waited."
echo "/bin/cat and /bin/rm started the default way, vfork: a child that borrows"
echo "the shell's memory instead of copying it (no page tables copied), while the"
echo "shell sleeps until the child's execve. That child cannot write the trace, so"
echo "the shell writes its lines for it once it wakes: [trace N cat] execve ...,"
echo "the same line a forked child writes. Had they had redirections, that child"
echo "would have made the same open and dup2 calls first, each shown as its line."
echo

echo "== 3. execve keeps the pid: only the program changes =="
/bin/sh -c 'echo "sh runs as pid $$"; exec /bin/sh -c "echo \"after exec, still pid \$\$\""'
echo

echo "== 4. A subshell ( ) is a fork of the shell with no execve =="
( read -r mypid rest < /proc/self/stat; echo "in the subshell: my real pid is $mypid, while \$\$ still says $$" )
echo

echo "== 5. exec in a subshell: the forked copy becomes the program =="
( exec /bin/echo "the subshell became /bin/echo: one fork, one execve" )
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- fork() copies the shell; the copy (the child) gets a new pid." \
  "- execve() loads a new program into the child; its pid stays the same." \
  "- vfork (or posix_spawn) makes the child without copying the shell's memory," \
  "  when only system calls must happen before its execve; it still execs." \
  "- Builtins like echo run in the shell itself, with no process at all." \
  "- ( ) forks a copy of the shell; \$\$ keeps naming the original shell." \
  "- The parent learns how the child ended with waitpid, then it is reaped."
