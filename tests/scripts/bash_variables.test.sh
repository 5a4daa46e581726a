# bash's variables: UID, EUID, SECONDS, BASHPID, PIPESTATUS (as $PIPESTATUS,
# its first element, until arrays are merged). Run with bash as the oracle.
# Format: see run_cases.py.

#### UID and EUID are the ids id(1) reports
[ "$UID" = "$(id -ru)" ] && echo uid ok
[ "$EUID" = "$(id -u)" ] && echo euid ok
## STDOUT:
uid ok
euid ok
## END

#### UID is readonly: an assignment is an error that stops the script
UID=5
echo "not reached"
## status: 2
## bash: skip bash reports it and runs the next line; forksh, as POSIX says for an assignment error, ends the script

#### UID is readonly: an assignment in a subshell fails there only
(UID=5; echo "not reached")
echo "status $?"
## stdout: status 2
## bash-stdout: status 1

#### UID cannot be unset
(unset UID; echo "status $?")
[ "$UID" = "$(id -ru)" ] && echo still there
## STDOUT:
still there
## END
## bash-STDOUT:
status 1
still there
## END

#### EUID cannot be assigned by read or printf -v either
echo 7 | { read EUID; echo "read $?"; }
printf -v EUID 7; echo "printf $?"
[ "$EUID" = "$(id -u)" ] && echo unchanged
## STDOUT:
read 2
printf 1
unchanged
## END
## bash-STDOUT:
read 1
printf 1
unchanged
## END

#### UID and EUID are not exported
env | grep -c '^E\{0,1\}UID='
## stdout: 0
## status: 1

#### an inherited UID is replaced by the real one
env UID=12345 "$TEST_SHELL" -c '[ "$UID" = "$(id -ru)" ] && echo real'
## stdout: real
## bash: skip bash keeps an inherited UID (readonly); forksh takes getuid(2), so the environment cannot pass a script a false UID

#### SECONDS counts from the start of the shell
[ "$SECONDS" -lt 3 ] && echo small
## stdout: small

#### SECONDS=N counts on from N
SECONDS=100
sleep 1
[ "$SECONDS" -ge 101 ] && [ "$SECONDS" -le 103 ] && echo counted
## stdout: counted

#### SECONDS assigned a non-number counts from 0
SECONDS=abc
echo "$SECONDS"
## stdout: 0

#### unset SECONDS makes it an ordinary variable
unset SECONDS
echo "[${SECONDS-unset}]"
SECONDS=5
sleep 1
echo "$SECONDS"
## STDOUT:
[unset]
5
## END

#### BASHPID is $$ in the shell itself
[ "$BASHPID" = "$$" ] && echo same
## stdout: same

#### BASHPID is the subshell's own pid, $$ stays the shell's
(echo "$BASHPID $$") | { read a b; [ "$a" != "$b" ] && [ "$b" = "$$" ] && echo differ; }
x=$(echo "$BASHPID")
[ "$x" != "$$" ] && echo "subst differs"
echo "$BASHPID" | { read a; [ "$a" != "$$" ] && echo "stage differs"; }
## STDOUT:
differ
subst differs
stage differs
## END

#### BASHPID read by a program of a pipeline is the child's pid
/bin/echo "$BASHPID" | { read a; [ "$a" != "$$" ] && echo "program differs"; }
## stdout: program differs

#### an assignment to BASHPID has no effect; unset removes it
BASHPID=5
[ "$BASHPID" = "$$" ] && echo ignored
unset BASHPID
echo "[${BASHPID-unset}]"
## STDOUT:
ignored
[unset]
## END

#### PIPESTATUS: the first stage's status
false | true
echo "$PIPESTATUS $?"
## stdout: 1 0

#### PIPESTATUS of a simple command is its status
(exit 3)
echo "$PIPESTATUS"
true
echo "$PIPESTATUS"
## STDOUT:
3
0
## END

#### PIPESTATUS ignores ! and pipefail
(exit 4) | true
echo "$PIPESTATUS"
! (exit 5) | false
echo "$PIPESTATUS $?"
set -o pipefail
(exit 6) | true
echo "$PIPESTATUS $?"
## STDOUT:
4
5 0
6 6
## END

#### PIPESTATUS: a compound command keeps its last pipeline's
{ (exit 2) | true; }
echo "$PIPESTATUS"
if (exit 7) | true; then :; fi
echo "$PIPESTATUS"
## STDOUT:
2
0
## END

#### PIPESTATUS: a function call and an assignment set it
f() { return 7; }
f | true
f
echo "$PIPESTATUS"
false | true
x=1
echo "$PIPESTATUS"
## STDOUT:
7
0
## END

#### PIPESTATUS after a command killed by a signal
sh -c 'kill -TERM $$' | true
echo "$PIPESTATUS"
## stdout: 143

#### PIPESTATUS: a background job does not set it
(exit 3)
(exit 9) &
echo "$PIPESTATUS"
wait
## stdout: 3

#### PIPESTATUS assigned becomes the user's variable
PIPESTATUS=5
false
echo "$PIPESTATUS"
## stdout: 5

#### PIPESTATUS is an array of every stage's status
true | false | (exit 3)
echo "${PIPESTATUS[@]} (${#PIPESTATUS[@]}) $PIPESTATUS ${PIPESTATUS[2]}"
false
echo "${PIPESTATUS[@]}"
## STDOUT:
0 1 3 (3) 0 3
1
## END

#### two command substitutions of $RANDOM give two numbers (each child reseeds)
RANDOM=7
a=$(echo $RANDOM) b=$(echo $RANDOM) c=$(echo $RANDOM)
[ "$a$a" != "$b$c" ] && echo differ
## stdout: differ

#### RANDOM=N seeds: the same seed gives the same numbers
RANDOM=42; a="$RANDOM $RANDOM"
RANDOM=42; b="$RANDOM $RANDOM"
[ "$a" = "$b" ] && echo same
## stdout: same

#### unset RANDOM makes it an ordinary variable
unset RANDOM
echo "[${RANDOM-unset}]"
RANDOM=5; echo "$RANDOM $RANDOM"
## STDOUT:
[unset]
5 5
## END
