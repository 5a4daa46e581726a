# What children get, signal by signal (POSIX XCU 2.11, 2.12, exec, wait):
# see shell/os/signals.hpp. The generated matrix (tests/signals/matrix.py)
# covers the combinations; these are the readable cases, also run under dash.

#### a child that stops is waited for until it is continued (no job control)
# The watcher continues the child once it is stopped (state T in /proc).
{
    n=0
    until [ -s child.pid ] && read -r p < child.pid && read -r a b state rest < /proc/$p/stat && [ "$state" = T ]; do
        n=$((n + 1)); [ $n -gt 1000 ] && break; sleep 0.01
    done
    kill -CONT "$p"
} &
sh -c 'echo $$ > child.pid; kill -STOP $$; echo continued'; echo status=$?
## STDOUT:
continued
status=0
## END
## stderr-json: ""

#### wait for an async list that stops waits until it ends (no job control)
sh -c 'echo $$ > child.pid; kill -STOP $$; echo continued' &
n=0
until [ -s child.pid ] && read -r p < child.pid && read -r a b state rest < /proc/$p/stat && [ "$state" = T ]; do
    n=$((n + 1)); [ $n -gt 1000 ] && break; sleep 0.01
done
/bin/kill -CONT "$p" &
wait %1; echo status=$?
## STDOUT:
continued
status=0
## END

#### trap '' is inherited by a program, a trap's command is not
trap '' USR1; trap 'echo caught' USR2
probe sigs
## STDOUT:
ignored: USR1
blocked: none
## END

#### the same through fork (a redirection) and exec
trap '' USR1; trap 'echo caught' USR2
probe sigs < /dev/null
(exec probe sigs)
## STDOUT:
ignored: USR1
blocked: none
ignored: USR1
blocked: none
## END

#### a script's background job ignores SIGINT and SIGQUIT
probe sigs &
wait
## STDOUT:
ignored: INT QUIT
blocked: none
## END

#### ... even with a trap outside it, but a trap inside it counts
trap 'echo caught' INT
probe sigs &
wait
{ trap 'echo mine' INT; probe sigs; } &
wait
## STDOUT:
ignored: INT QUIT
blocked: none
ignored: QUIT
blocked: none
## END
## dash: skip dash lets no trap inside the async list change SIGINT (bash and POSIX's trap do)

#### a subshell resets trap commands and keeps trap ''
trap 'echo caught' TERM; trap '' HUP
( trap; probe sigs )
## STDOUT:
trap -- '' HUP
ignored: HUP
blocked: none
## END

#### a signal ignored on entry cannot be trapped or reset, silently
trap '' USR1 USR2
"$TEST_SHELL" -c 'trap "echo caught" USR1; trap - USR2; probe sigs; kill -s USR1 $$; echo alive'
## STDOUT:
ignored: USR1 USR2
blocked: none
alive
## END
## stderr-json: ""
