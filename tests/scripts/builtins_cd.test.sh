# Builtins: cd and pwd.

#### cd changes the directory and PWD
mkdir d; cd d; echo "${PWD##*/}"
## stdout: d

#### cd sets OLDPWD
mkdir d; old=$PWD; cd d; [ "$OLDPWD" = "$old" ] && echo ok
## stdout: ok

#### cd - returns and prints the directory
mkdir d; here=$PWD; cd d; cd - > "$here/out"; [ "$(cat out)" = "$here" ] && [ "$PWD" = "$here" ] && echo ok
## stdout: ok

#### cd with no argument goes HOME
mkdir h; HOME=$PWD/h; cd; [ "$PWD" = "$HOME" ] && echo ok
## stdout: ok

#### cd without HOME set fails
unset HOME; cd; echo $?
## stdout: 1
## stderr-match: HOME
## dash: skip dash stays put and returns 0

#### cd to a missing directory fails with a message
cd /nope; echo $?
## stdout: 1
## stderr-match: /nope
## dash-stdout: 2

#### cd error message shape
cd /nope
## status: 1
## stderr-match: cd: /nope: No such file or directory
## dash: skip dash words it differently

#### cd .. goes up logically through a symlink
start=$PWD; mkdir -p real/sub; ln -s real/sub link; cd link; cd ..; [ "$PWD" = "$start" ] && echo ok
## stdout: ok

#### cd -P resolves symlinks
mkdir real; ln -s real link; cd -P link; echo "${PWD##*/}"
## stdout: real

#### cd -L keeps the symlink name
mkdir real; ln -s real link; cd -L link; echo "${PWD##*/}"
## stdout: link

#### pwd prints the logical directory
mkdir real; ln -s real link; cd link; pwd | sed 's,.*/,,'
## stdout: link

#### pwd -P prints the physical directory
mkdir real; ln -s real link; cd link; pwd -P | sed 's,.*/,,'
## stdout: real

#### cd uses CDPATH and prints the directory
mkdir -p base/target; CDPATH=$PWD/base; cd target | sed 's,.*/,,'; cd target >/dev/null; echo "${PWD##*/}"
## STDOUT:
target
target
## END

#### cd with CDPATH does not apply to ./
mkdir -p base/target; CDPATH=$PWD/base; cd ./target 2>/dev/null; echo $?
## stdout: 1
## dash-stdout: 2

#### cd into a file fails
touch f; cd f; echo $?
## stdout: 1
## dash-stdout: 2

#### cd affects later commands
mkdir d; touch d/inside; cd d; ls
## stdout: inside

#### cd in a subshell does not change the parent
mkdir d; (cd d); echo "${PWD##*/}" | grep -c '^d$'
## stdout: 0
## status: 1

#### cd with .. components in the argument
mkdir -p a/b; cd a/b/../b/..; echo "${PWD##*/}"
## stdout: a

#### pwd after cd / is /
cd /; pwd
## stdout: /

#### cd - without OLDPWD fails
unset OLDPWD; cd -; echo $?
## stdout: 1
## dash: skip dash treats an unset OLDPWD differently
