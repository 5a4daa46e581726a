# bash's parameter forms: ${v:o:n}, ${v/p/s}, ${v^}, ${v,}, ${!name},
# ${!prefix*}. They are errors in POSIX, so forksh keeps them in both modes.

#### ${v:offset} and ${v:offset:length}
v=abcdef
echo ${v:2} ${v:1:3} ${v:0:1} "[${v:6}]" "[${v:10}]"
## stdout: cdef bcd a [] []

#### a negative offset needs a space or parentheses
v=abcdef
echo ${v: -2} ${v:(-3):2} ${v:-2}
## stdout: ef de abcdef

#### a negative length stops that many from the end
v=abcdef
echo ${v:1:-1} ${v: -4:-1} "[${v:2:-4}]"
## stdout: bcde cde []

#### offsets and lengths are arithmetic
v=abcdef; i=1
echo ${v:i+1:i*2} ${v:$i:1} ${v:1+1}
## stdout: cd b cdef

#### an empty offset is 0, an empty length 0; no offset at all is a bad substitution
v=abc
echo "${v::2}" "[${v:1:}]"
echo "${v:}"
## stdout: ab []
## status: 2
## bash-status: 1
## stderr-match: \$\{v:\}: bad substitution

#### a negative offset too far back gives nothing
v=abc
echo "[${v: -10}]" "[${v: -10:2}]"
## stdout: [] []

#### a length that ends before the start is an error (the command fails, the script goes on)
v=abcdef
echo ${v:3:-4}
echo "status $?"
## stdout: status 1
## stderr-match: -4: substring expression < 0

#### ${@:offset:length} counts $0 as element 0
set -- a b c d
echo ${@:2} / ${@:2:1} / ${@: -1} / ${@: -2:1} / ${*:3}
## stdout: b c d / b / d / c / c d

#### "${@:2}" keeps fields whole, and nothing gives no field
set -- 'a b' 'c d' e
printf '<%s>' "${@:1:2}"; echo
set -- one
printf '<%s>' "${@:2}"; echo
## STDOUT:
<a b><c d>
<>
## END

#### "${*:2}" joins with IFS
set -- a b c
IFS=,
echo "${*:2}"
## stdout: b,c

#### an unset variable with an offset is empty, and its words are not evaluated
echo "[${nope:1/0}]"
## stdout: []

#### ${v/pattern/string} replaces the first longest match
v=abcbcd
echo ${v/bc/X} ${v//bc/X} ${v/b*c/X} ${v/#ab/X} ${v/%cd/X} ${v/#bc/X} ${v/%b/X}
## stdout: aXbcd aXXd aXd Xcbcd abcbX abcbcd abcbcd

#### no replacement deletes; an empty pattern changes nothing
v=a.b.c
echo ${v/.} ${v//.} ${v//} ${v/}
## stdout: ab.c abc a.b.c a.b.c

#### ${v/#/s} and ${v/%/s} add at the start or end
v=mid
echo ${v/#/pre-} ${v/%/-post}
## stdout: pre-mid mid-post

#### quoted pattern characters are literal
v='a*b*c'
echo ${v/'*'/+} ${v//\*/+} "${v//"*"/+}" ${v//*/+}
## stdout: a+b*c a+b+c a+b+c +

#### & in the replacement is the match (bash 5.2 patsub_replacement)
v=abc
r='&'
echo ${v/b/[&]} "${v/b/[&]}" ${v/b/\&} "${v/b/"&"}" ${v/b/$r} "${v/b/"$r"}" ${v//?/&&}
## stdout: a[b]c a[b]c a&c a&c abc a&c aabbcc

#### single quotes quote in the replacement, also inside double quotes
v=abc
echo "${v/b/'x y'}" "${v/b/"x  y"}"
## stdout: ax yc ax  yc

#### a slash in the pattern can be escaped
p=/usr/local/bin
echo ${p//\//:} "${p/\/usr/}"
## stdout: :usr:local:bin /local/bin

#### replacement on every positional parameter
set -- ab cb
echo ${@/b/X}
printf '<%s>' "${@/#/-}"; echo
## STDOUT:
aX cX
<-ab><-cb>
## END

#### the unquoted result of a replacement is split
v=a-b
IFS=-
printf '<%s>' ${v/x/y}; echo
printf '<%s>' "${v/x/y}"; echo
## STDOUT:
<a><b>
<a-b>
## END

#### an empty value with a pattern that matches nothing, or anything
v=
echo "[${v/*/y}]" "[${v/a/y}]"
## stdout: [y] []

#### case conversion
v='hello world'
echo ${v^} ${v^^} / ${v^^[lo]} / ${v^o}
V=HELLO
echo ${V,} ${V,,} ${V,,[LH]}
## STDOUT:
Hello world HELLO WORLD / heLLO wOrLd / hello world
hELLO hello hEllO
## END

#### case conversion on each positional parameter
set -- ab cd
echo ${@^}
## stdout: Ab Cd

#### ${!name} reads the variable that name names
target=value
ref=target
echo ${!ref} ${!ref/v/V} ${#ref}
set -- one two
n=2
echo ${!n} ${!#}
## STDOUT:
value Value 6
two two
## END

#### ${!name} of an unset name is an error
echo ${!nope}
echo "status $?"
## stdout: status 1
## stderr-match: nope: invalid indirect expansion

#### ${!name} when name holds no variable name is an error
ref='a b'
echo ${!ref}
echo "status $?"
## stdout: status 1
## stderr-match: a b: invalid variable name

#### ${!prefix*} and ${!prefix@} list variable names
my_a=1 my_b=2 myc=3
echo ${!my_*}
printf '<%s>' "${!my_@}"; echo
IFS=,
echo "${!my_*}"
## STDOUT:
my_a my_b
<my_a><my_b>
my_a,my_b
## END

#### $! with POSIX operators is still $!
echo "[${!-none}]"
## stdout: [none]

#### a bad substitution quotes what was typed
x=abc
echo ${x;y}
## status: 2
## bash-status: 1
## stderr-match: \$\{x;y\}: bad substitution

#### a bad substitution after an operator quotes what was typed
a=abc
echo "${a[0]x}"
## status: 2
## bash-status: 1
## stderr-match: \$\{a\[0\]x\}: bad substitution

#### set -u: an unset variable with an operator is an error
set -u
echo ${nope/a/b}
echo not reached
## status: 2
## bash-status: 1
## stderr-match: nope

#### nested parameter forms
v=abcdef n=2
echo ${v:${#n}:$((n+1))} "${v/${v:0:1}/${v^^}}"
## stdout: bcd ABCDEFbcdef
