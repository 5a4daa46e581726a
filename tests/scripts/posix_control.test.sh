# break, continue and return across contexts (XCU 2.15 break, continue,
# return). POSIX 2024: a loop encloses a break only lexically (or through
# `.`); from a function called in a loop the effect is unspecified, and dash
# and bash both ignore it there. We do the same.

#### break in a function called from a loop does not leave the loop
f() { break; }
for i in 1 2; do f; echo $i; done
## STDOUT:
1
2
## END

#### continue in a function called from a loop does not skip
g() { continue; }
for i in 1 2; do g; echo $i; done
## STDOUT:
1
2
## END

#### break in a file read with . leaves the loop around the .
echo 'echo in-dot; break; echo not-here' > brk.sh
for i in 1 2; do . ./brk.sh; echo not-after; done; echo out
## STDOUT:
in-dot
out
## END

#### continue in a file read with . goes on with the loop
echo 'continue; echo not-here' > cont.sh
for i in 1 2; do . ./cont.sh; echo not-after; done; echo out
## stdout: out

#### break 2 from an inner loop leaves both
for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done; echo st=$?
## STDOUT:
1a
st=0
## END

#### break N beyond the loops leaves them all
for i in 1 2; do while :; do break 9; done; echo no; done; echo out
## stdout: out

#### break with a bad count is an error of a special builtin
for i in 1; do break 0; done
echo not-reached
## status: 2
## stderr-match: break

#### break in a subshell ends only the subshell, also under set -e
set -e
for i in 1 2; do (break; echo no); echo i$i; done
## STDOUT:
i1
i2
## END

#### return ends a function, with its status
f() { return 3; echo no; }
f; echo $?
## stdout: 3

#### return in a subshell of a function ends only the subshell
f() { (return 6); echo sub=$?; }
f
## stdout: sub=6

#### return in a file read with . ends that file
echo 'return 4; echo no' > r.sh
. ./r.sh; echo dot=$?
## stdout: dot=4

#### return in a file read with . inside a function ends only the file
echo 'return 4; echo no' > r.sh
f() { . ./r.sh; echo in-f=$?; return 5; }
f; echo f=$?
## STDOUT:
in-f=4
f=5
## END

#### a function called from a . file returns to the file
printf 'g() { return 2; }\ng; echo after-g=$?\n' > lib.sh
. ./lib.sh; echo dot=$?
## STDOUT:
after-g=2
dot=0
## END

#### return in eval returns from the function
f() { eval 'return 7'; echo no; }
f; echo $?
## stdout: 7

#### return at the top of a script ends it with the status (as dash)
echo before
return 5
echo not-reached
## stdout: before
## status: 5

#### return in $( ) at the top level ends the substitution
x=$(echo out; return 3; echo no); echo "$x $?"
## stdout: out 3

#### return N in a trap action ends the interrupted function with N
f() { trap 'return 7' USR1; kill -USR1 $$; echo not-reached; }
f; echo $?
## stdout: 7

#### a trap action that does not return leaves $? alone
g() { trap 'false' USR2; kill -USR2 $$; echo g=$?; }
g
## stdout: g=0

#### return from inside nested loops and case in a function
f() { for i in 1 2; do while :; do case x in x) return 4;; esac; done; done; echo no; }
f; echo $?
## stdout: 4

#### return without a number gives the last status
f() { false; return; }
f; echo $?
## stdout: 1
