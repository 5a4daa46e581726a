# Builtins: test and [.

#### [ string equality
[ abc = abc ] && echo yes
## stdout: yes

#### [ string inequality
[ abc != abd ] && echo yes
## stdout: yes

#### test with no arguments is false
test; echo $?
## stdout: 1

#### test with one empty argument is false
test ""; echo $?
## stdout: 1

#### test with one non-empty argument is true
test x; echo $?
## stdout: 0

#### test -n and -z
test -n "" ; a=$?; test -z ""; echo $a $?
## stdout: 1 0

#### test ! negates
test ! -z x; echo $?
## stdout: 0

#### test integer comparisons
test 10 -gt 9 && test 3 -le 3 && test -1 -lt 0 && test 5 -ne 4 && test 2 -ge 2 && test 7 -eq 7 && echo all
## stdout: all

#### test integer with surrounding spaces
test " 12 " -eq 12 && echo ok
## stdout: ok

#### test bad integer is status 2
test 1 -eq abc; echo $?
## stdout: 2
## stderr-match: abc

#### [ without ] is an error
[ a = a; echo $?
## stdout: 2
## stderr-match: missing

#### test -a and -o
test a -a "" ; a=$?; test a -o ""; echo $a $?
## stdout: 1 0

#### test parentheses
test \( a = b \) -o \( c = c \) && echo yes
## stdout: yes

#### -a binds tighter than -o
test x -o "" -a "" && echo yes
## stdout: yes

#### test = with operator-like operands
test ! = ! && echo same
## stdout: same

#### test -n with = as operand
test -n = && echo yes
## stdout: yes

#### test ! with three arguments
test ! a = b && echo yes
## stdout: yes

#### test -e -f -d on files
touch f; mkdir d
test -e f && test -f f && test -d d && ! test -f d && ! test -e nope && echo ok
## stdout: ok

#### test -s on empty and non-empty files
: > empty; echo x > full
test -s empty; a=$?; test -s full; echo $a $?
## stdout: 1 0

#### test -r -w -x
touch f; chmod 600 f; touch g; chmod 700 g
test -r f && test -w f && ! test -x f && test -x g && echo ok
## stdout: ok

#### test -h and -L on a symlink
touch t; ln -s t l
test -h l && test -L l && ! test -h t && echo ok
## stdout: ok

#### test -p on a fifo
mkfifo p; test -p p && ! test -p /dev/null && echo ok
## stdout: ok

#### test -c on /dev/null
test -c /dev/null && echo ok
## stdout: ok

#### test -nt and -ot
touch -d '2000-01-01' old; touch new
test new -nt old && test old -ot new && ! test old -nt new && echo ok
## stdout: ok

#### test -ef on a hard link
touch a; ln a b
test a -ef b && ! test a -ef /dev/null && echo ok
## stdout: ok

#### test -t on a non-terminal
test -t 0; echo $?
## stdout: 1

#### test unary operator with missing argument
test a b; echo $?
## stdout: 2

#### test string ordering with < and >
test a \< b && test b \> a && echo ok
## stdout: ok

#### test -u -g -k on a plain file
touch f; chmod 644 f
test -u f || test -g f || test -k f || echo none
## stdout: none

#### [ ] empty expression is false
[ ]; echo $?
## stdout: 1

#### test four arguments with !
test ! a = a; echo $?
## stdout: 1

#### test == is a bash convenience
test a == a && echo yes
## stdout: yes
## dash: skip dash's test has no ==

#### test on a quoted empty variable
x=; [ "$x" = "" ] && echo empty
## stdout: empty

#### [ used in if with a variable
n=5; if [ "$n" -gt 3 ]; then echo big; fi
## stdout: big
