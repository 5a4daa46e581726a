# Invocation options a user passes (--version, --help, -l) and the one-line
# hints for bash habits, which are only ever added to an error that happens
# anyway: POSIX scripts run as before.

#### --version's three lines
"$TEST_SHELL" --version >out; echo "status $?"
sed -n '1s/^forksh [0-9][0-9.]*$/version/p; 2s/^built with .*/compiler/p; 3s/^GNU Readline [0-9].*/readline/p' out
## STDOUT:
status 0
version
compiler
readline
## END
## dash: skip dash has no --version

#### --help lists every option and exits 0
"$TEST_SHELL" --help >out; echo "status $?"
for opt in -c -s -i -q -l --login --norc --noprofile -o --trace --trace=explain --dump-tokens --dump-ast --version --help; do
    grep -q -e " $opt[] [,]" out || echo "missing $opt"
done
## stdout: status 0
## dash: skip dash has no --help

#### -l reads /etc/profile and ~/.profile before -c; --noprofile does not
echo 'echo profile read' >"$HOME/.profile"
"$TEST_SHELL" -l -c 'echo command' 2>/dev/null | tail -2
"$TEST_SHELL" -l --noprofile -c 'echo command'
## STDOUT:
profile read
command
command
## END
## dash: skip dash -l -c reads no profile of this HOME layout the same way

#### arr=(a b): in strict POSIX mode the syntax error says arrays are a bash extension
set -o posix
arr=(a b)
## status: 2
## stderr-match: ^forksh: .*line 2: syntax error: unexpected '\(' after 'arr=' \(arrays are a bash extension, off in strict POSIX mode
## dash: skip dash has no set -o posix

#### function f { ...; }: the syntax error points to NAME() { ...; }
function f { echo x; }
## status: 2
## stderr-match: syntax error: unexpected '\}' \('function NAME \{' is bash's syntax, off in strict POSIX mode: write NAME\(\) \{ \.\.\.; \}\)
## dash: skip dash's message differs
## dialect: skip `function` is bash's reserved word in bash's dialect (bash_function_select.test.sh)

#### a command named function still runs (POSIX: it is only a name)
function() { echo "called with $*"; }
function a b
## stdout: called with a b
## dialect: skip `function` is bash's reserved word in bash's dialect: a syntax error there, as in bash

#### [[ is not found, with a hint
[[ -f x ]]
echo "status $?"
## stdout: status 127
## stderr-match: \[\[: command not found \(\[\[ \]\] is bash's, off in strict POSIX mode: use \[ \] \(test\)\)
## dash: skip dash's message differs
## dialect: skip [[ is bash's conditional command in bash's dialect (posix_mode_brace.test.sh)

#### {1..3} as a command: a hint; as an argument it stays as it is (POSIX)
echo {1..3} {a..c}
{1..3}
echo "status $?"
## STDOUT:
{1..3} {a..c}
status 127
## END
## stderr-match: \{1\.\.3\}: command not found \(brace expansion is bash's, off in strict POSIX mode
## dash: skip dash's message differs
## dialect: skip brace expansion is on in bash's dialect (posix_mode_brace.test.sh)

#### a command that merely looks like braces gets no hint
{x}
## status: 127
## stderr-match: \{x\}: command not found$
## dash: skip different message

#### help set names every -o option, explain among them
help set >help.txt
set -o | while read -r name state; do
    grep -q -e " $name\( (-.)\)\{0,1\}\( \|$\)" help.txt || echo "missing $name"
done
grep -c -e '-o explain' help.txt
## stdout: 1
## dash: skip dash has no help

#### explain prints a syntax error once
explain 'ls | | wc'
echo "status $?"
## stdout: status 2
## stderr-match: ^forksh: .*line 1: explain: syntax error: unexpected '\|' \(line 1, column 6\)$
## dash: skip dash has no explain

#### help says where the lessons are
help | grep -c '^Lessons: '
## stdout: 1
## dash: skip dash has no help
