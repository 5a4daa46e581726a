# help's concept topics (issue 27): `help fork` explains an idea, `help` alone
# fits a 24-line terminal and points to the topics, and a concept word typed
# as a command gets a hint after "command not found". The check that every
# topic names lessons that exist is tests/teaching/test_help_topics.py.

#### help fork says what fork is, its system calls and what to type
help fork > out; echo "status $?"
grep -c 'fork(2) creates a child process' out
grep -c '^System calls: fork(2)' out
grep -c "forksh --trace -c" out
grep -c '^Lessons: 02-fork-and-exec.sh' out
## STDOUT:
status 0
1
1
2
1
## END
## dash: skip dash has no help

#### help vfork says why it is the default and how to see the textbook way
help vfork > out
grep -c 'no page tables are copied' out
grep -c 'The textbook way, fork +' out
grep -c 'is `set -o spawn=fork`' out
## STDOUT:
1
1
1
## END
## dash: skip dash has no help

#### help alone fits a 24-line terminal, names the topics and where to start
help > out; echo "status $?"
[ "$(wc -l < out)" -le 24 ] && echo fits
grep -c 'start with `help fork`' out
grep -c 'process-group' out
awk 'length > 78' out
## STDOUT:
status 0
fits
1
1
## END
## dash: skip dash has no help

#### every topic page fits 78 columns and 24 lines, with its builtin's page when it has one
for t in fork exec vfork pipe zombie orphan wait signal job process-group session cow thread proc trace explain timeline; do
  help "$t" > out || echo "no help: $t"
  awk -v t="$t" 'index($0, t ": ") == 1 || index($0, t " (") == 1 { on = 1 }
    on { n++; if (length > 78) print t ": long line: " $0 }
    END { if (n < 5) print t ": no page" }' out
done
for t in fork exec vfork pipe zombie orphan wait signal job process-group session cow thread proc trace explain timeline follow; do
  help "$t" > out; [ "$(wc -l < out)" -le 24 ] || echo "$t: more than 24 lines"
done
echo checked
## stdout: checked
## dash: skip dash has no help

#### help NAME that is a builtin and a topic shows both
help exec > out
grep -c -e '^exec \[COMMAND' -e '^exec: a process replaces its program' out
## stdout: 2
## dash: skip dash has no help

#### help of a word that is neither fails and says where to look
help nope_nope; echo "status $?"
## stdout: status 1
## stderr-match: nope_nope.*not a builtin or a topic \(`help` lists them\)
## dash: skip dash has no help

#### a concept word typed as a command: not found, with a hint to help
fork
echo "status $?"
zombie
## stdout: status 127
## status: 127
## STDERR:
forksh: case.sh: line 1: fork: command not found (try `help fork`)
forksh: case.sh: line 3: zombie: command not found (try `help zombie`)
## END
## dash: skip the hint is forksh's

#### type fork still says not found
type fork; echo "status $?"
## STDOUT:
fork: not found
status 127
## END

#### a real program named like a topic still runs, without a hint
mkdir bin; printf '#!/bin/sh\necho real fork\n' > bin/fork; chmod +x bin/fork
PATH=$PWD/bin:$PATH; fork; echo "status $?"
## STDOUT:
real fork
status 0
## END
## stderr-json: ""
