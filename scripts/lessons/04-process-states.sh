#!/usr/bin/env forksh
# Lesson 4: process states: R running, S sleeping, T stopped, Z zombie.
#     forksh --trace scripts/lessons/04-process-states.sh
# We make one process of each kind on purpose and look at them with ptree.

echo "== 1. Sleeping (S): waiting for something; here, for time to pass =="
/bin/sleep 3 &
sleeper=$!

echo "== 2. Stopped (T): SIGSTOP freezes it until SIGCONT =="
/bin/sleep 3 &
stopped=$!
/bin/sleep 0.3
kill -STOP $stopped

echo "== 3. Zombie (Z): it has exited, but its parent never called waitpid =="
# The subshell forks a short sleep, then execs a long sleep in its own place.
# The short sleep's parent is now /bin/sleep 3, which never waits for
# children, so the short one stays a zombie: dead, but still in the table.
(/bin/sleep 0.1 & exec /bin/sleep 3) &
/bin/sleep 0.4
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
