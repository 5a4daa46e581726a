#!/usr/bin/env forksh
# Course: Signals across fork and exec | what a child inherits, what execve keeps (ignored) and resets (caught), `nohup`, a script's background jobs.
# Lesson 9: signals across fork and exec.
#     forksh --trace scripts/lessons/09-signals-across-exec.sh
#     (its picture: forksh --trace=lesson09.html scripts/lessons/09-signals-across-exec.sh, then open lesson09.html)
# A process inherits its signal dispositions through fork, and keeps some of
# them through execve: a handler is code in the old program, so execve
# resets a caught signal to the default; "ignore" (SIG_IGN) needs no code,
# so an ignored signal stays ignored. nohup, and a script's background jobs,
# are built on that. Every wait below waits for an event, never the clock.

# Wait (at most ~5 s) until process $1 runs the program named $2: until it
# has exec'd, the child is still a copy of this shell.
wait_exec() {
    n=0
    while read -r comm < /proc/$1/comm && [ "$comm" != "$2" ] && [ $n -lt 500 ]; do
        n=$((n + 1))
        /bin/sleep 0.01
    done
}
# The two lines of pinfo that matter here (read from /proc/PID/status).
dispositions() {
    pinfo "$1" | /bin/grep -E '^  (ignored|caught) '
}

echo "== 1. Caught does not survive exec; ignored does =="
trap 'echo "the shell caught USR1"' USR1
trap '' USR2
echo "The shell itself (a trap's command is a handler here):"
dispositions $$
/bin/sleep 5 &
wait_exec $! sleep
echo "A program it started (fork, then execve of /bin/sleep):"
dispositions $!
echo "(USR1 is back at the default: the handler was shell code, gone with"
echo " execve. USR2 stays ignored. SIGCHLD, the shell's reaper, is gone too."
echo " INT and QUIT: see part 3.)"
kill $!
wait
trap - USR1 USR2
echo

echo "== 2. What nohup relies on =="
# nohup sets SIGHUP to SIG_IGN and then execs the command: the only thing
# that can cross execve is the "ignored", so that is all nohup does.
/usr/bin/nohup /bin/sleep 5 > /dev/null 2>&1 &
job=$!
wait_exec $job sleep
dispositions $job
# Signals pending together are delivered lowest number first: if HUP (1)
# were not ignored it would kill the sleep before TERM (15) could.
kill -HUP $job
kill -TERM $job
wait $job
echo "after HUP then TERM: status $? (128+15: TERM ended it; HUP was thrown away)"
echo

echo "== 3. Why a background job of a script ignores Ctrl-C =="
# Without job control a background job shares the shell's process group:
# a Ctrl-C at the terminal goes to the whole group. POSIX (XCU 2.11) has
# the shell start such a job with SIGINT and SIGQUIT ignored, so that only
# the foreground command is interrupted. The trace line "signals in this
# child" says so for each child.
/bin/sleep 5 &
job=$!
wait_exec $job sleep
dispositions $job
kill -INT $job
kill -TERM $job
wait $job
echo "after INT then TERM: status $? (143: INT was ignored)"
echo "With job control (set -m) the job has a group of its own, which the"
echo "terminal's Ctrl-C reaches only in the foreground: no need to ignore it."
set -m
/bin/sleep 5 &
job=$!
wait_exec $job sleep
dispositions $job
kill -INT %1
wait $job
echo "after INT: status $? (130 = 128+2: INT killed it)"
set +m
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- fork copies the dispositions; execve keeps SIG_IGN and resets handlers" \
  "  to SIG_DFL, because the handler's code does not exist in the new program." \
  "- So a shell can hand a program 'ignored' (trap '' SIG, nohup's SIGHUP)," \
  "  never 'caught': a trap's command belongs to the shell." \
  "- A signal ignored when a script started cannot be trapped by it (POSIX):" \
  "  whoever started it meant it to be ignored, all the way down." \
  "- What an interactive shell ignores for itself (TERM, QUIT, TSTP...) is put" \
  "  back in every child: the trace line 'signals in this child' shows it." \
  "- One exception to 'ignored all the way down': an interactive shell with" \
  "  job control gives its jobs TSTP, TTIN and TTOU back even if it was started" \
  "  with them ignored, or a background job that reads the terminal could" \
  "  not be stopped (dash and bash do the same)."
