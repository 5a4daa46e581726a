# Shell options: set -u -x -n -v -C -f -a, -o pipefail, set -o / set +o, $-.
# Format: see run_cases.py.

#### set -u: expanding an unset variable is an error that names it
set -u
echo "$nosuchvar"
echo not-reached
## status: 2
## stderr-match: nosuchvar: .*(parameter not set|unbound)

#### set -u: the script stops with a non-zero status
set -u
x=$undefined_thing
echo not-reached
## status: 2
## stderr-match: undefined_thing

#### set -u: a set but empty variable is fine
set -u
empty=
echo "[$empty]"
## stdout: []

#### set -u: ${x-default} is allowed for an unset variable
set -u
echo "${unset_v-default}"
## stdout: default

#### set -u: $@ and $* with no positional parameters are fine
set -u
set --
echo "[$@][$*]"
## stdout: [][]

#### set -u: an unset positional parameter is an error
set -u
set -- a
echo "$2"
## status: 2
## stderr-match: 2

#### set -u: ${#x} of an unset variable is an error
set -u
echo ${#nope_len}
## status: 2
## stderr-match: nope_len

#### set +u turns the check off
set -u
set +u
echo "[$nothing_here]"
## stdout: []

#### set -x traces commands with PS4 on stderr
set -x
echo traced
## stdout: traced
## stderr-match: ^\+ echo traced$

#### set -x shows expanded arguments
x=val
set -x
echo "$x" $((1+1))
## stdout: val 2
## stderr-match: ^\+ echo val 2$

#### set -x traces assignments
set -x
v=1
## stderr-match: ^\+ v=1$

#### set -x uses a custom PS4
PS4='TRACE> '
set -x
echo p
## stdout: p
## stderr-match: ^TRACE> echo p$

#### set +x stops tracing and the trace goes only to stderr
set -x
set +x
echo quiet
## stdout: quiet

#### set -n reads but does not run commands
set -n
echo not-run
exit 3
## status: 0

#### set -n still reports syntax errors
set -n
if then
## status: 2
## stderr-match: (?i)syntax error

#### set -v echoes input lines to stderr as they are read
set -v
echo verbose # comment
## stdout: verbose
## stderr-match: ^echo verbose # comment$

#### set -C refuses to overwrite an existing file
echo one > f
set -C
echo two > f
echo "st=$?"
cat f
## STDOUT:
st=1
one
## END
## dash-stdout-json: "st=2\none\n"
## stderr-match: f

#### set -C allows creating a new file
set -C
echo new > newfile
cat newfile
## stdout: new

#### set -C allows >> to an existing file
echo one > f
set -C
echo two >> f
cat f
## STDOUT:
one
two
## END

#### set -C allows writing to /dev/null
set -C
echo x > /dev/null
echo "st=$?"
## stdout: st=0

#### set -o noclobber is set -C
echo one > f
set -o noclobber
echo two > f 2>/dev/null
cat f
## stdout: one

#### set -f turns off pathname expansion
touch a1 a2
set -f
echo a*
set +f
echo a*
## STDOUT:
a*
a1 a2
## END

#### set -a exports every assigned variable
set -a
autoexp=yes
sh -c 'echo "$autoexp"'
## stdout: yes

#### $- lists single-letter options
set -f -u
case $- in *f*) echo f;; esac
case $- in *u*) echo u;; esac
## STDOUT:
f
u
## END

#### set +o prints commands that restore the options
set -u
set +o > saved
set +u
. ./saved
case $- in *u*) echo restored;; esac
## stdout: restored

#### set -o with an unknown option is an error
set -o no_such_option
echo not-reached
## status: 2
## stderr-match: no_such_option

#### set -- replaces the positional parameters
set -- a b c
echo "$# $2"
set --
echo "$#"
## STDOUT:
3 b
0
## END

#### set with a leading - and words sets parameters too
set - x y
echo "$1$2"
## stdout: xy

#### set -o pipefail makes a failing first stage the status
set -o pipefail
false | true
echo "st=$?"
## stdout: st=1
## dash: skip dash 0.5.12 has no pipefail

#### set +o pipefail restores the last-stage rule
set -o pipefail
set +o pipefail
false | true
echo "st=$?"
## stdout: st=0
## dash: skip dash 0.5.12 has no pipefail

#### an invalid single-letter option is an error
set -Q
echo not-reached
## status: 2
## stderr-match: Q

#### set -x expands parameters in PS4, like a prompt
x=T
PS4='[$x:$LINENO] '
set -x
echo hi
## stdout: hi
## STDERR:
[T:4] echo hi
## END

#### set -x: a PS4 ending in a backslash keeps it, and a PS4 line may be any text
PS4='x\'
(set -x; : one)
PS4='END
+ '
(set -x; : two)
## stderr-json: "x\\: one\nEND\n+ : two\n"
