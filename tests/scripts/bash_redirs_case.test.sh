# bash's &>> and |&, and the case terminators ;& and ;;&. bash 5.2 is the
# oracle (stdout and status). Format: run_cases.py.

#### &>> appends stdout and stderr to a file
echo one &>> f
{ echo two; echo three >&2; } &>> f
cat f
## STDOUT:
one
two
three
## END

#### &>> creates the file, and keeps what was there
echo old > f
ls /nonexistent-dir-xyz &>> f
echo "status $?"
head -1 f
wc -l < f
## STDOUT:
status 2
old
2
## END

#### &>> with set -C appends (noclobber is for > only)
echo a > f
set -C
echo b &>> f
cat f
## STDOUT:
a
b
## END

#### &>> on a builtin is undone after it
echo x &>> f
echo y
cat f
## STDOUT:
y
x
## END

#### &>> into a directory is an error
echo x &>> .
echo "status $?"
## stdout: status 1

#### |& sends stderr into the pipe too
{ echo out; echo err >&2; } |& sort
## STDOUT:
err
out
## END

#### |& works for external commands and functions
f() { echo fout; ls /nonexistent-dir-xyz; }
f |& wc -l
sh -c 'echo e >&2' |& tr e E
## STDOUT:
2
E
## END

#### |& comes after the command's own redirections
{ echo a; echo b >&2; } 2>/dev/null |& cat
echo c >&2 |& tr c C
## STDOUT:
a
b
## END

#### |& in a longer pipeline, and the status of the last stage
{ echo x >&2; } |& cat |& tr x y
false |& true; echo $?
## STDOUT:
y
0
## END

#### ;& runs the next body without testing its pattern
case a in
  a) echo 1 ;&
  b) echo 2 ;&
  c) echo 3 ;;
  d) echo 4 ;;
esac
## STDOUT:
1
2
3
## END

#### ;& at the last item, and the status of a fall-through
case a in a) echo 1 ;& esac; echo "status $?"
case a in a) false ;& b) false ;; esac; echo "status $?"
case a in a) false ;& b) ;; esac; echo "status $?"
## STDOUT:
1
status 0
status 1
status 0
## END

#### ;;& goes on testing the next patterns
case abc in
  a*) echo starts-a ;;&
  x*) echo starts-x ;;&
  *c) echo ends-c ;;&
  *) echo any ;;
  abc) echo never ;;
esac
## STDOUT:
starts-a
ends-c
any
## END

#### ;;& then ;& mixed
case a in x) echo 1 ;& a) echo 2 ;;& z) echo 3 ;& y) echo 4 ;; esac
case a in a) echo 5 ;;& z) echo 6 ;& y) echo 7 ;; esac
## STDOUT:
2
5
## END

#### break in a ;& body stops the loop and the case
for i in 1 2; do
  case $i in 1) echo one; break ;& 2) echo two ;; esac
done
## stdout: one

#### ;& and ;;& outside case are syntax errors
echo a ;& echo b
## status: 2
