# getopts (XCU getopts): OPTIND reset and reuse, OPTARG, bad names.

#### options and an option-argument, then OPTIND past them
set -- -a -b x c
while getopts ab: o; do echo "$o ${OPTARG-unset}"; done
echo OPTIND=$OPTIND
## STDOUT:
a unset
b x
OPTIND=4
## END
## dash-STDOUT:
a 
b x
OPTIND=4
## END

#### OPTARG is unset after an option without an argument (POSIX)
OPTARG=stale
set -- -a
getopts a o; echo "$o ${OPTARG-unset}"
## stdout: a unset
## dash-stdout: a 

#### OPTIND=1 restarts, also in the middle of grouped options
set -- -ab -c
getopts abc o; echo "1 $o"
OPTIND=1
getopts abc o; echo "2 $o"
getopts abc o; echo "3 $o"
getopts abc o; echo "4 $o $OPTIND"
getopts abc o; echo "5 $? $o $OPTIND"
## STDOUT:
1 a
2 a
3 b
4 c 3
5 1 ? 3
## END

#### OPTIND reset and reused with another option string and arguments
set -- -ab
getopts ab o; echo "1 $o"
OPTIND=1
getopts xy: o -y val -x; echo "2 $o $OPTARG"
getopts xy: o -y val -x; echo "3 $o $OPTIND"
## STDOUT:
1 a
2 y val
3 x 4
## END

#### an unknown option: ? and a message, or silent with a leading :
set -- -q
getopts ab o 2>/dev/null; echo "st=$? o=$o OPTARG=${OPTARG-unset}"
OPTIND=1
getopts :ab o; echo "st=$? o=$o OPTARG=${OPTARG-unset}"
## STDOUT:
st=0 o=? OPTARG=unset
st=0 o=? OPTARG=q
## END

#### a missing option-argument: ? and a message, or : with a leading :
set -- -a
getopts a: o 2>/dev/null; echo "st=$? o=$o"
OPTIND=1
getopts :a: o; echo "st=$? o=$o OPTARG=$OPTARG"
## STDOUT:
st=0 o=?
st=0 o=: OPTARG=a
## END

#### an invalid variable name is an error (status 2 as dash)
getopts a 1bad -a; echo st=$?
## stdout: st=2
## stderr-match: 1bad

#### getopts in a function with a local OPTIND leaves the caller's alone
set -- -x
getopts x o; echo "outer $OPTIND"
f() { local OPTIND=1; getopts q o -q; echo "f $o $OPTIND"; }
f
echo "outer again $OPTIND"
## STDOUT:
outer 2
f q 2
outer again 2
## END
