#!/usr/bin/env forksh
# Course: Threads are tasks too | `/proc/PID/task` and `Threads:`.
# Lesson 7: threads are tasks too. To Linux, a thread is a task that shares
# its memory with the others of its process (clone with CLONE_VM|CLONE_THREAD);
# each has its own id, listed in /proc/PID/task.
#     forksh --trace scripts/lessons/07-threads-are-tasks.sh
#     (its picture: forksh --trace=lesson07.html scripts/lessons/07-threads-are-tasks.sh, then open lesson07.html)

# wait_until_running PID FILE, wait_until_state PID STATE: wait for the
# event, never the clock (lib/wait.sh, beside this lesson).
case $0 in */*) lessons=${0%/*} ;; *) lessons=. ;; esac
. "$lessons/lib/wait.sh"

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

echo "== 3. The thread lanes: follow sees each thread being made =="
# follow (lesson 11) traces the program with ptrace: each clone with
# CLONE_THREAD is a new task, drawn as a thin lane inside its process (in
# lesson07-threads.html), and listed below as "thread TID of PID".
if command -v python3 >/dev/null 2>&1; then
    # The python program itself (python3 may be a wrapper script that starts it).
    py=$(python3 -c 'import sys; print(sys.executable)')
    follow -o lesson07-threads.html "$py -c 'import threading; t = threading.Thread(target=print, args=(\"from a second thread\",)); t.start(); t.join()'"
else
    echo "(python3 is not installed here: follow any program that makes a thread)"
fi
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- A process is one or more tasks sharing memory, files and signal handlers." \
  "- The first task's id is the pid; the others have their own ids in" \
  "  /proc/PID/task, and the Threads: line of /proc/PID/status counts them." \
  "- A tracer sees each thread born (clone with CLONE_THREAD) and end: follow" \
  "  lists it as thread TID of PID; the picture draws it as a thin lane." \
  "- The shell never makes threads: fork makes processes. Threads come from" \
  "  the program itself (pthread_create, clone), after execve."
