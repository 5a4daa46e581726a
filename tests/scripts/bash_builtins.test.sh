# bash's builtins and builtin options: printf -v, read's options,
# pushd/popd/dirs. Run with bash as the oracle. Format: see run_cases.py.

#### printf -v assigns the formatted text instead of printing it
printf -v x '%s-%03d' a 5
echo "[$x] $?"
## stdout: [a-005] 0

#### printf -vNAME, the name glued to the option
printf -vx hi
echo "[$x]"
## stdout: [hi]

#### printf -v keeps newlines and reuses the format for every argument
printf -v x '%s\n' a b
printf '[%s]\n' "$x"
## STDOUT:
[a
b
]
## END

#### printf -v with -- before the format
printf -v x -- '-%s' y
echo "[$x]"
## stdout: [-y]

#### printf -v with an empty result sets the variable to ""
unset x
printf -v x ''
echo "[$x] ${x+set}"
## stdout: [] set

#### printf -v: %b's \c ends the value there
printf -v x '%b' 'ab\cde'
echo "[$x]"
## stdout: [ab]

#### printf -v cuts the value at a NUL byte
printf -v x 'a\0b'
echo "${#x}"
## stdout: 1

#### printf -v with a bad number: the valid part, and status 1
printf -v x '%d|' 12abc 7 2>/dev/null
echo "[$x] $?"
## stdout: [12|7|] 1

#### printf -v assigns to a function's local variable
f() { local x; printf -v x 'in'; echo "$x"; }
x=out
f
echo "$x"
## STDOUT:
in
out
## END

#### printf -v with an invalid name is a usage error (status 2)
printf -v 1x hi
echo "status $?"
## stdout: status 2

#### printf -v with no name
printf -v
echo "status $?"
## stdout: status 2

#### printf -v NAME with no format
printf -v x
echo "status $?"
## stdout: status 2

#### printf -v into a readonly variable fails with status 1
readonly r=1
printf -v r hi
echo "status $? r=$r"
## stdout: status 1 r=1

#### printf -v writes nothing, so a closed stdout is no error
printf -v x hi >&-
echo "$? $x"
## stdout: 0 hi

#### printf -- -v prints -v: only a first word -v is the option
printf -- '-v\n'
## stdout: -v
