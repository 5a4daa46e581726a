# Aliases (XCU 2.3.1, alias): output in POSIX's `name=value` form, and
# substitution wherever a token can come from an alias.

#### alias lists name=value lines that are valid input again
alias b='echo b' a="it's here"
alias > saved
unalias -a
while IFS= read -r line; do eval "alias $line"; done < saved
alias a; b
## STDOUT:
a='it'\''s here'
b
## END
## dash-STDOUT:
a='it'"'"'s here'
b
## END

#### alias NAME prints name=value and fails for an unknown name
alias ll='ls -l'
alias ll nope; echo $?
## STDOUT:
ll='ls -l'
1
## END
## stderr-match: nope

#### alias -p uses bash's `alias name=value` form
alias ll='ls -l'
alias -p
## stdout: alias ll='ls -l'
## dash: skip dash has no alias -p

#### an alias to the empty string disappears
alias e=''
e echo hi
false; e
echo $?
## STDOUT:
hi
1
## END

#### a value ending in a blank makes the next word an alias candidate
alias say='echo ' w=world n=not m='more '
say w
say n w
say m w
## STDOUT:
world
not w
more world
## END

#### an alias can hold a here-document operator
alias h='cat <<'
h END
from heredoc
END
## stdout: from heredoc

#### aliases to ( and )
alias lp='(' rp=')'
lp echo in-subshell
rp
## stdout: in-subshell

#### aliases to the reserved words of for and case
alias f=for c=case
f i in 1 2; do echo $i; done
c x in x) echo cx;; esac
## STDOUT:
1
2
cx
## END

#### an alias can start a case and carry its first pattern
alias cin='case x in x'
cin) echo matched;; esac
## stdout: matched

#### an alias can carry ;; and a further pattern inside case
alias more='echo a;; x) echo b'
case x in y) more;; esac
## stdout: b

#### an alias names a function in its definition
alias fn=myf
fn() { echo in-myf; }
myf
## stdout: in-myf

#### aliases work inside $( ) and subshells inherit them
alias say='echo said'
echo $(say one)
(say two)
say three | cat
## STDOUT:
said one
said two
said three
## END

#### a recursive alias stops after one substitution
alias r1=r2 r2=r1
r1 2>/dev/null; echo $?
alias ls='ls -d'
ls /
## STDOUT:
127
/
## END

#### alias defined on a line applies from the next line
alias now='echo now'; now 2>/dev/null || echo not-yet
now
## STDOUT:
not-yet
now
## END

#### an alias that expands to nothing after | leaves the line open (issue 22)
alias a=
a echo foo | a
cat
## stdout: foo

#### ... and after && (the newline after it is a linebreak)
alias a=
true && a
echo and-ok
## stdout: and-ok

#### an alias ending in a blank makes the next word an alias too, where `in` is expected
alias forx='for x ' i='in 0'
forx i a; do echo $x; done
alias casex='case x ' j='in'
casex j x) echo matched;; esac
## STDOUT:
0
a
matched
## END

#### aliases may give do and done, and a blank at the end makes the next word eligible
alias d='do ' dn=done forx='for x ' i='in 0 '
forx i 1; d echo $x; dn
## STDOUT:
0
1
## END

#### an alias may give `case WORD in`, the `(` of a subshell and a function's `f()`
alias c1='case x in' lp='(' fn='f()'
c1 x) echo matched;; esac
lp echo sub )
fn { echo in f; }; f
## STDOUT:
matched
sub
in f
## END

#### an alias may give a here-document operator, `then` and `{`
alias hd='cat <<' t=then b='{ '
hd END
hello
END
if true; t echo yes; fi
b echo braced; }
## STDOUT:
hello
yes
braced
## END
