# bash's builtins and variables in the two modes. Runs in both: plain
# `## stdout:` is bash's dialect (the default), `## posix-stdout:` strict POSIX
# mode (sh, --posix, set -o posix). New builtin names (shopt, pushd, popd,
# dirs) and new options of old builtins (printf -v, read -t) only give a
# meaning to what POSIX calls an error, so they work in both modes; bash's
# variables (UID, EUID, SECONDS, BASHPID, PIPESTATUS, RANDOM) would change what a
# POSIX script that uses those names means, so strict mode has none of them.

#### bash's variables exist only with bash's dialect
false | true
for v in UID EUID SECONDS BASHPID PIPESTATUS RANDOM; do
    eval "[ -n \"\${$v+x}\" ]" && printf '%s ' set || printf '%s ' unset
done
echo
## stdout: set set set set set set 
## posix-stdout: unset unset unset unset unset unset 
## dash-stdout: unset unset unset unset unset unset 

#### strict mode: RANDOM is a variable like any other
RANDOM=abc; echo "$RANDOM $RANDOM"
## stdout: abc abc
## dialect: skip in bash's dialect RANDOM=abc seeds the generator (bash_variables.test.sh)

#### strict mode: UID is a variable like any other
UID=5; echo "$UID"
unset UID; echo "${UID-gone}"
## stdout-json: ""
## status: 2
## posix-STDOUT:
5
gone
## END
## posix-status: 0
## dash-STDOUT:
5
gone
## END
## dash-status: 0

#### strict mode: SECONDS, BASHPID and PIPESTATUS keep what is assigned
SECONDS=abc BASHPID=7 PIPESTATUS=x
echo "$SECONDS $BASHPID $PIPESTATUS"
## posix-stdout: abc 7 x
## dash-stdout: abc 7 x
## dialect: skip BASHPID is the shell's pid there: the case below

#### bash's dialect: SECONDS counts from what is assigned, BASHPID ignores it
SECONDS=abc; BASHPID=7
[ "$SECONDS" = 0 ] && echo seconds
[ "$BASHPID" = "$$" ] && echo pid
:
## STDOUT:
seconds
pid
## END
## posix-STDOUT:
## END
## dash-STDOUT:
## END

#### set -o posix makes UID and EUID plain variables again
set -o posix
UID=5 EUID=6
echo "$UID $EUID"
## stdout: 5 6
## dash: skip dash has no set -o posix

#### set +o posix brings bash's variables in
set -o posix
set +o posix
[ "$UID" = "$(id -ru)" ] && [ "$BASHPID" = "$$" ] && echo back
## stdout: back
## dash: skip dash has no set -o posix

#### the glob options are off in both modes: POSIX globbing
echo *.nope
## stdout: *.nope

#### shopt works in both modes (a new builtin name)
shopt -s nullglob
echo *.nope x
## stdout: x
## dash: skip dash has no shopt

#### pushd, popd and dirs work in both modes
mkdir d
pushd d >/dev/null
popd
## stdout: ~
## dash: skip dash has no pushd

#### printf -v works in both modes
printf -v x '%03d' 7
echo "$x"
## stdout: 007
## dash: skip dash's printf has no -v

#### read -t works in both modes
read -t 0.1 x < /dev/null
echo "$?"
## stdout: 1
## dash: skip dash's read has no -t
