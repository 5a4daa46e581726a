# Background commands (&), $!, wait. Format: see run_cases.py.

#### a background command runs while the shell continues
sleep 0.5 && echo late &
echo early
wait
## STDOUT:
early
late
## END

#### wait with a pid returns that command's status
sh -c 'exit 7' &
wait $!
echo "st=$?"
## stdout: st=7

#### wait without arguments returns 0
sh -c 'exit 7' &
wait
echo "st=$?"
## stdout: st=0

#### $! is the pid of the last background command
sleep 5 &
p=$!
kill -0 $p && echo alive
kill $p
wait $p
echo "st=$?"
## STDOUT:
alive
st=143
## END

#### wait for several pids in turn
sh -c 'exit 1' & a=$!
sh -c 'exit 2' & b=$!
wait $b; sb=$?
wait $a; sa=$?
echo "$sa $sb"
## stdout: 1 2

#### the status of a command that finished long before wait is kept
sh -c 'exit 5' & p=$!
sleep 0.3
wait $p
echo "st=$?"
## stdout: st=5

#### wait for a pid that is not a child gives 127
wait 1
echo "st=$?"
## stdout: st=127

#### the status of starting a background command is 0
false &
echo "st=$?"
## stdout: st=0

#### a background command's stdin is /dev/null in a script
echo input | { cat & wait; }
echo "[end]"
## STDOUT:
[end]
## END

#### a background command with an explicit redirection reads it
printf 'data\n' > f
cat < f &
wait
## stdout: data

#### background commands ignore SIGINT and SIGQUIT
probe sigs &
wait
## stdout-json: "ignored: INT QUIT\nblocked: none\n"

#### a background subshell
(echo sub; exit 3) &
wait $!
echo "st=$?"
## STDOUT:
sub
st=3
## END

#### a background pipeline's $! is the last stage
echo x | sh -c 'read l; exit 4' &
wait $!
echo "st=$?"
## stdout: st=4

#### a killed background job's status is 128+n
sleep 5 &
p=$!
kill -TERM $p
wait $p
echo "st=$?"
## stdout: st=143

#### a background brace group writes to the same stdout
{ echo bg1; echo bg2; } &
wait
## STDOUT:
bg1
bg2
## END

#### a background command does not change the shell's variables
x=1
x=2 &
wait
echo $x
## stdout: 1

#### many background jobs all finish before wait returns
for i in 1 2 3 4 5 6 7 8 9 10; do (sleep 0.1; echo $i > out.$i) & done
wait
cat out.* | sort -n | tr '\n' ' '
## stdout-json: "1 2 3 4 5 6 7 8 9 10 "

#### & separates commands on one line
echo a > fa & echo b > fb; wait
cat fa fb
## STDOUT:
a
b
## END

#### wait %N waits for job N
sh -c 'exit 3' &
sh -c 'exit 4' &
wait %2
echo "st=$?"
wait %1
echo "st=$?"
## STDOUT:
st=4
st=3
## END

#### a finished job keeps its number: wait %1 after %1 ended and %2 started
sh -c 'exit 3' &
sleep 0.3
sh -c 'exit 4' &
wait %2
echo "st=$?"
wait %1
echo "st=$?"
## STDOUT:
st=4
st=3
## END
