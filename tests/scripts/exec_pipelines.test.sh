# Pipelines: data flow, status, pipe ends closed. Format: see run_cases.py.

#### output of one command reaches the next
echo hello | tr a-z A-Z
## stdout: HELLO

#### a long pipeline passes data through every stage
echo abc | cat | cat | cat | cat | cat | cat | cat | tr b B
## stdout: aBc

#### the status of a pipeline is that of its last command
false | true
## status: 0

#### the last command's failure is the pipeline's status
true | false
## status: 1

#### last stage exit code passes through
echo x | sh -c 'exit 7'
echo $?
## stdout: 7

#### a reader that ends early does not hang the pipeline
yes | head -n 3
## STDOUT:
y
y
y
## END

#### every stage sees end of input: pipe ends are closed in unrelated stages
printf 'a\nb\n' | cat | wc -l
## stdout: 2

#### stderr is not piped
{ echo out; echo err >&2; } 2>/dev/null | cat
## stdout: out

#### 2>&1 before | sends stderr into the pipe
{ echo err >&2; } 2>&1 | tr e E
## stdout: Err

#### a pipeline of builtins and a brace group
{ echo b; echo a; } | sort
## STDOUT:
a
b
## END

#### variables set in a pipeline stage do not leak (each stage is a subshell)
x=before
echo | x=after
echo | { x=inner; }
echo $x
## stdout: before

#### a while loop reading from a pipe gets every line
printf '1\n2\n3\n' | while read n; do echo "n=$n"; done
## STDOUT:
n=1
n=2
n=3
## END

#### a pipeline at the end of an && list
true && echo piped | cat
## stdout: piped

#### a pipeline can continue on the next line after |
echo joined |
  tr a-z A-Z
## stdout: JOINED

#### large data (1 MB) flows through a pipe without deadlock
head -c 1048576 /dev/zero | cat | wc -c
## stdout: 1048576

#### the first stage's failure does not matter without pipefail
sh -c 'exit 3' | cat
echo $?
## stdout: 0

#### set -o pipefail reports the last failing stage
set -o pipefail
sh -c 'exit 3' | sh -c 'exit 4' | true
echo $?
## stdout: 4
## dash: skip dash 0.5.12 has no pipefail (bash and POSIX 2024 do)

#### set -o pipefail with all stages succeeding is 0
set -o pipefail
true | true | echo ok
echo $?
## STDOUT:
ok
0
## END
## dash: skip dash 0.5.12 has no pipefail (bash and POSIX 2024 do)

#### a function in a pipeline
f() { tr a-z A-Z; }
echo abc | f
## stdout: ABC

#### a subshell in a pipeline
echo 5 | (read n; echo $((n * 2)))
## stdout: 10

#### a command substitution in the middle of a pipeline
echo "$(echo inner | tr i I)" | cat
## stdout: Inner

#### the child in a pipeline sees only 0 1 2
echo x | probe fds | cat
## stdout: 0 1 2

#### ! negates a pipeline's status
! true | false
echo $?
## stdout: 0
