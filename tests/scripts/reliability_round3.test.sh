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
