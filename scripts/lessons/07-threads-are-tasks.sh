#!/usr/bin/env forksh
# Lesson 7: threads are tasks too. To Linux, a thread is a task that shares
# its memory with the others of its process (clone with CLONE_VM|CLONE_THREAD);
# each has its own id, listed in /proc/PID/task.
#     forksh --trace scripts/lessons/07-threads-are-tasks.sh

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

echo "== 1. A single-threaded process: one task =="
/bin/sleep 2 &
wait_until_running $! /bin/sleep
echo "sleep $!: tasks in /proc/$!/task:" $(/bin/ls /proc/$!/task)
kill $!
wait
echo

echo "== 2. A multi-threaded process: several tasks, one pid =="
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import threading, time; ts = [threading.Thread(target=time.sleep, args=(1.5,)) for _ in range(3)]; [t.start() for t in ts]; [t.join() for t in ts]' &
    py=$!
    # Wait until all three threads exist (python needs a moment to start).
    threads=0
    tries=0
    while [ "$threads" != 4 ] && [ $tries -lt 100 ]; do
        while read -r key value; do
            [ "$key" = "Threads:" ] && threads=$value
        done < /proc/$py/status
        [ "$threads" = 4 ] || /bin/sleep 0.05
        tries=$((tries + 1))
    done
    echo "python3 $py: Threads: $threads (from /proc/$py/status)"
    echo "its tasks:" $(/bin/ls /proc/$py/task)
    echo "ptree shows one process, not four: threads are not children."
    ptree $py
    wait
else
    echo "(python3 is not installed here; any multi-threaded program shows the"
    echo " same: /proc/PID/status has Threads: N, /proc/PID/task has N entries)"
fi
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- A process is one or more tasks sharing memory, files and signal handlers." \
  "- The first task's id is the pid; the others have their own ids in" \
  "  /proc/PID/task, and the Threads: line of /proc/PID/status counts them." \
  "- The shell never makes threads: fork makes processes. Threads come from" \
  "  the program itself (pthread_create, clone), after execve."
