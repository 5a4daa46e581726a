# Programs started with posix_spawn (issue 13): redirections and pipe ends
# as file actions, job control with POSIX_SPAWN_SETPGROUP. Whatever fails in
# posix_spawn's child is done again by a forked child, which reports the
# step that failed exactly as before; each error case runs both ways
# (posix_spawn, the default, and set -o spawn=fork) and must print the same.
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

#### permission denied, as nobody (posix_spawn's open fails, a forked child says which)
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
for how in posix_spawn fork; do
  "$TEST_SHELL" -c "set -o spawn=$how; /bin/cat < missing.txt; /bin/echo x > /tmp; /bin/echo | /bin/cat > no/f; /bin/echo x 3>&- >&3" 2>"err.$how"
  echo "$how $?"
done
cmp err.posix_spawn err.fork && echo same
## STDOUT:
posix_spawn 1
fork 1
same
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
set -o spawn=vfork; set -o | grep '^spawn '
(set -o spawn=clone)
echo "st=$?"
## STDOUT:
spawn           posix_spawn
set -o spawn=posix_spawn
set -o spawn=fork
spawn           vfork
st=2
## END
## stderr-match: spawn=clone: invalid option value
## dash: skip set -o spawn is forksh's

#### forksh -o spawn=fork on the command line
"$TEST_SHELL" -o spawn=fork -c 'set +o | grep spawn'
## stdout: set -o spawn=fork
## dash: skip set -o spawn is forksh's

#### the words of a spawned stage are expanded once, by the shell, with no side effect lost
x=1
/bin/echo "$x" ${y:-dflt} | /bin/cat
/bin/echo ${z=set} | /bin/cat
echo "z=${z-unset}"
/bin/echo $(echo sub) | /bin/cat
## STDOUT:
1 dflt
set
z=unset
sub
## END

#### a read-only VAR=value on a pipeline stage is reported by the forked stage
readonly R=1
R=2 /bin/echo hi | /bin/cat
echo "st=$?"
## stdout: st=0
## stderr-match: R: is read only
## dash: skip dash ends the script here
