# Redirections: < > >> >| <> <& >& n>&- <&-, on builtins, functions and
# compound commands, failures. Format: see run_cases.py.
# A failed redirection gives status 1 as issue 3 asks (bash does too); dash
# gives 2, hence the dash-stdout lines.

#### > creates a file with the output
echo hello > out.txt
cat out.txt
## stdout: hello

#### > truncates an existing file
echo long-long-line > f
echo short > f
cat f
## stdout: short

#### >> appends
echo one > f
echo two >> f
cat f
## STDOUT:
one
two
## END

#### < reads a file as stdin
printf 'from file\n' > in.txt
cat < in.txt
## stdout: from file

#### a redirection may come before the command name
> f echo first
cat f
## stdout: first

#### a redirection in the middle of the arguments
echo a > f b c
cat f
## stdout: a b c

#### 2> sends stderr to a file
ls /no/such/dir 2> err.txt
test -s err.txt && echo has-error
## stdout: has-error

#### 2>&1 after > sends both to the file
{ echo out; echo err >&2; } > f 2>&1
sort f
## STDOUT:
err
out
## END

#### 2>&1 before > leaves stderr on the old stdout
{ echo err >&2; } 2>&1 > /dev/null
## stdout: err

#### >&2 writes to stderr
echo to-stderr >&2
## stderr: to-stderr

#### 1>&- closes stdout: writing fails
echo hi >&-
echo "st=$?"
## stdout: st=1

#### <&- closes stdin for the command
cat <&-
echo "st=$?"
## stdout: st=1

#### <> opens for reading and writing without truncating
echo abcdef > f
echo XY 1<> f
cat f
## STDOUT:
XY
def
## END

#### <> creates a missing file
: <> newfile
test -f newfile && echo created
## stdout: created

#### n< and n> with explicit descriptor numbers
echo data > f
exec 4< f
read line <&4
echo "$line"
exec 4<&-
## stdout: data

#### a redirection on a builtin is undone afterwards
echo inner > f
echo outer
cat f
## STDOUT:
outer
inner
## END

#### a redirection on a brace group applies to every command
{ echo a; echo b; } > f
cat f
## STDOUT:
a
b
## END

#### a redirection on a function call is undone afterwards
f() { echo in-func; }
f > out
echo after
cat out
## STDOUT:
after
in-func
## END

#### redirections on a while loop
printf 'x\ny\n' > in
while read l; do echo "<$l>"; done < in > out
cat out
## STDOUT:
<x>
<y>
## END

#### redirection of an if command
if true; then echo yes; fi > f
cat f
## stdout: yes

#### a missing input file skips the command with status 1 and the script goes on
cat < /no/such/file
echo "st=$?"
## stdout: st=1
## dash-stdout: st=2
## stderr-match: /no/such/file: .*(No such file|nonexistent)

#### a missing directory in an output path skips the command
echo never > /no/such/dir/f
echo "st=$?"
## stdout: st=1
## dash-stdout: st=2
## stderr-match: 1: .*/no/such/dir/f

#### a failed redirection on a builtin does not run it
x=1
echo hi > /no/such/dir/f && x=2
echo "x=$x"
## stdout: x=1

#### a bad file descriptor in >& is an error
echo hi >&7
echo "st=$?"
## stdout: st=1
## dash-stdout: st=2
## stderr-match: 7

#### the redirection target is expanded
name=target
echo v > "$name.txt"
cat target.txt
## stdout: v

#### the redirection target is not field-split
name="a b"
echo v > $name
cat "a b"
## stdout: v

#### a redirection target is not glob-expanded when it does not match
echo v > 'star*'
cat 'star*'
## stdout: v

#### later redirections win for the same descriptor
echo x > a > b
echo "a=$(cat a) b=$(cat b)"
## stdout: a= b=x

#### >| overwrites even with noclobber
echo one > f
set -C
echo two >| f
cat f
## stdout: two

#### exec with only redirections changes the shell's stdout
exec > f
echo into-file
exec >&2
cat f >&2
## stderr: into-file

#### exec 3> keeps the descriptor open for later commands
exec 3> f
echo first >&3
echo second >&3
exec 3>&-
cat f
## STDOUT:
first
second
## END

#### writing to a closed descriptor after exec n>&- fails
exec 3> f
exec 3>&-
echo x >&3
echo "st=$?"
## stdout: st=1
## dash-stdout: st=2

#### >&N duplicates: both refer to the same open file
exec 3> f
echo a >&3
echo b 1>&3
exec 3>&-
cat f
## STDOUT:
a
b
## END

#### redirection of stdin for read inside a loop body does not affect the loop's input
printf '1\n2\n' > outer
printf 'inner\n' > inner
while read n; do read i < inner; echo "$n $i"; done < outer
## STDOUT:
1 inner
2 inner
## END

#### a redirection before a variable assignment alone creates the file
> empty
test -f empty && test ! -s empty && echo empty
## stdout: empty

#### redirections apply left to right: 2>&1 then >
sh -c 'echo e >&2' 2>&1 >/dev/null | tr e E
## stdout: E

#### output from a subshell redirected as a whole
( echo a; echo b >&2 ) > f 2>&1
wc -l < f
## stdout: 2

#### /dev/null as stdin gives immediate end of input
read x < /dev/null
echo "st=$?"
## stdout: st=1

#### descriptor 9 can be opened and used
exec 9> f
echo nine >&9
exec 9>&-
cat f
## stdout: nine
