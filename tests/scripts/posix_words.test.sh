# Words and builtins: umask symbolic modes, a backslash from an expansion in a
# pattern, test ( = ), hash, ulimit and trap argument checks, printf limits.

#### umask symbolic: = + - on the running value
umask 022; umask a=rx,u+w; umask
umask 022; umask u-w; umask
umask 022; umask +x; umask
umask 000; umask a-r,o+w; umask -S
## STDOUT:
0022
0222
0022
u=wx,g=wx,o=wx
## END

#### umask X gives search permission only where someone has it
umask 077; umask g+X; umask
umask 022; umask u=rwX,g=rX,o=; umask
## STDOUT:
0067
0027
## END

#### umask copies another class's permissions: g=u, o=g
umask 027; umask g=u; umask
umask o=g; umask
## STDOUT:
0007
0000
## END

#### umask rejects a bad number and a bad mode, keeping the mask
umask 027
umask 8 2>/dev/null; echo st=$?
umask a+q 2>/dev/null; echo st=$?
umask
## STDOUT:
st=1
st=1
0027
## END
## dash-STDOUT:
st=2
st=2
0027
## END

#### a backslash from an unquoted expansion quotes in pathname expansion
# (a\* has no unquoted special character left: it is not a pattern at all)
touch 'a*' 'a\b' ab
x='a\*'; echo $x
x='a\b*'; echo $x
x='a\?'; echo $x
x='\a?'; echo $x
## STDOUT:
a\*
ab
a\?
a* ab
## END

#### ... and stays when nothing is expanded
x='a\b'; printf '%s\n' $x
x='\*x'; printf '%s\n' $x
set -f
x='a\*'; printf '%s\n' $x
## STDOUT:
a\b
\*x
a\*
## END

#### ... and quotes in case patterns and ${x#pattern}
p='a\*'
case 'a*' in $p) echo star-literal;; esac
case 'ab' in $p) echo wrong;; esac
p='\\'
case '\' in $p) echo backslash;; esac
x='x*y'; q='\*'
echo ${x#*$q}
## STDOUT:
star-literal
backslash
y
## END

#### test ( = ) compares two strings (three arguments)
test \( = \); echo $?
test "(" = "("; echo $?
[ \( x \) ]; echo $?
[ ! = ! ]; echo $?
[ -n = -n ]; echo $?
## STDOUT:
1
0
0
0
0
## END

#### hash remembers commands and forgets them with -r
hash cat
hash | grep -c /cat
hash -r
hash | grep -c /cat
hash nosuchcmd_z 2>/dev/null; echo st=$?
## STDOUT:
1
0
st=1
## END

#### ulimit checks its arguments
ulimit -n 1x 2>/dev/null; echo st=$?
ulimit -Q 2>/dev/null; echo st=$?
ulimit -n 100 200 2>/dev/null; echo st=$?
ulimit -f
## STDOUT:
st=1
st=2
st=2
unlimited
## END
## dash-STDOUT:
st=2
st=2
st=2
unlimited
## END

#### trap rejects a bad condition, and its action is checked only when it runs
trap 'echo x' 1x 2>/dev/null; echo st=$?
trap 'echo a' BADSIG 2>/dev/null; echo st=$?
trap 'if' EXIT
echo still-here
## STDOUT:
st=1
st=1
still-here
## END
## status: 2
## stderr-match: syntax error

#### printf reports overflow, prints the nearest value, status 1
printf '%d\n' 99999999999999999999 2>/dev/null; echo st=$?
printf '%d\n' -99999999999999999999 2>/dev/null; echo st=$?
printf '%x\n' 18446744073709551616 2>/dev/null; echo st=$?
printf '%u\n' -1; echo st=$?
## STDOUT:
9223372036854775807
st=1
-9223372036854775808
st=1
ffffffffffffffff
st=1
18446744073709551615
st=0
## END

#### printf leaves \u alone in the C locale (as dash)
printf '\u00e9|\U0001F600|\u\n'
## stdout: \u00e9|\U0001F600|\u

#### printf \u and \U give UTF-8 in a UTF-8 locale (as bash)
LC_ALL=C.UTF-8
printf '\u00e9|\U0001F600|\u41|\u|\n' | od -An -tx1 | tr -s ' \n' ' '; echo
printf '%b\n' '\u263a' | od -An -tx1 | tr -s ' \n' ' '; echo
## STDOUT:
 c3 a9 7c f0 9f 98 80 7c 41 7c 5c 75 7c 0a 
 e2 98 ba 0a 
## END
## dash-STDOUT:
 5c 75 30 30 65 39 7c 5c 55 30 30 30 31 46 36 30 30 7c 5c 75 34 31 7c 5c 75 7c 0a 
 5c 75 32 36 33 61 0a 
## END
