# set and the shell's invocation (XCU set, sh).

#### set output is input that eval reads back
a="x y" b="it's" c="l1
l2" d="" e='$(echo no)' f='a\b' g=$(printf 't\tu\001v')
s=$(set)
unset a b c d e f g
eval "$s"
printf '[%s]' "$a" "$b" "$c" "$d" "$e" "$f"; echo
[ "$g" = "$(printf 't\tu\001v')" ] && echo g-ok
## STDOUT:
[x y][it's][l1
l2][][$(echo no)][a\b]
g-ok
## END

#### set - turns off -x and -v and keeps the positional parameters
set -- 1 2
set -xv
set - 2>/dev/null
echo $#
case $- in *[xv]*) echo still-on;; esac
## stdout: 2

#### set - with operands sets the positional parameters
set - a b c
echo "$# $*"
## stdout: 3 a b c

#### set + changes nothing and ends the options
set -- 1 2
set +
echo $#
set + a b c
echo "$# $*"
## STDOUT:
2
3 a b c
## END

#### set with an unknown option is an error that ends a script
set -Q
echo not-reached
## status: 2
## stderr-match: set

#### set -o with an unknown name
set -o nosuch
echo not-reached
## status: 2
## stderr-match: nosuch

#### sh +c runs the command like -c
"$TEST_SHELL" +c 'echo plus-c'
## stdout: plus-c

#### sh - reads commands from standard input
echo 'echo from-stdin $#' | "$TEST_SHELL" -
## stdout: from-stdin 0

#### sh - SCRIPT: the lone - ends the options and is ignored
echo 'echo script $0 $1' > s.sh
"$TEST_SHELL" - s.sh arg
## stdout: script s.sh arg

#### sh -- SCRIPT and sh -- alone
echo 'echo script $1' > s.sh
"$TEST_SHELL" -- s.sh arg
echo 'echo from-stdin' | "$TEST_SHELL" --
## STDOUT:
script arg
from-stdin
## END

#### an unknown option to sh is a usage error
"$TEST_SHELL" -Q -c 'echo no' 2>/dev/null
echo st=$?
## stdout: st=2

#### PATH unset at start gets a default that finds the usual commands
env -i "$TEST_SHELL" -c 'case $PATH in */bin*) echo has-path;; esac; ls / >/dev/null && echo found-ls'
## STDOUT:
has-path
found-ls
## END

#### the default PATH is not exported
env -i "$TEST_SHELL" -c 'env' | grep -c '^PATH=' || true
## stdout: 0
