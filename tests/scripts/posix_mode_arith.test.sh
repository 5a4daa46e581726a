# Arithmetic in strict POSIX mode and with bash's dialect on. Runs in both
# modes: `## posix-stdout:` is the strict result (dash agrees), plain
# `## stdout:` the one with bash's dialect (bash agrees). Format: run_cases.py.

#### ((cmd)) is two subshells in POSIX, an arithmetic command in bash
((x=1)); echo "x=$x"
## posix-stdout: x=
## stdout: x=1

#### ((echo hi)) runs echo in POSIX; in bash it is a wrong expression
((echo hi))
echo "status $?"
## posix-STDOUT:
hi
status 0
## END
## stdout: status 1

#### ((echo a) ) and ((echo a); (echo b)) are subshells in both
((echo a) )
((echo b); (echo c))
## STDOUT:
a
b
c
## END

#### for (( )) is a syntax error in POSIX
for ((i = 0; i < 2; i++)); do echo $i; done
## posix-status: 2
## posix-stdout-json: ""
## STDOUT:
0
1
## END

#### a variable holding an expression: an error in POSIX, evaluated in bash
x=1+2
echo $((x * 2))
## posix-status: 2
## posix-stdout-json: ""
## stdout: 6

#### double quotes inside $(( )) are not special in POSIX
echo $(("1" + 2))
## posix-status: 2
## posix-stdout-json: ""
## stdout: 3

#### ** , comma and BASE#N give meaning to what POSIX calls an error: on in both
echo $((2 ** 10)) $((1, 2)) $((2#101))
## stdout: 1024 2 5
## dash: skip dash has none of them (an error there)

#### ++ and -- on a variable: POSIX does not require them; on in both
x=5
echo $((x++)) $((--x)) $x
## stdout: 5 5 5
## dash: skip dash has no ++ or -- (--x is - -x there)

#### let is a builtin in both modes (a new builtin name)
let x=2*3 && echo $x
## stdout: 6
## dash: skip dash has no let

#### &>> is `&` then `>>` in POSIX: the echo runs in the background
echo hi &>> f; wait
echo "[$(cat f)]"
## posix-STDOUT:
hi
[]
## END
## stdout: [hi]

#### ;& falls through in both modes (POSIX 2024 has it)
case a in a) echo 1 ;& b) echo 2 ;; c) echo 3 ;; esac
## STDOUT:
1
2
## END

#### |& and ;;& give meaning to what POSIX calls an error: on in both
{ echo err >&2; } |& cat
case ab in a*) echo a ;;& *b) echo b ;; esac
## STDOUT:
err
a
b
## END
## dash: skip both are syntax errors in dash

#### <( is a syntax error in POSIX, a process substitution with bash's dialect
cat <(echo hi)
## posix-status: 2
## posix-stdout-json: ""
## stdout: hi
