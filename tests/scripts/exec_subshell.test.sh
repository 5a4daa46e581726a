# Subshells ( ): a forked copy of the shell; nothing leaks back.
# Format: see run_cases.py.

#### a subshell runs its commands
(echo in-subshell)
## stdout: in-subshell

#### variable changes in a subshell do not reach the parent
x=1
(x=2; echo "in $x")
echo "out $x"
## STDOUT:
in 2
out 1
## END

#### exit inside a subshell leaves only the subshell
(exit 3)
echo "st=$?"
## stdout: st=3

#### cd inside a subshell does not change the parent's directory
mkdir d
here=$(pwd)
(cd d && pwd | sed 's,.*/,,')
[ "$(pwd)" = "$here" ] && echo same
## STDOUT:
d
same
## END

#### a function defined in a subshell does not exist afterwards
(f() { echo f; })
f 2>/dev/null
echo "st=$?"
## stdout: st=127

#### set options in a subshell do not leak
(set -u)
echo "${unset_var_x}ok"
## stdout: ok

#### traps are reset in a subshell for caught signals
trap 'echo caught' USR1
(trap)
echo done
## stdout: done

#### a subshell sees the parent's variables
y=parent
(echo $y)
## stdout: parent

#### $$ in a subshell is the parent shell's pid
p=$$
(echo $(( $$ == p )))
## stdout: 1

#### nested subshells
(( echo nested ) )
## stdout: nested

#### a subshell's status is that of its last command
(true; false)
echo $?
## stdout: 1

#### a subshell with redirections applies them to all its commands
(echo a; echo b) > f
cat f
## STDOUT:
a
b
## END

#### a subshell runs its exit trap when it ends
(trap 'echo sub-exit' EXIT; echo body)
echo after
## STDOUT:
body
sub-exit
after
## END

#### the parent's exit trap does not run when a subshell ends
trap 'echo parent-exit' EXIT
(echo child)
echo parent
## STDOUT:
child
parent
parent-exit
## END

#### umask changes in a subshell do not leak
umask 022
(umask 077)
umask
## stdout: 0022

#### exported variables from a subshell do not leak
(export NEWVAR=1)
echo "${NEWVAR-unset}"
## stdout: unset

#### a subshell in a && list
(false) && echo no || echo handled
## stdout: handled

#### a subshell killed by a signal gives 128+n
(sh -c 'kill -KILL $PPID'; echo not-reached)
echo $?
## stdout: 137

#### the shell waits for the subshell before continuing
(sleep 0.2; echo first)
echo second
## STDOUT:
first
second
## END

#### a subshell sees only 0 1 2 plus what the command line asks
(probe fds)
(probe fds) 3>/dev/null
## STDOUT:
0 1 2
0 1 2 3
## END
