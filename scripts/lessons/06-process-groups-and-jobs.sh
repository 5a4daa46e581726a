#!/usr/bin/env forksh
# Course: Process groups and jobs | `set -m`, one group per job, setpgid in parent and child, `kill %1`.
# Lesson 6: process groups, the terminal, and job control.
#     forksh --trace scripts/lessons/06-process-groups-and-jobs.sh
#     (its picture: forksh --trace=lesson06.html scripts/lessons/06-process-groups-and-jobs.sh, then open lesson06.html)
# A job is a process group: all processes of one pipeline, so that one
# signal (Ctrl-C, Ctrl-Z, kill %1) reaches all of them at once.

# wait_until_running PID FILE, wait_until_state PID STATE: wait for the
# event, never the clock (lib/wait.sh, beside this lesson).
case $0 in */*) lessons=${0%/*} ;; *) lessons=. ;; esac
. "$lessons/lib/wait.sh"

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
