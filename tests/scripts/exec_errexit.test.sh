# set -e and its POSIX exceptions. Format: see run_cases.py.

#### set -e exits at the first failing command
set -e
echo before
false
echo after
## stdout: before
## status: 1

#### set -e exits with the failing command's status
set -e
sh -c 'exit 3'
echo after
## status: 3

#### set -e does not exit in an if condition
set -e
if false; then echo no; fi
echo survived
## stdout: survived

#### set -e does not exit in a while condition
set -e
while false; do :; done
until true; do :; done
echo survived
## stdout: survived

#### set -e does not exit on the left of &&
set -e
false && echo no
echo survived
## stdout: survived

#### set -e does not exit on the left of ||
set -e
false || echo rescued
echo survived
## STDOUT:
rescued
survived
## END

#### set -e exits when the last command of an && list fails
set -e
true && false
echo not-reached
## status: 1

#### set -e does not exit on a negated command
set -e
! true
echo survived
## stdout: survived

#### set -e does not exit when a pipeline's non-last stage fails
set -e
false | true
echo survived
## stdout: survived

#### set -e exits when a pipeline's last stage fails
set -e
true | false
echo not-reached
## status: 1

#### set -e exits when a subshell fails
set -e
(false)
echo not-reached
## status: 1

#### set -e applies inside a subshell
set -e
(false; echo not-in-sub)
## status: 1

#### set -e exits when a brace group's last command fails
set -e
{ true; false; }
echo not-reached
## status: 1

#### set -e is ignored inside a function called in a condition
set -e
f() { false; echo continued-in-f; }
if f; then echo f-ok; fi
## STDOUT:
continued-in-f
f-ok
## END

#### set -e exits inside a function called normally
set -e
f() { false; echo not-reached; }
f
echo not-reached
## status: 1

#### set -e exits on a failing command substitution in a bare assignment
set -e
x=$(false)
echo not-reached
## status: 1

#### set -e does not exit on a command substitution inside an argument
set -e
echo "[$(false)]"
echo survived
## STDOUT:
[]
survived
## END

#### set +e turns errexit off again
set -e
set +e
false
echo survived
## stdout: survived

#### $- contains e under set -e
set -e
case $- in *e*) echo has-e;; esac
## stdout: has-e

#### set -o errexit is the same as set -e
set -o errexit
false
echo not-reached
## status: 1

#### set -e exits on a failed redirection on a regular command
set -e
cat < /no/such/file
echo not-reached
## status: 1
## dash-status: 2
## stderr-match: /no/such/file

#### set -e does not exit for a failing command in a for body's && left side
set -e
for i in 1 2; do
  [ $i = 1 ] && echo one
done
echo end
## STDOUT:
one
end
## END

#### set -e with an if whose last branch command fails exits
set -e
if true; then false; fi
echo not-reached
## status: 1

#### set -e and a command not found
set -e
no_such_cmd_qq 2>/dev/null
echo not-reached
## status: 127

#### sh -e on the command line
"$TEST_SHELL" -e -c 'false; echo no'
echo "st=$?"
## stdout: st=1

#### set -e is off in everything a `!` pipeline runs, subshells too (POSIX, dash, bash)
set -e
! { false; echo in braces; }
! (set -e; false; echo in subshell)
echo out
## STDOUT:
in braces
in subshell
out
## END

#### set -e inside $( ) is its own: a test around the substitution does not turn it off (dash)
set -e
x=$(set -e; false; echo inner) && echo ok
echo "[$x]"
if [ "$(false; echo in)" = in ]; then echo equal; fi
echo end
## STDOUT:
[]
end
## END
## bash-STDOUT:
ok
[inner]
equal
end
## END
