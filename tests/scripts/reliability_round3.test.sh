# Reliability, round three (issue 24): each case failed before its fix.
# Format: see run_cases.py.

#### a failed dup2 is an error: ulimit -n 8, then exec 8>f
ulimit -n 8
command exec 8>f
echo "status $?"
echo x >&8 && echo "fd 8 works"
## stdout: status 1
## status: 1
## stderr-match: 8: Bad file descriptor
## dash: skip dash words it "8: Bad file descriptor" too, but exits on the exec

#### a failed dup2 fails the command, builtin or program
ulimit -n 8
echo x 8>f; echo "builtin $?"
/bin/echo x 8>f; echo "program $?"
## STDOUT:
builtin 1
program 1
## END
## dash: skip dash says "Bad file descriptor" with another wording

#### a descriptor number too large is an error, not a file name
echo hi >&1234567
echo "status $?"
ls
## STDOUT:
status 1
case.sh
## END
## stderr-match: 1234567: bad file descriptor number
## dash: skip dash makes it a syntax error and exits

#### a program with a too-large descriptor number: the same error
/bin/echo hi >&1234567
echo "status $?"
ls
## STDOUT:
status 1
case.sh
## END
## dash: skip dash makes it a syntax error and exits

#### ${x%PATTERN} with x unset does not expand the pattern
unset x
echo "[${x%$(echo ran >&2)}]"
echo "[${x##$((1/0))}]"
x=
echo "[${x%$(echo ran-for-empty)}]"
## STDOUT:
[]
[]
[]
## END
## stderr-json: ""

#### a shell error inside a redirected { } is written through its redirection
{ : ${x?boom}; } 2>/dev/null
echo not reached
## status: 2
## stderr-json: ""

#### ... also for $((1/0)), a read-only assignment, eval 'if', set -u, a function, eval
for body in '{ echo $((1/0)); } 2>err' 'readonly r=1; { r=2; } 2>err' "{ eval 'if'; } 2>err" \
            'set -u; { echo $nope; } 2>err' 'f() { : ${x?boom}; }; f 2>err' "eval ': \${x?boom}' 2>err" \
            'if true; then : ${x?boom}; fi 2>err'; do
  rm -f err
  "$TEST_SHELL" -c "$body" 2>outer
  echo "$? $(wc -c <outer) $(grep -c . err)"
done
## STDOUT:
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
2 0 1
## END

#### without a redirection the message goes to stderr as before, once
{ : ${x?boom}; }
## status: 2
## stderr: forksh: case.sh: line 1: x: boom

#### pinfo and ptree show another process's escape sequences as text, never raw
cp /bin/sleep "./sl$(printf '\033')[31mX"
"./sl$(printf '\033')[31mX" 30 &
pid=$!
# wait for its execve: until /proc shows its new command line
until grep -q X "/proc/$pid/cmdline" 2>/dev/null; do :; done
pinfo $pid > pinfo.out
ptree > ptree.out
kill $pid
grep -c "$(printf '\033')" pinfo.out ptree.out
grep -c 'sl\\033\[31mX 30' pinfo.out ptree.out
## STDOUT:
pinfo.out:0
ptree.out:0
pinfo.out:1
ptree.out:1
## END
## status: 0
## dash: skip pinfo and ptree are forksh's

#### pinfo on a process it may not read says so, instead of "0 open descriptors"
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=65534 --regid=65534 --clear-groups "$TEST_SHELL" -c 'pinfo 1' | grep '^open descriptors'
else
  pinfo 1 | grep '^open descriptors'
fi
## stdout: open descriptors (/proc/1/fd): not allowed to read them (another user's process)
## dash: skip pinfo is forksh's

#### no process can be made: one rule for fork, vfork and posix_spawn (the script ends, 2, at the right line)
printf 'ulimit -u 1\necho first\n/bin/true\necho not reached\n' > program.sh
printf 'ulimit -u 1\necho first\n(echo sub)\necho not reached\n' > subshell.sh
printf 'ulimit -u 1\necho first\n/bin/true | /bin/true\necho not reached\n' > pipeline.sh
run() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$TEST_SHELL" -c "set -o spawn=$1; . ./$2" 2>err
  else
    "$TEST_SHELL" -c "set -o spawn=$1; . ./$2" 2>err
  fi
  echo "$1 $2: $? $(cat err)"
}
chmod 755 .
for how in vfork posix_spawn fork; do
  for script in program.sh subshell.sh pipeline.sh; do run $how $script; done
done
## STDOUT:
first
vfork program.sh: 2 forksh: ./program.sh: line 3: fork: Resource temporarily unavailable
first
vfork subshell.sh: 2 forksh: ./subshell.sh: line 3: fork: Resource temporarily unavailable
first
vfork pipeline.sh: 2 forksh: ./pipeline.sh: line 3: fork: Resource temporarily unavailable
first
posix_spawn program.sh: 2 forksh: ./program.sh: line 3: fork: Resource temporarily unavailable
first
posix_spawn subshell.sh: 2 forksh: ./subshell.sh: line 3: fork: Resource temporarily unavailable
first
posix_spawn pipeline.sh: 2 forksh: ./pipeline.sh: line 3: fork: Resource temporarily unavailable
first
fork program.sh: 2 forksh: ./program.sh: line 3: fork: Resource temporarily unavailable
first
fork subshell.sh: 2 forksh: ./subshell.sh: line 3: fork: Resource temporarily unavailable
first
fork pipeline.sh: 2 forksh: ./pipeline.sh: line 3: fork: Resource temporarily unavailable
## END
## dash: skip dash has no set -o spawn (it says "Cannot fork" and exits 2 too)
## sanitizer: skip LeakSanitizer needs a task of its own at exit, which ulimit -u 1 forbids (it aborts, 134)

#### time exit 3 still prints the report, then the shell ends with 3 (bash)
time exit 3
echo not reached
## status: 3
## stderr-match: ^real\t
## dash: skip time is a bash keyword

#### time -- ends time's options: the command after it runs
time -- echo ran
time -p -- echo ran too
## STDOUT:
ran
ran too
## END
## dash: skip time is a bash keyword

#### printf prints a width of 20,000,000 as dash and bash do
printf "%20000000d" 1 | wc -c
printf "%*d" 20000000 1 | wc -c
## STDOUT:
20000000
20000000
## END

#### nesting is bounded by the stack: deeper than the old caps of 500 and 1000
# 10,000 nested ( ) (as in dash: the shell runs on a stack of its own) and
# an arithmetic expression 20,000 parentheses deep run.
# (`( ` with a blank: `((` would be bash's arithmetic command.)
python3 -c "print('( ' * 10000 + 'echo deep' + ')' * 10000)" > deep.sh
"$TEST_SHELL" deep.sh
python3 -c "print('echo \$((' + '(' * 20000 + '1' + ')' * 20000 + '))')" > arith.sh
"$TEST_SHELL" arith.sh
## STDOUT:
deep
1
## END
## sanitizer: skip AddressSanitizer's frames are several times larger: the same stack holds fewer levels (the clean error is checked in both builds below)

#### 10,000 nested braces, ifs, while loops and cases run (dash runs them)
python3 -c "print('{ ' * 10000 + 'echo braces;' + ' }' * 10000)" > b.sh
python3 -c "print('if true; then ' * 10000 + 'echo ifs' + '; fi' * 10000)" > i.sh
python3 -c "print('while true; do ' * 10000 + 'echo loops; break 10000' + '; done' * 10000)" > w.sh
python3 -c "print('case x in x) ' * 10000 + 'echo cases' + ';; esac' * 10000)" > c.sh
for f in b i w c; do "$TEST_SHELL" $f.sh; done
## STDOUT:
braces
ifs
loops
cases
## END
## sanitizer: skip AddressSanitizer's frames are several times larger, and it runs the shell on the usual 8 MiB stack

#### a quoted "$( )" counts as one level of nesting, not two
# The quotes inside are bounded by the stack alone: 3,000 levels read (they
# stopped at 2,500, each level counting twice), and the count's own message
# names its bound.
python3 -c "print('echo ' + '\"\$(echo ' * 3000 + 'ok' + ')\"' * 3000)" > quoted.sh
"$TEST_SHELL" -n quoted.sh; echo "status $?"
python3 -c "print('echo ' + '\${x:-' * 5001 + 'ok' + '}' * 5001)" > words.sh
"$TEST_SHELL" -n words.sh 2>err; echo "status $?"
grep -o 'nesting too deep (more than 5000 words inside each other)' err
## STDOUT:
status 0
status 2
nesting too deep (more than 5000 words inside each other)
## END
## dash: skip dash has no count of its own (it reads both)
## sanitizer: skip AddressSanitizer's frames are larger and it keeps the usual 8 MiB stack: the stack's clean error comes first there (checked below)

#### nesting deeper than the stack allows is a clean error, never a crash
python3 -c "print('{ ' * 200000 + 'echo no;' + ' }' * 200000)" > braces.sh
"$TEST_SHELL" braces.sh 2>err; echo "status $?"
grep -c 'nesting too deep' err
## STDOUT:
status 2
1
## END
## dash: skip dash has no bound of its own there (it may run out of stack)

#### eval without end stops with a clean error, not a SIGSEGV
s='eval "$s"'
eval "$s"
echo not reached
## status: 2
## stderr-match: nesting too deep
## dash: skip dash runs out of stack
