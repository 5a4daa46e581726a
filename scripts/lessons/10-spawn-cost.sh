#!/usr/bin/env forksh
# Course: What starting a program costs | fork, vfork and posix_spawn timed as the shell grows: why forksh spawns.
# Lesson 10: what starting a program costs, and why it grows with the shell
# under fork but not under vfork or posix_spawn.
#     forksh scripts/lessons/10-spawn-cost.sh
#     forksh --trace scripts/lessons/10-spawn-cost.sh   (a vfork line, then the child's execve line)
# fork() copies the parent's page tables (not its pages: lesson 3), so the
# bigger the shell, the longer each fork takes, even for a child that runs
# execve at once and throws the copy away. vfork and posix_spawn (both are
# clone with CLONE_VM|CLONE_VFORK) lend the child the parent's memory until
# its execve: nothing is copied, whatever the shell's size.
# `set -o spawn=fork` makes forksh start programs the old way; the default,
# `set -o spawn=vfork`, uses the shell's own vfork child, and
# `set -o spawn=posix_spawn` glibc's. The numbers are this machine's, and
# noisy: look at how they move, not at the digits.

runs=100

# The shell's resident memory, in kB (VmRSS of /proc/$$/status).
resident() {
    while read -r key value unit; do
        [ "$key" = VmRSS: ] && { echo "$value"; return 0; }
    done < /proc/$$/status
    echo "?"
}

# Microseconds per `/bin/true` started $runs times with `set -o spawn=$1`.
per_spawn() {
    set -o spawn="$1"
    start=$(/bin/date +%s%N)
    i=0
    while [ $i -lt $runs ]; do
        /bin/true
        i=$((i + 1))
    done
    end=$(/bin/date +%s%N)
    set -o spawn=vfork
    echo $(( (end - start) / runs / 1000 ))
}

# One line of the table: the shell's size now, and the three costs.
row() {
    fork=$(per_spawn fork)
    vfork=$(per_spawn vfork)
    spawn=$(per_spawn posix_spawn)
    printf '%-12s %10s kB %12s us %12s us %12s us\n' "$1" "$(resident)" "$fork" "$vfork" "$spawn"
}

echo "== $runs x /bin/true, per start, as the shell grows =="
printf '%-12s %13s %15s %15s %15s\n' "shell" "resident" "fork+execve" "vfork" "posix_spawn"
row "small"
# Grow the shell: a string doubled until it is about 20 MB (each doubling
# builds a new copy, so for a moment the shell holds a few of them).
big=0123456789
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do big="$big$big"; done
row "+20 MB"
more=$big$big
row "+60 MB"
unset big more
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- fork + execve got slower as the shell grew: fork copies the page tables" \
  "  of every page the shell has mapped, only for execve to drop them." \
  "- vfork and posix_spawn stayed about the same: the child borrows the" \
  "  shell's memory (the shell waits) until execve gives it one of its own." \
  "- posix_spawn's child also asks the kernel about each of the 64 signals," \
  "  because glibc cannot know which ones the shell catches; forksh's vfork" \
  "  child knows, and sets only those: that is the gap between the two." \
  "- That is why forksh spawns a program whenever all its child must do" \
  "  first is plain system calls: redirections and pipe ends (open, dup2," \
  "  close), its process group, the terminal, its signals." \
  "  \`explain 'CMD'\` says which way a command starts, and why."
