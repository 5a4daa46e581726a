# Builtins: umask, ulimit, times, getopts, alias, type, hash, command, kill,
# trap, help, true/false/:, eval, ., exec, exit, return, break, continue, wait.

#### true and false
true; a=$?; false; echo $a $?
## stdout: 0 1

#### colon ignores its arguments and expands them
: ${V:=set}; echo $V
## stdout: set

#### umask prints the mask in octal
umask 022; umask
## stdout: 0022

#### umask -S prints symbolic permissions
umask 027; umask -S
## stdout: u=rwx,g=rx,o=

#### umask symbolic set
umask 077; umask u=rwx,g=rx,o=; umask
## stdout: 0027

#### umask symbolic minus and plus
umask 000; umask g-w; umask o-wx; umask
## stdout: 0023

#### umask a+r
umask 0777; umask a+r; umask
## stdout: 0333

#### umask affects new files
umask 077; touch f; ls -l f | cut -c1-10
## stdout: -rw-------

#### umask with an invalid octal number fails
umask 8; echo $?
## stdout: 1
## dash-stdout: 2

#### umask with an invalid symbolic mode fails
umask u=z; echo $?
## stdout: 1
## dash-stdout: 2

#### ulimit -n prints a number
ulimit -n | grep -c '^[0-9][0-9]*$'
## stdout: 1

#### ulimit sets and reads the file size limit
(ulimit -f 100; ulimit -f)
## stdout: 100

#### ulimit -c 0 sets the core size
(ulimit -c 0; ulimit -c)
## stdout: 0

#### ulimit unlimited is shown as unlimited
(ulimit -S -t unlimited 2>/dev/null; ulimit -H -t)
## stdout: unlimited

#### ulimit -a lists several limits
ulimit -a | grep -c .  | awk '$1 > 5 { print "many" }'
## stdout: many

#### ulimit with a bad number fails
ulimit -n abc; echo $?
## stdout: 1
## dash-stdout: 2

#### times prints two lines
times | wc -l | tr -d ' '
## stdout: 2

#### times format
times | grep -c '^[0-9]*m[0-9.]*s [0-9]*m[0-9.]*s$'
## stdout: 2

#### getopts parses simple options
set -- -a -b x rest
while getopts ab: o; do echo "$o${OPTARG:+=$OPTARG}"; done
shift $((OPTIND - 1)); echo "rest: $*"
## STDOUT:
a
b=x
rest: rest
## END

#### getopts grouped options
set -- -ab -c val
while getopts abc: o; do echo "$o${OPTARG:+=$OPTARG}"; done; echo $OPTIND
## STDOUT:
a
b
c=val
4
## END

#### getopts option argument in the same word
set -- -cval
getopts c: o; echo "$o $OPTARG"
## stdout: c val

#### getopts stops at --
set -- -a -- -b
while getopts ab o; do echo $o; done; echo $OPTIND
## STDOUT:
a
3
## END

#### getopts stops at a non-option
set -- -a file -b
while getopts ab o; do echo $o; done; echo $OPTIND
## STDOUT:
a
2
## END

#### getopts unknown option gives ? and a message
set -- -x
getopts ab o; echo "$? $o"
## stdout: 0 ?
## stderr-match: x

#### getopts silent mode sets OPTARG to the letter
set -- -x
getopts :ab o; echo "$o $OPTARG"
## stdout: ? x

#### getopts silent mode missing argument gives :
getopts :c: o -c; echo "$o $OPTARG"
## stdout: : c

#### getopts missing argument in normal mode
getopts c: o -c; echo "$? $o"
## stdout: 0 ?
## stderr-match: c

#### getopts with explicit arguments
getopts x: o -x 5; echo "$o $OPTARG"
## stdout: x 5

#### getopts returns 1 when done
set --; getopts a o; echo "$? $o"
## stdout: 1 ?

#### getopts restarts when OPTIND is reset
set -- -a
getopts a o; OPTIND=1; getopts a o; echo "$? $o"
## stdout: 0 a

#### getopts in a function used twice
parse() { OPTIND=1; while getopts v o "$@"; do echo "$o"; done; }
parse -v; parse -v -v
## STDOUT:
v
v
v
## END

#### alias defines and lists
alias ll='ls -l'; alias ll
## stdout: ll='ls -l'

#### alias output quotes single quotes
alias q="it's"; alias q
## stdout: q='it'\''s'
## dash-stdout: q='it'"'"'s'

#### alias of an unknown name fails
alias nope; echo $?
## stdout: 1
## stderr-match: nope

#### alias listing is sorted
alias b=2 a=1; alias
## STDOUT:
a='1'
b='2'
## END

#### unalias removes
alias x=y; unalias x; alias x 2>/dev/null; echo $?
## stdout: 1

#### unalias -a removes all
alias a=1 b=2; unalias -a; alias
## stdout-json: ""

#### unalias of an unknown name fails
unalias nope; echo $?
## stdout: 1

#### aliases apply to later lines
alias say='echo said'
say hi
## stdout: said hi

#### type of a builtin
type cd
## stdout: cd is a shell builtin

#### type of a special builtin
type set
## stdout: set is a special shell builtin

#### type of a keyword
type if
## stdout: if is a shell keyword

#### type of a function
f() { :; }; type f
## stdout: f is a shell function

#### type of an alias
alias ll='ls -l'; type ll
## stdout: ll is an alias for ls -l

#### type of an external command
type sh | grep -c '^sh is /'
## stdout: 1

#### type of a hashed command
sh -c : ; type sh | sed 's,(/.*),(PATH),'
## stdout: sh is hashed (PATH)
## dash: skip dash says "tracked alias"

#### type and command -V of an unknown name say so on stdout, status 127 (dash; bash: stderr, 1)
type nope_nope; echo $?
command -V nope_nope; echo $?
## STDOUT:
nope_nope: not found
127
nope_nope: not found
127
## END

#### command -v of a builtin, function and external
f() { :; }; command -v cd; command -v f; command -v sh | grep -c /
## STDOUT:
cd
f
1
## END

#### command -v of an unknown name prints nothing and returns 127 (dash; bash: 1)
command -v nope_nope; echo $?
## stdout: 127

#### command -v of an alias prints its definition
alias ll='ls -l'; command -v ll
## stdout: alias ll='ls -l'

#### command -V describes
command -V cd
## stdout: cd is a shell builtin

#### command skips functions
echo() { printf 'function\n'; }; command echo builtin
## stdout: builtin

#### command runs external programs
command sh -c 'echo ext'
## stdout: ext

#### command with an unknown program is 127
command nope_nope 2>/dev/null; echo $?
## stdout: 127

#### hash remembers a command
hash sh; hash | grep -c '/sh$'
## stdout: 1
## dash-stdout: 1

#### hash -r forgets everything
sh -c :; hash -r; hash | grep -c sh
## stdout: 0
## status: 1

#### hash of an unknown name fails
hash nope_nope; echo $?
## stdout: 1
## stderr-match: nope_nope

#### kill -l lists signal names
kill -l | grep -c -x -e INT -e TERM -e KILL
## stdout: 3

#### kill -l of an exit status names the signal
kill -l 130; kill -l 9
## STDOUT:
INT
KILL
## END

#### kill sends TERM to a background process
sleep 10 & pid=$!; kill $pid; wait $pid; echo $?
## stdout: 143

#### kill -s NAME
# (Not INT: a script's background job ignores SIGINT, POSIX 2.11.)
sleep 10 & kill -s USR1 $!; wait $!; echo $?
## stdout: 138

#### kill -NAME and -NUMBER
sleep 10 & p1=$!; sleep 10 & p2=$!; kill -HUP $p1; kill -9 $p2; wait $p1; a=$?; wait $p2; echo $a $?
## stdout: 129 137

#### kill -n NUMBER
sleep 10 & kill -n 15 $!; wait $!; echo $?
## stdout: 143
## dash: skip dash has no kill -n

#### kill -0 checks that a process exists
kill -0 $$; echo $?
## stdout: 0

#### kill of a nonexistent process fails
kill 999999; echo $?
## stdout: 1
## stderr-match: No such process

#### kill with an invalid signal fails
kill -s NOPE $$; echo $?
## stdout: 1
## dash-stdout: 2

#### kill with a bad pid fails
kill abc; echo $?
## stdout: 1
## dash-stdout: 2

#### kill a job by %N
sleep 10 & kill %1; wait; echo done
## stdout: done

#### trap lists in re-readable form
trap 'echo bye' EXIT; trap '' INT; trap
## STDOUT:
trap -- 'echo bye' EXIT
trap -- '' INT
bye
## END

#### trap output quotes single quotes
trap "echo it's" TERM; trap; trap - TERM
## stdout: trap -- 'echo it'\''s' TERM
## dash-stdout: trap -- 'echo it'"'"'s' TERM

#### trap EXIT runs at the end
trap 'echo the end' EXIT; echo body
## STDOUT:
body
the end
## END

#### trap on a signal runs the command
trap 'echo got USR1' USR1; kill -USR1 $$; echo after
## STDOUT:
got USR1
after
## END

#### trap - resets
trap 'echo x' INT; trap - INT; trap
## stdout-json: ""

#### trap with a number as first operand resets
trap 'echo x' INT TERM; trap 2 15; trap
## stdout-json: ""

#### trap by signal number
trap 'echo hup' 1; trap
## stdout: trap -- 'echo hup' HUP

#### trap 0 is EXIT
trap 'echo bye' 0; trap
## STDOUT:
trap -- 'echo bye' EXIT
bye
## END

#### trap with an invalid signal fails
trap 'echo x' NOPE; echo $?
## stdout: 1
## stderr-match: NOPE

#### trap '' ignores a signal in children too
trap '' USR1; sh -c 'kill -USR1 $$; echo survived'
## stdout: survived

#### trap -p shows one trap
trap 'echo a' INT; trap 'echo b' TERM; trap -p TERM
## stdout: trap -- 'echo b' TERM
## dash: skip dash has no trap -p

#### help builtins lists every builtin's usage line
help builtins | grep -c 'cd \[-L|-P\]'
## stdout: 1
## dash: skip dash has no help

#### help NAME explains with the system call
help cd | grep -c 'chdir(2)'
## stdout: 1
## dash: skip dash has no help

#### help of an unknown name fails
help nope_nope; echo $?
## stdout: 1
## dash: skip dash has no help

#### every builtin has help
for b in . : [ alias break cd command continue echo eval exec exit export false getopts hash help kill local printf pwd read readonly return set shift source test times trap true type ulimit umask unalias unset wait; do help "$b" > out || echo "no help: $b"; [ "$(wc -l < out)" -ge 2 ] || echo "short: $b"; done; echo checked
## stdout: checked
## dash: skip dash has no help

#### eval runs its arguments
eval 'x=1; echo $x'
## stdout: 1

#### eval joins its arguments with spaces
eval echo a  b
## stdout: a b

#### eval status is the last command's
eval false; echo $?
## stdout: 1

#### eval with no arguments is 0
false; eval; echo $?
## stdout: 0

#### . runs a file in the current shell
echo 'v=sourced' > lib.sh; . ./lib.sh; echo $v
## stdout: sourced

#### . searches PATH
mkdir bin; echo 'echo from-path' > bin/lib.sh; PATH=$PWD/bin:$PATH; . lib.sh
## stdout: from-path

#### . of a missing file fails
. ./nope.sh; echo "st=$?"
## status: 2
## stderr-match: nope

#### source is . (bash)
echo 'w=2' > lib.sh; source ./lib.sh; echo $w
## stdout: 2
## dash: skip dash has no source

#### return from a sourced file
printf 'echo a\nreturn 3\necho b\n' > lib.sh; . ./lib.sh; echo "st=$?"
## STDOUT:
a
st=3
## END

#### exec replaces the shell
exec sh -c 'echo replaced'; echo not reached
## stdout: replaced

#### exec with only redirections keeps them
exec 3>&1; exec > out; echo into-file; exec >&3; cat out
## stdout: into-file

#### exec of a missing program fails with 127
exec nope_nope
## status: 127

#### exit with a status
exit 3
## status: 3

#### exit without a number uses the last status
false; exit
## status: 1

#### exit keeps the low 8 bits
exit 258
## status: 2

#### exit with a non-number fails with status 2
exit foo
## status: 2
## stderr-match: exit

#### exit in a subshell ends only the subshell
(exit 4); echo $?
## stdout: 4

#### return sets the function status
f() { return 5; }; f; echo $?
## stdout: 5

#### return without a number uses the last status
f() { false; return; }; f; echo $?
## stdout: 1

#### return stops the function
f() { echo a; return; echo b; }; f
## stdout: a

#### return outside a function ends the script with its status, as in dash
echo before
return 3; echo "st=$?"
echo not-reached
## stdout: before
## status: 3

#### break leaves a loop
for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done
## stdout: 1

#### break 2 leaves two loops
for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done; echo end
## STDOUT:
1a
end
## END

#### continue skips to the next iteration
for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done
## STDOUT:
1
3
## END

#### continue 2 continues the outer loop
for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done
## STDOUT:
1a
2a
## END

#### break 0 is an error that ends the script
for i in 1; do break 0; done; echo "st=$?"
## status: 2
## stderr-match: break

#### wait for a background job returns its status
(exit 7) & wait $!; echo $?
## stdout: 7

#### wait with no arguments waits for all
sleep 0.1 & sleep 0.1 & wait; echo $?
## stdout: 0

#### wait for an unknown pid is 127
wait 999999; echo $?
## stdout: 127

#### command with an unknown option is a usage error; -- ends the options
command -vx ls; echo st=$?; command -v -- command
## STDOUT:
st=2
command
## END
## stderr-match: command: -x: invalid option
## dash: skip dash words it "Illegal option -x"
