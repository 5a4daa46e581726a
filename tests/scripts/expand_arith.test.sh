# Arithmetic expansion $(( )): 64-bit integers, every C operator with C
# precedence, variables with and without $, bases, assignments, errors.
# Format: see run_cases.py.

#### + - * / % on integers
echo $((7 + 3)) $((7 - 10)) $((6 * 7)) $((17 / 5)) $((17 % 5))
## stdout: 10 -3 42 3 2

#### division truncates toward zero, also for negatives
echo $((-7 / 2)) $((-7 % 2)) $((7 / -2))
## stdout: -3 -1 -3

#### * binds tighter than +
echo $((2 + 3 * 4)) $(((2 + 3) * 4))
## stdout: 14 20

#### unary minus, plus, ! and ~
echo $((-5)) $((+5)) $((!0)) $((!7)) $((~0)) $((~5))
## stdout: -5 5 1 0 -1 -6

#### comparison operators give 1 or 0
echo $((1 < 2)) $((2 < 1)) $((2 <= 2)) $((3 > 2)) $((2 >= 3)) $((4 == 4)) $((4 != 4))
## stdout: 1 0 1 1 0 1 0

#### logical && and || give 1 or 0
echo $((3 && 4)) $((3 && 0)) $((0 || 0)) $((0 || 9))
## stdout: 1 0 0 1

#### && and || short-circuit assignments
x=1 y=1
: $((0 && (x = 5))) $((1 || (y = 5)))
echo $x $y
## stdout: 1 1

#### bitwise & | ^ and shifts
echo $((12 & 10)) $((12 | 10)) $((12 ^ 10)) $((1 << 10)) $((1024 >> 3))
## stdout: 8 14 6 1024 128

#### the ternary operator
echo $((1 ? 10 : 20)) $((0 ? 10 : 20)) $((0 ? 1 : 0 ? 2 : 3))
## stdout: 10 20 3

#### the ternary evaluates only the chosen branch
x=0
: $((1 ? (x = 1) : (x = 2)))
echo $x
## stdout: 1

#### C precedence: shifts below +, relational below shift, & below ==
echo $((1 + 1 << 2)) $((1 << 2 < 5)) $((3 & 1 == 1)) $((2 | 1 ^ 3 & 2))
## stdout: 8 1 1 3

#### C precedence: && binds tighter than ||
echo $((1 || 0 && 0))
## stdout: 1

#### the comma operator gives the last value
echo $((x = 1, y = 2, x + y))
## stdout: 3
## dash: skip dash 0.5.12 has no comma operator

#### variables are used with and without $
a=6 b=7
echo $((a * b)) $(($a * $b))
## stdout: 42 42

#### an unset or empty variable counts as 0
unset u; e=
echo $((u + 1)) $((e + 1))
## stdout: 1 1

#### a variable holding an expression-like number is evaluated
n=010
echo $((n + 0))
## stdout: 8

#### = assigns and gives the value
echo $((x = 5)) $x
## stdout: 5 5

#### compound assignments += -= *= /= %=
x=10
echo $((x += 5)) $((x -= 3)) $((x *= 2)) $((x /= 5)) $((x %= 3))
## stdout: 15 12 24 4 1

#### compound assignments <<= >>= &= ^= |=
x=1
echo $((x <<= 4)) $((x >>= 2)) $((x &= 6)) $((x ^= 7)) $((x |= 8))
## stdout: 16 4 4 3 11

#### pre and post increment and decrement
x=5
echo $((x++)) $x $((++x)) $((x--)) $((--x)) $x
## stdout: 5 6 7 7 5 5
## dash: skip dash 0.5.12 has no ++ and --

#### octal and hex constants
echo $((010)) $((0x1f)) $((0X10)) $((0))
## stdout: 8 31 16 0

#### 64-bit arithmetic wraps like C
echo $((9223372036854775807)) $((1 << 62)) $((4294967296 * 4294967295))
## stdout: 9223372036854775807 4611686018427387904 -4294967296

#### overflow wraps around
echo $((9223372036854775807 + 1))
## stdout: -9223372036854775808

#### division by zero is an error, not a crash
echo $((1 / 0))
echo not-reached
## status: 2
## stderr-match: (?i)division by zero

#### modulo by zero is an error
x=0
echo $((5 % x))
## status: 2
## stderr-match: (?i)division by zero

#### division by zero in a subshell only ends the subshell
(echo $((1 / 0))) 2>/dev/null
echo "st=$?"
## stdout: st=2

#### a syntax error in an expression is reported
echo $((1 +))
echo not-reached
## status: 2
## stderr-match: 1 \+

#### an invalid octal constant is an error
echo $((09))
## status: 2

#### spaces and newlines are allowed inside
echo $((  1 +
  2  ))
## stdout: 3

#### parentheses nest
echo $(( ((1 + 2) * (3 + 4)) % 5 ))
## stdout: 1

#### command substitution and parameters inside arithmetic
n=4
echo $(( $(echo 3) * ${n} ))
## stdout: 12

#### the result of $(( )) is not field-split in an assignment
x=$((1 + 2))
echo "$x"
## stdout: 3

#### quoted $(( )) gives one field
probe args "$((1+1))"
## stdout: <2>

#### arithmetic with negative numbers and unary minus on variables
x=-3
echo $((-x)) $((x * -2)) $((- -x))
## stdout: 3 6 -3

#### assignment to a non-variable is an error
echo $((3 = 4))
## status: 2

#### a variable with a non-numeric value is an error
# With bash's dialect the value is an expression of its own, as in bash:
# abc1 names an unset variable, so x is 0 (POSIX leaves this unspecified).
x=abc1
echo $((x + 1))
## status: 2
## dialect-stdout: 1
## dialect-status: 0

#### arithmetic used in a loop condition
i=0
while [ $((i < 3)) = 1 ]; do i=$((i + 1)); done
echo $i
## stdout: 3
