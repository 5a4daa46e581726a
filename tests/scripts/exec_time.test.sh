# `time [-p] pipeline`: a reserved word, as in bash and ksh (dash has none:
# there `time` is the utility /usr/bin/time, so these cases skip dash).

#### time times the whole pipeline, in bash's format, on the shell's stderr
time sleep 0.3 | cat
## stdout-json: ""
## stderr-match: \A\nreal\t0m0\.[3-9]\d\ds\nuser\t0m\d\.\d{3}s\nsys\t0m\d\.\d{3}s\n\Z
## dash: skip no time reserved word

#### time -p uses the POSIX format
time -p sleep 0.2
## stderr-match: \Areal 0\.[2-9]\d\nuser \d+\.\d\d\nsys \d+\.\d\d\n\Z
## dash: skip no time reserved word

#### user time comes from the children's rusage
time -p sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done'
## stderr-match: ^user (0\.[1-9]\d|[1-9]\d*\.\d\d)$
## timeout: 30
## dash: skip no time reserved word

#### the status is the pipeline's
time false | true; echo "a=$?"
time true | false; echo "b=$?"
time ! true; echo "c=$?"
! time true; echo "d=$?"
## STDOUT:
a=0
b=1
c=1
d=1
## END
## dash: skip no time reserved word

#### time runs builtins in the shell: time wait, time cd
sleep 0.2 &
time wait
time cd /
pwd
## stdout: /
## stderr-match: \A\nreal\t0m0\.[1-9]
## dash: skip no time reserved word

#### time alone prints the shell's times so far
time
## stderr-match: \A\nreal\t\d+m\d+\.\d{3}s\nuser\t.*\nsys\t.*\n\Z
## dash: skip no time reserved word

#### a redirection of the timed command does not catch the report
time echo hi >/dev/null 2>&1
## stderr-match: real
## dash: skip no time reserved word

#### { time cmd; } 2>file catches it
{ time -p true; } 2>out
cat out | cut -d' ' -f1
## STDOUT:
real
user
sys
## END
## dash: skip no time reserved word

#### set -e sees the timed pipeline's failure
set -e
time false
echo not reached
## status: 1
## dash: skip no time reserved word

#### a quoted time, or time after a pipe, is the utility, and time= is a variable
printf '#!/bin/sh\necho "utility $*"\n' >time; chmod +x time; PATH=$PWD:$PATH
time=5; echo $time
'time' x
echo | time y
command time z
## STDOUT:
5
utility x
utility y
utility z
## END
## dash: skip dash has no reserved word: its own time runs the utility

#### time in the background times the job
time sleep 0.1 &
wait
echo done
## stdout: done
## stderr-match: real\t0m0\.[1-9]
## dash: skip no time reserved word

#### type and command -v know time as a keyword; help time explains it
type time
command -v time
help time | sed -n '1p; /getrusage/p'
## STDOUT:
time is a shell keyword
time
time [-p] [PIPELINE]   (reserved word)
getrusage(RUSAGE_CHILDREN) reads; real time is clock_gettime(CLOCK_MONOTONIC).
## END
## dash: skip no time reserved word
