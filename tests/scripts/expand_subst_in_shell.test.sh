# $( ) of builtins only runs in the shell itself, with no fork (issue 13;
# shell/exec/subst_in_shell.cpp): these cases check that nothing tells it
# apart from a forked child: no state leaks out, $$ and $? are a child's,
# stderr stays stderr, errors end only the substitution, no trap runs.
# The cases whose body changes the shell (cd, set, exit) fork: they check
# the same promises from the other side. Format: see run_cases.py.

#### $(echo) gives the output and status 0
x=$(echo hi)
echo "[$x] $?"
## stdout: [hi] 0

#### x=$(false) leaves 1 in $?
x=$(false)
echo $?
## stdout: 1

#### the status is the last command's, after ; && || and !
x=$(true; false); echo $?
x=$(false || echo b); echo "$x $?"
x=$(echo a && false); echo "$x $?"
x=$(! true); echo $?
x=$(! false); echo $?
## STDOUT:
1
b 0
a 1
1
0
## END

#### $( ) with no output and :
x=$(:)
echo "[$x] $?"
x=$(: $(false))
echo "[$x] $?"
## STDOUT:
[] 0
[] 0
## END

#### $? inside is the shell's $? before the substitution
false
x=$(echo $?)
echo "$x"
## stdout: 1

#### $$ in a substitution is the shell's pid
[ "$(echo $$)" = "$$" ] && echo same
## stdout: same

#### cd inside $( ) does not move the shell
here=$(pwd)
x=$(cd /; pwd)
[ "$(pwd)" = "$here" ] && echo "$x stayed"
## stdout: / stayed

#### pwd in $( ) sees the shell's directory
cd /
echo "$(pwd)"
## stdout: /

#### an assignment inside $( ) does not leak out
y=1
x=$(y=2; echo $y)
echo "$x $y"
x=$(echo ${y=3} ${z=4})
echo "$x $y [${z-unset}]"
## STDOUT:
2 1
1 4 1 [unset]
## END

#### exit inside $( ) ends only the substitution
x=$(echo a; exit 3; echo b)
echo "$x $?"
## stdout: a 3

#### set inside $( ) does not leak out
x=$(set -e -u -- a b; echo $#)
echo "$x $#"
case $- in *e*|*u*) echo leaked ;; esac
## stdout: 2 0

#### set -e inside $( ) ends it at the failure
x=$(set -e; echo a; false; echo b)
echo "[$x] $?"
## stdout: [a] 1

#### printf's message goes to stderr, its output and status to the substitution
x=$(printf '%d' abc)
echo "[$x] $?"
## stdout: [0] 1
## stderr-match: printf: .*abc

#### stdout is captured, stderr is not
x=$(echo a; printf '%d\n' b)
echo "[$x]"
## STDOUT:
[a
0]
## END
## stderr-match: printf: .*b

#### echo >&2 in $( ) still writes to stderr
x=$(echo a; echo b >&2)
echo "[$x]"
## stdout: [a]
## stderr: b

#### a message names the line the command is on
x=$(
printf '%d' abc)
## status: 1
## stderr-match: line 2: printf
## dash: skip dash numbers its messages differently

#### after a multi-line $( ), the outer command keeps its own line
nosuchcmd $(
echo hi
)
## status: 127
## stderr-match: line 1: nosuchcmd
## dash: skip dash numbers its messages differently

#### nested substitutions
echo $(echo outer $(echo inner $(printf '%s' innermost)))
echo "$(echo "$(pwd)")" >/dev/null && echo ok
## STDOUT:
outer inner innermost
ok
## END

#### a nested status does not become the outer one
x=$(echo $(false) ok)
echo "$x $?"
## stdout: ok 0

#### backquotes too
x=`echo hi`
echo "$x"
## stdout: hi

#### trailing newlines removed, inner ones kept
x=$(printf 'a\n\nb\n\n\n')
echo "[$x]"
x=$(echo; echo)
echo "[$x]"
## STDOUT:
[a

b]
[]
## END

#### NUL bytes are dropped, as from a child
x=$(printf 'a\000b')
echo "$x"
## stdout: ab

#### large output
x=$(printf '%0200000d' 0)
echo ${#x}
## stdout: 200000

#### field splitting and the positional parameters
set -- "a b" c
for w in $(printf '%s\n' "$@"); do echo "<$w>"; done
## STDOUT:
<a>
<b>
<c>
## END

#### in a pipeline
echo "$(echo hi)" | tr h H
x=$(echo a) | cat
echo "[${x-unset}]"
## STDOUT:
Hi
[unset]
## END

#### in a here-document
cat <<EOF
[$(echo one) $(printf '%s' two)]
EOF
## stdout: [one two]

#### set -e: a failing substitution in an assignment ends the shell
set -e
x=$(false)
echo not reached
## status: 1

#### set -e: the substitution stops at its first failure
set -e
x=$(false; echo after)
echo not reached
## status: 1

#### set -e: && and || inside keep -e off for the left side
set -e
x=$(false && echo no; echo yes)
echo "$x"
## stdout: yes

#### set -e: a substitution in an if condition still ends at a failure (dash; bash runs on)
set -e
if x=$(false; echo hi); then echo "[$x]"; else echo else; fi
## stdout: else
## bash-stdout: [hi]

#### set -u: an unset name ends only the substitution
set -u
x=$(echo $nope; echo more)
echo "after $? [$x]"
## stdout: after 2 []
## stderr-match: nope: parameter not set

#### the EXIT trap does not run for a substitution
trap 'echo bye' EXIT
x=$(echo hi)
y=$(printf '%s' there; false)
echo "$x $y"
## STDOUT:
hi there
bye
## END

#### a trap set in the parent is not run inside
trap 'echo trapped' USR1
x=$(echo hi; pwd >/dev/null)
kill -USR1 $$
echo "$x"
## STDOUT:
trapped
hi
## END

#### set -x traces the commands inside
set -x
x=$(echo hi)
## STDERR:
+ echo hi
+ x=hi
## END

#### a function named like a builtin runs instead
echo() { printf 'fn:%s\n' "$1"; }
x=$(echo hi)
printf '%s\n' "$x"
## stdout: fn:hi

#### $(pwd) after the directory was removed
mkdir d && cd d && rmdir ../d
x=$(pwd)
echo "${x##*/} $?"
## stdout: d 0

#### a child forked inside writes its stdout to its pipe, not to memory
PS4='+$(cd /; echo T) '
set -x
x=$(echo hi)
## STDERR:
+T echo hi
+T x=hi
## END

#### strace: $( ) of builtins makes no clone, fork or vfork; one with cd does
count() {
    # In a sanitizer build LeakSanitizer starts a thread (clone) at exit, and
    # cannot work under ptrace anyway: it is turned off for the count.
    ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=clone,clone3,fork,vfork -o st.txt "$TEST_SHELL" -c "$1"
    echo "clones $(grep -c -E '^[0-9]+ +(clone3?|v?fork)\(' st.txt)"
}
count 'x=$(echo hi); y=$(printf "%s" "$x" "$(pwd)" && true || false); : $(:)'
count 'x=$(cd .; echo hi)'
## STDOUT:
clones 0
clones 1
## END
## dash: skip dash forks for every $( )

#### a pattern in $( ) is matched by a child: /proc/self/task/* names it, not the shell
x=$(echo /proc/self/task/*)
[ "$x" != "/proc/self/task/$$" ] && echo "not the shell"
p='/proc/self/task/*'
x=$(echo $p)
[ "$x" != "/proc/self/task/$$" ] && echo "not the shell either"
x=$(echo "$p")
echo "$x"
## STDOUT:
not the shell
not the shell either
/proc/self/task/*
## END
