# bash's extended groups ?( *( +( @( !( and strict POSIX mode. In strict mode
# [[ ]] does not exist, and without `shopt -s extglob` a `(` in a pattern
# stays what POSIX says (an error in a word, a literal in ${x#pat}). shopt is
# not a POSIX utility: a program that runs `shopt -s extglob` asks for bash's
# reading, and gets it in both modes, as in bash's posix mode.
# Format: run_cases.py; plain stdout/status is the strict POSIX result.

#### [[ == @(...) ]] is bash's: in strict POSIX mode [[ is a command name
[[ a == @(a|b) ]] && echo yes
## status: 2
## stdout-json: ""
## dialect-stdout: yes
## dialect-status: 0
## dash: skip dash's message and status differ

#### @( in a case pattern is a syntax error without extglob, in both modes
case a in @(a)) echo yes ;; esac
## status: 2
## stdout-json: ""

#### @( in ${x#pat} is literal without extglob, in both modes
x='@(a)b'
echo ${x#@(a)}
## stdout: b

#### a quoted group in a case pattern is literal text
case '@(a)' in '@(a)') echo literal ;; esac
## stdout: literal
