#!/usr/bin/env forksh
# Lesson 6: process groups, the terminal, and job control.
#     forksh --trace scripts/lessons/06-process-groups-and-jobs.sh
# A job is a process group: all processes of one pipeline, so that one
# signal (Ctrl-C, Ctrl-Z, kill %1) reaches all of them at once.

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

# Wait until process $1 is in state $2 (R, S, T, Z... the third field of
# /proc/PID/stat): a signal is delivered asynchronously, so we look for its
# effect instead of sleeping and hoping. Each look is one `read <`
# redirection (the open/dup2/close lines in the trace), with a short sleep
# between looks so that the trace does not fill up with them.
wait_until_state() {
    tries=0
    while [ $tries -lt 500 ]; do
        read -r pid comm state rest < /proc/$1/stat || return 1
        [ "$state" = "$2" ] && return 0
        /bin/sleep 0.01
        tries=$((tries + 1))
    done
    return 1
}

echo "== 1. Without job control, every child stays in the shell's group =="
/bin/sleep 2 | /bin/sleep 2 &
wait_until_running $! /bin/sleep
ptree
kill %1
wait
echo "(PGID of the children = the shell's PGID)"
echo

echo "== 2. set -m turns job control on: each job gets its own group =="
set -m
/bin/sleep 2 | /bin/sleep 2 &
echo "The trace shows setpgid twice per child: the shell calls it and the child"
echo "calls it too, because either may run first."
last=$!
wait_until_running $last /bin/sleep
ptree
echo

echo "== 3. One signal to the group stops or ends the whole job =="
kill -STOP %1
wait_until_state $last T
echo "after kill -STOP %1 (sent to the group, pid negative in the trace):"
ptree
kill -CONT %1
kill %1
wait
set +m
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- A process group collects the processes of one job; its id (PGID) is the" \
  "  pid of its first process, the group leader." \
  "- setpgid is called by both the shell and the child, against the race." \
  "- kill %1 sends to -PGID: every process of the group at once." \
  "- At a terminal, the shell also gives the foreground group the terminal" \
  "  (tcsetpgrp): Ctrl-C and Ctrl-Z then reach that group, not the shell." \
  "  The jobs above ran in the background, so none of them got the terminal;" \
  "  any tcsetpgrp line above is the shell's own (set -m at a terminal)." \
  "  To see a job get the terminal, try 'forksh --trace' at a prompt and" \
  "  run 'sleep 5', then Ctrl-Z."
