# The POSIX gaps real shell libraries hit (issue 22), each with dash as the
# oracle (run_cases.py --oracle dash). Format: see run_cases.py.

#### command exec 3>file keeps the descriptor in the shell, as exec does
command exec 3>f
echo kept >&3
command exec 3>&-
cat f
## stdout: kept

#### command exec 8<fifo keeps fd 8 open (a test runner's loop over a FIFO)
mkfifo fifo
printf 'line\n' > fifo &
command exec 8<fifo
read -r x <&8
echo "$x"
wait
## stdout: line

#### command -p exec and command -- exec keep descriptors too
command -p exec 4>a
command -- exec 5>b
echo four >&4
echo five >&5
cat a b
## STDOUT:
four
five
## END

#### VAR=x exec runs the program with VAR in its environment
printf 'echo hello $VAR\n' > noshebang.sh
chmod +x noshebang.sh
VAR=123 exec ./noshebang.sh
## stdout: hello 123

#### return leaves a function with its own status, whatever ! says
f() { if ! return 5; then :; fi; }
f
echo $?
## stdout: 5

#### return in a while condition, with and without !
f() { while return 5; do :; done; }
g() { while ! return 6; do :; done; }
h() { until return 7; do :; done; }
f; echo $?
g; echo $?
h; echo $?
## STDOUT:
5
6
7
## END

#### an EXIT trap set in a subshell that the EXIT trap runs, runs when that subshell ends
trap '(trap "echo exit" EXIT; :)' EXIT
## stdout: exit

#### export, readonly, local: an assignment operand is not split or globbed
x='a b'
: > star-file
export y=$x
readonly z=* w=$x
f() { local v=$x u=loc $unset_var t=loc; echo "[$v][$u][$t]"; }
echo "$y|$z|$w"
f
## STDOUT:
a b|*|a b
[a b][loc][loc]
## END

#### export and readonly expand a tilde after = and after :
HOME=/home/student
export p=~/bin:~/lib
readonly r=~/x
echo "$p $r"
## stdout: /home/student/bin:/home/student/lib /home/student/x

#### a quoted operand of export stays an operand
export "a=b c" 'd=$HOME'
echo "$a|$d"
## stdout: b c|$HOME

#### a read-only VAR before a command that is not found ends the script
readonly x=1
x=2 nosuchcmd
echo survived
## status: 2
## stderr: forksh: case.sh: line 2: x: is read only

#### . of an empty file sets $? to 0
: > empty
false
. ./empty
echo $?
## stdout: 0

#### umask -S with a mode sets the mask silently
umask -S 077
umask
## stdout: 0077

#### ulimit -a takes no limit
ulimit -a 5
echo "status $?"
## stdout: status 2
## stderr-match: ulimit: too many arguments

#### umask with a large octal number keeps only the permission bits
umask 1777
umask
umask 0777777
umask
## STDOUT:
0777
0777
## END

#### redirection words are expanded before VAR=value words (POSIX 2.9.1, dash)
f() { :; }
EFF=${a=assign} f 2>${a=redir}
EFF=${b=assign} /bin/true 2>${b=redir}
EFF=${c=assign} : 2>${c=redir}
echo $a $b $c
## stdout: redir redir redir

#### a side effect in the VAR=value word of a program stays in the shell
V=${side=kept} /bin/true
echo "$side [${V-unset}]"
## stdout: kept [unset]

#### a read-only VAR before a program ends the script, as before a missing one
readonly ro=1
ro=2 /bin/echo not run
echo survived
## status: 2
## stderr-match: ro: is read only

#### the trace line of a program is written before its redirections
set -x
/bin/true 2>/dev/null
## stderr-match: ^\+ /bin/true$

#### cd refuses a .. after something that is not a directory (POSIX cd step 8)
touch file
cd nosuch/.. || echo failed
cd file/.. || echo failed too
## STDOUT:
failed
failed too
## END
## dash-STDOUT:
## END

#### n>&n with n closed is a redirection error (POSIX and bash; dash does nothing)
exec 3>&-
{ true 3>&3; } 2>/dev/null || echo error $?
## stdout: error 1
## dash-stdout-json: ""

#### OPTARG is unset after an option without an argument (POSIX; dash leaves it empty)
getopts a opt -a
echo "[${OPTARG-unset}]"
## stdout: [unset]
## dash-stdout: []

#### $- leaves out -h, which is always on
case $- in *h*) echo h is there ;; *) echo no h ;; esac
## stdout: no h
