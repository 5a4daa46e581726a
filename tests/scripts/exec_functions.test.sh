# Functions: definition, call, positional parameters, return, recursion,
# local, redirections. Format: see run_cases.py.

#### a function runs its body when called
greet() { echo "hello"; }
greet
## stdout: hello

#### a function gets its own positional parameters
f() { echo "$# $1 $2"; }
f a "b c"
## stdout: 2 a b c

#### the caller's positional parameters are restored after the call
set -- outer1 outer2
f() { set -- x; echo "in: $1"; }
f inner
echo "out: $1 $#"
## STDOUT:
in: x
out: outer1 2
## END

#### $0 is not changed by a function call
f() { echo "$0"; }
f
## stdout: case.sh

#### return sets the function's status
f() { return 3; }
f
echo $?
## stdout: 3

#### return without a number keeps the last status
f() { false; return; }
f
echo $?
## stdout: 1

#### return stops the function body
f() { echo a; return 0; echo b; }
f
## stdout: a

#### the status of a function is its last command's
f() { true; sh -c 'exit 9'; }
f
echo $?
## stdout: 9

#### recursion works
fact() {
  if [ $1 -le 1 ]; then echo 1; return; fi
  echo $(( $1 * $(fact $(($1 - 1))) ))
}
fact 10
## stdout: 3628800

#### deep recursion of 200 levels
depth() { if [ $1 -gt 0 ]; then depth $(($1 - 1)); else echo bottom; fi; }
depth 200
## stdout: bottom

#### variables assigned in a function are global
f() { v=set-in-f; }
f
echo $v
## stdout: set-in-f

#### local restores the variable on return
v=global
f() { local v=local; echo "in: $v"; }
f
echo "out: $v"
## STDOUT:
in: local
out: global
## END

#### local has dynamic scope: a called function sees it
v=global
show() { echo "show: $v"; }
f() { local v=dyn; show; }
f
show
## STDOUT:
show: dyn
show: global
## END

#### local without a value keeps the current value (as dash; bash unsets it)
v=outer
f() { local v; echo "[${v-unset}]"; v=changed; }
f
echo "$v"
## STDOUT:
[outer]
outer
## END

#### a function can be redefined
f() { echo one; }
f
f() { echo two; }
f
## STDOUT:
one
two
## END

#### a function body may be any compound command
f() if true; then echo if-body; fi
f
## stdout: if-body

#### a function with a subshell body does not change the caller
x=1
f() ( x=2; echo "in $x" )
f
echo "out $x"
## STDOUT:
in 2
out 1
## END

#### a redirection in the definition applies at each call
f() { echo to-file; } > out
f
echo after
cat out
## STDOUT:
after
to-file
## END

#### a function overrides an external command of the same name
ls() { echo not-ls; }
ls
## stdout: not-ls

#### command bypasses the function
echo() { printf 'fn\n'; }
command echo real
## stdout: real

#### unset -f removes a function
f() { echo f; }
unset -f f
f 2>/dev/null
echo "st=$?"
## stdout: st=127

#### return N gives the status that || sees
f() { return 5; echo no; }
f || echo "failed with $?"
## stdout: failed with 5

#### an exit inside a function exits the whole shell
f() { exit 4; }
f
echo not-reached
## status: 4

#### functions defined with names containing _ and digits
my_func2() { echo ok; }
my_func2
## stdout: ok

#### an assignment before a function call is visible inside it
f() { echo "v=$v"; }
v=prefix f
## stdout: v=prefix

#### $# is 0 in a function called without arguments
set -- a b c
f() { echo $#; }
f
## stdout: 0

#### "$@" in a function forwards arguments exactly
f() { probe args "$@"; }
f 'a b' '' c
## stdout: <a b> <> <c>

#### a function may call itself through a pipeline
f() { echo x; }
f | f
## stdout: x

#### return from a sourced file with a status
echo 'echo in-file; return 6; echo no' > lib.sh
. ./lib.sh
echo "st=$?"
## STDOUT:
in-file
st=6
## END

#### a function's status in a condition
ok() { return 0; }
bad() { return 1; }
if ok && ! bad; then echo both; fi
## stdout: both
