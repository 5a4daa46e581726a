# Field splitting by IFS: whitespace and non-whitespace separators, empty and
# unset IFS, what is and is not split. Format: see run_cases.py.

#### default IFS splits on spaces, tabs and newlines
x="a  b	c
d"
probe args $x
## stdout: <a> <b> <c> <d>

#### leading and trailing whitespace gives no empty fields
x='   a b   '
probe args $x
## stdout: <a> <b>

#### a quoted expansion is not split
x='a  b'
probe args "$x"
## stdout: <a  b>

#### a non-whitespace IFS character separates every field, keeping empty ones
IFS=:
x='a::b:'
probe args $x
## stdout: <a> <> <b>

#### a leading non-whitespace separator gives an empty first field
IFS=:
x=':a'
probe args $x
## stdout: <> <a>

#### whitespace around a non-whitespace separator belongs to it
IFS=' :'
x='a : b  c'
probe args $x
## stdout: <a> <b> <c>

#### two non-whitespace separators with whitespace between give an empty field
IFS=' :'
x='a : : b'
probe args $x
## stdout: <a> <> <b>

#### empty IFS means no splitting
IFS=
x='a b:c'
probe args $x
## stdout: <a b:c>

#### unset IFS splits like the default
x='a  b'
unset IFS
probe args $x
## stdout: <a> <b>

#### IFS of only a tab splits on tabs, not spaces
IFS='	'
x='a b	c'
probe args $x
## stdout: <a b> <c>

#### literal text is not split, only expansion results
IFS=:
probe args a:b $(echo c:d)
## stdout: <a:b> <c> <d>

#### an empty unquoted expansion gives no field
e=
probe args $e x $e
## stdout: <x>

#### an empty quoted expansion gives an empty field
e=
probe args "$e" x
## stdout: <> <x>

#### a word with an empty expansion and quotes keeps an empty field
e=
probe args $e''
## stdout: <>

#### expansions in assignments are not split
x='a  b'
y=$x
echo "$y"
## stdout: a  b

#### the result of a command substitution is split
IFS=,
probe args $(printf 'a,b c')
## stdout: <a> <b c>

#### arithmetic results are split by IFS too
IFS=1
probe args $((515))
## stdout: <5> <5>

#### adjacent quoted and unquoted parts join
x='b c'
probe args a$x"d e"
## stdout: <ab> <cd e>

#### read splits with IFS into variables, the last gets the rest
IFS=: read a b <<EOF
1:2:3
EOF
echo "$a|$b"
## stdout: 1|2:3

#### an IFS assignment before a builtin affects only read
x='a:b'
IFS=: read p q <<EOF
$x
EOF
probe args $x
echo "$p $q"
## STDOUT:
<a:b>
a b
## END

#### "$*" uses the first IFS character, or nothing with empty IFS
set -- a b c
IFS=:-
echo "$*"
IFS=
echo "$*"
## STDOUT:
a:b:c
abc
## END

#### "$*" with unset IFS joins with spaces
set -- a b
unset IFS
echo "$*"
## stdout: a b

#### a trailing non-whitespace separator does not make an empty last field
IFS=,
x='a,b,'
probe args $x
## stdout: <a> <b>

#### a value of only separators gives one empty field per non-whitespace separator
IFS=,
x=',,'
probe args $x
## stdout: <> <>

#### IFS with a newline splits lines of output
IFS='
'
probe args $(printf 'one line\nanother line\n')
## stdout: <one line> <another line>

#### unquoted $@ with a non-default IFS
set -- 'a b' 'c:d'
IFS=:
probe args $@
## stdout: <a b> <c> <d>

#### field splitting does not happen on the word of for without expansion
IFS=:
for w in a:b; do echo "$w"; done
## stdout: a:b

#### local IFS in a function is restored
f() { local IFS=:; x='1:2'; set -- $x; echo $#; }
f
x='1 2'
set -- $x
echo $#
## STDOUT:
2
2
## END
