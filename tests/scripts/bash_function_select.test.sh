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

#### select: a menu on stderr, a number picks a word, REPLY keeps the line
select v in a b "c d"; do echo "v=[$v] REPLY=[$REPLY]"; done
echo "status $?"
## STDIN:
2
9
x y
 1 
## END
## STDOUT:
v=[b] REPLY=[2]
v=[] REPLY=[9]
v=[] REPLY=[x y]
v=[a] REPLY=[ 1 ]

status 1
## END
## stderr-json: "1) a\n2) b\n3) c d\n#? #? #? #? #? "

#### select: an empty line shows the menu again; PS3 is the prompt
PS3='pick: '
select v in a b; do echo "v=$v"; break; done
echo "status $?"
## STDIN:

1
## END
## STDOUT:
v=a
status 0
## END
## stderr-json: "1) a\n2) b\npick: 1) a\n2) b\npick: "

#### select without in offers "$@"; an empty list does nothing
set -- p q
select v; do echo "$v"; break; done
select v in; do echo never; done
echo "status $?"
## stdin: 2
## STDOUT:
q
status 0
## END

#### select: numbers as bash reads them, and continue
select v in a b; do echo "[$v]"; continue; echo not-here; done
## STDIN:
01
+2
1x
0
## END
## STDOUT:
[a]
[b]
[]
[]

## END
## status: 1

#### select: a long menu goes into columns that fit COLUMNS
COLUMNS=40
select v in $(seq 100 130); do :; done
## stderr-json: "1) 100\t  9) 108  17) 116  25) 124\n2) 101\t 10) 109  18) 117  26) 125\n3) 102\t 11) 110  19) 118  27) 126\n4) 103\t 12) 111  20) 119  28) 127\n5) 104\t 13) 112  21) 120  29) 128\n6) 105\t 14) 113  22) 121  30) 129\n7) 106\t 15) 114  23) 122  31) 130\n8) 107\t 16) 115  24) 123\n#? "
## stdout-json: "\n"
## status: 1

#### select is a reserved word only where a command starts
echo select v in a
## stdout: select v in a

#### type calls [[, function and select keywords
type [[ function select
## STDOUT:
[[ is a shell keyword
function is a shell keyword
select is a shell keyword
## END
