# Command substitution: $( ) and backquotes, nesting, quoting, trailing
# newlines, large output, $? after a bare assignment. Format: see run_cases.py.

#### $( ) is replaced by the command's output
echo "[$(echo hi)]"
## stdout: [hi]

#### backquotes are replaced by the command's output
echo "[`echo hi`]"
## stdout: [hi]

#### trailing newlines are removed
x=$(printf 'a\n\n\n')
echo "[$x]"
## stdout: [a]

#### inner newlines are kept
x=$(printf 'a\n\nb\n')
echo "$x"
## STDOUT:
a

b
## END

#### leading newlines are kept
x=$(printf '\n\na')
echo "[$x]"
## STDOUT:
[

a]
## END

#### nested $( ) works
echo $(echo outer $(echo inner $(echo innermost)))
## stdout: outer inner innermost

#### nested backquotes need escaping
echo `echo outer \`echo inner\``
## stdout: outer inner

#### an unquoted result is field-split
probe args $(echo 'a  b')
## stdout: <a> <b>

#### a quoted result is one field
probe args "$(echo 'a  b')"
## stdout: <a  b>

#### an unquoted result is glob-expanded
touch f1 f2
echo $(echo 'f*')
## stdout: f1 f2

#### a command substitution in an assignment is not split
x=$(echo 'a   b')
echo "$x"
## stdout: a   b

#### $? after a bare assignment is the substitution's status
x=$(sh -c 'exit 3')
echo $?
## stdout: 3

#### $? after an assignment with two substitutions is the last one's
x=$(false)$(true)
echo $?
y=$(true)$(false)
echo $?
## STDOUT:
0
1
## END

#### a command with a substitution in its arguments has the command's status
echo $(false) > /dev/null
echo $?
## stdout: 0

#### the substitution runs in a subshell: variables do not leak
x=1
y=$(x=2; echo $x)
echo "$x $y"
## stdout: 1 2

#### quotes inside $( ) inside double quotes are their own
echo "$(echo "inner "quoted" words")"
## stdout: inner quoted words

#### a ) inside a quoted string in $( ) does not end it
echo $(echo ')')
## stdout: )

#### a case statement inside $( ) with a ) pattern
x=$(case a in a) echo matched;; esac)
echo $x
## stdout: matched

#### a comment inside $( ) is a comment
x=$(echo a # not ) here
)
echo $x
## stdout: a

#### backslash in backquotes: \$ is literal dollar
x=`echo \$HOME`
[ "$x" = "$HOME" ] && echo expanded-inside
## stdout: expanded-inside

#### backslash-backslash in backquotes is one backslash
printf '%s\n' `printf '%s' 'a\\b'`
## stdout: a\b

#### a backslash before other characters in backquotes is kept
printf '%s\n' `printf '%s' 'a\nb'`
## stdout: a\nb

#### double quotes inside backquotes inside double quotes
echo "`echo \"a  b\"`"
## stdout: a  b

#### $( ) output of 1.5 MB is read completely
x=$(head -c 1572864 /dev/zero | tr '\0' a)
echo ${#x}
## stdout: 1572864

#### many lines of output are kept in order
x=$(seq 1 20000)
echo "$x" | tail -n 1
echo "$x" | wc -l
## STDOUT:
20000
20000
## END

#### an empty substitution gives no field unquoted and an empty one quoted
probe args $(true) "$(true)"
## stdout: <>

#### a substitution with only newlines is empty
x=$(printf '\n\n')
echo "[$x]"
## stdout: []

#### exit in a substitution leaves only the substitution
x=$(echo before; exit 5; echo after)
echo "$x $?"
## stdout: before 5

#### stderr of the substitution is not captured
x=$(echo out; echo err >&2)
echo "[$x]"
## stdout: [out]
## stderr: err

#### a substitution can read the shell's stdin
x=$(cat)
echo "[$x]"
## stdin: from stdin
## stdout: [from stdin]

#### a here-document inside $( )
x=$(cat <<EOF
doc
EOF
)
echo $x
## stdout: doc

#### a function called in a substitution
f() { echo "f:$1"; }
echo "$(f arg)"
## stdout: f:arg

#### $( ) at the start of a command is the command name
$(echo echo) dynamic
## stdout: dynamic

#### the arithmetic-looking $(( ... ) ) with a space is a subshell substitution
echo $( (echo sub) )
## stdout: sub

#### NUL bytes in the output are dropped
x=$(printf 'a\0b')
echo "$x"
## stdout: ab

#### set -e does not end the shell for a failing substitution inside a failing condition
set -e
if x=$(false); then echo no; else echo else-branch; fi
## stdout: else-branch
