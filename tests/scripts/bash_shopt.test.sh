# shopt and the pathname-expansion options it turns on (bash): nullglob,
# failglob, dotglob, globstar, nocaseglob. Run with bash as the oracle.
# Format: see run_cases.py.

#### the options are off by default: an unmatched pattern stays
echo *.nope
## stdout: *.nope

#### shopt NAME shows the option; status 1 when off, 0 when on
shopt nullglob; echo $?
shopt -s nullglob
shopt nullglob; echo $?
## STDOUT:
nullglob       	off
1
nullglob       	on
0
## END

#### shopt -q says only by its status, for every name given
shopt -s nullglob
shopt -q nullglob; echo $?
shopt -q nullglob dotglob; echo $?
shopt -sq dotglob; shopt -q nullglob dotglob; echo $?
## STDOUT:
0
1
0
## END

#### shopt -p shows commands that restore the options
shopt -p nullglob dotglob; echo $?
shopt -s nullglob
shopt -p nullglob; echo $?
## STDOUT:
shopt -u nullglob
shopt -u dotglob
1
shopt -s nullglob
0
## END

#### shopt -u turns an option off again
shopt -s nullglob
shopt -u nullglob
echo *.nope
## stdout: *.nope

#### shopt with no name lists every option (ours are these five)
shopt -s globstar
shopt | grep -E '^(dotglob|failglob|globstar|nocaseglob|nullglob) '
shopt -p | grep -E ' (dotglob|failglob|globstar|nocaseglob|nullglob)$'
## STDOUT:
dotglob        	off
failglob       	off
globstar       	on
nocaseglob     	off
nullglob       	off
shopt -u dotglob
shopt -u failglob
shopt -s globstar
shopt -u nocaseglob
shopt -u nullglob
## END

#### shopt -s with no name lists the options that are on
shopt -s nullglob dotglob
shopt -s | grep -E '^(dotglob|failglob|globstar|nocaseglob|nullglob) '
## STDOUT:
dotglob        	on
nullglob       	on
## END

#### an unknown option name: status 1, the valid ones still set
shopt -s nosuch; echo $?
shopt nosuch; echo $?
shopt -s nullglob nosuch; echo $?
shopt -q nullglob; echo $?
## STDOUT:
1
1
1
0
## END

#### an unknown option letter is a usage error; -s with -u is status 1
shopt -x; echo $?
shopt -s -u nullglob; echo $?
## STDOUT:
2
1
## END

#### nullglob: a pattern that matches nothing is removed
shopt -s nullglob
echo *.nope x
set -- *.nope; echo $#
for f in *.nope; do echo "never $f"; done
echo done
## STDOUT:
x
0
done
## END

#### nullglob: quoted patterns and assignments are not patterns
shopt -s nullglob
x=*.nope
echo "$x" "*.nope"
## stdout: *.nope *.nope

#### nullglob: a lone [ is no pattern
shopt -s nullglob
echo [ ]
## stdout: [ ]

#### nullglob with matches expands as usual
mkdir t && cd t
touch b a
shopt -s nullglob
echo * *.nope
## stdout: a b

#### failglob: no match abandons the command, status 1; the script goes on
touch a.txt
shopt -s failglob
echo *.txt
echo *.nope; echo same line
echo "next $?"
## STDOUT:
a.txt
next 1
## END

#### failglob's message names the line of a word that brace expansion made
shopt -s failglob
{ echo {a,b}*.nope; } 2>err
grep -o 'line 2: no match: a\*\.nope' err
## stdout: line 2: no match: a*.nope

#### failglob in a loop abandons the whole loop
shopt -s failglob
for i in 1 2; do echo $i *.nope; done
echo "after $?"
## stdout: after 1

#### failglob in a command substitution ends only the substitution
shopt -s failglob
x=$(echo *.nope; echo inner)
echo "after $? [$x]"
## stdout: after 1 []

#### failglob wins over nullglob
shopt -s failglob nullglob
echo *.nope
echo "status $?"
## stdout: status 1

#### failglob does not touch case patterns or quoted words
shopt -s failglob
case x in *.nope) echo no ;; *) echo yes ;; esac
echo "*.nope"
## STDOUT:
yes
*.nope
## END

#### dotglob: * also matches hidden names, never . and ..
mkdir t && cd t
touch .hidden visible
mkdir .dir
shopt -s dotglob
echo *
echo .*
## STDOUT:
.dir .hidden visible
. .. .dir .hidden
## END
## bash: skip bash 5.2's globskipdots also leaves . and .. out of .*; forksh keeps POSIX's .*

#### dotglob: * matches hidden names, in a subdirectory too
mkdir t && cd t
mkdir d
touch d/.h d/v
shopt -s dotglob
echo *
echo d/*
## STDOUT:
d
d/.h d/v
## END

#### globstar: **/ matches any number of directories, none included
mkdir -p d/e/f
touch a.txt d/x.txt d/e/y.txt d/e/f/z.txt d/e/f/w.c
shopt -s globstar
echo **/*.txt
echo d/**/*.c
## STDOUT:
a.txt d/e/f/z.txt d/e/y.txt d/x.txt
d/e/f/w.c
## END

#### globstar: ** alone lists everything below, d/** includes d/
mkdir t && cd t
mkdir -p d/e
touch a d/x d/e/y
shopt -s globstar
echo **
echo d/**
## STDOUT:
a d d/e d/e/y d/x
d/ d/e d/e/y d/x
## END

#### globstar: **/ lists the directories only
mkdir -p d/e/f
touch d/x
shopt -s globstar
echo **/
echo d/**/
## STDOUT:
d/ d/e/ d/e/f/
d/ d/e/ d/e/f/
## END

#### globstar off: ** is just *
mkdir -p d/e
touch d/x.txt d/e/y.txt
echo **/*.txt
## stdout: d/x.txt

#### globstar: a** and *** are not globstar
mkdir -p d/e
touch a.txt d/x.txt d/e/y.txt
shopt -s globstar
echo a**
echo ***/*.txt
## STDOUT:
a.txt
d/x.txt
## END

#### globstar skips hidden directories unless dotglob
mkdir -p .h d
touch .h/a.txt d/b.txt
shopt -s globstar
echo **/*.txt
shopt -s dotglob
echo **/*.txt
## STDOUT:
d/b.txt
.h/a.txt d/b.txt
## END

#### globstar lists a symbolic link to a directory but does not enter it
mkdir t && cd t
mkdir -p real/sub
touch real/sub/f
ln -s real link
shopt -s globstar
echo **
## stdout: link real real/sub real/sub/f

#### globstar with no match keeps the word (or nullglob removes it)
shopt -s globstar
echo **/*.nope
shopt -s nullglob
echo **/*.nope end
## STDOUT:
**/*.nope
end
## END

#### nocaseglob: letters match either case (sorted byte-wise, as LC_ALL=C)
mkdir t && cd t
touch a.txt B.TXT c.Txt
shopt -s nocaseglob
echo *.txt
echo [ab]*
echo *.[T]XT
## STDOUT:
B.TXT a.txt c.Txt
B.TXT a.txt
B.TXT a.txt c.Txt
## END

#### shopt in a subshell does not change the parent
touch a
(shopt -s nullglob; echo *.nope x)
echo *.nope
## STDOUT:
x
*.nope
## END

#### an option forksh does not have says what shopt has
shopt -s lastpipe
## status: 1
## stderr-match: ^forksh: .*shopt: lastpipe: invalid shell option name \(forksh's shopt has bash's pathname-expansion options only
## bash: skip bash has lastpipe

#### failglob's message names the pattern
shopt -s failglob
echo "a"*.nope
## status: 1
## stderr-match: line 2: no match: a\*\.nope$
