# Here-documents: expansion, quoting, <<-, several on a line, large bodies,
# here-strings (bash). Format: see run_cases.py.

#### a here-document feeds its body to stdin
cat <<EOF
line one
line two
EOF
## STDOUT:
line one
line two
## END

#### parameters and command substitutions expand in an unquoted here-document
name=world
cat <<EOF
hello $name $(echo cmd) $((1+2))
EOF
## stdout: hello world cmd 3

#### a quoted delimiter turns off expansion
name=world
cat <<'EOF'
hello $name $(echo cmd) `x` \$
EOF
## stdout: hello $name $(echo cmd) `x` \$

#### a partly quoted delimiter also turns off expansion
x=1
cat <<E"O"F
$x
EOF
## stdout: $x

#### a backslash-quoted delimiter turns off expansion
x=1
cat <<\EOF
$x
EOF
## stdout: $x

#### backslash escapes $ ` and \ in an unquoted here-document
cat <<EOF
\$HOME \`x\` \\ \a
EOF
## stdout: $HOME `x` \ \a

#### double quotes are literal in a here-document body
x=v
cat <<EOF
"$x" '$x'
EOF
## stdout: "v" 'v'

#### backslash-newline joins lines in an unquoted here-document
cat <<EOF
ab\
cd
EOF
## stdout: abcd

#### backslash-newline stays in a quoted here-document
cat <<'EOF'
ab\
cd
EOF
## STDOUT:
ab\
cd
## END

#### <<- strips leading tabs from the body and the delimiter
cat <<-EOF
	tabbed
		twice
	EOF
echo after
## STDOUT:
tabbed
twice
after
## END

#### <<- does not strip leading spaces
cat <<-EOF
  spaced
EOF
## stdout:   spaced

#### two here-documents on one line are read in order
cat <<A; cat <<B
first
A
second
B
## STDOUT:
first
second
## END

#### a here-document on a command in a pipeline
cat <<EOF | tr a-z A-Z
piped
EOF
## stdout: PIPED

#### a here-document moved to descriptor 3 and back
cat <<EOF 3<&0 <&- 0<&3
fd three
EOF
## stdout: fd three

#### here-document to a while loop
while read a b; do echo "$b $a"; done <<EOF
1 one
2 two
EOF
## STDOUT:
one 1
two 2
## END

#### an empty here-document
cat <<EOF
EOF
echo "st=$?"
## stdout: st=0

#### a delimiter inside a line does not end the body
cat <<EOF
not EOF here
EOF
## stdout: not EOF here

#### the delimiter line must match exactly (trailing space does not end it)
cat <<EOF
EOF 
EOF
## stdout: EOF 

#### a large here-document (200 KB) does not deadlock
{
  echo 'cat <<EOF | wc -c'
  i=0
  while [ $i -lt 2000 ]; do
    echo "012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678"
    i=$((i+1))
  done
  echo EOF
} > big.sh
. ./big.sh
## stdout: 200000

#### a large here-document to a command that never reads it does not hang
{
  echo 'true <<EOF'
  i=0
  while [ $i -lt 2000 ]; do echo "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"; i=$((i+1)); done
  echo EOF
  echo 'echo done'
} > big.sh
. ./big.sh
## stdout: done

#### a here-document in a function body is re-expanded at each call
f() {
  cat <<EOF
v=$v
EOF
}
v=1; f
v=2; f
## STDOUT:
v=1
v=2
## END

#### a here-document inside command substitution
x=$(cat <<EOF
inside
EOF
)
echo "[$x]"
## stdout: [inside]

#### a here-document with $@ keeps the words joined by spaces
set -- a b c
cat <<EOF
$@|$*
EOF
## stdout: a b c|a b c

#### no field splitting or globbing in a here-document
x='a   *   b'
cat <<EOF
$x
EOF
## stdout: a   *   b

#### here-string feeds a word and a newline
cat <<< "word here"
## stdout: word here
## dash: skip here-strings are a bash extension

#### here-string expands variables
x=val
read y <<< "$x"
echo "$y"
## stdout: val
## dash: skip here-strings are a bash extension

#### a here-document on a brace group
{ read a; read b; echo "$b$a"; } <<EOF
1
2
EOF
## stdout: 21

#### the body is read after the rest of the command line
cat <<EOF; echo same-line
body
EOF
## STDOUT:
body
same-line
## END

#### a here-document ending at end of file without its delimiter
cat <<EOF
unterminated
## stdout: unterminated

#### a large here-document (over 64 KB, kept in pieces) expands like a small one
# Every other line is inside ${u:-...}, so a piece cannot end at most
# newlines; the file is written by awk, and awk also writes what it must give.
awk 'BEGIN {
    print "x=hi"; print "cat <<EOF"
    for (i = 1; i <= 9000; i++) {
        printf "%d $x ${x}s $((i+%d)) \\$ \\\\ ${u:-open\nclose}", i, i
        if (i % 3000 == 0) printf " $(echo sub%d)", i
        printf "\n"
    }
    print "EOF"; print "echo after"
}' >big.sh
awk 'BEGIN {
    for (i = 1; i <= 9000; i++) {
        printf "%d hi his %d $ \\ open\nclose", i, i
        if (i % 3000 == 0) printf " sub%d", i
        printf "\n"
    }
    print "after"
}' >expected
"$TEST_SHELL" big.sh >got && cmp got expected && echo same
## stdout: same

#### a syntax error at the end of a large here-document is found when it is read
awk 'BEGIN {
    print "echo before"; print "cat <<EOF"
    for (i = 1; i <= 9000; i++) print "line " i " $((" i "+1))"
    print "$(echo ("
    print "EOF"; print "echo after"
}' >syn.sh
"$TEST_SHELL" syn.sh; echo "status $?"
## STDOUT:
before
status 2
## END
## stderr-match: ^forksh: syn.sh: line 9003: syntax error

#### an error expanding a large here-document names the line of the body
awk 'BEGIN {
    print "cat <<EOF"
    for (i = 1; i <= 9000; i++) print "line " i
    print "${u?is not set}"; print "EOF"; print "echo after $?"
}' >err.sh
"$TEST_SHELL" err.sh 2>&1 >/dev/null
## stdout: forksh: err.sh: line 9002: u: is not set
## dash: skip dash gives the line of the command (1), not of the body

#### a here-document inside $( ) in a here-document body gets the text up to its delimiter, or none
cat <<E
A $(cat <<X
in
X
) B
C $(cat <<Y) D
E
echo after
## STDOUT:
A in B
C  D
after
## END
