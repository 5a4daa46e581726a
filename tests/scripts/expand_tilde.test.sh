# Tilde expansion: ~, ~/path, ~user, in assignments after = and :, quoting.
# HOME is the case's temporary directory; the cases set it where they need a
# known value. Format: see run_cases.py.

#### ~ alone expands to HOME
HOME=/home/tester
echo ~
## stdout: /home/tester

#### ~/path expands the prefix
HOME=/home/tester
echo ~/docs/file
## stdout: /home/tester/docs/file

#### a quoted tilde is literal
HOME=/home/tester
echo "~" '~' \~
## stdout: ~ ~ ~

#### a tilde not at the start of a word is literal
HOME=/home/tester
echo a~ a/~
## stdout: a~ a/~

#### ~root expands to root's home directory
echo ~root
## stdout: /root

#### ~unknown user stays as written
echo ~no_such_user_xyz/x
## stdout: ~no_such_user_xyz/x

#### tilde expands in an assignment value
HOME=/home/tester
p=~/bin
echo "$p"
## stdout: /home/tester/bin

#### tilde expands after : in an assignment
HOME=/home/tester
p=/usr/bin:~/bin:~
echo "$p"
## stdout: /usr/bin:/home/tester/bin:/home/tester

#### tilde after : in an ordinary argument is not expanded
HOME=/home/tester
echo a:~/x
## stdout: a:~/x

#### tilde after = in an ordinary argument is not expanded
HOME=/home/tester
echo x=~/y
## stdout: x=~/y

#### the result of tilde expansion is not field-split
HOME='/home/with space'
probe args ~
## stdout: </home/with space>

#### a tilde in ${x-~} word expands
HOME=/home/tester
echo ${unset_v-~}
## stdout: /home/tester

#### a tilde in a quoted ${x-~} word stays literal
HOME=/home/tester
echo "${unset_v-~}"
## stdout: ~

#### tilde with an empty HOME gives an empty prefix
HOME=
probe args ~/x
## stdout: </x>

#### ~ followed by a quoted slash part still expands the prefix
HOME=/home/tester
echo ~/"a b"
## stdout: /home/tester/a b

#### tilde in a for word list
HOME=/h
for d in ~ ~/a; do echo $d; done
## STDOUT:
/h
/h/a
## END

#### tilde from a variable's value is not expanded
HOME=/home/tester
t='~'
echo $t
## stdout: ~

#### tilde in a redirection target
HOME=$PWD
echo into > ~/tfile
cat tfile
## stdout: into
