# Job control in a script (`set -m`): stopped jobs, kill to process groups,
# wait and continued jobs. dash turns job control off without a terminal,
# so these run under forksh only.

#### a foreground job that stops becomes a stopped job: status 128+n, notice
set -m
sh -c 'kill -TSTP $$'; echo status=$?
jobs
kill %1
## STDOUT:
status=148
[1]+  Stopped                 sh -c kill -TSTP $$
## END
## stderr-match: ^\[1\]\+  Stopped {17}sh -c kill -TSTP \$\$$
## dash: skip no job control without a terminal

#### wait on a job that stops returns 128+n
set -m
sleep 10 &
kill -STOP %1
wait %1; echo status=$?
kill %1
## stdout: status=147
## dash: skip no job control without a terminal

#### kill -CONT makes a stopped job running again; wait waits for it (20 times)
set -m
i=0
while [ $i -lt 20 ]; do
    sleep 0.1 & pid=$!
    kill -STOP %1
    kill -CONT %1
    wait
    jobs > jobs.txt
    [ -s jobs.txt ] && { echo "jobs left after wait:"; cat jobs.txt; }
    kill -0 $pid 2>/dev/null && echo "wait returned before $pid ended"
    i=$((i + 1))
done
echo done
## stdout: done
## dash: skip no job control without a terminal

#### kill -s HUP -- -PGID signals the whole job
set -m
sleep 10 | sleep 10 &
jobs -p > pgid.txt; read -r pgid < pgid.txt
kill -s HUP -- -$pgid
wait %1; echo status=$?
## stdout: status=129
## dash: skip no job control without a terminal

#### kill 0 signals the caller's own process group
set -m
( trap 'echo got TERM' TERM; kill 0; echo after )
## STDOUT:
got TERM
after
## END
## dash: skip no job control without a terminal

#### job specs: jobs, disown, kill and pinfo report a spec that names no job alike
sleep 5 & sleep 5 &
jobs %9; echo "jobs $?"
disown %?xyz; echo "disown $?"
kill %sleep; echo "kill $?"
pinfo %7; echo "pinfo $?"
kill %1 %2; wait
## STDOUT:
jobs 1
disown 1
kill 1
pinfo 1
## END
## STDERR:
forksh: case.sh: line 2: jobs: %9: no such job
forksh: case.sh: line 3: disown: %?xyz: no such job
forksh: case.sh: line 4: kill: %sleep: ambiguous job spec
forksh: case.sh: line 5: pinfo: %7: no such job
## END
## dash: skip dash has no disown or pinfo and words its job errors differently
