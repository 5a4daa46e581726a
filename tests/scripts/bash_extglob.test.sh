# bash's extended glob patterns ?(p|q) *(p|q) +(p|q) @(p|q) !(p|q): always
# in [[ x == pattern ]] (bash 5.2 reads them there as if extglob were on),
# elsewhere after `shopt -s extglob` on an earlier line. Format: run_cases.py.

#### [[ == @(...) ]]: the bash-completion idiom
prev=-d
[[ $prev == @(-d|--default) ]] && echo yes1
[[ --default == @(-d|--default) ]] && echo yes2
[[ "-x" == @(-d|--default) ]] || echo no3
[[ $prev = @(-d|--default) ]] && echo yes4
## STDOUT:
yes1
yes2
no3
yes4
## END

#### the five kinds
[[ abab == +(ab) ]] && echo plus
[[ '' == +(ab) ]] || echo plus-empty-no
[[ '' == *(ab) ]] && echo star-empty
[[ ababab == *(ab|a|b) ]] && echo star
[[ a == ?(a|b) ]] && echo opt-one
[[ ab == ?(a|b) ]] || echo opt-two-no
[[ b == @(a|b) ]] && echo at
[[ foo.c != !(*.c) ]] && echo not
[[ foo == !(foo) ]] || echo not-same-no
[[ foobar == !(foo) ]] && echo not-longer
## STDOUT:
plus
plus-empty-no
star-empty
star
opt-one
opt-two-no
at
not
not-same-no
not-longer
## END

#### groups inside a pattern, nested groups, and the usual wildcards
[[ x.tar.gz == *.@(tar.gz|tgz) ]] && echo suffix
[[ abc == @(a|+(b))c ]] || echo nested-no
[[ abbc == a+(b)c ]] && echo middle
[[ abbbc == a@(x|+(b))c ]] && echo nested
[[ a1 == @([a-c])[0-9] ]] && echo bracket
[[ ab == !(a)b ]] || echo not-prefix
## STDOUT:
suffix
nested-no
middle
nested
bracket
not-prefix
## END

#### quoted characters stay literal
[[ 'a|b' == @(a\|b) ]] && echo escaped-bar
[[ '@(a)' == '@(a)' ]] && echo quoted
[[ a == "@(a)" ]] || echo quoted-no
[[ a == @("a"|b) ]] && echo quoted-inside
[[ 'a)' == @(a')') ]] && echo quoted-paren
## STDOUT:
escaped-bar
quoted
quoted-no
quoted-inside
quoted-paren
## END

#### blanks and operators inside a group belong to it
[[ 'a b' == @(a b|c) ]] && echo blank
[[ 'a;b' == @(a;b) ]] && echo semicolon
## STDOUT:
blank
semicolon
## END

#### a pattern from a variable is a pattern too
x='@(a|b)'
[[ a == $x ]] && echo var
[[ a == "$x" ]] || echo var-quoted-no
## STDOUT:
var
var-quoted-no
## END

#### UTF-8: a group matches whole characters
export LC_ALL=C.UTF-8
[[ é == ?(é) ]] && echo one
[[ éé == +(é) ]] && echo more
## STDOUT:
one
more
## END

#### a hostile pattern gives an answer quickly
[[ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab == *(*(a))c ]] || echo no
## stdout: no
## bash: skip bash 5.2 backtracks for minutes here; forksh has a step budget

#### a long text against a repeated group
s=$(printf 'ab%.0s' $(seq 500))
[[ $s == +(ab) ]] && echo long
[[ ${s}x == +(ab) ]] || echo long-no
## STDOUT:
long
long-no
## END

#### a group with no closing ) in [[ ]] is a syntax error
[[ a == @(a ]]
echo not reached
## status: 2
## stdout-json: ""

#### shopt -s extglob: groups in case patterns
shopt -s extglob
case foo.c in @(*.c|*.h)) echo c-or-h ;; *) echo other ;; esac
case x in !(x)) echo not ;; +(x)) echo plus ;; esac
case 'a b' in @(a b)) echo blank ;; esac
## STDOUT:
c-or-h
plus
blank
## END

#### shopt -s extglob: groups in ${x%pat} ${x##pat} ${x//pat/rep}
shopt -s extglob
x=aaab.tar.gz
echo ${x%.@(tar.gz|tgz)} ${x##+(a)} ${x//@(a|b)/-}
## stdout: aaab b.tar.gz ----.t-r.gz

#### without extglob, ${x#@(a)} is a literal pattern
x='@(a)b'
echo ${x#@(a)}
## stdout: b

#### shopt -s extglob: pathname expansion, also from a variable
shopt -s extglob
mkdir d && cd d && touch a.c b.o c.h .h.c
echo !(*.o)
echo @(a|c).*
echo *.+(c|h)
p='!(*.o)'; echo $p
## STDOUT:
a.c c.h
a.c c.h
a.c c.h
a.c c.h
## END

#### shopt -s extglob counts from the next line, as bash reads
shopt -s extglob; case a in @(a)) echo same-line ;; esac
echo after
## status: 2
## stdout-json: ""

#### shopt -u extglob: ( in a case pattern is an error again
shopt -s extglob
shopt -u extglob
case a in @(a)) echo yes ;; esac
## status: 2
## stdout-json: ""

#### shopt lists extglob, off by default
shopt extglob; echo $?
shopt -s extglob; shopt -p extglob
## STDOUT:
extglob        	off
1
shopt -s extglob
## END
