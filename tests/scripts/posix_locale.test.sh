# The locale (XCU 2.6.2, 2.13, 8.2): LC_ALL, then LC_CTYPE, then LANG decide
# what a character is. In C/POSIX it is a byte; in a UTF-8 locale a UTF-8
# sequence, and an invalid byte is one character. dash always counts bytes
# (it has no multibyte support), so the UTF-8 cases give dash's byte answers
# in `## dash-` lines; forksh agrees with bash there.
# The runner starts every case with LC_ALL=C.

#### ${#x} counts bytes in the C locale
x=$(printf '\303\251t\303\251')
echo ${#x}
## stdout: 5

#### invalid bytes in the C locale
x=$(printf '\377\376\200abc\303(')
echo ${#x}
## stdout: 8

#### ${#x} counts characters in a UTF-8 locale
LC_ALL=C.UTF-8
x=$(printf '\303\251t\342\202\254')
echo ${#x}
## stdout: 3
## dash-stdout: 6

#### an invalid sequence counts one per byte in UTF-8 (dash and bash: 8)
LC_ALL=C.UTF-8
x=$(printf '\377\376\200abc\303(')
echo ${#x}
## stdout: 8

#### LANG alone selects UTF-8, and LC_ALL overrides it
unset LC_ALL
LANG=C.UTF-8
x=$(printf '\303\251')
echo ${#x}
LC_ALL=POSIX
echo ${#x}
unset LC_ALL
LC_CTYPE=C
echo ${#x}
## STDOUT:
1
2
2
## END
## dash-STDOUT:
2
2
2
## END

#### ? matches a byte in C and a character in UTF-8
x=$(printf '\303\251t\303\251')
case $x in ?t?) echo utf8;; ??t??) echo bytes;; esac
LC_ALL=C.UTF-8
case $x in ?t?) echo utf8;; ??t??) echo bytes;; esac
## STDOUT:
bytes
utf8
## END
## dash-STDOUT:
bytes
bytes
## END

#### a bracket expression matches a whole character in UTF-8
LC_ALL=C.UTF-8
x=$(printf '\303\251t')
e=$(printf '\303\251')
case $x in ["$e"]t) echo member;; *) echo no;; esac
case $x in [[:alpha:]]t) echo alpha;; *) echo no;; esac
case $x in [!a]t) echo negated;; *) echo no;; esac
## STDOUT:
member
alpha
negated
## END
## dash-STDOUT:
no
no
no
## END

#### prefix and suffix removal cut characters in UTF-8, bytes in C
x=$(printf '\303\251t\303\251')
a=${x#?} b=${x%?}
echo ${#a} ${#b}
LC_ALL=C.UTF-8
a=${x#?} b=${x%?} c=${x##*t} d=${x%%t*}
echo ${#a} ${#b} ${#c} ${#d}
LC_ALL=C
echo ${#a} ${#b} ${#c} ${#d}
## STDOUT:
4 4
2 2 1 1
3 3 2 2
## END
## dash-STDOUT:
4 4
4 4 2 2
4 4 2 2
## END

#### an unknown locale falls back to bytes, without a message
LC_ALL=xx_XX.nonsense
x=$(printf '\303\251')
echo ${#x}
## stdout: 2

#### invalid bytes never crash the matcher
LC_ALL=C.UTF-8
x=$(printf '\377\200\300\257\355\240\200\364\220\200\200z')
case $x in *z) echo ends-z;; esac
echo ${x%z} | od -An -c | tr -s ' ' | head -1
echo ${#x}
## STDOUT:
ends-z
 377 200 300 257 355 240 200 364 220 200 200 \n
12
## END

#### "$*" is joined by the first character of IFS: a byte in C, a character in UTF-8
set -- a b
IFS=$(printf '\303\251')
echo "$*" | od -An -tx1 | tr -s ' \n' ' '; echo
LC_ALL=C.UTF-8
echo "$*" | od -An -tx1 | tr -s ' \n' ' '; echo
## STDOUT:
 61 c3 62 0a 
 61 c3 a9 62 0a 
## END
## dash-STDOUT:
 61 c3 62 0a 
 61 c3 62 0a 
## END
