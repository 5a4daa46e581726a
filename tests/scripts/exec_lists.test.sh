# Lists: ; newline && || ! and their exit statuses. Format: see run_cases.py.

#### commands separated by ; run in order
echo a; echo b; echo c
## STDOUT:
a
b
c
## END

#### && runs the right side after success
true && echo yes
## stdout: yes

#### && skips the right side after failure and keeps the status
false && echo no
## status: 1

#### || runs the right side after failure
false || echo fallback
## stdout: fallback

#### || skips the right side after success
true || echo no
echo "status $?"
## stdout: status 0

#### && and || have equal precedence, left to right
true || echo a && echo b
## stdout: b

#### a failure in the middle of && chain stops the chain
true && false && echo c
echo "st=$?"
## stdout: st=1

#### || chain stops at the first success
false || true || echo no
echo "st=$?"
## stdout: st=0

#### ! inverts success into 1
! true
echo $?
## stdout: 1

#### ! inverts failure into 0
! false
echo $?
## stdout: 0

#### ! turns a non-1 failure into 0
! sh -c 'exit 3'
echo $?
## stdout: 0

#### ! applies to the whole pipeline
! echo hi | grep -q nope
echo $?
## stdout: 0

#### status of a list is the status of its last command
true; false
## status: 1

#### an && list may continue on the next line
true &&
echo continued
## stdout: continued

#### an || list may continue after a comment and newlines
false ||

# comment
echo after
## stdout: after

#### a newline ends a list like ;
echo one
echo two
## STDOUT:
one
two
## END

#### the status of a skipped || right side is that of the left side
sh -c 'exit 5' && echo no || echo "left was $?"
## stdout: left was 5

#### && inside braces groups the commands
false || { echo a; echo b; } && echo c
## STDOUT:
a
b
c
## END

#### a command not found gives status 127 and the script goes on
no_such_cmd_xyz
echo "st=$?"
## stdout: st=127
## stderr-match: no_such_cmd_xyz: .*not found

#### the error for a missing command names the line
:
nope_nope_cmd
## stderr-match: 2: nope_nope_cmd: .*not found
## status: 127

#### exit with no argument keeps the last status
false
exit
## status: 1

#### exit status is taken modulo 256
exit 300
## status: 44

#### status 128+n when a child is killed by a signal
sh -c 'kill -TERM $$'
echo $?
## stdout: 143

#### a semicolon after & is a separate empty list not allowed, & alone ends the command
true & wait; echo done
## stdout: done

#### an empty line and comments are no commands
# nothing here

   # indented comment
echo ok # trailing comment
## stdout: ok

#### a # inside a word is not a comment
echo a#b
## stdout: a#b
