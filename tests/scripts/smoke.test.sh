# Smoke cases: the basics every later feature builds on. They also pass under
# dash (run_cases.py --oracle dash). Format: see tests/scripts/run_cases.py.

#### echo prints its arguments
echo hello world
## stdout: hello world

#### no output is checked too
true
## stdout-json: ""

#### exit status of the last command
false
## status: 1

#### exit with a number
exit 7
## status: 7

#### || runs after a failed &&
false && true || echo x
## stdout: x
## status: 0

#### && stops at the first failure
true && false && echo not-printed
## status: 1

#### ; runs commands in order
echo one; echo two
echo three
## STDOUT:
one
two
three
## END

#### printf without a trailing newline
printf 'a\nb'
## stdout-json: "a\nb"

#### $? holds the last status
false
echo "status $?"
## stdout: status 1

#### a variable keeps its value
greeting=hello
echo "$greeting, world"
## stdout: hello, world

#### command not found is status 127
no_such_command_forksh_smoke
## status: 127
## stderr-match: no_such_command_forksh_smoke.*not found

#### stdin reaches the commands of a script file
read line
echo "got: $line"
## stdin: some input
## stdout: got: some input

#### a child sees only descriptors 0 1 2
probe fds
## stdout: 0 1 2

#### arguments arrive as separate words
probe args one "two words" ''
## stdout: <one> <two words> <>
