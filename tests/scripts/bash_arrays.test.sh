# bash's indexed and associative arrays.

#### a=(x y z) and its elements
a=(x y z)
echo ${a[0]} ${a[2]} $a ${a[-1]} ${a[-3]}
## stdout: x z x z x

#### "${a[@]}" keeps elements whole like "$@", "${a[*]}" joins them
a=('one two' three '')
printf '<%s>' "${a[@]}"; echo
printf '<%s>' "${a[*]}"; echo
printf '<%s>' ${a[@]}; echo
IFS=,
echo "${a[*]}"
## STDOUT:
<one two><three><>
<one two three >
<one><two><three>
one two,three,
## END

#### ${#a[@]} counts elements, ${#a[i]} is an element's length
a=(x yy zzz)
echo ${#a[@]} ${#a[*]} ${#a[1]} ${#a}
## stdout: 3 3 2 1

#### sparse arrays: indices and keys
a=([3]=x [7]=y)
a[10]=z
echo ${#a[@]} ${!a[@]} "${a[@]}"
echo "[${a[0]}]" ${a[-1]}
## STDOUT:
3 3 7 10 x y z
[] z
## END

#### items after [n]= continue from n
a=(a [5]=b c)
echo ${!a[@]}
## stdout: 0 5 6

#### a+=(...) appends after the last index
a=(x y)
a+=(z 'w w')
a[1]+=Y
echo ${#a[@]} "${a[@]}"
## stdout: 4 x yY z w w

#### an arithmetic subscript
a=(a b c d)
i=1
echo ${a[i+1]} ${a[$i]} ${a[i*3]}
a[i+2]=D
echo ${a[3]}
## STDOUT:
c b d
D
## END

#### unset an element, and the whole array
a=(x y z)
unset 'a[1]'
echo ${#a[@]} ${!a[@]} "${a[@]}"
unset a
echo "[${a[@]}]" ${#a[@]}
## STDOUT:
2 0 2 x z
[] 0
## END

#### an empty array makes no field in "${a[@]}"
a=()
printf '<%s>' start "${a[@]}" end; echo
echo ${#a[@]} "[${a[*]}]"
## STDOUT:
<start><end>
0 []
## END

#### array items are split and globbed like command words
touch f1 f2
x='p q'
a=($x f* "$x")
printf '<%s>' "${a[@]}"; echo
## stdout: <p><q><f1><f2><p q>

#### the items can span lines, with comments
a=(
  one   # the first
  two
)
echo ${#a[@]} ${a[1]}
## stdout: 2 two

#### slices of an array
a=(a b c d e)
echo "${a[@]:1:2}" / "${a[@]: -2}" / "${a[@]:3}"
## stdout: b c / d e / d e

#### replacement and removal on every element
a=(apple banana cherry)
echo "${a[@]/a/A}" / "${a[@]#?}" / "${a[@]^}"
## stdout: Apple bAnana cherry / pple anana herry / Apple Banana Cherry

#### $a is ${a[0]}, and a=x sets element 0
a=(x y)
a=new
echo "${a[@]}"
## stdout: new y

#### a scalar is an array of one
s=hello
echo ${s[0]} ${#s[@]} "[${s[1]}]"
s[1]=world
echo "${s[@]}"
## STDOUT:
hello 1 []
hello world
## END

#### associative arrays
declare -A m
m[one]=1
m['two words']=2
k=three
m[$k]=3
echo ${m[one]} ${m[two words]} ${m["two words"]} ${m[$k]} ${#m[@]}
## stdout: 1 2 2 3 3

#### associative array keys and values, sorted
declare -A m=([b]=2 [a]=1 [c]=3)
printf '%s\n' "${!m[@]}" | sort | tr '\n' ' '; echo
printf '%s\n' "${m[@]}" | sort | tr '\n' ' '; echo
## STDOUT:
a b c 
1 2 3 
## END

#### associative: unset a key, append to a value
declare -A m
m[k]=a
m[k]+=b
m[gone]=x
unset 'm[gone]'
echo ${#m[@]} ${m[k]} "[${m[gone]}]"
## stdout: 1 ab []

#### an unset element with a default
a=(x)
echo ${a[5]:-none} ${a[5]-none} ${a[0]:+set}
## stdout: none none set

#### export of an array exports nothing
a=(x y)
export a
sh -c 'echo "[${a-unset}]"'
## stdout: [unset]

#### an array element in a command's own environment is not possible, a scalar is
a=(1 2)
b=3 sh -c 'echo $b'
## stdout: 3

#### arrays in a function with local -a
f() {
  local -a arr=(in side)
  arr+=(x)
  echo "${arr[@]}"
}
arr=(out)
f
echo "${arr[@]}"
## STDOUT:
in side x
out
## END

#### a negative subscript beyond the start is an error
a=(x)
echo ${a[-5]}
echo "status $?"
## stdout: status 1
## bash-stdout-json: "\nstatus 0\n"
## stderr-match: bad array subscript

#### a[i]=v on a readonly array is an error
a=(x)
readonly a
a[1]=y
echo not reached
## status: 2
## bash-status: 1
## stderr-match: a: (is read only|readonly variable)
## bash: skip bash goes on after the error in a script

#### a[1]=x is an assignment, echo a[1] a glob word
a[1]=x
echo a[1] ${a[1]}
## stdout: a[1] x

#### an array assignment in the middle of other assignments
x=1 a=(p q) y=2
echo $x ${a[1]} $y
## stdout: 1 q 2

#### a=( not closed is a syntax error
a=(x y
## status: 2
## bash-status: 1
## stderr-match: (?i)syntax error

#### ${!a[*]} joins the indices
a=(x y z)
IFS=-
echo "${!a[*]}"
## stdout: 0-1-2

#### string keys with quoted spaces in [key]=value items
declare -A m=(['a b']=1 ["c d"]=2)
echo "${m[a b]}" "${m[c d]}"
## stdout: 1 2

#### the old value is read before an array assignment changes it
a=(x y)
a=("${a[@]}" z)
echo "${a[@]}"
## stdout: x y z

#### integer arrays and += on integers
declare -i n=5
n+=3
echo $n
declare -ai nums=(1+1 2*3)
echo "${nums[@]}"
## STDOUT:
8
2 6
## END

# ---- read -a and mapfile/readarray ----

#### read -a splits the line into an array
echo '  one two   three  ' | { read -a w; echo ${#w[@]} "${w[2]}"; }
## stdout: 3 three

#### read -a with IFS keeps empty fields between delimiters
echo 'a:b::c' | { IFS=: read -a w; printf '<%s>' "${w[@]}"; echo; }
## stdout: <a><b><><c>

#### read -a replaces what the array held
w=(old old old old)
echo 'x y' | { read -a w; echo ${#w[@]} "${w[@]}"; }
## stdout: 2 x y

#### read -a: backslashes quote without -r
printf '%s\n' 'a\ b c' | { read -a w; echo ${#w[@]} "${w[0]}"; }
## stdout: 2 a b

#### read -a at end of file still assigns, with status 1
printf 'p q' | { read -a w; echo $? "${w[@]}"; }
## stdout: 1 p q

#### mapfile reads lines, -t drops the newline
printf 'a\nb b\n\nc\n' | { mapfile -t lines; echo ${#lines[@]}; printf '<%s>' "${lines[@]}"; echo; }
## STDOUT:
4
<a><b b><><c>
## END

#### mapfile without -t keeps the newline
printf 'x\ny\n' | { mapfile m; printf '<%s>' "${m[@]}"; }
## stdout-json: "<x\n><y\n>"


#### readarray and the default name MAPFILE
printf '1\n2\n' | { readarray -t; echo "${MAPFILE[@]}"; }
## stdout: 1 2

#### mapfile -n, -s and -O
printf '1\n2\n3\n4\n5\n' | { mapfile -t -s 1 -n 2 a; echo "${a[@]}"; }
printf '1\n2\n' | { b=(x y z); mapfile -t -O 1 b; echo "${b[@]}"; }
## STDOUT:
2 3
x 1 2
## END

#### mapfile -n leaves the rest of a pipe for the next command
printf '1\n2\n3\n' | { mapfile -t -n 1 a; cat; echo "[${a[@]}]"; }
## STDOUT:
2
3
[1]
## END

#### mapfile -n leaves the rest of a file
printf '1\n2\n3\n' > f
{ mapfile -t -n 2 a; cat; } < f
echo "${a[@]}"
## STDOUT:
3
1 2
## END

#### mapfile -d splits on another delimiter, a last piece without one counts
printf 'a,b,c' | { mapfile -t -d , a; echo ${#a[@]} "${a[@]}"; }
## stdout: 3 a b c

#### mapfile -u reads another descriptor
printf 'q\nr\n' > f
mapfile -t -u 3 a 3< f
echo "${a[@]}"
## stdout: q r

#### mapfile from empty input gives an empty array
mapfile -t a < /dev/null
echo ${#a[@]}
## stdout: 0

#### mapfile with a bad descriptor fails
mapfile -u 9 a
echo "status $?"
## stdout: status 1
## stderr-match: 9

#### mapfile: a bad number or descriptor says which, status 1, as bash
mapfile -u 99999999999 a 2>err; echo "status $?"
mapfile -n x a 2>>err; echo "status $?"
mapfile -O -1 a 2>>err; echo "status $?"
read -u 99999999999 a 2>>err; echo "status $?"
sed 's/^.*: \(mapfile\|read\): //' err
## STDOUT:
status 1
status 1
status 1
status 1
99999999999: invalid file descriptor specification
x: invalid line count
-1: invalid array origin
99999999999: invalid file descriptor specification
## END

#### a loop over ${#a[@]} with a large array stays fast
a=()
i=0
while [ $i -lt 3000 ]; do a+=($i); i=$((i+1)); done
i=0; s=0
while [ $i -lt ${#a[@]} ]; do s=$((s + ${a[i]})); i=$((i+1)); done
echo $s
## stdout: 4498500
## timeout: 10

#### set -x shows array assignments as written
set -x
a=(1 "2 3")
a[1]=x
a+=(y)
## STDERR:
+ a=(1 "2 3")
+ a[1]=x
+ a+=(y)
## END

#### array elements inside arithmetic: read, assign, a subscript evaluated once
a=(1 2 5); echo $((a[1]+1)) $((a[-1]*2)) $(( a[0] + a[2] ))
((a[3]=7)); echo "${a[@]}"
i=0; ((a[i++]+=10)); echo "${a[@]} i=$i"
declare -A m=([x]=4); echo $((m[x]*3)); ((m[y]=9)); echo ${m[y]}
for ((k=0, s=0; k<${#a[@]}; k++)); do s=$((s+a[k])); done; echo $s
let 'a[1]=42'; echo ${a[1]} $((nosuch[2]+1))
## STDOUT:
3 10 6
1 2 5 7
11 2 5 7 i=1
12
9
25
42 1
## END
