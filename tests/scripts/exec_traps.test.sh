# trap: signals by name and number, EXIT, '' to ignore, - to reset, listing;
# traps run between commands. Format: see run_cases.py.

#### an EXIT trap runs when the script ends
trap 'echo bye' EXIT
echo hi
## STDOUT:
hi
bye
## END

#### an EXIT trap runs after exit N and keeps the status
trap 'echo cleanup' EXIT
exit 3
## stdout: cleanup
## status: 3

#### $? inside the EXIT trap is the exit status
trap 'echo "in trap: $?"' EXIT
sh -c 'exit 4'
## stdout: in trap: 4
## status: 4

#### exit inside an EXIT trap sets the final status
trap 'exit 9' EXIT
exit 2
## status: 9

#### exit without a number inside an EXIT trap keeps the original status
trap 'echo t; exit' EXIT
exit 5
## stdout: t
## status: 5

#### trap 0 is the same as EXIT
trap 'echo zero' 0
true
## stdout: zero

#### a signal trap runs when the signal arrives
trap 'echo got-usr1' USR1
kill -USR1 $$
echo after
## STDOUT:
got-usr1
after
## END

#### signals can be named with SIG prefix or by number
trap 'echo term' TERM
kill -TERM $$
trap 'echo hup' 1
kill -HUP $$
trap 'echo int' SIGINT
kill -INT $$
## STDOUT:
term
hup
int
## END
## dash: skip dash 0.5.12 rejects the SIG prefix in trap

#### signals named by number
trap 'echo hup' 1
kill -HUP $$
trap 'echo usr2' 12
kill -USR2 $$
## STDOUT:
hup
usr2
## END

#### trap '' ignores the signal
trap '' USR1
kill -USR1 $$
echo survived
## stdout: survived

#### an ignored signal stays ignored in children
trap '' INT
probe sigs | head -n 1
## stdout: ignored: INT

#### trap - resets to the default action
trap 'echo caught' USR1
trap - USR1
kill -USR1 $$
echo not-reached
## status: 138

#### an untrapped TERM kills the script with 143
kill -TERM $$
echo not-reached
## status: 143

#### trap with no arguments lists the traps so they can be re-read
trap 'echo x' USR1
trap
## stdout: trap -- 'echo x' USR1

#### the trap listing with quotes in the action can be read back
trap "echo 'it''s'" USR1
trap > saved
trap - USR1
. ./saved
kill -USR1 $$
## stdout: its

#### a trap action is evaluated when it runs, not when it is set
x=early
trap 'echo $x' EXIT
x=late
## stdout: late

#### the trap action can see and change variables
n=0
trap 'n=$((n+1))' USR1
kill -USR1 $$
kill -USR1 $$
echo $n
## stdout: 2

#### a trap during a foreground command runs after the command ends
mkfifo fifo
trap 'echo trapped' USR1
(kill -USR1 $$; echo go > fifo) &
cat fifo > /dev/null
echo after-cat
wait
## STDOUT:
trapped
after-cat
## END

#### wait is interrupted by a trapped signal with status > 128
trap 'echo trapped' USR1
# The signal is sent once the shell sleeps in wait (the kernel's wchan for
# it: sigsuspend, or do_wait in bash), not after a guess of the clock.
(
  n=0
  until case $(cat /proc/$$/wchan 2>/dev/null) in *sigsuspend*|do_wait*) true ;; *) false ;; esac || [ $n -ge 1000 ]
  do sleep 0.01; n=$((n + 1)); done
  kill -USR1 $$
) &
sleep 10 &
wait $!
echo "st=$?"
kill $!
## STDOUT:
trapped
st=138
## END

#### an invalid signal name is an error
trap 'echo x' NOSUCHSIG
echo "st=$?"
## stdout: st=1
## stderr-match: NOSUCHSIG

#### a trap set in a function stays after it returns
f() { trap 'echo from-f' EXIT; }
f
echo main
## STDOUT:
main
from-f
## END

#### the EXIT trap runs when the script fails with set -e
set -e
trap 'echo on-exit' EXIT
false
echo not-reached
## stdout: on-exit
## status: 1

#### the exit status of the trap action does not change $?
trap 'false' USR1
true
kill -USR1 $$
echo "st=$?"
## stdout: st=0

#### the EXIT trap runs once even if it calls exit
trap 'echo once; exit 1' EXIT
echo body
## STDOUT:
body
once
## END
## status: 1

#### trap in a command substitution does not run the parent's EXIT trap
trap 'echo parent' EXIT
x=$(echo sub)
echo $x
## STDOUT:
sub
parent
## END

#### several signals in one trap command
trap 'echo got' USR1 USR2
kill -USR1 $$
kill -USR2 $$
## STDOUT:
got
got
## END

#### a trap list that names KILL is accepted, as real scripts write it
trap 'echo cleanup' 0 1 2 3 9 15
echo body
## STDOUT:
body
cleanup
## END

#### a CHLD trap runs after a child exits, between commands
trap 'echo chld' CHLD
/bin/true
echo end
## STDOUT:
chld
end
## END

#### a CHLD trap runs once wait has collected the background job
trap 'echo chld' CHLD
sleep 0.1 &
wait
echo "wait $?"
## STDOUT:
chld
wait 0
## END

#### a CHLD trap's own program does not run the trap again
n=0
trap 'n=$((n+1)); /bin/true' CHLD
/bin/true
/bin/true
echo "n=$n"
## stdout: n=2
## dash: skip dash runs the trap again for the trap's own child, without end

#### a subshell does not inherit the CHLD trap's command
trap 'echo chld' CHLD
(/bin/true; echo sub-done)
trap - CHLD
/bin/true
echo end
## STDOUT:
sub-done
chld
end
## END
