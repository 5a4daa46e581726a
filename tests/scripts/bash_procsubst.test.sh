# bash's process substitution, <(list) and >(list). bash 5.2 is the oracle
# (stdout and status). Format: run_cases.py.

#### <(cmd) is a path that reads what cmd writes
cat <(echo hi)
## stdout: hi

#### the word is /dev/fd/N
echo <(true) | grep -c '^/dev/fd/[0-9][0-9]*$'
## stdout: 1

#### diff of two process substitutions
diff <(printf 'a\nb\n') <(printf 'a\nc\n')
echo "status $?"
## STDOUT:
2c2
< b
---
> c
status 1
## END

#### while read ... done < <(cmd) keeps the loop in the shell
n=0
while read -r line; do n=$((n + 1)); last=$line; done < <(printf '1\n2\n3\n')
echo "$n $last"
## stdout: 3 3

#### a builtin and a function read a process substitution
read -r a < <(echo from-builtin); echo "$a"
f() { cat "$1"; }
f <(echo from-function)
## STDOUT:
from-builtin
from-function
## END

#### >(cmd) gets what the command writes
echo to-cat > >(cat)
wait
## stdout: to-cat

#### tee into an output substitution
tee >(tr a A > up.txt) > /dev/null <<< data
wait $!
cat up.txt
## stdout: dAtA

#### $! is the child of the last process substitution, and wait gives its status
cat <(exit 3)
wait $!
echo "status $?"
## stdout: status 3

#### process substitution inside a word
echo x<(true) | grep -c '^x/dev/fd/'
## stdout: 1

#### the shell closes its end after the command: no descriptor leaks
ls /proc/$$/fd > before
cat <(echo a) > /dev/null
cat <(echo b) > /dev/null
while read -r l; do :; done < <(echo c)
ls /proc/$$/fd > after
cmp before after && echo same
## stdout: same
## bash: skip bash sometimes still holds the last substitution's pipe (it closes them lazily)

#### the process substitution is reaped: no zombie is left
# Its pid from itself ($BASHPID), then wait (up to 10 s) for it to leave
# /proc: a zombie nobody reaps stays there.
pid=$(cat <(echo $BASHPID))
i=0
while [ -e /proc/$pid ] && [ $i -lt 1000 ]; do sleep 0.01; i=$((i + 1)); done
[ -e /proc/$pid ] && echo "left: $(cat /proc/$pid/stat)" || echo reaped
## stdout: reaped

#### the command's own 3> does not replace the substitution
cat <(echo kept) 3> f
## stdout: kept

#### a process substitution in a pipeline stage and in $( )
cat <(echo piped) | tr i I
x=$(cat <(echo inside)); echo "$x"
## STDOUT:
pIped
inside
## END

#### the list of a process substitution can be compound
cat <(for i in 1 2; do echo $i; done; echo end)
## STDOUT:
1
2
end
## END

#### quoted, <( is plain text
echo "<(echo no)" '<(x)'
## stdout: <(echo no) <(x)

#### a syntax error inside <( ) is reported
cat <(echo a; fi)
## status: 2

#### exec 3< <(cmd) keeps the pipe open on fd 3
exec 3< <(printf 'l1\nl2\n')
read -r a <&3; read -r b <&3
echo "$a $b"
## stdout: l1 l2
