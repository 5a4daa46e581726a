# bash's `function NAME` and `select` (shell/syntax/parser.cpp,
# shell/exec/select.cpp); bash 5.2 is the oracle. Strict POSIX mode has
# neither: posix_mode_brace.test.sh. Format: run_cases.py.

#### function NAME { ...; } and function NAME() { ...; }
function f { echo "f $1"; }
function g() { echo "g $#"; }
function h ()
{
  echo h
}
f a; g 1 2; h
## STDOUT:
f a
g 2
h
## END

#### any compound command is a body, a subshell too
function s ( echo "in a subshell $1" )
function c if true; then echo if-body; fi
function t [[ $1 == y* ]]
s x; c; t yes && echo cond-body
## STDOUT:
in a subshell x
if-body
cond-body
## END

#### the name may be any unquoted word, as in bash
function my-func { echo dashed; }
function a.b { echo dotted; }
my-func; a.b
## STDOUT:
dashed
dotted
## END

#### redirections of the body apply at each call
function log { echo "$1"; } >>out.txt
log one; log two; cat out.txt
## STDOUT:
one
two
## END

#### local, return and $FUNCNAME-free recursion work as in NAME()
function count {
  local n=$1
  [ "$n" -le 0 ] && return 7
  echo "$n"; count $((n - 1))
}
count 2; echo "status $?"
## STDOUT:
2
1
status 7
## END

#### function is a reserved word only where a command starts
echo function f
x=function; echo $x
## STDOUT:
function f
function
## END

#### a body that is not a compound command is a syntax error
"$TEST_SHELL" -c 'function f() echo x' 2>/dev/null; echo "status $?"
"$TEST_SHELL" -c 'function f; echo after' 2>/dev/null; echo "status $?"
## STDOUT:
status 2
status 2
## END
