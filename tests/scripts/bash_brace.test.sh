# Brace expansion, bash's dialect (shell/expand/brace.cpp); bash 5.2 is the
# oracle. Strict POSIX mode has none: posix_mode_brace.test.sh. Format: run_cases.py.

#### alternatives, with text before and after
echo {a,b} x{a,b}y pre{1,2,3}
## stdout: a b xay xby pre1 pre2 pre3

#### several in one word: the first varies slowest
echo {a,b}{1,2} -{a,b}-{c,d}-
## stdout: a1 a2 b1 b2 -a-c- -a-d- -b-c- -b-d-

#### nested braces
echo {a,{b,c}}d {x,y{1,2}}
## stdout: ad bd cd x y1 y2

#### empty alternatives: an empty word disappears, a quoted one stays
printf '[%s]' {,a} x{,a} {a,,b} {"",a}; echo
## stdout: [a][x][xa][a][b][][a]

#### integer sequences, up, down, negative
echo {1..5} {5..1} {-3..3} {-1..-3} {+1..3} {3..3}
## stdout: 1 2 3 4 5 5 4 3 2 1 -3 -2 -1 0 1 2 3 -1 -2 -3 1 2 3 3

#### a step; its sign follows the direction, 0 counts as 1
echo {1..10..3} {10..1..3} {10..1..-3} {0..10..-2} {1..3..0}
## stdout: 1 4 7 10 10 7 4 1 10 7 4 1 0 2 4 6 8 10 1 2 3

#### zero padding from either end
echo {01..10} {1..010..3} {-05..5..5} {00..2}
## stdout: 01 02 03 04 05 06 07 08 09 10 001 004 007 010 -05 000 005 00 01 02

#### letter sequences
echo {a..e} {e..a} {a..e..2} {A..C}{1..2}
## stdout: a b c d e e d c b a a c e A1 A2 B1 B2 C1 C2

#### not brace expressions: they stay as written
echo {a} {} {a..} {..b} {a,b {1..a} {a..1} {aa..c} {1..3..} {1..3..x}
## stdout: {a} {} {a..} {..b} {a,b {1..a} {a..1} {aa..c} {1..3..} {1..3..x}

#### quoted or escaped braces and commas are literal
echo "{a,b}" '{a,b}' \{a,b} {a\,b} {a,b\,c} {"a,b",c}
## stdout: {a,b} {a,b} {a,b} {a,b} a b,c a,b c

#### an unmatched brace around a valid expression
echo {{a,b} {a,b}} a{b,c}} {a,b}{
## stdout: {a {b a} b} ab} ac} a{ b{

#### a failed sequence does not stop the braces after it
echo {1..x}{a,b} {a..}-{1..2}
## stdout: {1..x}a {1..x}b {a..}-1 {a..}-2

#### brace expansion comes before parameter expansion
a=1 b=2
echo {$a,$b} ${a}{x,y} {1..$b}
## stdout: 1 2 1x 1y {1..2}

#### ${...} and $(...) are never cut at their commas
v=A
echo ${u:-{a,b}} {${v},b} {"$v",c} {a,$(echo b,c)}
## stdout: {a,b} A b A c a b,c

#### a command substitution runs once for each word
n=0
echo {a,b}$(echo x)
## stdout: ax bx

#### each word is split and globbed after the braces
touch f1 f2
x='p q'
printf '[%s]' {$x,r} f{1,2,3} f*{1,2}; echo
## stdout: [p][q][r][f1][f2][f3][f1][f2]

#### tilde expansion after brace expansion
HOME=/home/me
echo {~,x} ~{,/a} {a,~}
## stdout: /home/me x /home/me /home/me/a a /home/me

#### a brace that begins a word and is closed at once opens nothing
echo {},a} x{},a}
## stdout: {},a} x} xa

#### an assignment's value is not brace-expanded
x={a,b}; echo "$x"
y=1{1..3} env | grep '^y='
## STDOUT:
{a,b}
y=1{1..3}
## END

#### but an argument that only looks like one is
echo x={a,b} {a,b}=1
## stdout: x=a x=b a=1 b=1

#### export NAME={a,b} declares each word, as plain words
HOME=/home/me
x='1 2'
export y={a,b} z=~/{p,q}
echo "$y" "$z"
export w={a,"$x"}
echo "[$w]"
## STDOUT:
b ~/q
[1 2]
## END

#### for lists and function arguments
for i in {1..3}; do printf '%s;' "$i"; done; echo
f() { echo "$#: $*"; }; f {a..c}x
## STDOUT:
1;2;3;
3: ax bx cx
## END

#### case subjects, patterns and here-strings stay literal
case {a,b} in {a,b}) echo matched;; esac
cat <<< {a,b}
## STDOUT:
matched
{a,b}
## END

#### a redirection target may expand to one word; two are ambiguous
echo one > out{1..1}; cat out1
echo two > out{1,2}
echo "status $?"
## STDOUT:
one
status 1
## END
## stderr-match: out\{1,2\}: ambiguous redirect$

#### set +B turns it off, set -B back on, and it shows in $- and set -o
set +B; echo {a,b}
case $- in *B*) echo on;; *) echo off;; esac
set -o braceexpand; echo {a,b}
set -o | grep '^braceexpand' | tr -s ' \t' ' '
## STDOUT:
{a,b}
off
a b
braceexpand on
## END

#### letters between Z and a, and a huge sequence stays literal
echo {X..Z} {1..9223372036854775808}
## stdout: X Y Z {1..9223372036854775808}

#### large sequences are generated in order
echo {1..1000} | tr ' ' '\n' | tail -n 2
echo {001..100} | wc -w
## STDOUT:
999
1000
100
## END
