# set -C without a check-then-open race, messages for children killed by a
# signal, printf's huge widths, ${#x} of invalid UTF-8, privileged mode.
# Format: see run_cases.py.

#### set -C refuses an existing regular file and leaves it untouched
echo old > e
set -C
echo new > e || echo refused
cat e
## STDOUT:
refused
old
## END
## stderr-match: e: cannot overwrite existing file

#### set -C writes to a device and creates a new file
set -C
echo x > /dev/null && echo devnull-ok
echo fresh > fresh; cat fresh
echo forced >| fresh; cat fresh
## STDOUT:
devnull-ok
fresh
forced
## END

#### set -C refuses a dangling symlink instead of creating its target
ln -s target link
set -C
echo x > link || echo refused
[ -e target ] || echo "no target"
## STDOUT:
refused
no target
## END

#### set -C opens with O_EXCL, then a non-regular file without O_CREAT (no stat before open)
"$TEST_SHELL" --trace=trace -c 'set -C; echo x > /dev/null; echo y > new'
grep -c 'open /dev/null (write) -> fd' trace
grep -c 'open new (write, create, must not exist) -> fd' trace
## STDOUT:
1
1
## END
## dash: skip the trace is forksh's

#### set -C on a directory says what is wrong
set -C
mkdir d
echo x > d || echo refused
## stdout: refused
## stderr-match: d: Is a directory

#### a child killed by a signal is reported on stderr in a script
sh -c 'kill -SEGV $$'
echo "status $?"
sh -c 'kill -TERM $$'
sh -c 'kill -KILL $$'
## stdout: status 139
## status: 137
## STDERR:
Segmentation fault
Terminated
Killed
## END

#### no message for SIGINT and SIGPIPE
sh -c 'kill -INT $$'
sh -c 'kill -PIPE $$'
echo "status $?"
## stdout: status 141
## stderr-json: ""

#### printf refuses a huge * width instead of capping it
printf '%*d|' 99999999999 1
echo "status $?"
## stdout: status 1
## stderr-match: printf: .*99999999999.*too large
## dash: skip dash prints 1 with no padding

#### printf keeps ordinary * widths and precisions
printf '[%*d][%-*s][%.*d]\n' 4 7 3 a 3 5
## stdout: [   7][a  ][005]

#### ${#x} counts each byte of invalid UTF-8 as one character
x=$(printf '\251\251\251')
echo ${#x}
y=$(printf 'a\251b')
echo ${#y}
## STDOUT:
3
3
## END
