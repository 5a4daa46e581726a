# Where an error happened: a message about a line of a file read with `.`
# names that file and its line (as bash does; dash names the main script and
# the line of the `.` command), and so does a message from a function defined
# in that file, wherever it is called from. forksh's messages start with
# `forksh: `; stderr is what differs from dash, so dash runs these cases too.

#### a command not found in a . file names the file and its line
printf 'echo lib1\nnosuchcmd_x\n' > lib.sh
. ./lib.sh
nosuch_main
## stdout: lib1
## status: 127
## STDERR:
forksh: ./lib.sh: line 2: nosuchcmd_x: command not found
forksh: case.sh: line 3: nosuch_main: command not found
## END

#### a . file found without a slash is named as written
printf '\n\nnosuchcmd_x\n' > lib.sh
. lib.sh
## status: 127
## stderr: forksh: lib.sh: line 3: nosuchcmd_x: command not found
## dash: skip dash searches only PATH for a name without a slash

#### eval text inside a . file belongs to that file
printf 'true\neval "nosuch_eval"\n' > lib.sh
. ./lib.sh
## status: 127
## stderr: forksh: ./lib.sh: line 2: nosuch_eval: command not found

#### a function defined in a . file reports its own file and line
printf 'libf() {\n  echo in-libf\n  nosuch_in_f\n}\n' > lib.sh
. ./lib.sh
f() { nosuch_f; }
libf
f
## stdout: in-libf
## status: 127
## STDERR:
forksh: ./lib.sh: line 3: nosuch_in_f: command not found
forksh: case.sh: line 3: nosuch_f: command not found
## END

#### a syntax error in a . file names the file
printf 'echo ok\nif then\n' > bad.sh
. ./bad.sh
echo not-reached
## stdout: ok
## status: 2
## stderr-match: ^forksh: \./bad\.sh: line 2: syntax error

#### after a nested . the outer file's name comes back
printf 'nosuch_b\n' > b.sh
printf '. ./b.sh\nnosuch_a\n' > a.sh
. ./a.sh
## status: 127
## STDERR:
forksh: ./b.sh: line 1: nosuch_b: command not found
forksh: ./a.sh: line 2: nosuch_a: command not found
## END

#### LINENO counts the lines of the . file
printf 'echo $LINENO\necho $LINENO\n' > l.sh
echo $LINENO
. ./l.sh
echo $LINENO
## STDOUT:
2
1
2
4
## END
## dash: skip this dash has no LINENO
