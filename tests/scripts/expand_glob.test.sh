# Pathname expansion: * ? [...] [!...] with classes, hidden files, no match
# leaves the word, set -f, quoting. Format: see run_cases.py.

#### * matches file names, sorted
touch c.txt a.txt b.txt
echo *.txt
## stdout: a.txt b.txt c.txt

#### ? matches exactly one character
touch a1 a22 b3
echo a?
## stdout: a1

#### [...] matches one of the listed characters
touch f1 f2 f3 fx
echo f[13]
## stdout: f1 f3

#### a range in brackets
touch f1 f2 f3 fx
echo f[2-9]
## stdout: f2 f3

#### [!...] matches a character not listed
touch f1 f2 fx
echo f[!1-2]
## stdout: fx

#### character classes in brackets
touch fa fB f1 f_
echo f[[:digit:]] f[[:upper:]] f[[:lower:]]
## stdout: f1 fB fa

#### [[:alnum:]] and [[:punct:]] classes
touch xa x1 x_ x-
echo x[[:alnum:]]
echo x[[:punct:]]
## STDOUT:
x1 xa
x- x_
## END

#### a pattern with no match is left as written
echo *.none
echo no[thing]
## STDOUT:
*.none
no[thing]
## END

#### * does not match hidden files
mkdir t && cd t
touch .hidden visible
echo *
## stdout: visible

#### .h* matches hidden files
touch .h1 .h2
echo .h*
## stdout: .h1 .h2

#### a leading dot must be matched explicitly, not by ? or [.]
touch .dot
echo ?dot [.]dot
## stdout: ?dot [.]dot

#### * does not cross a slash
mkdir t && cd t
mkdir d
touch d/inner top
echo *
echo */*
## STDOUT:
d top
d/inner
## END

#### patterns in several path components
mkdir -p a1/x a2/x b/x
touch a1/x/f a2/x/f b/x/f
echo a*/x/f
## stdout: a1/x/f a2/x/f

#### a quoted * is literal
touch a b
echo "*" '*' \*
## stdout: * * *

#### a partly quoted pattern: the quoted part is literal
touch 'x*y' xay
echo x'*'y
echo x*y
## STDOUT:
x*y
x*y xay
## END

#### glob characters from a variable are expanded unquoted
touch m1 m2
p='m*'
echo $p "$p"
## stdout: m1 m2 m*

#### set -f turns off globbing
touch g1
set -f
echo g*
## stdout: g*

#### set +f turns it back on
touch g1
set -f
set +f
echo g*
## stdout: g1

#### each match is one field even with spaces
touch 'with space' other
probe args w*
## stdout: <with space>

#### glob results are not split again
touch 'a b'
IFS=' '
for f in a*; do echo "[$f]"; done
## stdout: [a b]

#### a glob in a for list
touch 1.c 2.c
for f in *.c; do echo "file $f"; done
## STDOUT:
file 1.c
file 2.c
## END

#### a trailing slash matches directories only
mkdir dir1 dir2
touch file1
echo */
## stdout: dir1/ dir2/

#### a glob in an assignment is not expanded
touch q1 q2
x=q*
echo "$x"
## stdout: q*

#### a glob in a case word is not expanded
touch z1
case z* in 'z*') echo literal;; *) echo expanded;; esac
## stdout: literal

#### a ] first in brackets is a literal
touch 'a]' ab
echo a[]]
## stdout: a]

#### an unterminated [ is a literal
touch 'a[b'
echo a[b
## stdout: a[b

#### a backslash escapes a glob character
touch 'f*' fx
echo f\*
## stdout: f*

#### no match in a nonexistent directory keeps the word
echo /no/such/dir/*
## stdout: /no/such/dir/*

#### sorting follows the C locale (uppercase before lowercase)
mkdir t && cd t
touch b B a A
echo *
## stdout: A B a b

#### globbing after parameter expansion with a directory prefix
mkdir sub
touch sub/one sub/two
d=sub
echo $d/*
## stdout: sub/one sub/two

#### a pattern that names an existing file without glob characters
touch plain
echo pla[i]n
## stdout: plain
