#!/usr/bin/env forksh
# Course: Copy-on-write | a forked child shares its parent's pages until it writes (`/proc/PID/smaps_rollup`).
# Lesson 3: copy-on-write. After fork, parent and child share their memory
# pages; a page is copied only when one of them writes to it.
#     forksh --trace scripts/lessons/03-copy-on-write.sh
#     (its picture: forksh --trace=lesson03.html scripts/lessons/03-copy-on-write.sh, then open lesson03.html)
# The numbers come from /proc/PID/smaps_rollup (Linux 4.14 and later):
#   Shared_*  pages this process maps together with at least one other
#   Private_* pages only this process maps (its own copies)
# Exact numbers differ from machine to machine; look at how they move.

# Print the Rss, Shared and Private lines of /proc/$1/smaps_rollup.
memory() {
    if [ ! -r /proc/$1/smaps_rollup ]; then
        echo "   (no /proc/$1/smaps_rollup on this kernel: it appeared in Linux 4.14)"
        return 0
    fi
    shared=0
    private=0
    while read -r key value unit; do
        case $key in
            Rss:) rss=$value ;;
            Shared_Clean:|Shared_Dirty:) shared=$((shared + value)) ;;
            Private_Clean:|Private_Dirty:) private=$((private + value)) ;;
        esac
    done < /proc/$1/smaps_rollup
    echo "   $2: resident $rss kB = shared $shared kB + private $private kB"
}

echo "== 1. The shell builds a big string (about 2.5 MB) in its own memory =="
big=0123456789
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do big="$big$big"; done
memory $$ "the shell"
echo

echo "== 2. A subshell is a fork: right after it, its pages are the parent's =="
(
    read -r me rest < /proc/self/stat
    memory $me "the child, just forked"
    echo "   Most of it is shared: nothing was copied, fork only shared the pages."
    echo "   Its resident size is smaller than the shell's: resident counts the pages"
    echo "   mapped in this process's page table. fork copies the entries for the"
    echo "   heap and stack (the big string among them), but not those of files"
    echo "   mapped from disk (the program, its libraries): the child maps those"
    echo "   again, page by page, as it touches them."
    echo
    echo "== 3. The child writes: builds its own big string =="
    mine=abcdefghij
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do mine="$mine$mine"; done
    memory $me "the child, after writing"
    echo "   Private grew: the pages it wrote are its own now. The parent's"
    echo "   string is still shared, untouched, until one of them changes it."
)
echo

printf '%s\n' \
  "== What you just saw ==" \
  "- fork() did not copy the shell's memory: the child's pages were shared." \
  "- Writing gave the child private pages; untouched pages stay shared." \
  "- That is copy-on-write: fork is cheap even for a big process, and" \
  "  fork followed by execve (lesson 2) copies almost nothing at all."
