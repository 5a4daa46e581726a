#!/usr/bin/env forksh
# Course: Orphans and reaping | re-parenting to PID 1, or to the shell with `set -o subreaper`.
# Lesson 5: orphans. When a parent dies before its child, the child is
# re-parented: to PID 1, or to the nearest "subreaper" above it.
#     forksh --trace scripts/lessons/05-orphans-and-reaping.sh
#     (its picture: forksh --trace=lesson05.html scripts/lessons/05-orphans-and-reaping.sh, then open lesson05.html)

parent_of() {
    read -r pid name state ppid rest < /proc/$1/stat
    echo $ppid
}

echo "== 1. An orphan goes to PID 1 (or to a subreaper above us) =="
# The subshell starts a sleep and exits at once: the sleep loses its parent.
orphan=$( ( /bin/sleep 1 >/dev/null & echo $! ) )
echo "orphan $orphan now has parent $(parent_of $orphan) (this shell is $$)"
echo

echo "== 2. set -o subreaper: orphans below the shell come to the shell =="
set -o subreaper
orphan=$( ( /bin/sleep 0.5 >/dev/null & echo $! ) )
echo "orphan $orphan now has parent $(parent_of $orphan): the shell adopted it"
ptree
# Wait for it to end (it sleeps 0.5 s) and be reaped: a zombie still has
# its /proc entry, so /proc/$orphan disappears only once the shell reaped it.
tries=0
while [ -e /proc/$orphan ] && [ $tries -lt 50 ]; do
    /bin/sleep 0.1
    tries=$((tries + 1))
done
if [ -e /proc/$orphan ]; then echo "orphan $orphan still exists"; else echo "orphan $orphan is gone: reaped"; fi
echo "(the trace says 'reaped orphan $orphan': the shell's SIGCHLD handler calls"
echo " waitpid(-1), which collects adopted children like its own)"
set +o subreaper
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- A process whose parent exits is an orphan; the kernel gives it a new parent." \
  "- By default that is PID 1 (init), whose job includes reaping orphans." \
  "- prctl(PR_SET_CHILD_SUBREAPER) lets any process take that role for the" \
  "  processes below it; forksh does with 'set -o subreaper'." \
  "- As PID 1 (forksh in a container, or unshare --pid --fork --mount-proc forksh)" \
  "  forksh reaps every orphan and passes SIGTERM and SIGINT on."
