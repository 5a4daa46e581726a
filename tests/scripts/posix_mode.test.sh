# Strict POSIX mode: started as `sh`, with --posix, or after `set -o posix`,
# forksh turns off every extension of bash's that would change what a POSIX
# program means. The POSIX cases in this folder all run in both modes
# (tests/CMakeLists.txt); these check the switch itself. Format: run_cases.py.

#### &> is `&` then `>` in POSIX: the echo runs in the background
echo hi &>/dev/null; wait
## stdout: hi
## dialect-stdout-json: ""

#### set -o posix counts from the next command on
set -o posix
echo hi &>/dev/null; wait
## stdout: hi
## dash: skip dash has no posix option

#### set -o posix can be read back, and +o posix turns bash's dialect on
set -o posix; set -o | grep '^posix'; set +o posix; set -o | grep '^posix'
echo hi &>/dev/null
## STDOUT:
posix           on
posix           off
## END
## dash: skip dash has no posix option

#### --posix and a name ending in sh start strict; forksh itself does not
ln -s "$TEST_SHELL" ./sh; ln -s "$TEST_SHELL" ./forksh
"$TEST_SHELL" --posix -c 'set -o' | grep '^posix'
./sh -c 'set -o' | grep '^posix'
./forksh -c 'set -o' | grep '^posix'
## STDOUT:
posix           on
posix           on
posix           off
## END
## dash: skip dash has no posix option

#### a function name with a - is a syntax error in strict POSIX mode only
a-b() { echo called; }
a-b
## stdout: called
## posix-status: 2
## posix-stdout-json: ""

#### a[1] inside $(( )) is an error in strict POSIX mode, an element with bash's dialect
a=5
echo $((a[0]+1))
## stdout-json: ""
## status: 2
## dialect-stdout: 6
## dialect-status: 0

#### explain's tokens and --dump-tokens read the line as the mode does
explain 'echo hi &>/dev/null' | grep '^tokens'
echo 'echo hi &>f' | "$TEST_SHELL" --dump-tokens | awk '/AMP/ { n++ } END { print n + 0 }'
## STDOUT:
tokens: [echo] [hi] & > [/dev/null]
1
## END
## dialect-STDOUT:
tokens: [echo] [hi] &> [/dev/null]
0
## END
## dash: skip explain and --dump-tokens are forksh's
