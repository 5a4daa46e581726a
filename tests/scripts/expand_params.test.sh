# Parameter expansion, every ${} form, with patterns and nested expansions
# and quotes inside the word. Format: see run_cases.py.

#### $x and ${x} expand a variable
x=val
echo $x ${x} ${x}suffix
## stdout: val val valsuffix

#### an unset variable expands to nothing
echo "[$nothing]"
## stdout: []

#### ${x:-w} uses the word when x is unset or empty
unset u; e=
echo "${u:-def1} ${e:-def2}"
## stdout: def1 def2

#### ${x:-w} keeps a set non-empty value
x=set
echo "${x:-def}"
## stdout: set

#### ${x-w} uses the word only when x is unset
unset u; e=
echo "[${u-def1}] [${e-def2}]"
## stdout: [def1] []

#### ${x:=w} assigns when unset or empty
unset u; e=
echo "${u:=one} ${e:=two}"
echo "$u $e"
## STDOUT:
one two
one two
## END

#### ${x=w} assigns only when unset
unset u; e=
echo "[${u=one}] [${e=two}]"
echo "[$u] [$e]"
## STDOUT:
[one] []
[one] []
## END

#### ${x:=w} on a positional parameter is an error
${1:=x}
echo not-reached
## status: 2
## stderr-match: (?i)1: .*(cannot assign|bad substitution|can't assign|bad variable name)

#### ${x:?w} fails with the message when unset or empty
e=
: "${e:?is empty}"
echo not-reached
## status: 2
## stderr-match: e: is empty

#### ${x?w} fails only when unset
e=
echo "[${e?unset}]"
: "${u?u is unset}"
echo not-reached
## stdout: []
## status: 2
## stderr-match: u: u is unset

#### ${x:?} without a word gives a default message naming the variable
: "${nothere:?}"
## status: 2
## stderr-match: nothere: .*(not set|null|unset)

#### ${x:?w} in a subshell exits only the subshell
( : "${u:?oops}" ) 2>/dev/null
echo "st=$?"
## stdout: st=2

#### ${x:+w} uses the word when x is set and non-empty
x=1; e=
echo "[${x:+alt}] [${e:+alt}] [${u:+alt}]"
## stdout: [alt] [] []

#### ${x+w} uses the word when x is set, even empty
x=1; e=
echo "[${x+alt}] [${e+alt}] [${u+alt}]"
## stdout: [alt] [alt] []

#### ${#x} is the length
x=hello; e=
echo ${#x} ${#e} ${#unset_v}
## stdout: 5 0 0

#### ${x%p} removes the shortest suffix
f=archive.tar.gz
echo ${f%.*}
## stdout: archive.tar

#### ${x%%p} removes the longest suffix
f=archive.tar.gz
echo ${f%%.*}
## stdout: archive

#### ${x#p} removes the shortest prefix
p=/usr/local/bin
echo ${p#*/}
## stdout: usr/local/bin

#### ${x##p} removes the longest prefix
p=/usr/local/bin
echo ${p##*/}
## stdout: bin

#### a pattern that does not match leaves the value
x=abc
echo ${x%z} ${x#z} ${x%%z*} ${x##*z}
## stdout: abc abc abc abc

#### patterns with ? and brackets
x=file42.txt
echo ${x%[0-9][0-9].txt} ${x#????}
## stdout: file 42.txt

#### a quoted pattern is literal
x='a*b*c'
echo "${x#'a*'}" "${x%"*c"}"
## stdout: b*c a*b

#### a pattern from a variable is a pattern unless quoted
x=abcabc; p='b*'
echo "${x#*$p}" "${x%"$p"}"
## stdout: cabc abcabc

#### an escaped * in a pattern is literal
x='ab*cd'
echo ${x%\**}
## stdout: ab

#### the word of ${x:-w} is expanded: parameters, command substitution, arithmetic
y=why
echo "${u:-$y $(echo cs) $((2*3))}"
## stdout: why cs 6

#### nested ${} in the word
unset a b
c=deep
echo ${a:-${b:-${c}}}
## stdout: deep

#### the word is not expanded when not used
x=set
echo ${x:-$(echo side-effect >&2)}
## stdout: set
## stderr-json: ""

#### ${x:=w} assignment is not expanded again when not used
x=set
: ${x:=$(echo changed)}
echo $x
## stdout: set

#### double quotes inside ${x:-"..."} within double quotes
echo "${u:-"a  b"}"
## stdout: a  b

#### single quotes inside ${x:-'...'} unquoted are quotes
echo ${u:-'a  $b'}
## stdout: a  $b

#### single quotes inside "${x:-'w'}" are literal characters
echo "${u:-'w'}"
## stdout: 'w'

#### an unquoted ${x:-w} result is field-split
probe args ${u:-a b}
## stdout: <a> <b>

#### a quoted "${x:-w}" result is one field
probe args "${u:-a b}"
## stdout: <a b>

#### an unquoted word with quotes inside keeps the quoted part together
probe args ${u:-"a b" c}
## stdout: <a b> <c>

#### ${x#p} on a value with spaces, unquoted, is split afterwards
x='keep this  words'
probe args ${x#keep }
## stdout: <this> <words>

#### ${#x} of a positional parameter and of a special one
set -- hello world
echo ${#1} ${#}
## stdout: 5 2

#### ${x%p} with an empty value
e=
echo "[${e%x}]"
## stdout: []

#### a } inside quotes in the word does not end the expansion
echo "${u:-a\}b}"
echo ${u:-"}"}
## STDOUT:
a}b
}
## END

#### ${x-w} with $@ in the word, quoted, keeps fields
set -- 'a b' c
probe args "${u-$@}"
## stdout: <a b> <c>

#### a bad substitution is an error
echo ${x!}
echo not-reached
## status: 2
## stderr-match: (?i)bad substitution

#### variable names with underscores and digits
_a1=x; a_2=y
echo $_a1$a_2
## stdout: xy

#### $x followed by characters that cannot be in a name
x=v
echo $x-1 $x.2 $x/3
## stdout: v-1 v.2 v/3

#### ${x#p} with a pattern that contains a slash
path=/a/b/c
echo ${path#/a/} ${path%/*}
## stdout: b/c /a/b

#### a pattern with a character class
x=abc123
echo ${x%%[[:digit:]]*} ${x##*[[:alpha:]]}
## stdout: abc 123
