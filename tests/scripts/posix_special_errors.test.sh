# Errors of special builtins (XCU 2.8.1): a redirection error, an assignment
# error and `.` of a missing file end a non-interactive shell (status 2, as
# dash); through `command` they do not; an interactive shell never exits for
# them. The interactive cases run `forksh -i` with commands on a pipe (its
# prompts go to stderr); dash -i on a pipe exits on these errors all the
# same, so those cases are not compared with dash.

#### a redirection error on a special builtin ends the script
: > /nonexistent/dir/x
echo not-reached
## status: 2
## stderr-match: /nonexistent/dir/x

#### a redirection error on a regular builtin does not
echo hi > /nonexistent/dir/x
echo after $?
## stdout: after 1
## dash-stdout: after 2

#### an assignment to a readonly variable ends the script
readonly r=1
r=2
echo not-reached
## status: 2
## stderr-match: r: is read only

#### an assignment error before a special builtin ends the script
readonly r=1
r=2 :
echo not-reached
## status: 2
## stderr-match: r: is read only

#### . of a missing file ends the script
. ./missing.sh
echo not-reached
## status: 2
## stderr-match: missing\.sh

#### through command, a redirection error only fails
command : > /nonexistent/dir/x
echo after $?
## stdout: after 1
## dash-stdout: after 2

#### through command, . of a missing file only fails
command . ./missing.sh
echo after $?
## stdout: after 1
## dash-stdout: after 2

#### through command, a bad option to set only fails
command set -o nosuch 2>/dev/null
echo after $?
## stdout: after 2

#### an interactive shell survives a redirection error of a special builtin
printf ': > /nonexistent/dir/x\necho after $?\n' | "$TEST_SHELL" -i 2>/dev/null
## stdout: after 1
## dash: skip dash -i reading a pipe exits

#### an interactive shell survives an assignment error
printf 'readonly r=1\nr=2\necho after $?\nr=3 :\necho after2 $?\n' | "$TEST_SHELL" -i 2>/dev/null
## STDOUT:
after 2
after2 2
## END
## dash: skip dash -i reading a pipe exits

#### an interactive shell survives . of a missing file
printf '. ./missing.sh\necho after $?\n' | "$TEST_SHELL" -i 2>/dev/null
## stdout: after 1
## dash: skip dash -i reading a pipe exits

#### an interactive shell survives other special-builtin errors
printf 'shift 5\necho shift $?\nset -o nosuch\necho set $?\nunset -v 1x\necho unset $?\n' | "$TEST_SHELL" -i 2>/dev/null
## STDOUT:
shift 1
set 2
unset 1
## END
## dash: skip dash -i reading a pipe exits

#### exec of a missing command ends a script with 127
exec nosuchcmd_q
echo not-reached
## status: 127
## stderr-match: nosuchcmd_q

#### through command, a failed exec only fails
command exec nosuchcmd_q 2>/dev/null; echo st=$?
## stdout: st=127
## dash: skip dash's command exec still exits

#### an interactive shell survives a failed exec
touch noexec; mkdir dir
printf 'exec /nonexistent/x\necho a $?\nexec ./noexec\necho b $?\nexec ./dir\necho c $?\nexec nosuchcmd_q\necho d $?\n' |
    "$TEST_SHELL" -i 2>/dev/null
## STDOUT:
a 127
b 126
c 126
d 127
## END
## dash: skip dash -i reading a pipe exits
