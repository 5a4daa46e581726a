# Special parameters: $? $$ $! $# $@ $* $- $0 ${10}, and LINENO, PPID, PWD.
# Format: see run_cases.py.

#### $? is the status of the last command
sh -c 'exit 42'
echo $?
echo $?
## STDOUT:
42
0
## END

#### $? after a pipeline is the last stage's status
true | sh -c 'exit 3'
echo $?
## stdout: 3

#### $? in a command substitution sees the status before it
false
echo "$(echo $?)"
## stdout: 1

#### $$ is the shell's pid, also in a subshell
echo $$ > a
( echo $$ > b )
x=$(echo $$)
[ "$(cat a)" = "$(cat b)" ] && [ "$x" = "$(cat a)" ] && echo same
## stdout: same

#### $$ is the pid the children see as their parent
sh -c 'echo $PPID' > ppid
[ "$(cat ppid)" = $$ ] && echo ppid-ok
## stdout: ppid-ok

#### $PPID is the parent of the shell
echo 'echo $PPID' > s.sh
"$TEST_SHELL" s.sh > ppid
[ "$(cat ppid)" = $$ ] && echo parent
## stdout: parent

#### $! is empty before any background command
echo "[$!]"
## stdout: []

#### $! is the pid of the last background command
sleep 5 &
[ -n "$!" ] && [ "$!" != $$ ] && kill -0 $! && echo ok
kill $!
## stdout: ok

#### $# counts the positional parameters
set -- a b 'c d'
echo $#
set --
echo $#
## STDOUT:
3
0
## END

#### $1 through $9 and ${10} ${11}
set -- 1 2 3 4 5 6 7 8 9 ten eleven
echo $1 $9 ${10} ${11}
## stdout: 1 9 ten eleven

#### $10 is $1 followed by 0
set -- a b c d e f g h i j
echo $10
## stdout: a0

#### shift moves the parameters
set -- a b c
shift
echo "$# $1"
shift 2
echo "$#"
## STDOUT:
2 b
0
## END

#### shift beyond the count is an error
set -- a
shift 3
echo not-reached
## status: 2
## stderr-match: shift

#### $0 is the script name and stays in functions
f() { echo $0; }
f
## stdout: case.sh

#### $- contains the options that are set
set -f
case $- in *f*) echo f-on;; esac
set +f
case $- in *f*) echo f-still;; *) echo f-off;; esac
## STDOUT:
f-on
f-off
## END

#### $- has no i in a script
case $- in *i*) echo interactive;; *) echo not-interactive;; esac
## stdout: not-interactive

#### $* unquoted splits every parameter
set -- 'a b' c
probe args $*
## stdout: <a> <b> <c>

#### $@ unquoted splits every parameter
set -- 'a b' c
probe args $@
## stdout: <a> <b> <c>

#### "$@" keeps each parameter as one field
set -- 'a b' c ''
probe args "$@"
## stdout: <a b> <c> <>

#### "$*" joins with the first character of IFS
set -- a b c
IFS=,
echo "$*"
## stdout: a,b,c

#### special parameters cannot be assigned
set -- a
1=x 2>/dev/null
echo "st=$?"
## stdout: st=127

#### PWD is the current directory and follows cd
mkdir sub
cd sub
case $PWD in */sub) echo pwd-ok;; esac
cd ..
## stdout: pwd-ok

#### OLDPWD is set by cd
mkdir sub
old=$PWD
cd sub
[ "$OLDPWD" = "$old" ] && echo oldpwd-ok
## stdout: oldpwd-ok

#### IFS defaults to space tab newline
printf '%s' "$IFS" | od -An -c | tr -s ' '
## stdout:  \t \n

#### LINENO inside a function is the script line
f() {
  echo $LINENO
}
f
## stdout: 2
## dash: skip Debian's dash 0.5.12 leaves LINENO empty

#### ${#} ${?} ${$} forms with braces
set -- a b
false
echo ${#} ${?}
[ ${$} = $$ ] && echo dollar
## STDOUT:
2 1
dollar
## END

#### $@ and $* in a function are the function's arguments
set -- outer
f() { echo "$# $*"; }
f x y z
## stdout: 3 x y z

