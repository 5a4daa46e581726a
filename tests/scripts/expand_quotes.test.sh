# Quoting and quote removal; "$@" and "$*" exactly as POSIX says.
# Format: see run_cases.py.

#### single quotes keep everything literal
x=v
probe args '$x `y` \n "q"'
## stdout: <$x `y` \n "q">

#### double quotes expand $ and ` but keep spaces
x='a  b'
probe args "$x $(echo c)"
## stdout: <a  b c>

#### backslash in double quotes escapes only $ ` " \ and newline
probe args "\$ \` \" \\ \a \n"
## stdout: <$ ` " \ \a \n>

#### backslash-newline inside double quotes joins lines
probe args "ab\
cd"
## stdout: <abcd>

#### backslash outside quotes makes the next character literal
probe args \$x \" \' a\ b
## stdout: <$x> <"> <'> <a b>

#### backslash-newline outside quotes is removed
probe args ab\
cd
## stdout: <abcd>

#### adjacent quoted parts form one word
probe args 'a'"b"c\ d
## stdout: <abc d>

#### empty quotes give an empty argument
probe args '' ""
## stdout: <> <>

#### "$@" gives one field per parameter
set -- 'a  b' c ''
probe args "$@"
## stdout: <a  b> <c> <>

#### "$@" with no parameters gives no field at all
set --
probe args "$@"
## stdout: 

#### "$@" with no parameters in a for loop runs nothing
set --
n=0
for x in "$@"; do n=$((n+1)); done
echo $n
## stdout: 0

#### prefix and suffix attach to the first and last fields of "$@"
set -- a b c
probe args "x$@y"
## stdout: <xa> <b> <cy>

#### "$@" with a prefix and no parameters gives the prefix alone
set --
probe args "x$@"
## stdout: <x>

#### "$*" joins all parameters into one field
set -- 'a  b' c
probe args "$*"
## stdout: <a  b c>

#### "$*" with no parameters is one empty field
set --
probe args "$*"
## stdout: <>

#### "$*" with empty IFS joins without separator
set -- a b c
IFS=
probe args "$*"
## stdout: <abc>

#### unquoted $@ drops empty parameters
set -- a '' b
probe args $@
## stdout: <a> <b>

#### unquoted $* with empty IFS keeps each parameter as a field
set -- 'a b' c
IFS=
probe args $*
## stdout: <a b> <c>

#### "${@}" is the same as "$@"
set -- 'a b' c
probe args "${@}"
## stdout: <a b> <c>

#### "$@" twice in a word
set -- a b
probe args "$@-$@"
## stdout: <a> <b-a> <b>

#### "$1" keeps spaces of one parameter
set -- '  spaced  '
probe args "$1" $1
## stdout: <  spaced  > <spaced>

#### quotes inside $( ) inside quotes are independent
probe args "$(echo "a  'b'")"
## stdout: <a  'b'>

#### a single quote inside double quotes is literal
probe args "it's"
## stdout: <it's>

#### a double quote inside single quotes is literal
probe args 'say "hi"'
## stdout: <say "hi">

#### $'...' ANSI-C quoting is a bash extension
probe args $'a\tb'
## stdout-json: "<a\tb>\n"
## dash: skip $'...' quoting is a bash extension (POSIX 2024)

#### a quoted glob character is literal after expansion of a variable in quotes
touch ab
x='a*'
probe args "$x" $x
## stdout: <a*> <ab>

#### quote removal happens after expansion: quotes in a variable's value stay
x="'quoted'"
probe args $x
## stdout: <'quoted'>

#### a backslash in a variable's value stays
x='a\b'
probe args $x "$x"
## stdout: <a\b> <a\b>

#### "$@" passed through a function unchanged
f() { g "$@"; }
g() { probe args "$@"; }
f 'a b' '' 'c  d'
## stdout: <a b> <> <c  d>

#### "$*" and unquoted $* in assignments join with spaces
set -- a b
x="$*"
y=$*
probe args "$x" "$y"
## stdout: <a b> <a b>

#### unquoted $@ in an assignment joins with spaces
set -- a b
x=$@
probe args "$x"
## stdout: <a b>

#### eval re-parses quotes in its arguments
eval 'probe args "a  b" c'
## stdout: <a  b> <c>
