# Builtins: export, readonly, unset, local, set, shift.

#### export makes a variable visible to children
export X=1; sh -c 'echo $X'
## stdout: 1

#### export of an existing variable
Y=2; export Y; sh -c 'echo $Y'
## stdout: 2

#### an unexported variable is not seen by children
Z=3; sh -c 'echo "[$Z]"'
## stdout: []

#### export -p lists in re-readable form
export A='it'"'"'s'; export -p | grep ' A='
## stdout: export A='it'\''s'
## dash-stdout: export A='it'"'"'s'

#### export -p output can be read back
export Q='a b'; export -p > saved; unset Q; . ./saved; echo "$Q"
## stdout: a b

#### export without value lists the name only
export NOVAL; export -p | grep NOVAL
## stdout: export NOVAL

#### export of a bad name fails (and ends a script: special builtin)
export 1a=2; echo not reached
## status: 2
## stderr-match: 1a

#### export of a bad name in a subshell ends only the subshell
(export 1a=2); echo $?
## stdout: 2

#### readonly prevents assignment
readonly R=1; (R=2) 2>/dev/null; echo "$R"
## stdout: 1

#### readonly -p lists
readonly R='x y'; readonly -p | grep ' R='
## stdout: readonly R='x y'

#### unset removes a variable
V=1; unset V; echo "[${V-unset}]"
## stdout: [unset]

#### unset of a readonly variable fails and ends the script
readonly R=1; unset R; echo not reached
## status: 2
## stderr-match: R

#### command unset of a readonly variable fails without exiting
readonly R=1; command unset R 2>/dev/null; echo $?
## stdout: 1
## dash-stdout: 2

#### unset -f removes a function
f() { echo f; }; unset -f f; f 2>/dev/null; echo $?
## stdout: 127

#### unset -v removes only the variable
f=1; f() { echo func; }; unset -v f; f; echo "[${f-unset}]"
## STDOUT:
func
[unset]
## END

#### unset of an unset variable is fine
unset NEVER_SET; echo $?
## stdout: 0

#### local in a function hides the outer value
x=outer; f() { local x=inner; echo $x; }; f; echo $x
## STDOUT:
inner
outer
## END

#### local without a value, then assigned
x=outer; f() { local x; x=in; echo $x; }; f; echo $x
## STDOUT:
in
outer
## END

#### local with several names
f() { local a=1 b=2; echo $a$b; }; f; echo "[$a$b]"
## STDOUT:
12
[]
## END

#### local is visible to called functions (dynamic scope)
g() { echo $v; }; f() { local v=dyn; g; }; f
## stdout: dyn

#### local outside a function fails
local x=1; echo $?
## stdout: 1
## dash: skip dash allows local at the top level with an error status 2 on some versions

#### set -- replaces positional parameters
set -- a b c; echo "$# $2"
## stdout: 3 b

#### set -- with no arguments clears them
set -- a b; set --; echo $#
## stdout: 0

#### set with arguments after options sets positionals
set -e x y; echo "$1$2"
## stdout: xy

#### set -o lists options
set -o | grep -E '^(errexit|noglob) ' | sed 's/ \+/ /'
## STDOUT:
errexit off
noglob off
## END

#### set +o prints commands that restore the options
set -e; set +o | grep errexit
## stdout: set -o errexit

#### set +o output can be run
set -f; set +o > saved; set +f; . ./saved; case $- in *f*) echo f-on;; esac
## stdout: f-on

#### set -f shows in $-
set -f; case $- in *f*) echo yes;; esac
## stdout: yes

#### set +f turns it off
set -f; set +f; case $- in *f*) echo yes;; *) echo no;; esac
## stdout: no

#### set -o noglob long form
set -o noglob; echo *; set +o noglob
## stdout: *

#### set -u makes unset variables an error
set -u; (echo $NOPE) 2>/dev/null; echo $?
## stdout: 2
## dash-stdout: 2

#### set with an invalid option is a usage error
set -Z; echo $?
## status: 2
## stderr-match: Z

#### set -o with an invalid name
set -o nonsense 2>/dev/null
## status: 2

#### set lists variables quoted
myvar='a b'; set | grep '^myvar='
## stdout: myvar='a b'

#### set -a exports assignments
set -a; AUTO=1; set +a; sh -c 'echo $AUTO'
## stdout: 1

#### set - ends options and keeps arguments
set - a b; echo "$#:$1"
## stdout: 2:a

#### shift drops the first parameter
set -- a b c; shift; echo "$*"
## stdout: b c

#### shift N drops N
set -- a b c d; shift 2; echo "$*"
## stdout: c d

#### shift by exactly $# leaves none
set -- a b; shift 2; echo $#
## stdout: 0

#### shift too many fails and ends the script
set -- a; shift 2; echo not reached
## status: 2
## stderr-match: shift

#### command shift too many returns 1
set -- a; command shift 2 2>/dev/null; echo "st=$?"
## stdout: st=1
## dash-stdout: st=2

#### shift with a non-number fails
set -- a; shift x; echo not reached
## status: 2
