# declare / typeset / local with bash's flags.

#### declare -p prints lines the shell can read back
x='a "quoted" $value'
declare -p x
n=$'two\nlines'
declare -p n
## STDOUT:
declare -- x="a \"quoted\" \$value"
declare -- n=$'two\nlines'
## END

#### declare -p of arrays
a=(x 'y z')
declare -p a
declare -A m=([k]=v)
declare -p m
declare -a e=()
declare -p e
## STDOUT:
declare -a a=([0]="x" [1]="y z")
declare -A m=([k]="v" )
declare -a e=()
## END

#### declare -p output read back gives the same variables
a=(1 'two words' [5]='$x')
s='it'"'"'s'
eval "$(declare -p a s | sed 's/^declare/declare -g/')"
unset a s
f() { eval "$saved"; declare -p a s; }
saved='declare -g -a a=([0]="1" [1]="two words" [5]="\$x")
declare -g -- s="it'"'"'s"'
f
## STDOUT:
declare -a a=([0]="1" [1]="two words" [5]="\$x")
declare -- s="it's"
## END

#### attributes in declare -p
declare -ix n=3
declare -r r=1
declare -ar ra=(1)
declare -p n r ra
## STDOUT:
declare -ix n="3"
declare -r r="1"
declare -ar ra=([0]="1")
## END

#### declare -p of an unknown name fails
declare -p nope
echo "status $?"
## stdout: status 1
## stderr-match: nope: not found

#### declare -i evaluates every assignment
declare -i x
x=2+3
echo $x
x=abc
echo $x
x+=4
echo $x
declare +i x
x=2+3
echo $x
## STDOUT:
5
0
4
2+3
## END

#### declare -r makes a variable readonly
declare -r c=1
c=2
echo not reached
## status: 2
## bash-status: 1
## stderr-match: c: (is read only|readonly variable)
## bash: skip bash goes on after the error

#### declare -x exports, +x stops exporting
declare -x e1=one
declare -x e2=two
declare +x e2
sh -c 'echo "[$e1] [$e2]"'
## stdout: [one] []

#### declare in a function is local; -g is global
f() {
  declare inner=1
  declare -g outer=2
  typeset other=3
}
f
echo "[${inner-unset}] [$outer] [${other-unset}]"
## stdout: [unset] [2] [unset]

#### local with flags
f() {
  local -i n=2*3
  local -A m=([a]=1)
  local -a l=(p q)
  echo $n ${m[a]} ${l[1]}
}
f
echo "[${n-unset}] [${m-unset}]"
## STDOUT:
6 1 q
[unset] [unset]
## END

#### local outside a function is an error
local x=1
echo "status $?"
## stdout: status 1
## stderr-match: local

#### declare -a on a scalar makes it element 0
s=hello
declare -a s
s[1]=world
echo "${s[@]}"
## stdout: hello world

#### declare -A m then m[key]=v
declare -A m
m[one]=1
m[two]=2
echo ${m[two]} ${#m[@]}
## stdout: 2 2

#### declare -f prints a function as it was written
f() { echo hi; }
declare -f f
declare -f nosuch
echo "status $?"
## STDOUT:
f() { echo hi; }
status 1
## END
## bash: skip bash prints its own layout of the function

#### declare -F lists functions, -f NAME tells whether it is one
zz() { :; }
declare -F zz
declare -f zz >/dev/null && echo yes
declare -f nosuch >/dev/null || echo no
## STDOUT:
zz
yes
no
## END

#### an invalid option is a usage error
declare -Q x
echo "status $?"
## stdout: status 2
## stderr-match: -Q

#### declare with a quoted array value in a variable stays a string
v='(1 2)'
declare x=$v
echo "$x"
## stdout: (1 2)

#### declare NAME=(...) keeps words whole
x='p q'
declare -a arr=("$x" r)
echo ${#arr[@]} "${arr[0]}"
## stdout: 2 p q

#### set lists arrays as bash does
a=(1 'x y')
set | grep '^a='
## stdout: a=([0]="1" [1]="x y")

#### readonly -p and export -p show arrays as declare lines
declare -r ra=(1 2)
a=(x)
export a
readonly -p | grep ' ra='
export -p | grep ' a='
## STDOUT:
declare -ar ra=([0]="1" [1]="2")
declare -ax a=([0]="x")
## END
