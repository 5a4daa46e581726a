# cd and pwd (XCU cd, pwd): $OLDPWD, logical and physical paths, a removed
# current directory, an inherited $PWD, operands.

#### OLDPWD is unset at start and set by cd; cd - goes back and prints it
echo "[${OLDPWD-unset}]"
here=$PWD
cd /
[ "$OLDPWD" = "$here" ] && echo old-ok
cd - >"$here/out"; [ "$(cat "$here/out")" = "$here" ] && [ "$PWD" = "$here" ] && echo back-ok
[ "$OLDPWD" = / ] && echo old-now-root
## STDOUT:
[unset]
old-ok
back-ok
old-now-root
## END

#### cd through a symbolic link: pwd -L keeps the link, pwd -P resolves it
mkdir -p real/sub; ln -s real lnk
here=$PWD
cd lnk
[ "$(pwd)" = "$here/lnk" ] && echo L-default
[ "$(pwd -L)" = "$here/lnk" ] && echo L
[ "$(pwd -P)" = "$(cd -P "$here/real" && pwd)" ] && echo P
cd ..; [ "$PWD" = "$here" ] && echo dotdot-logical
cd -P lnk; [ "$PWD" = "$(pwd -P)" ] && echo cd-P
## STDOUT:
L-default
L
P
dotdot-logical
cd-P
## END

#### pwd ignores operands, as dash and bash do
[ "$(pwd extra args)" = "$PWD" ] && echo same
## stdout: same

#### pwd with an unknown option is a usage error
pwd -x; echo st=$?
## stdout: st=2
## stderr-match: pwd

#### a removed current directory: pwd -L still knows it, cd .. goes up
here=$PWD
mkdir gone; cd gone; rmdir "$here/gone"
[ "$(pwd)" = "$here/gone" ] && echo logical-kept
cd ..; echo st=$?
[ "$PWD" = "$here" ] && echo back-up
## STDOUT:
logical-kept
st=0
back-up
## END

#### pwd -P in a removed directory fails with a message
mkdir gone; cd gone; rmdir ../gone
pwd -P; echo st=$?
## stdout: st=1
## stderr-match: pwd: .*No such file or directory
## dash: skip dash prints an empty line and says 0

#### an inherited PWD through a symbolic link is kept when it is right
mkdir real; ln -s real lnk
cd real
PWD=$(cd .. && pwd)/lnk "$TEST_SHELL" -c 'case $PWD in */lnk) echo kept;; esac'
## stdout: kept

#### an inherited PWD that names another directory is replaced
mkdir real
cd real
PWD=/ "$TEST_SHELL" -c 'case $PWD in */real) echo fixed;; esac'
PWD=relative "$TEST_SHELL" -c 'case $PWD in */real) echo fixed;; esac'
## STDOUT:
fixed
fixed
## END

#### PWD is exported at start even from an empty environment
env -i "$TEST_SHELL" -c 'env' | grep -c '^PWD=/'
## stdout: 1

#### cd with too many operands fails
cd / /; echo st=$?
## stdout: st=1
## stderr-match: cd
## dash: skip dash reads two operands as its substitution form and says 2

#### cd with an unknown option in a group names that letter (usage error)
cd -Lx /; echo st=$?; pwd -P >/dev/null
## stdout: st=2
## stderr-match: cd: -x: invalid option
## dash: skip dash words it "Illegal option -x"
