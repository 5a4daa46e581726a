# Loops: for, while, until, break [n], continue [n], statuses.
# Format: see run_cases.py.

#### for iterates over its words
for i in a b c; do echo $i; done
## STDOUT:
a
b
c
## END

#### for without in iterates over the positional parameters
set -- x 'y z'
for a; do echo "<$a>"; done
## STDOUT:
<x>
<y z>
## END

#### for with an empty list runs nothing and gives 0
false
for i in; do echo no; done
echo "st=$?"
## stdout: st=0

#### for words are expanded, split and globbed
touch f1 f2
v='p q'
for i in $v f*; do echo $i; done
## STDOUT:
p
q
f1
f2
## END

#### the loop variable keeps its last value
for i in 1 2 3; do :; done
echo $i
## stdout: 3

#### while runs while the condition succeeds
i=0
while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done
## STDOUT:
0
1
2
## END

#### until runs until the condition succeeds
i=0
until [ $i -ge 2 ]; do echo $i; i=$((i+1)); done
## STDOUT:
0
1
## END

#### a while loop that never runs has status 0
false
while false; do :; done
echo "st=$?"
## stdout: st=0

#### the status of a loop is that of the last body command
for i in 1; do sh -c 'exit 6'; done
echo "st=$?"
## stdout: st=6

#### break leaves the loop
for i in 1 2 3 4; do
  [ $i = 3 ] && break
  echo $i
done
## STDOUT:
1
2
## END

#### continue skips to the next iteration
for i in 1 2 3; do
  [ $i = 2 ] && continue
  echo $i
done
## STDOUT:
1
3
## END

#### break 2 leaves two loops
for i in a b; do
  for j in 1 2; do
    [ $j = 2 ] && break 2
    echo $i$j
  done
done
echo end
## STDOUT:
a1
end
## END

#### continue 2 continues the outer loop
for i in a b; do
  for j in 1 2; do
    [ $j = 2 ] && continue 2
    echo $i$j
  done
  echo never
done
## STDOUT:
a1
b1
## END

#### break with a number larger than the nesting leaves all loops
for i in 1 2; do
  for j in 1 2; do break 5; done
  echo no
done
echo out
## stdout: out

#### break in a while true loop
n=0
while true; do n=$((n+1)); [ $n -ge 5 ] && break; done
echo $n
## stdout: 5

#### break inside a function does not leave the caller's loop
f() { break; }
for i in 1 2; do f 2>/dev/null; echo $i; done
## STDOUT:
1
2
## END

#### continue in an until loop
i=0
until [ $i -ge 4 ]; do
  i=$((i+1))
  [ $i = 2 ] && continue
  echo $i
done
## STDOUT:
1
3
4
## END

#### while reading lines from a file
printf 'a b\nc d\n' > f
while read x y; do echo "$y-$x"; done < f
## STDOUT:
b-a
d-c
## END

#### a loop in a pipeline: variables do not leak out
n=0
printf '1\n2\n' | while read l; do n=$((n+1)); done
echo $n
## stdout: 0

#### a loop with output piped to another command
for i in 3 1 2; do echo $i; done | sort
## STDOUT:
1
2
3
## END

#### nested loops with the same variable
for i in 1 2; do for i in a b; do :; done; echo $i; done
## STDOUT:
b
b
## END

#### a 10000-iteration loop with arithmetic is correct
i=0 s=0
while [ $i -lt 10000 ]; do s=$((s + i)); i=$((i + 1)); done
echo $s
## stdout: 49995000

#### for over "$@" keeps empty arguments
set -- a '' b
n=0
for x in "$@"; do n=$((n+1)); done
echo $n
## stdout: 3

#### do and done are recognized after newlines
for i in 1 2
do
  echo $i
done
## STDOUT:
1
2
## END

#### a for loop variable name must be valid
for 1x in a; do echo $1x; done
## status: 2
## stderr-match: (?i)(syntax|bad for loop variable)

#### break outside a loop is ignored with status 0
break
echo "after st=$?"
## stdout: after st=0
