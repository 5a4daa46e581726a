# Compound commands: { }, if/elif/else, and their statuses. Loops, case and
# subshells have files of their own. Format: see run_cases.py.

#### if runs the then branch on success
if true; then echo then; else echo else; fi
## stdout: then

#### if runs the else branch on failure
if false; then echo then; else echo else; fi
## stdout: else

#### elif chains are tried in order
x=2
if [ $x = 1 ]; then echo one
elif [ $x = 2 ]; then echo two
elif [ $x = 2 ]; then echo two-again
else echo other
fi
## stdout: two

#### if without a matching branch has status 0
false
if false; then echo no; fi
echo "st=$?"
## stdout: st=0

#### the status of if is that of the branch that ran
if true; then sh -c 'exit 4'; fi
echo "st=$?"
## stdout: st=4

#### the condition may be a list
if false; true; then echo list-cond; fi
## stdout: list-cond

#### the condition may be a pipeline
if echo abc | grep -q b; then echo found; fi
## stdout: found

#### a negated condition
if ! false; then echo negated; fi
## stdout: negated

#### if across several lines with comments
if true   # comment
then
  # nothing
  echo multi
fi
## stdout: multi

#### nested if
if true; then
  if false; then echo a; else echo b; fi
fi
## stdout: b

#### brace group runs in the current shell
x=1
{ x=2; }
echo $x
## stdout: 2

#### brace group status is the last command's
{ true; false; }
echo $?
## stdout: 1

#### braces need ; or newline before the closing }
{ echo a
echo b
}
## STDOUT:
a
b
## END

#### } is only a keyword in command position
echo }
## stdout: }

#### { as an argument is just a word
echo { a }
## stdout: { a }

#### exit inside a brace group exits the shell
{ echo before; exit 3; }
echo not-reached
## stdout: before
## status: 3

#### a brace group's output can be piped
{ echo 2; echo 1; } | sort
## STDOUT:
1
2
## END

#### a syntax error stops the script with status 2 after the lines before it ran
echo before
if true; then echo x; fi fi
echo not-reached
## stdout: before
## status: 2
## stderr-match: (?i)syntax error

#### an unclosed if is a syntax error
if true; then echo x
## status: 2
## stderr-match: (?i)syntax error

#### reserved words are recognized only unquoted
"if" true 2>/dev/null
echo "st=$?"
## stdout: st=127

#### a reserved word as an argument is an ordinary word
echo if then fi
## stdout: if then fi

#### && inside an if condition
if true && false; then echo no; else echo yes; fi
## stdout: yes

#### a function defined in a brace group exists afterwards
{ f() { echo from-f; }; }
f
## stdout: from-f

#### a syntax error shows the line and a caret under the column
echo ok
if true; fi
## stdout: ok
## status: 2
## STDERR:
forksh: case.sh: line 2: syntax error: unexpected 'fi' (expecting 'then')
    if true; fi
             ^
## END
