# case: patterns with fnmatch semantics, alternatives, quoting, fallthrough
# rules, statuses. Format: see run_cases.py.

#### case runs the first matching branch
case b in a) echo A;; b) echo B;; b) echo B2;; esac
## stdout: B

#### no matching branch runs nothing and gives 0
false
case z in a) echo A;; esac
echo "st=$?"
## stdout: st=0

#### * matches anything as the default branch
case whatever in a) echo A;; *) echo default;; esac
## stdout: default

#### | separates alternative patterns
case dog in cat|dog|bird) echo pet;; esac
## stdout: pet

#### ? matches one character
case ab in ?) echo one;; ??) echo two;; esac
## stdout: two

#### bracket expressions and ranges
case m in [a-f]) echo low;; [g-z]) echo high;; esac
## stdout: high

#### negated bracket expression [!...]
case 5 in [!0-9]) echo not-digit;; *) echo digit;; esac
## stdout: digit

#### character classes in brackets
case 'X' in [[:lower:]]) echo lower;; [[:upper:]]) echo upper;; esac
## stdout: upper

#### a quoted pattern is matched literally
case '*' in '*') echo star;; esac
case 'abc' in '*') echo star;; *) echo not-star;; esac
## STDOUT:
star
not-star
## END

#### an escaped glob character is literal
case 'a?' in a\?) echo literal;; esac
case 'ab' in a\?) echo wrong;; *) echo no-match;; esac
## STDOUT:
literal
no-match
## END

#### the word is expanded but not split or globbed
x='a b*'
case $x in 'a b*') echo exact;; esac
## stdout: exact

#### a pattern from a variable is a pattern
p='*.txt'
case file.txt in $p) echo matched;; esac
## stdout: matched

#### a quoted variable pattern is literal
p='*.txt'
case file.txt in "$p") echo matched;; *) echo literal;; esac
## stdout: literal

#### the status of case is that of the branch that ran
case x in x) sh -c 'exit 3';; esac
echo "st=$?"
## stdout: st=3

#### an empty branch gives 0
false
case x in x) ;; esac
echo "st=$?"
## stdout: st=0

#### the last branch needs no ;;
case b in a) echo A;; b) echo B
esac
## stdout: B

#### patterns may start with an open parenthesis
case x in (x) echo paren;; esac
## stdout: paren

#### case over several lines with comments
case "$1" in
  # a comment
  "")
    echo empty
    ;;
  *)
    echo nonempty
    ;;
esac
## stdout: empty

#### a pattern matching the empty string
x=
case $x in '') echo empty;; *) echo other;; esac
## stdout: empty

#### * in a pattern matches a leading dot (case is not pathname expansion)
case .hidden in *hidden) echo yes;; esac
## stdout: yes

#### * matches a slash in case patterns
case a/b in a*b) echo slash;; esac
## stdout: slash

#### reserved words as case words are ordinary
case in in in) echo in;; esac
## stdout: in

#### case inside a loop with break
for w in a b c; do
  case $w in b) break;; esac
  echo $w
done
## stdout: a

#### tilde in a case word expands
HOME=/home/u
case ~ in /home/u) echo home;; esac
## stdout: home
