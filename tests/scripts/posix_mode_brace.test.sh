# Brace expansion is bash's: in strict POSIX mode `{a,b}` is an ordinary
# word, as XCU says. Each case runs in both modes: the plain directives are
# strict POSIX mode (dash agrees: --oracle dash --mode posix), the dialect-
# ones bash's dialect. Format: run_cases.py.

#### alternatives and sequences stay as written in strict mode
echo {a,b} x{1..3}y {01..03}
## stdout: {a,b} x{1..3}y {01..03}
## dialect-stdout: a b x1y x2y x3y 01 02 03

#### a for list of braces
for i in {1..3}; do echo "$i"; done
## stdout: {1..3}
## dialect-STDOUT:
1
2
3
## END

#### a redirection target with braces names one file in strict mode
echo hi >out{1,2}
echo "status $?" out*
## stdout: status 0 out{1,2}
## dialect-stdout: status 1 out*

#### set -o posix turns it off from the next command, set +o posix back on
set -o posix; echo {a,b}; set +o posix; echo {a,b}
## STDOUT:
{a,b}
a b
## END
## dash: skip dash has no posix option

#### {1..3} as a command in strict mode: not found, with a hint
{1..3}
echo "status $?"
## stdout: status 127
## stderr-match: (\{1\.\.3\}: command not found \(brace expansion is bash's, off in strict POSIX mode and under set \+B: use \$\(seq 1 3\)\))|(1: command not found$)
## dash: skip dash's message differs

#### [[ is an ordinary command name in strict mode, bash's conditional in its dialect
[[ a == a ]] 2>/dev/null
echo "status $?"
## stdout: status 127
## dialect-stdout: status 0

#### function is an ordinary command name in strict mode
function() { echo "called with $*"; }
function f g
## stdout: called with f g
## dialect: skip a syntax error in bash's dialect, where `function` is reserved (bash_function_select.test.sh)

#### select is an ordinary word in strict mode: its `do` is then a syntax error
"$TEST_SHELL" -c 'select v in a; do echo "[$v]"; done' 2>/dev/null
echo "status $?"
## stdin: 1
## stdout: status 2
## dialect-STDOUT:
[a]

status 1
## END
