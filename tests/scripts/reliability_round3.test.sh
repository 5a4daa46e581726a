# Reliability, round three (issue 24): each case failed before its fix.
# Format: see run_cases.py.

#### a failed dup2 is an error: ulimit -n 8, then exec 8>f
ulimit -n 8
command exec 8>f
echo "status $?"
echo x >&8 && echo "fd 8 works"
## stdout: status 1
## status: 1
## stderr-match: 8: Bad file descriptor
## dash: skip dash words it "8: Bad file descriptor" too, but exits on the exec

#### a failed dup2 fails the command, builtin or program
ulimit -n 8
echo x 8>f; echo "builtin $?"
/bin/echo x 8>f; echo "program $?"
## STDOUT:
builtin 1
program 1
## END
## dash: skip dash says "Bad file descriptor" with another wording

#### a descriptor number too large is an error, not a file name
echo hi >&1234567
echo "status $?"
ls
## STDOUT:
status 1
case.sh
## END
## stderr-match: 1234567: bad file descriptor number
## dash: skip dash makes it a syntax error and exits

#### a program with a too-large descriptor number: the same error
/bin/echo hi >&1234567
echo "status $?"
ls
## STDOUT:
status 1
case.sh
## END
## dash: skip dash makes it a syntax error and exits

#### ${x%PATTERN} with x unset does not expand the pattern
unset x
echo "[${x%$(echo ran >&2)}]"
echo "[${x##$((1/0))}]"
x=
echo "[${x%$(echo ran-for-empty)}]"
## STDOUT:
[]
[]
[]
## END
## stderr-json: ""

#### a shell error inside a redirected { } is written through its redirection
{ : ${x?boom}; } 2>/dev/null
echo not reached
## status: 2
## stderr-json: ""

#### ... also for $((1/0)), a read-only assignment, eval 'if', set -u, a function, eval
for body in '{ echo $((1/0)); } 2>err' 'readonly r=1; { r=2; } 2>err' "{ eval 'if'; } 2>err" \
            'set -u; { echo $nope; } 2>err' 'f() { : ${x?boom}; }; f 2>err' "eval ': \${x?boom}' 2>err" \
            'if true; then : ${x?boom}; fi 2>err'; do
  rm -f err
  "$TEST_SHELL" -c "$body" 2>outer
  echo "$? $(wc -c <outer) $(grep -c . err)"
done
## STDOUT:
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
## END

#### without a redirection the message goes to stderr as before, once
{ : ${x?boom}; }
## status: 2
## stderr: forksh: case.sh: line 1: x: boom
