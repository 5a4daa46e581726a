# bash's parameter forms (${x:1}, ${x/a/b}, ${!x}, ${a[1]}) give meaning to
# what POSIX calls a bad substitution, so they stay on in strict POSIX mode;
# every POSIX form means what it meant.

#### the POSIX operators with a colon are unchanged
x=abc e=
echo ${x:-d} ${e:-d} ${e:=set} ${x:+alt} ${u:+alt}-
## stdout: abc d set alt -

#### $! with an operator is still $!, not indirection
echo "[${!-none}]" "[${!:-none}]"
## stdout: [none] [none]

#### ${#} ${##} ${#-} keep dash's meanings
set -- a b c
echo ${#} ${##} ${#%3}
## stdout: 3 1

#### a % or # pattern with a slash or colon in it is still a pattern
p=/a/b:c
echo ${p#/a/} ${p%:c} ${p##*/}
## stdout: b:c /a/b b:c

#### "${@#x}" with no positional parameters is one empty field (as dash)
set --
for f in "${@#x}"; do echo "[$f]"; done
## stdout: []

#### a[1] is a glob word, not an element
echo a[1]
## stdout: a[1]

#### ${x:1:2} is a substring in both modes (a bad substitution in dash)
x=abcd
echo ${x:1:2}
## stdout: bc
## dash: skip dash has no substrings

#### ${x/a/b} replaces in both modes (a bad substitution in dash)
x=abca
echo ${x//a/-}
## stdout: -bc-
## dash: skip dash has no pattern replacement

#### a[1]=x is a command name in strict POSIX mode, an element with bash's dialect
a[1]=x 2>/dev/null
echo "status $?"
## stdout: status 0
## posix-stdout: status 127
## dash-stdout: status 127

#### a+=x is a command name in strict POSIX mode
a=1
a+=2 2>/dev/null
echo "$a $?"
## stdout: 12 0
## posix-stdout: 1 127
## dash-stdout: 1 127

#### a=(x) is a syntax error in strict POSIX mode
a=(x y)
echo ${a[1]}
## stdout: y
## posix-status: 2
## posix-stdout-json: ""
## dash: skip dash's message differs

#### in strict POSIX mode a[1]=x is not found, with the arrays hint
set -o posix
a[1]=x
## status: 127
## stderr-match: a\[1\]=x: .*not found \(arrays are a bash extension
## dash: skip dash has no set -o posix
