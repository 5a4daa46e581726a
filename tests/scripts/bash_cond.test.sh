# bash's conditional command [[ ]] (shell/exec/cond.cpp); bash 5.2 is the
# oracle. Strict POSIX mode has none: posix_mode_brace.test.sh. Format: run_cases.py.

#### string tests, and a word alone is true when not empty
[[ -n x ]]; echo $?
[[ -z "" ]]; echo $?
[[ x ]]; echo $?
[[ "" ]]; echo $?
[[ $unset ]]; echo $?
## STDOUT:
0
0
0
1
1
## END

#### words are not split or globbed inside [[ ]]
touch a1 a2
v='a b'
[[ $v == "a b" ]] && echo same
[[ $v == a\ b ]] && echo escaped
w='a*'
[[ $w == 'a*' ]] && echo not-globbed
[[ -n $v ]] && echo one-word
## STDOUT:
same
escaped
not-globbed
one-word
## END

#### == and != match a pattern on the right, quoted parts literally
[[ abc == a* ]]; echo $?
[[ abc == "a*" ]]; echo $?
[[ 'a*' == "a*" ]]; echo $?
p='a?c'
[[ abc == $p ]]; echo $?
[[ abc == "$p" ]]; echo $?
[[ abc != a* ]]; echo $?
[[ abc = ab[a-c] ]]; echo $?
[[ a\* == a\* ]]; echo $?
## STDOUT:
0
1
0
0
1
1
0
0
## END

#### =~ matches an extended regular expression, unquoted parentheses and bars included
[[ abc =~ ^a(b|x)c$ ]]; echo $?
[[ foo123 =~ [0-9]+ ]]; echo "$? $BASH_REMATCH"
[[ 'a b' =~ ^(a b)$ ]]; echo $?
[[ ab =~ a|z ]]; echo $?
[[ xyz =~ ^a ]]; echo "$? [$BASH_REMATCH]"
## STDOUT:
0
0 123
0
0
1 []
## END

#### quoted parts of the regex match themselves; a variable's value is a regex
[[ abc =~ "a.c" ]]; echo $?
[[ a.c =~ "a.c" ]]; echo $?
[[ abc =~ a\.c ]]; echo $?
re='^a.c$'
[[ abc =~ $re ]]; echo $?
[[ abc =~ "$re" ]]; echo $?
[[ '^a' =~ "^a" ]]; echo $?
## STDOUT:
1
0
1
0
1
0
## END

#### a bad regular expression: status 2
re='a('
[[ x =~ $re ]]
echo "status $?"
[[ x =~ $re || x == x ]] && echo "|| goes on"
## STDOUT:
status 2
|| goes on
## END

#### < and > compare strings, with no redirection
[[ apple < banana ]]; echo $?
[[ b > a ]]; echo $?
[[ 2 > 10 ]]; echo $?
[[ a<b ]]; echo $?
ls a b banana 10 2>/dev/null || echo no-files
## STDOUT:
0
0
0
0
no-files
## END

#### -eq and friends take arithmetic expressions
x=3
[[ 1+2 -eq 3 ]]; echo $?
[[ x -eq 3 ]]; echo $?
[[ $x*2 -gt 5 ]]; echo $?
[[ unset_var -eq 0 ]]; echo $?
[[ "" -eq 0 ]]; echo $?
[[ 010 -eq 8 ]]; echo $?
[[ 3 -ne 3 ]]; echo $?
[[ 2 -le 2 && 2 -ge 2 && 1 -lt 2 ]]; echo $?
## STDOUT:
0
0
0
0
0
0
1
0
## END

#### an arithmetic error makes that test false, and [[ ]] goes on
[[ 1 -eq 1/0 ]]; echo "status $?"
[[ 1 -eq 1/0 || a ]]; echo "status $?"
## STDOUT:
status 1
status 0
## END

#### file tests
mkdir d; touch f; ln -s f link; printf x > full
[[ -d d ]]; echo $?
[[ -f f && ! -f d ]]; echo $?
[[ -e nope ]]; echo $?
[[ -a f ]]; echo $?
[[ -L link && -h link ]]; echo $?
[[ -s full && ! -s f ]]; echo $?
[[ -r f && -w f ]]; echo $?
[[ -x d ]]; echo $?
[[ full -ef full && ! f -ef full ]]; echo $?
## STDOUT:
0
0
1
0
0
0
0
0
0
## END

#### -nt and -ot
touch -d '2001-01-01' old; touch new
[[ new -nt old ]]; echo $?
[[ old -ot new ]]; echo $?
[[ new -nt missing ]]; echo $?
## STDOUT:
0
0
0
## END

#### -v NAME and -o OPTION
x=; set -- a
[[ -v x ]]; echo $?
[[ -v nope ]]; echo $?
[[ -v 1 ]]; echo $?
[[ -v 2 ]]; echo $?
[[ -o errexit ]]; echo $?
set -u
[[ -o nounset ]]; echo $?
## STDOUT:
0
1
0
1
1
0
## END

#### && binds tighter than ||, ! and ( ) as expected
[[ a == b || c == c && d == e ]]; echo $?
[[ ( a == b || c == c ) && d == d ]]; echo $?
[[ ! a == b ]]; echo $?
[[ ! ( a == a ) ]]; echo $?
[[ ! ! x ]]; echo $?
## STDOUT:
1
0
0
1
0
## END

#### && and || do not expand what they skip
[[ -z "" || $(echo ran >&2) ]] 2>&1
[[ -n "" && $(echo ran >&2) ]] 2>&1
echo done
## stdout: done

#### newlines may come between the parts
[[
  a == a &&
  b == b
]] && echo yes
## stdout: yes

#### a tilde is expanded, a brace is not
HOME=/home/me
[[ ~ == /home/me ]] && echo tilde
[[ {a,b} == "{a,b}" ]] && echo no-braces
## STDOUT:
tilde
no-braces
## END

#### status in if, while, && and with set -e
if [[ -d / ]]; then echo dir; fi
i=
while [[ $i != xxx ]]; do i=${i}x; done; echo $i
f() { [[ $1 == y* ]]; }
f yes && echo yes
set -e
[[ a == b ]]
echo not-reached
## STDOUT:
dir
xxx
yes
## END
## status: 1

#### [[ ]] in a pipeline and with a redirection
[[ a ]] | cat; echo $?
[[ a == a ]] >/dev/null && echo redirected
## STDOUT:
0
redirected
## END

#### [[ is only a reserved word where a command starts
echo [[ a ]]
x=[[; echo $x
## STDOUT:
[[ a ]]
[[
## END

#### set -x shows each test, expanded
x='a b'
set -x
[[ -f $x && $x == b ]]
[[ ! $x ]]
## STDERR:
+ [[ -f a b ]]
+ [[ ! -n a b ]]
## END
## status: 1

#### syntax errors: missing operand, -a, extra words, empty
for t in '[[ -f ]]' '[[ a == ]]' '[[ a -a b ]]' '[[ a == b c ]]' '[[ ]]' '[[ ( a ]]' '[[ a && ]]'; do
  "$TEST_SHELL" -c "$t" 2>/dev/null; echo "$? $t"
done
## STDOUT:
2 [[ -f ]]
2 [[ a == ]]
2 [[ a -a b ]]
2 [[ a == b c ]]
2 [[ ]]
2 [[ ( a ]]
2 [[ a && ]]
## END
## bash: skip bash reports these syntax errors with status 0 from -c (forksh: 2, as for every syntax error)

#### the message for -a and -o says what to write instead
[[ -f x -o -d x ]]
## status: 2
## stderr-match: unexpected '-o' in \[\[ \]\] \(there, write && and \|\| instead of test's -a and -o\)
## bash: skip bash's message differs

#### =~ fills the array BASH_REMATCH: the whole match, then each group
[[ abc123 =~ ([a-z]+)([0-9]+) ]] && echo "${#BASH_REMATCH[@]}: ${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
[[ x =~ y ]] || echo "no match: ${#BASH_REMATCH[@]}"
## STDOUT:
3: abc123 abc 123
no match: 0
## END
