#!/usr/bin/env forksh
# Lesson 4: process states: R running, S sleeping, T stopped, Z zombie.
#     forksh --trace scripts/lessons/04-process-states.sh
# We make one process of each kind on purpose and look at them with ptree.

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
# The subshell starts /bin/true, then execs a long sleep in its own place.
# true's parent is now /bin/sleep 3, which never waits for children, so
# true, which exits at once, stays a zombie: dead, but still in the table.
(/bin/true & exec /bin/sleep 3) &
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
