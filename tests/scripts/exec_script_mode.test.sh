# Script mode: $0 $1 $#, -c with a name and arguments, stdin scripts, #!
# scripts, scripts without #!, odd bytes in scripts, missing or unrunnable
# files, . with arguments. Nested shells are started as "$TEST_SHELL" (set by
# run_cases.py to the shell under test). Format: see run_cases.py.

#### $0 is the script name
echo "$0"
## stdout: case.sh

#### a script gets its arguments as $1 $2 and $#
echo 'echo "$0|$1|$2|$#"' > s.sh
"$TEST_SHELL" s.sh one 'two words' three
## stdout: s.sh|one|two words|3

#### "$@" in a script keeps the arguments exactly
echo 'probe args "$@"' > s.sh
"$TEST_SHELL" s.sh 'a b' '' c
## stdout: <a b> <> <c>

#### ${10} reaches the tenth argument of a script
echo 'echo "${10} $10"' > s.sh
"$TEST_SHELL" s.sh 1 2 3 4 5 6 7 8 9 ten
## stdout: ten 10

#### -c runs a command string
"$TEST_SHELL" -c 'echo from-c'
## stdout: from-c

#### -c with a name and arguments sets $0 and the positional parameters
"$TEST_SHELL" -c 'echo "$0|$1|$2|$#"' myname a b
## stdout: myname|a|b|2

#### the status of -c is the status of the last command
"$TEST_SHELL" -c 'true; sh -c "exit 6"'
echo "st=$?"
## stdout: st=6

#### a script is read from stdin when no file is given
echo 'echo "from stdin $#"' | "$TEST_SHELL"
## stdout: from stdin 0

#### -s reads the script from stdin and takes arguments
echo 'echo "$1 $2"' | "$TEST_SHELL" -s x y
## stdout: x y

#### a stdin script's commands can read the rest of stdin
printf 'read line\nhello\necho "got $line"\n' | "$TEST_SHELL"
## stdout: got hello
## dash: skip dash reads a piped script in blocks; POSIX and bash read it a line at a time

#### the exit status of a script is its last command's
printf 'true\nsh -c "exit 3"\n' > s.sh
"$TEST_SHELL" s.sh
echo "st=$?"
## stdout: st=3

#### exit in a script ends it with that status
printf 'echo a\nexit 4\necho b\n' > s.sh
"$TEST_SHELL" s.sh
echo "st=$?"
## STDOUT:
a
st=4
## END

#### a missing script file gives 127 and a message
"$TEST_SHELL" no_such_script.sh
echo "st=$?"
## stdout: st=127
## dash-stdout: st=2
## stderr-match: no_such_script.sh: .*No such file

#### a directory as the script gives 126
mkdir adir
"$TEST_SHELL" adir
echo "st=$?"
## stdout: st=126
## dash-stdout: st=0

#### a script the user cannot read gives 126 and Permission denied
chmod 755 .
echo 'echo secret' > secret.sh
chmod 600 secret.sh
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=65534 --regid=65534 --clear-groups "$TEST_SHELL" secret.sh
else
  chmod 000 secret.sh
  "$TEST_SHELL" secret.sh
fi
echo "st=$?"
## stdout: st=126
## dash-stdout: st=2
## stderr-match: secret.sh: .*Permission denied

#### a script without a final newline runs its last line
printf 'echo first\necho last' > s.sh
"$TEST_SHELL" s.sh
## STDOUT:
first
last
## END

#### CRLF line ends keep the carriage return in words and do not crash
printf 'echo hi\r\n' > s.sh
"$TEST_SHELL" s.sh
echo "st=$?"
## stdout-json: "hi\r\nst=0\n"

#### NUL bytes in a script do not crash the shell
printf 'echo first\necho a\0b\necho last\n' > s.sh
"$TEST_SHELL" s.sh 2>/dev/null | grep -e first -e last
## STDOUT:
first
last
## END

#### invalid UTF-8 in a script passes through byte for byte
printf 'echo \377\376x\n' > s.sh
"$TEST_SHELL" s.sh | od -An -c | tr -s ' '
## stdout:  377 376 x \n

#### invalid UTF-8 in a variable: ${#x} counts bytes in the C locale
x=$(printf '\377\376\303')
echo ${#x}
## stdout: 3

#### an empty script does nothing and gives 0
: > empty.sh
"$TEST_SHELL" empty.sh
echo "st=$?"
## stdout: st=0

#### a #! script runs with its interpreter
printf '#!/bin/cat\nline two\n' > s
chmod +x s
./s
## STDOUT:
#!/bin/cat
line two
## END

#### a #! interpreter gets the optional argument and the script path
printf '#!/bin/sh -e\nfalse\necho not-reached\n' > s
chmod +x s
./s
echo "st=$?"
## stdout: st=1

#### an executable without #! is run as a shell script (ENOEXEC)
printf 'echo "script: $0 $1"\n' > noshebang
chmod +x noshebang
./noshebang arg
## stdout: script: ./noshebang arg

#### an ENOEXEC script runs in a new shell: functions do not leak back
printf 'f() { echo f; }\nx=changed\n' > noshebang
chmod +x noshebang
x=orig
./noshebang
echo "$x"
f 2>/dev/null || echo "no f"
## STDOUT:
orig
no f
## END

#### a file without execute permission gives 126
printf 'echo x\n' > notexec
chmod 644 notexec
./notexec
echo "st=$?"
## stdout: st=126
## stderr-match: notexec: Permission denied

#### a directory as a command gives 126
mkdir d
./d
echo "st=$?"
## stdout: st=126
## stderr-match: \./d: .*(Permission denied|Is a directory)

#### a command not found in PATH gives 127
PATH=/nonexistent
ls
echo "st=$?"
## stdout: st=127

#### a command with a slash is not searched in PATH
mkdir bin
printf '#!/bin/sh\necho mine\n' > bin/mycmd
chmod +x bin/mycmd
bin/mycmd
mycmd 2>/dev/null || echo "not in PATH: $?"
## STDOUT:
mine
not in PATH: 127
## END

#### a PATH assignment before a command is used to find it
mkdir bin
printf '#!/bin/sh\necho found\n' > bin/mycmd
chmod +x bin/mycmd
PATH=$PWD/bin:$PATH mycmd
## stdout: found

#### . runs a file in the current shell
echo 'sourced_var=yes' > lib.sh
. ./lib.sh
echo "$sourced_var"
## stdout: yes

#### . with arguments sets the positional parameters for the file and restores them
echo 'echo "in: $# $1 $2"' > lib.sh
set -- outer
. ./lib.sh a b
echo "out: $# $1"
## STDOUT:
in: 2 a b
out: 1 outer
## END
## dash: skip dash 0.5.12 ignores arguments to . (bash and ksh pass them)

#### source is a synonym for . (bash)
echo 'echo sourced' > lib.sh
source ./lib.sh
## stdout: sourced
## dash: skip source is a bash name for .

#### . of a missing file is an error that ends a non-interactive shell
. ./no_such_lib.sh
echo not-reached
## status: 2
## stderr-match: no_such_lib.sh

#### . searches PATH for a name without a slash
mkdir lib
echo 'echo found-in-path' > lib/mylib.sh
PATH=$PWD/lib:$PATH
. mylib.sh
## stdout: found-in-path

#### an error message names the script and the line
true
true
nosuchcommand_abc
## status: 127
## stderr-match: case\.sh: (line )?3: nosuchcommand_abc: .*not found

#### exec replaces the shell
exec echo replaced
echo not-reached
## stdout: replaced

#### exec of a missing command ends the shell with 127
exec no_such_cmd_for_exec
echo not-reached
## status: 127
## stderr-match: no_such_cmd_for_exec

#### LINENO counts lines of the script
echo $LINENO

echo $LINENO
## STDOUT:
1
3
## END
## dash: skip Debian's dash 0.5.12 leaves LINENO empty

#### a syntax error at the end still runs the lines before it
echo ran
(
## stdout: ran
## status: 2

#### a found command is remembered until hash -r
mkdir d1 d2
printf '#!/bin/sh\necho first-dir\n' > one
printf '#!/bin/sh\necho second-dir\n' > d2/cmd
chmod +x one d2/cmd
PATH=$PWD/d1:$PWD/d2:$PATH
cmd
mv one d1/cmd
cmd
hash -r
cmd
## STDOUT:
second-dir
second-dir
first-dir
## END

#### assigning PATH forgets the remembered commands
mkdir d1 d2
printf '#!/bin/sh\necho first-dir\n' > one
printf '#!/bin/sh\necho second-dir\n' > d2/cmd
chmod +x one d2/cmd
PATH=$PWD/d1:$PWD/d2:/usr/bin:/bin
cmd
mv one d1/cmd
PATH=$PATH
cmd
## STDOUT:
second-dir
first-dir
## END
