#!/usr/bin/env forksh
# Course: Process states | a sleeping, a stopped and a zombie process, made on purpose and shown with `ptree`.
# Lesson 4: process states: R running, S sleeping, T stopped, Z zombie.
#     forksh --trace scripts/lessons/04-process-states.sh
#     (its picture: forksh --trace=lesson04.html scripts/lessons/04-process-states.sh, then open lesson04.html)
# We make one process of each kind on purpose and look at them with ptree.

# wait_until_running PID FILE, wait_until_state PID STATE: wait for the
# event, never the clock (lib/wait.sh, beside this lesson).
case $0 in */*) lessons=${0%/*} ;; *) lessons=. ;; esac
. "$lessons/lib/wait.sh"

echo "== 1. Sleeping (S): waiting for something; here, for time to pass =="
/bin/sleep 3 &
sleeper=$!

echo "== 2. Stopped (T): SIGSTOP freezes it until SIGCONT =="
/bin/sleep 3 &
stopped=$!
wait_until_running $sleeper /bin/sleep
wait_until_running $stopped /bin/sleep
kill -STOP $stopped
wait_until_state $stopped T

echo "== 3. Zombie (Z): it has exited, but its parent never called waitpid =="
# The subshell starts a small sh, then execs a long sleep in its own place.
# The sh waits until its parent has become /bin/sleep (the shell would reap
# it, were it to exit sooner), then exits. Its parent is now /bin/sleep 3,
# which never waits for children, so it stays a zombie: dead, but still in
# the table.
(/bin/sh -c 'until [ /proc/$PPID/exe -ef /bin/sleep ]; do :; done' & exec /bin/sleep 3) &
parent=$!
wait_until_running $parent /bin/sleep
# The kernel lists a process's children in /proc/PID/task/PID/children.
read -r zombie rest < /proc/$parent/task/$parent/children
wait_until_state $zombie Z
echo
ptree
echo
echo "The shell itself shows R (running): it is the one reading /proc right now."
echo

echo "== 4. Everything cleaned up =="
kill -CONT $stopped
kill $sleeper $stopped %3
wait
echo "When the zombie's parent died, the zombie was re-parented to PID 1 (or a"
echo "subreaper), whose duty is to reap it. Nothing is left below this shell:"
ptree
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- S sleeping: blocked in the kernel (sleep, read, wait); most processes, most of the time." \
  "- T stopped: kill -STOP (or Ctrl-Z) froze it; kill -CONT lets it go on." \
  "- Z zombie: exited, its memory and files already freed, but its pid and" \
  "  exit status kept until the parent reaps it with waitpid." \
  "- The trace's 'waitpid -> N ...' and 'reaped N' lines are this shell" \
  "  reaping its own children, so it never leaves zombies behind."
