# Builtins: echo and printf. Format: see run_cases.py.

#### echo prints its arguments separated by spaces
echo a   b  c
## stdout: a b c

#### echo with no arguments prints a newline
echo
## stdout-json: "\n"

#### echo -n suppresses the newline
echo -n hi; echo
## stdout: hi

#### echo -e interprets escapes
echo -e 'a\tb\nc'
## STDOUT:
a	b
c
## END
## dash: skip dash's echo has no -e (it always interprets escapes)

#### echo without -e keeps backslashes
echo 'a\tb'
## stdout: a\tb
## dash: skip dash's echo always interprets escapes

#### echo -ne combines options
echo -ne 'x\n'
## stdout: x
## dash: skip dash's echo has no -e

#### echo -E turns escapes off again
echo -eE 'a\nb'
## stdout: a\nb
## dash: skip dash's echo has no -E

#### echo stops option parsing at the first non-option
echo -n -x -n y; echo
## stdout: -x -n y
## dash: skip dash prints -x literally too but differs on -n handling

#### echo -e \c stops all output
echo -e 'ab\ccd' more; echo
## stdout: ab
## dash: skip dash's echo has no -e

#### echo -e octal and hex escapes
echo -e '\0101\x42'
## stdout: AB
## dash: skip dash's echo has no -e or \x

#### echo -- is printed
echo -- a
## stdout: -- a

#### echo to a closed stdout fails with status 1
echo hi >&-
## status: 1
## stderr-match: echo: write error

#### printf with a simple format
printf '%s-%s\n' a b
## stdout: a-b

#### printf reuses the format for extra arguments
printf '%s\n' one two three
## STDOUT:
one
two
three
## END

#### printf with no arguments for a conversion uses empty and zero
printf '[%s][%d]\n'
## stdout: [][0]

#### printf integer conversions
printf '%d %i %o %x %X %u\n' 42 42 8 255 255 7
## stdout: 42 42 10 ff FF 7

#### printf hex and octal input
printf '%d %d\n' 0x1F 017
## stdout: 31 15

#### printf character code from a leading quote
printf '%d %d\n' "'A" '"B'
## stdout: 65 66

#### printf width, precision and flags
printf '[%5s][%-5s][%.2s][%05d][%+d][%.3d]\n' ab cd xyz 42 5 7
## stdout: [   ab][cd   ][xy][00042][+5][007]

#### printf star width and precision
printf '[%*d][%.*f]\n' 4 7 2 3.14159
## stdout: [   7][3.14]

#### printf floating point
printf '%.2f %e %g\n' 3.14159 1.5 0.0001
## stdout: 3.14 1.500000e+00 0.0001

#### printf %b interprets escapes in the argument
printf '%b|%s\n' 'a\tb' 'a\tb'
## stdout: a	b|a\tb

#### printf %b \c stops output
printf '%b' 'ab\cde' 'more'; echo
## stdout: ab

#### printf %c takes the first character
printf '%c%c\n' hello world
## stdout: hw

#### printf %% prints a percent sign
printf '100%%\n'
## stdout: 100%

#### printf octal escape in the format
printf '\101\102\n'
## stdout: AB

#### printf bad number keeps going with status 1
printf '%d|%d\n' abc 5
## stdout: 0|5
## status: 1
## stderr-match: printf: .*abc.*

#### printf partial number uses the valid prefix
printf '%d\n' 12abc
## stdout: 12
## status: 1

#### printf with no format is a usage error
printf
## status: 2

#### printf -- skips the end of options
printf -- '%s\n' x
## stdout: x

#### printf negative number as unsigned
printf '%u\n' -1
## stdout: 18446744073709551615

#### printf output can be captured
x=$(printf '%s,' a b c); echo "$x"
## stdout: a,b,c,

#### printf invalid directive stops with an error
printf 'a%zb\n' 1; echo " st=$?"
## stdout: a st=1
## dash-stdout: a st=2
