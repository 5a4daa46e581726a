#!/usr/bin/env forksh
# Course: /proc, the window into all of it | `pinfo`, descriptors, cmdline, exe, status.
# Lesson 8: /proc is the window into all of it: every process has a
# directory there, and ptree and pinfo only read it.
#     forksh --trace scripts/lessons/08-proc-window.sh
#     (its picture: forksh --trace=lesson08.html scripts/lessons/08-proc-window.sh, then open lesson08.html)

# wait_until_running PID FILE, wait_until_state PID STATE: wait for the
# event, never the clock (lib/wait.sh, beside this lesson).
case $0 in */*) lessons=${0%/*} ;; *) lessons=. ;; esac
. "$lessons/lib/wait.sh"

echo "== 1. The shell, described by pinfo from /proc/$$ =="
pinfo
echo

echo "== 2. Descriptors: what a child sees depends on its redirections =="
echo "/bin/ls -l /proc/self/fd with stdout into a pipe and 3 opened on /dev/null:"
/bin/ls -l /proc/self/fd 3</dev/null | /bin/sed -n 's/.* \([0-9][0-9]* -> .*\)/   \1/p'
echo "fd 3 is open on /dev/null: the child made it with open and dup2 (see the trace)."
echo "The one ls opened to read the directory is there too. Any other number was"
echo "already open when forksh started: a shell passes on what it inherited, but"
echo "its own descriptors (the script, saved copies) are close-on-exec and never leak."
echo

echo "== 3. A few files of /proc/PID =="
/bin/sleep 2 &
p=$!
wait_until_running $p /bin/sleep
echo "/proc/$p/cmdline (arguments, NUL-separated):" $(/usr/bin/tr '\0' ' ' < /proc/$p/cmdline)
echo "/proc/$p/exe -> $(/bin/readlink /proc/$p/exe)"
echo "/proc/$p/status, first lines:"
/usr/bin/head -n 4 /proc/$p/status | /bin/sed 's/^/   /'
kill $p
wait
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- /proc/PID/stat, status: state, parent, group, threads, memory, signals." \
  "- /proc/PID/fd: one symbolic link per open descriptor (file, pipe, socket...)." \
  "- /proc/PID/maps: the memory map: program, heap, stack, libraries." \
  "- /proc/PID/cmdline, exe, task/: arguments, program file, threads." \
  "- ps, top, pstree, ptree and pinfo all read these same files." \
  "See proc(5) for every file: man 5 proc."
