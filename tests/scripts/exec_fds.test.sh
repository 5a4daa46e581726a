# File descriptors: a child sees 0 1 2 and what the command line asked for,
# nothing the shell opened for itself. `probe fds` (tests/helpers/probe.cpp)
# lists the descriptors of the child without counting its own directory fd.
# Format: see run_cases.py.

#### a simple command sees only 0 1 2
probe fds
## stdout: 0 1 2

#### a command in a pipeline sees only 0 1 2
probe fds | cat
true | probe fds
true | probe fds | cat
## STDOUT:
0 1 2
0 1 2
0 1 2
## END

#### a command in a command substitution sees only 0 1 2
echo "$(probe fds)"
## stdout: 0 1 2

#### a command after output redirection sees only 0 1 2
probe fds > out
cat out
## stdout: 0 1 2

#### a redirection to descriptor 5 is inherited
probe fds 5> f
## stdout: 0 1 2 5

#### a descriptor closed with 2>&- is missing in the child
probe fds 2>&-
## stdout: 0 1

#### exec 3>file makes 3 visible to later children
exec 3> f
probe fds
## stdout: 0 1 2 3

#### exec 3>&- closes it again
exec 3> f
exec 3>&-
probe fds
## stdout: 0 1 2

#### a descriptor opened for one command does not stay open
probe fds 4< /dev/null
probe fds
## STDOUT:
0 1 2 4
0 1 2
## END

#### a here-document leaves no extra descriptor in the child
probe fds <<EOF
body
EOF
## stdout: 0 1 2

#### a background command sees only 0 1 2
probe fds &
wait
## stdout: 0 1 2

#### a child of a brace group with a redirection sees only 0 1 2
{ probe fds; } > out
cat out
## stdout: 0 1 2

#### a child in a while loop fed from a file sees only 0 1 2
echo x > in
while read l; do probe fds; done < in
## stdout: 0 1 2

#### a child in a function with a redirection sees only 0 1 2
f() { probe fds; }
f > out 2>&1
cat out
## stdout: 0 1 2

#### after many pipelines the child still sees only 0 1 2
for i in 1 2 3 4 5 6 7 8 9 10; do echo $i | cat > /dev/null; done
probe fds
## stdout: 0 1 2

#### a redirection on exec'd descriptor 3 used with >&3
exec 3> f
echo via3 >&3
probe fds 3>&-
exec 3>&-
cat f
## STDOUT:
0 1 2
via3
## END

#### a subshell inside a pipeline sees only 0 1 2
echo | (probe fds) | cat
## stdout: 0 1 2

#### the shell itself keeps no extra descriptors visible after exec redirections undone
exec 4>f 5>g
exec 4>&- 5>&-
probe fds
## stdout: 0 1 2

#### dup of stdout to 3 for one command
probe fds 3>&1
## stdout: 0 1 2 3

#### a child of a sourced file sees only 0 1 2
echo 'probe fds' > lib.sh
. ./lib.sh
## stdout: 0 1 2

#### a command gets default signal dispositions, except what the script ignored
trap '' INT
probe sigs
probe sigs > out; cat out
## STDOUT:
ignored: INT
blocked: none
ignored: INT
blocked: none
## END
