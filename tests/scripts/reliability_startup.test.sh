# What a shell must not trust or do at start-up and in its own tracing:
# PS4's expansion is not traced, -ic runs its command, variables that steer
# the shell are initialised rather than inherited, binary files are not run
# as scripts, and syntax errors never echo raw binary bytes or huge lines.
# Format: see run_cases.py.

#### PS4 with $( ) is expanded without tracing itself (no chain of forks)
timeout 10 "$TEST_SHELL" -c 'PS4='\''+$(echo x) '\''; set -x; echo hi' 2>err
echo "status $?"
cat err
## STDOUT:
hi
status 0
+x echo hi
## END
## dash: skip dash does not run $( ) in PS4

#### PS4's $( ) runs once per traced command
timeout 10 "$TEST_SHELL" -c 'PS4='\''+$(echo t >>count) '\''; set -x; : a; : b' 2>/dev/null
wc -l < count
## stdout: 2
## dash: skip dash does not run $( ) in PS4

#### -ic runs the command instead of reading stdin
echo 'echo from-stdin' | "$TEST_SHELL" -ic 'echo from-c' 2>/dev/null
## stdout: from-c

#### -ic is interactive: $- has i
"$TEST_SHELL" -ic 'case $- in *i*) echo interactive;; esac' </dev/null 2>/dev/null
## stdout: interactive

#### IFS is not imported from the environment
env IFS=/ "$TEST_SHELL" -c 'x=a/b; set -- $x; echo $#'
## stdout: 1

#### IFS from the environment is reset to space, tab, newline
env IFS=/ "$TEST_SHELL" -c 'printf "%s" "$IFS" | od -An -c | tr -s " "'
## stdout:  \t \n

#### OPTIND is not imported: getopts starts at the first option
env OPTIND=3 "$TEST_SHELL" -c 'getopts ab o -a -b; echo $o $OPTIND'
## stdout: a 2

#### FORKSH_TRACE_FD without --trace leaves the inherited fd alone
exec 3>keep
FORKSH_TRACE_FD=3 "$TEST_SHELL" -c 'echo still-mine >&3'
echo "status $?"
cat keep
## STDOUT:
status 0
still-mine
## END
## dash: skip forksh's own variable

#### FORKSH_TRACE_FD with --trace sends the trace there
FORKSH_TRACE_FD=3 "$TEST_SHELL" --trace -c '/bin/true' 3>trace
grep -c 'true] execve /bin/true' trace
## stdout: 1
## dash: skip forksh's own variable

#### FORKSH_TRACE_FD with set -o trace: the trace goes there, not to stderr
FORKSH_TRACE_FD=3 "$TEST_SHELL" -c 'set -o trace; /bin/true' 3>trace 2>err
grep -c 'true] execve /bin/true' trace
wc -c <err
## STDOUT:
1
0
## END
## dash: skip forksh's own variable

#### FORKSH_TRACE_FD is not passed on to commands or nested shells
FORKSH_TRACE_FD=3 "$TEST_SHELL" --trace -c 'env | grep -c FORKSH_TRACE_FD' 3>trace
## stdout: 0
## status: 1
## dash: skip forksh's own variable

#### a binary file without #! is refused when run as a command
printf '\177ELF\0\0\1\necho PWNED\n' > f
chmod +x f
./f
echo "status $?"
## stdout: status 126
## stderr-match: ^forksh: case.sh: line 3: \./f: cannot execute binary file$
## dash: skip dash says Exec format error

#### a binary file without #! is refused as forksh FILE
printf '\177ELF\0\0\1\necho PWNED\n' > f
"$TEST_SHELL" ./f
echo "status $?"
## stdout: status 126
## stderr-match: ^forksh: \./f: cannot execute binary file$
## dash: skip dash runs the file

#### a file whose NUL comes after the first line is still a script
printf 'echo ok\n\0\n' > g
chmod +x g
./g
## stdout: ok

#### a syntax error never echoes control bytes or invalid UTF-8
printf 'echo (\001\033[31m\377x\n' > h
"$TEST_SHELL" h 2>err
echo "status $?"
tr -d '\n -~\t' < err | od -An -c | wc -w
grep -c 'x1b\[31m\\xffx' err
## STDOUT:
status 2
0
2
## END
## dash: skip dash's message differs

#### a syntax error in a huge line quotes only a window of it
i=0; s=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
while [ $i -lt 10 ]; do s=$s$s; i=$((i+1)); done
printf 'echo %s )\n' "$s" > long
"$TEST_SHELL" long 2>err
echo "status $?"
[ "$(wc -c < err)" -lt 400 ] && echo short
grep -c '^    \.\.\.a*a )$' err
## STDOUT:
status 2
short
1
## END
## dash: skip dash's message differs
