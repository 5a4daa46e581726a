# bash's arithmetic: the ((expression)) command, `let`, for ((;;)) loops and
# the operators of $((...)) that bash has beyond POSIX. bash 5.2 is the
# oracle (stdout and status); messages are forksh's own. Format: run_cases.py.

#### (( )) is 0 when the value is not zero, 1 when it is zero
((5)); echo $?
((0)); echo $?
((-1)); echo $?
(( )); echo $?
## STDOUT:
0
1
0
1
## END

#### (( )) assigns in the shell
((x = 2 + 3)); echo $x
((x++)); echo $x
((x *= 2, y = x - 1)); echo $x $y
## STDOUT:
5
6
12 11
## END

#### (( )) in && and if, with a variable without $
n=4
((n > 3)) && echo big
if ((n % 2 == 0)); then echo even; fi
## STDOUT:
big
even
## END

#### (( )) expands $x and $(...) first
a=3 b=4
(( c = $a * $(echo $b) )); echo $c
## stdout: 12

#### double quotes inside (( )) are quote removal, as in bash
n=3
(( "n" > 2 )) && echo yes
(( "$n" == 3 )) && echo three
## STDOUT:
yes
three
## END

#### a wrong expression in (( )) is status 1 and the script goes on
((1/0)); echo "status $?"
((2 +)); echo "status $?"
echo after
## STDOUT:
status 1
status 1
after
## END
## stderr-match: \(\(: 1/0: division by zero

#### ((echo a); (echo b)) is two subshells, as bash reads it
((echo a); (echo b))
(( echo nested ) )
## STDOUT:
a
b
nested
## END

#### (( )) as a function body
inc() ((count++))
count=0
inc; inc; inc
echo $count
## stdout: 3

#### set -e stops at a (( )) that is zero
set -e
i=0
((i++))
echo not reached
## status: 1

#### (( )) in a pipeline and with a redirection
((1)) | cat; echo $?
((x = 7)) > /dev/null; echo $x
## STDOUT:
0
7
## END

#### (( )) in $( ) and across lines
echo $( ((3 > 2)) && echo inside )
((
  y = 1 +
  2
))
echo $y
## STDOUT:
inside
3
## END

#### set -x shows (( )) as bash does
set -x
((x = 1 + 1))
## stderr: + (( x = 1 + 1 ))

#### let: one expression per argument, status from the last
let x=2 y=x*3; echo $? $x $y
let x=0; echo $?
let "z = 1 + 2" z++; echo $? $z
## STDOUT:
0 2 6
1
0 4
## END

#### let with no argument or a wrong expression is status 1
let; echo $?
let 1/0; echo $?
let 'x = ('; echo $?
## STDOUT:
1
1
1
## END

#### for (( )) counts
for ((i = 0; i < 3; i++)); do echo $i; done
echo "after: $i"
## STDOUT:
0
1
2
after: 3
## END

#### for (( )) with empty parts, break and continue
for ((;;)); do echo once; break; done
i=5
for ((; i > 3;)); do echo $i; ((i--)); done
for ((j = 0; j < 5; j++)); do ((j == 1)) && continue; ((j == 3)) && break; echo $j; done
## STDOUT:
once
5
4
0
2
## END

#### for (( )) with a brace body, no separator, and a newline
for ((i = 0; i < 2; i++)) { echo b$i; }
for ((i = 0; i < 2; i++)) do echo d$i; done
for ((i = 0; i < 1; i++))
do
  echo n$i
done
## STDOUT:
b0
b1
d0
d1
n0
## END

#### for (( )) nests, and its status is the body's
for ((i = 0; i < 2; i++)); do for ((j = 0; j < 2; j++)); do printf '%s%s ' $i $j; done; done; echo
for ((i = 0; i < 1; i++)); do false; done; echo $?
for ((i = 0; i < 0; i++)); do false; done; echo $?
## STDOUT:
00 01 10 11 
1
0
## END

#### for (( )) with a wrong expression is status 1
for ((i = 0; i < 1/0; i++)); do echo never; done; echo $?
## stdout: 1

#### for (( )) with two parts is a syntax error
for ((i = 0; i < 3)); do :; done
## status: 2

#### ** is right-associative, and unary minus binds tighter
echo $((2 ** 3 ** 2)) $((-2 ** 2)) $((-(2 ** 2))) $((2 ** 0)) $((0 ** 0))
## stdout: 512 4 -4 1 1

#### a negative exponent is an error
echo $((2 ** -1))
## status: 2
## bash-status: 1

#### pre and post increment and decrement
x=5 y=3
echo $((x++ + ++x)) $x
echo $((x-- - --y)) $x $y
echo $((x+++y)) $x
## STDOUT:
12 7
5 6 2
8 7
## END

#### -- and ++ next to a number are two signs
echo $((--5)) $((++5)) $((5 - -5)) $((5 --5)) $((+-+-5))
## stdout: 5 5 10 10 5

#### the comma operator is evaluated left to right
echo $((x = 1, y = x + 1, x + y)) $x $y
## stdout: 3 1 2

#### every assignment operator
x=10; echo $((x += 2)) $((x -= 3)) $((x *= 2)) $((x /= 4)) $((x %= 3))
x=3; echo $((x <<= 2)) $((x >>= 1)) $((x &= 5)) $((x |= 8)) $((x ^= 1))
## STDOUT:
12 9 18 4 1
12 6 4 12 13
## END

#### precedence of the C operators
echo $((1 + 2 * 3)) $((1 << 2 + 1)) $((5 & 3 == 3)) $((1 | 2 ^ 3 & 4)) $((3 > 2 > 1))
echo $((1 ? 2 : 3 ? 4 : 5)) $((0 ? 2 : 0 ? 4 : 5)) $((!0 ** 2)) $((~5 ** 2))
echo $((-9 / 4)) $((-9 % 4)) $((-1 >> 63)) $((1 << 63))
## STDOUT:
7 8 1 3 0
2 5 1 36
-2 -1 -1 -9223372036854775808
## END

#### && || and ?: do not evaluate the side they skip
x=1 y=1
echo $((0 && x++)) $((1 || y++)) $((0 ? x++ : y--)) $x $y
## stdout: 0 1 1 1 0

#### BASE#DIGITS constants
echo $((2#101)) $((16#ff)) $((8#17)) $((36#Z)) $((64#@)) $((64#_)) $((10#08))
## stdout: 5 255 15 35 62 63 8

#### a variable holding an expression is evaluated, as in bash
x=1+2 y=x*2
echo $((x * 2)) $((y))
## stdout: 6 6

#### overflow wraps around
echo $((9223372036854775807 + 1)) $((-9223372036854775808 / -1))
## stdout: -9223372036854775808 -9223372036854775808
