# The user's descriptors are the user's: the shell keeps its own (saved
# copies around a builtin's redirection, the script it reads, the files `.`
# reads) at 10 and above, close-on-exec, and moves them out of the way when
# a script names their number (shell/sys/fd.hpp, fd_registry). dash allows
# only one-digit descriptors, hence the skips. Format: see run_cases.py.

#### exec 10> inside a redirected group does not take the saved stdout
{ exec 10>x 11>x 12>x; } >/dev/null
echo where-am-i
echo "x has: [$(cat x)]"
## STDOUT:
where-am-i
x has: []
## END
## dash: skip dash allows only descriptors 0-9

#### a builtin redirected inside a group keeps the group's saved copy apart
{ echo inner 10>y; echo second; } >/dev/null
echo visible
cat y
## stdout: visible
## dash: skip dash allows only descriptors 0-9

#### a function writing to 10 while its stdout is redirected
f() { exec 10>z; echo to-z >&10; }
f >/dev/null
echo back
cat z
## STDOUT:
back
to-z
## END
## dash: skip dash allows only descriptors 0-9

#### a script over 8 KB may open 10 for reading and the script goes on
pad() {
  i=0
  while [ $i -lt 200 ]; do echo "# padding line $i to make the script longer than one read block"; i=$((i+1)); done
}
{
  echo 'echo "echo PWNED" > data'
  echo 'exec 10<data'
  pad
  echo 'echo after-exec-10'
  echo 'read line <&10; echo "read: $line"'
} > big.sh
"$TEST_SHELL" big.sh; echo "status $?"
## STDOUT:
after-exec-10
read: echo PWNED
status 0
## END
## dash: skip dash allows only descriptors 0-9

#### a script over 8 KB may open 10 for writing and the script goes on
pad() {
  i=0
  while [ $i -lt 200 ]; do echo "# padding line $i to make the script longer than one read block"; i=$((i+1)); done
}
{
  echo 'exec 10>lock'
  pad
  echo 'echo after-lock'
  echo 'echo locked >&10'
  echo 'exit 7'
} > big.sh
"$TEST_SHELL" big.sh; echo "status $?"; cat lock
## STDOUT:
after-lock
status 7
locked
## END
## dash: skip dash allows only descriptors 0-9

#### closing 10 in a script does not close the script
{
  echo 'exec 10<&-'
  i=0
  while [ $i -lt 200 ]; do echo "# padding line $i to make the script longer than one read block"; i=$((i+1)); done
  echo 'echo still-reading'
} > big.sh
"$TEST_SHELL" big.sh
## stdout: still-reading
## dash: skip dash allows only descriptors 0-9

#### the shell's saved copy cannot be written through (>&10 is a bad descriptor)
{ echo hi >&10; } >/dev/null 2>err
echo "status $?"
grep -c 'Bad file descriptor' err
## STDOUT:
status 1
1
## END
## dash: skip dash allows only descriptors 0-9

#### a command sees no shell descriptor even after the moves
{ exec 10>x; probe fds; } >out
cat out
## stdout: 0 1 2 10
## dash: skip dash allows only descriptors 0-9

#### exec 3> in a sourced file stays open afterwards
printf 'exec 3>log\n' > lib.sh
. ./lib.sh
echo hi >&3
cat log
## stdout: hi

#### a sourced file may redirect onto every low descriptor
printf 'exec 3>a 4>b 5>c\necho in-lib\n' > lib.sh
. ./lib.sh
echo three >&3; echo five >&5
cat a c
## STDOUT:
in-lib
three
five
## END

#### a sourced file over 8 KB survives exec 10< and exec 10>
{
  echo 'exec 10>lock 11>lock 12>lock'
  i=0
  while [ $i -lt 200 ]; do echo "# padding line $i to make the file longer than one read block"; i=$((i+1)); done
  echo 'echo after-lock'
} > lib.sh
. ./lib.sh
echo done
## STDOUT:
after-lock
done
## END
## dash: skip dash allows only descriptors 0-9

#### a sourced file's descriptor is not inherited by its commands
printf 'probe fds\n' > lib.sh
. ./lib.sh
## stdout: 0 1 2

#### when the shell cannot save a descriptor, the redirection fails and nothing is closed
# (Under UBSan: a failed redirection first, so its vptr check of ShellError
# is cached; with no descriptor left it could not check it, and would say so.
# In a subshell, which ends with _exit: a sanitizer build's leak check at
# exit needs descriptors of its own, so it must not run under the limit.)
(
true > /nonexistent/dir/file 2>/dev/null
ulimit -n 10
echo a >/dev/null
echo b
)
## stdout: b
## dash: skip dash loses stdout (I/O error)

#### under a tiny descriptor limit the redirection fails cleanly
(  # see the case above
true > /nonexistent/dir/file 2>/dev/null
ulimit -n 5
exec 3</dev/null 4</dev/null
echo a >/dev/null
echo "status $?"
{ echo c; } 2>/dev/null
echo d
)
## STDOUT:
status 1
d
## END
## stderr-match: Too many open files
## dash: skip dash loses stdout (I/O error)
