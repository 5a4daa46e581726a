#!/usr/bin/env forksh
# Lesson 8: /proc is the window into all of it: every process has a
# directory there, and ptree and pinfo only read it.
#     forksh --trace scripts/lessons/08-proc-window.sh

# Wait until process $1 runs the program file $2, so that what we show next
# is the state we mean to show, not a moment too early: right after `&` the
# child may still be a copy of the shell that has not exec'd yet. test -ef
# compares /proc/PID/exe (a link to the program file) with $2 by stat(2):
# only builtins, so the wait adds no process and no line to the trace.
wait_until_running() {
    tries=0
    while [ $tries -lt 1000000 ]; do
        [ /proc/$1/exe -ef "$2" ] && return 0
        [ -e /proc/$1 ] || return 1
        tries=$((tries + 1))
    done
    return 1
}

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
