# Programs spawned (issue 13): by the shell's own vfork child (the default)
# or by posix_spawn, with redirections and pipe ends done by the child as
# file actions, job control with setpgid/POSIX_SPAWN_SETPGROUP. Whatever
# fails in the spawned child is done again by a forked child, which reports
# the step that failed exactly as before; each error case runs all three
# ways (vfork, posix_spawn, set -o spawn=fork) and must print the same.
# Format: see run_cases.py.

#### a missing input file: the message and status of a forked child
/bin/cat < missing.txt
echo "st=$?"
## stdout: st=1
## dash-stdout: st=2
## stderr: forksh: case.sh: line 1: missing.txt: No such file or directory
## dash: skip dash words it "cannot open missing.txt: No such file"

#### a missing input file after an output redirection: the output file is made, once
/bin/cat > out.txt < missing.txt
echo "st=$? $(ls out.txt)"
## stdout: st=1 out.txt
## stderr: forksh: case.sh: line 1: missing.txt: No such file or directory
## dash: skip dash words it "cannot open missing.txt: No such file"

#### writing to a directory: Is a directory
/bin/echo x > /tmp
echo "st=$?"
## stdout: st=1
## stderr: forksh: case.sh: line 1: /tmp: Is a directory
## dash: skip dash words it "cannot create /tmp: Is a directory"

#### a missing directory in an output path, in a pipeline stage
/bin/echo x | /bin/cat > no/such/f
echo "st=$?"
## stdout: st=1
## stderr: forksh: case.sh: line 1: no/such/f: No such file or directory
## dash: skip dash words it "cannot create no/such/f: Directory nonexistent"

#### permission denied, as nobody (the spawned child's open fails, a forked child says which)
echo secret > secret.txt
chmod 600 secret.txt
chmod 755 .
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=65534 --regid=65534 --clear-groups "$TEST_SHELL" -c '/bin/cat < secret.txt; echo "st=$?"; /bin/echo x >> secret.txt; echo "st=$?"'
else
  chmod 000 secret.txt
  "$TEST_SHELL" -c '/bin/cat < secret.txt; echo "st=$?"; /bin/echo x >> secret.txt; echo "st=$?"'
fi
## STDOUT:
st=1
st=1
## END
## STDERR:
forksh: line 1: secret.txt: Permission denied
forksh: line 1: secret.txt: Permission denied
## END
## dash: skip the case runs the shell under test as another user

#### set -C refuses an existing file (the child looks before it opens)
echo old > out.txt
set -C
/bin/echo new > out.txt
echo "st=$?"
/bin/echo forced >| out.txt
cat out.txt
## STDOUT:
st=1
forced
## END
## stderr: forksh: case.sh: line 3: out.txt: cannot overwrite existing file
## dash: skip dash words it "cannot create out.txt: File exists"

#### a descriptor closed just before cannot be copied
/bin/echo x 3>&- >&3
echo "st=$?"
## stdout: st=1
## stderr-match: ^forksh: case.sh: line 1: 3: Bad file descriptor$
## dash: skip dash words it "3: Bad file descriptor" after its own prefix

#### the same errors, word for word, with set -o spawn=fork
for how in vfork posix_spawn fork; do
  "$TEST_SHELL" -c "set -o spawn=$how; /bin/cat < missing.txt; /bin/echo x > /tmp; /bin/echo | /bin/cat > no/f; /bin/echo x 3>&- >&3; ./no-such-prog; /tmp" 2>"err.$how"
  echo "$how $?"
done
cmp err.vfork err.fork && cmp err.posix_spawn err.fork && echo same
wc -l < err.fork
## STDOUT:
vfork 126
posix_spawn 126
fork 126
same
6
## END
## dash: skip set -o spawn is forksh's

#### redirections and pipe ends reach a spawned program
printf 'b\na\n' > in.txt
/bin/sort < in.txt > out.txt 2>&1
/bin/cat out.txt
/bin/ls /nonexistent-spawn 2>&1 >/dev/null 3>&2 | /usr/bin/wc -l
/bin/cat in.txt | /bin/sort | /bin/head -n 1
/bin/echo appended >> out.txt; /bin/cat out.txt | /usr/bin/wc -l
/bin/cat <> in.txt | /usr/bin/wc -l
## STDOUT:
a
b
1
a
3
2
## END

#### a FIFO is opened by a forked child, so the shell never waits on the open
mkfifo fifo
/bin/cat < fifo &
/bin/echo through the fifo > fifo
wait
## stdout: through the fifo

#### a background job of a script: stdin from /dev/null, $! is the program
/bin/cat &
wait $!
echo "st=$?"
trap '' INT QUIT
/bin/sleep 0 & p=$!
wait "$p"; echo "st=$?"
## STDOUT:
st=0
st=0
## END

#### set -o lists spawn, set +o prints it re-inputtably, a bad value is refused
set -o | grep '^spawn '
set +o | grep spawn
set -o spawn=fork; set +o | grep spawn
set -o spawn=posix_spawn; set -o | grep '^spawn '
(set -o spawn=clone)
echo "st=$?"
## STDOUT:
spawn           vfork
set -o spawn=vfork
set -o spawn=fork
spawn           posix_spawn
st=2
## END
## stderr-match: spawn=clone: invalid option value

#### a background job of a script ignores SIGINT and SIGQUIT, spawned or forked
# XCU 2.11. The vfork child sets them to ignored itself; posix_spawn cannot
# (it only resets signals to the default), so there the shell forks.
for how in vfork posix_spawn fork; do
  "$TEST_SHELL" -c "set -o spawn=$how"'; /bin/sh -c "grep ^SigIgn: /proc/self/status" & wait'
done
"$TEST_SHELL" --trace -c '/bin/true & wait' 2>&1 | grep -c '^\[trace [0-9]* true\] execve /bin/true'
"$TEST_SHELL" --trace -c 'set -o spawn=posix_spawn; /bin/true & wait' 2>&1 | grep -c '^\[trace [0-9]*\] fork'
## STDOUT:
SigIgn:	0000000000000006
SigIgn:	0000000000000006
SigIgn:	0000000000000006
1
1
## END
## dash-stdout: SigIgn:	0000000000000006
## dash: skip set -o spawn is forksh's

#### a trap's handler never runs in the spawned child, and the program gets the default
# The vfork child shares the shell's memory until execve: it resets what
# the shell catches before it unblocks signals.
trap 'echo caught' USR1
/bin/cat /proc/self/status | /bin/grep '^SigCgt:'
/bin/sh -c 'kill -USR1 $$; echo alive'
echo "st=$?"
## STDOUT:
SigCgt:	0000000000000000
st=138
## END
## stderr: User defined signal 1
