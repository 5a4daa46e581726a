#!/usr/bin/env forksh
# Course: Program and process | a file on disk and a running copy; PIDs; `/proc/PID/stat`.
# Lesson 1: a program is a file; a process is a program running.
#
# Run it with the trace on, so you see every process being made:
#     forksh --trace scripts/lessons/01-program-and-process.sh
#     (its picture: forksh --trace=lesson01.html scripts/lessons/01-program-and-process.sh, then open lesson01.html)
# Lines starting with [trace PID] come from the process with that PID
# ([trace PID NAME] once it has become the program NAME).

# wait_until_running PID FILE, wait_until_state PID STATE: wait for the
# event, never the clock (lib/wait.sh, beside this lesson).
case $0 in */*) lessons=${0%/*} ;; *) lessons=. ;; esac
. "$lessons/lib/wait.sh"

echo "== 1. A program is just a file on disk =="
/bin/ls -lL /bin/sleep
echo "Nothing runs yet: it is bytes, like any file."
echo

echo "== 2. A process is a program being run: it gets a number, its PID =="
echo "This shell is process $$; its parent (whoever started it) is $PPID."
/bin/sleep 2 &
first=$!
/bin/sleep 2 &
second=$!
wait_until_running $first /bin/sleep
wait_until_running $second /bin/sleep
echo "One program, /bin/sleep, now runs as two processes: $first and $second."
echo

echo "== 3. The kernel keeps a record of each process, shown in /proc/PID =="
read -r pid name state parent rest < /proc/$first/stat
echo "/proc/$first/stat says: pid $pid, name $name, state $state, parent $parent"
echo "Its parent is $parent: this shell forked it."
ptree
kill $first $second
wait
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- A program (/bin/sleep) is a file; a process is one running copy of it." \
  "- Each process has a PID; the shell's own is \$\$, the last background one \$!." \
  "- 'fork -> child N' in the trace is the shell making process N; N then" \
  "  writes its own trace line, '[trace N sleep] execve /bin/sleep', as it" \
  "  becomes sleep (the shell waited for that before reading /proc)." \
  "- /proc/PID/stat holds the kernel's view: name, state, parent." \
  "- ptree draws the shell and its children from /proc."
