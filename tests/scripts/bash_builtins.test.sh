# bash's builtins and builtin options: printf -v, read's options,
# pushd/popd/dirs. Run with bash as the oracle. Format: see run_cases.py.

#### printf -v assigns the formatted text instead of printing it
printf -v x '%s-%03d' a 5
echo "[$x] $?"
## stdout: [a-005] 0

#### printf -vNAME, the name glued to the option
printf -vx hi
echo "[$x]"
## stdout: [hi]

#### printf -v keeps newlines and reuses the format for every argument
printf -v x '%s\n' a b
printf '[%s]\n' "$x"
## STDOUT:
[a
b
]
## END

#### printf -v with -- before the format
printf -v x -- '-%s' y
echo "[$x]"
## stdout: [-y]

#### printf -v with an empty result sets the variable to ""
unset x
printf -v x ''
echo "[$x] ${x+set}"
## stdout: [] set

#### printf -v: %b's \c ends the value there
printf -v x '%b' 'ab\cde'
echo "[$x]"
## stdout: [ab]

#### printf -v cuts the value at a NUL byte
printf -v x 'a\0b'
echo "${#x}"
## stdout: 1

#### printf -v with a bad number: the valid part, and status 1
printf -v x '%d|' 12abc 7 2>/dev/null
echo "[$x] $?"
## stdout: [12|7|] 1

#### printf -v assigns to a function's local variable
f() { local x; printf -v x 'in'; echo "$x"; }
x=out
f
echo "$x"
## STDOUT:
in
out
## END

#### printf -v with an invalid name is a usage error (status 2)
printf -v 1x hi
echo "status $?"
## stdout: status 2

#### printf -v with no name
printf -v
echo "status $?"
## stdout: status 2

#### printf -v NAME with no format
printf -v x
echo "status $?"
## stdout: status 2

#### printf -v into a readonly variable fails with status 1
readonly r=1
printf -v r hi
echo "status $? r=$r"
## stdout: status 1 r=1

#### printf -v writes nothing, so a closed stdout is no error
printf -v x hi >&-
echo "$? $x"
## stdout: 0 hi

#### printf -- -v prints -v: only a first word -v is the option
printf -- '-v\n'
## stdout: -v

#### read -t: a timeout assigns what was read so far, status 142
# The writer keeps the pipe open (no end of file) until the reader is done:
# it waits on the FIFO `done`, which the reader writes after its read.
mkfifo done
{ printf 'ab cd'; read _ < done; } | { read -t 0.3 x y; echo "$? [$x] [$y]"; echo > done; }
## stdout: 142 [ab] [cd]

#### read -t: nothing read before the timeout leaves the variable empty
x=old
mkfifo done
{ read _ < done; } | { read -t 0.2 x; echo "$? [$x] ${x+set}"; echo > done; }
## stdout: 142 [] set

#### read -t: input in time is read as usual
{ sleep 0.1; echo hello; } | { read -t 5 x; echo "$? [$x]"; }
## stdout: 0 [hello]

#### read -t: the timeout counts for the whole line, not for each byte
# The writer starts once the reader says it is about to read (FIFO
# `started`), then writes a byte every 0.1 s, 20 in all: each gap is
# shorter than the 1 s timeout, the line is not. Counted per byte, x
# would get all 20; counted for the line, fewer. A slow machine only
# makes x shorter.
mkfifo started done
{ read _ < started; i=0; while [ $i -lt 20 ]; do printf x; sleep 0.1; i=$((i + 1)); done; read _ < done; } |
  { echo > started; read -t 1 x; s=$?; echo > done; [ ${#x} -lt 20 ] && echo "$s short"; }
## stdout: 142 short

#### read -t 0 reads nothing: 0 when input is waiting
# The reader looks once the writer has written (FIFO `written`).
mkfifo written
{ echo hi; echo > written; } | { read _ < written; read -t 0 x; echo "$? [$x]"; read y; echo "[$y]"; }
## STDOUT:
0 []
[hi]
## END

#### read -t 0 with no input waiting: 1
mkfifo done
{ read _ < done; } | { read -t 0; echo $?; echo > done; }
## stdout: 1

#### read -t 0 at end of file: 0 (end of file is ready to be read)
read -t 0 < /dev/null; echo $?
## stdout: 0

#### read -t with a fraction and no leading digit
read -t .2 x < /dev/null; echo $?
## stdout: 1

#### read -t: a bad timeout is status 1
read -t abc x; echo $?
read -t -1 x; echo $?
read -t 1e1 x; echo $?
read -t 0.5. x; echo $?
## STDOUT:
1
1
1
1
## END

#### read -N reads exactly N characters, delimiters included
printf 'a\nbcd' | { read -N 3 x; printf '[%s] %s\n' "$x" $?; }
## STDOUT:
[a
b] 0
## END

#### read -N does not split: all of it goes to the first name
echo 'a b c d' | { read -N 5 x y; echo "[$x] [$y] $?"; }
## stdout: [a b c] [] 0

#### read -N keeps leading blanks, -n trims them
printf '  ab cd' | { read -N 4 x; echo "[$x]"; }
printf '  ab cd' | { read -n 4 x; echo "[$x]"; }
## STDOUT:
[  ab]
[ab]
## END

#### read -N: end of file before N characters is status 1
printf 'ab' | { read -N 4 x; echo "[$x] $?"; }
## stdout: [ab] 1

#### read -N without -r: a backslash still quotes, backslash-newline still joins
printf 'a\\\nbcd' | { read -N 3 x; echo "[$x]"; }
## stdout: [abc]

#### read -N ignores -d too
printf 'a:b\n' | { read -N 3 -d : x; echo "[$x] $?"; }
## stdout: [a:b] 0

#### read -n stops at the delimiter before N characters
printf 'ab\ncd' | { read -n 5 x; echo "[$x] $?"; }
## stdout: [ab] 0

#### read -n with -d: whichever comes first
printf 'abcdef\n' | { read -n 3 -d c x; echo "[$x] $?"; }
## stdout: [ab] 0

#### read -n 0 reads nothing
echo ab | { read -n 0 x; echo "$? [$x]"; read y; echo "[$y]"; }
## STDOUT:
0 []
[ab]
## END

#### read -n with REPLY keeps the blanks
echo '  abcdef' | { read -n 4; echo "[$REPLY]"; }
## stdout: [  ab]

#### read -n and -N: a bad count is status 1
read -n -1 x; echo $?
read -N x x; echo $?
## STDOUT:
1
1
## END

#### read -d '' stops at a NUL byte
printf 'a b\0c\0' | { read -d '' x; read -d '' y; echo "[$x][$y] $?"; }
## stdout: [a b][c] 0

#### read -d '' with no NUL reads to end of file, status 1
printf 'a\nb' | { read -d '' x; echo "[$x] $?"; }
## STDOUT:
[a
b] 1
## END

#### read -d uses the first character of its argument
printf 'a:b;c' | { read -d ':;' x; read -d ';:' y; echo "[$x][$y]"; }
## stdout: [a][b]

#### read -u reads from another descriptor
printf 'one\ntwo\n' > f
exec 5< f
read -u 5 a
read -u5 b
echo "[$a][$b]"
## stdout: [one][two]

#### read -u leaves standard input alone
printf 'file\n' > f
echo stdin | { read -u 5 a 5< f; read b; echo "[$a][$b]"; }
## stdout: [file][stdin]

#### read -u with a closed or bad descriptor is status 1
read -u 9 x; echo $?
read -u x x; echo $?
read -u -1 x; echo $?
## STDOUT:
1
1
1
## END

#### read -p: no prompt when the input is not a terminal
echo v | { read -p 'prompt> ' x; echo "[$x]"; } 2>&1
## stdout: [v]

#### read -s when the input is not a terminal reads as usual
echo secret | { read -s x; echo "[$x] $?"; }
## stdout: [secret] 0

#### read -rs together, with a backslash kept
echo 'a\b' | { read -rs x; echo "[$x]"; }
## stdout: [a\b]

#### read: -t, -n and -u together
printf 'abcdef' > f
read -t 1 -n 2 -u 3 x 3< f; echo "[$x] $?"
## stdout: [ab] 0

#### pushd changes directory and shows the stack, ~ for HOME
mkdir -p a b
pushd a
pushd ../b
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~/a ~
~/b ~/a ~
HOME/b
## END

#### dirs: -l -p -v and the default
mkdir -p a b
pushd a >/dev/null; pushd "$HOME/b" >/dev/null
dirs
dirs -l | sed "s|$HOME|HOME|g"
dirs -p
dirs -v
dirs -v -l | sed "s|$HOME|HOME|g"
## STDOUT:
~/b ~/a ~
HOME/b HOME/a HOME
~/b
~/a
~
 0  ~/b
 1  ~/a
 2  ~
 0  HOME/b
 1  HOME/a
 2  HOME
## END

#### dirs +N and -N show one entry
mkdir -p a b
pushd a >/dev/null; pushd "$HOME/b" >/dev/null
dirs +0; dirs +1; dirs -0; dirs -v +1
## STDOUT:
~/b
~/a
~
 1  ~/a
## END

#### dirs -c clears all but the current directory
mkdir -p a
pushd a >/dev/null
dirs -c
dirs
popd
echo "status $?"
## STDOUT:
~/a
status 1
## END

#### pushd with no operand swaps the top two
mkdir -p a
pushd a >/dev/null
pushd
pwd | sed "s|^$HOME|HOME|"
pushd >/dev/null
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~ ~/a
HOME
HOME/a
## END

#### pushd with an empty stack: no other directory
pushd
echo "status $?"
## stdout: status 1

#### pushd +N rotates, -N counts from the right
mkdir -p a b c
pushd a >/dev/null; pushd "$HOME/b" >/dev/null; pushd "$HOME/c" >/dev/null
pushd +1
pwd | sed "s|^$HOME|HOME|"
pushd -0
pushd +0
## STDOUT:
~/b ~/a ~ ~/c
HOME/b
~/c ~/b ~/a ~
~/c ~/b ~/a ~
## END

#### pushd -n adds under the top without changing directory
mkdir -p a b
pushd -n a
pushd -n b
pwd | sed "s|^$HOME|HOME|"
popd
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~ a
~ b a
HOME
~/b a
HOME/b
## END

#### popd returns to the saved directory
mkdir -p a b
pushd a >/dev/null; pushd "$HOME/b" >/dev/null
popd
pwd | sed "s|^$HOME|HOME|"
popd
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~/a ~
HOME/a
~
HOME
## END

#### popd on an empty stack: directory stack empty, status 1
popd
echo "status $?"
## stdout: status 1

#### popd +N and -N remove one entry, popd -n keeps the directory
mkdir -p a b c
pushd a >/dev/null; pushd "$HOME/b" >/dev/null; pushd "$HOME/c" >/dev/null
popd +1
popd -0
popd -n
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~/c ~/a ~
~/c ~/a
~/c
HOME/c
## END

#### popd +0 and popd -N for the top change directory
mkdir -p a b
pushd a >/dev/null; pushd "$HOME/b" >/dev/null
popd -2
pwd | sed "s|^$HOME|HOME|"
## STDOUT:
~/a ~
HOME/a
## END

#### out-of-range indexes are status 1
mkdir -p a
pushd a >/dev/null
pushd +3; echo "pushd $?"
pushd -3; echo "pushd $?"
popd +3; echo "popd $?"
dirs +3; echo "dirs $?"
## STDOUT:
pushd 1
pushd 1
popd 1
dirs 1
## END

#### bad operands of pushd, popd and dirs are usage errors (status 2)
pushd -x; echo "pushd $?"
popd a; echo "popd $?"
popd -x; echo "popd $?"
dirs a; echo "dirs $?"
dirs -x; echo "dirs $?"
## STDOUT:
pushd 2
popd 2
popd 2
dirs 2
dirs 2
## END

#### pushd with two directories: too many arguments, status 1
pushd a b; echo "status $?"
## stdout: status 1

#### pushd into a missing directory changes nothing
mkdir -p a
pushd /nonexistent; echo "status $?"
dirs
## STDOUT:
status 1
~
## END

#### pushd follows cd's rules: CDPATH is searched and printed
mkdir -p lib/c
CDPATH="$HOME/lib" pushd c | sed "s|$HOME|HOME|"
## STDOUT:
HOME/lib/c
~/lib/c ~
## END

#### pushd - goes to OLDPWD as cd - does
mkdir -p a
cd a; cd ..
pushd - | sed "s|$HOME|HOME|"
## STDOUT:
HOME/a
~/a ~
## END

#### pushd and popd keep PWD and OLDPWD as cd does
mkdir -p a
pushd a >/dev/null
echo "${PWD#$HOME} ${OLDPWD#$HOME}"
popd >/dev/null
echo "${PWD#$HOME} ${OLDPWD#$HOME}"
## STDOUT:
/a 
 /a
## END

#### popd into a removed directory fails and keeps the entry
mkdir -p a b
pushd a >/dev/null; pushd "$HOME/b" >/dev/null
rmdir "$HOME/a"
popd; echo "status $?"
dirs
## STDOUT:
status 1
~/b ~/a ~
## END

#### the stack is copied into a subshell, not shared
mkdir -p a
(pushd a >/dev/null; dirs)
dirs
## STDOUT:
~/a ~
~
## END
