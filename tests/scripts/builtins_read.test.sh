# Builtins: read.

#### read assigns a line to one variable
read x <<'EOF2'
hello world
EOF2
echo "[$x]"
## stdout: [hello world]

#### read splits into several names, the last gets the rest
read a b <<'EOF2'
  one   two  three  
EOF2
echo "[$a][$b]"
## stdout: [one][two  three]

#### read with more names than fields sets the rest empty
read a b c <<'EOF2'
x
EOF2
echo "[$a][$b][$c]"
## stdout: [x][][]

#### read with no name sets REPLY
echo ' a b ' | { read; echo "[$REPLY]"; }
## stdout: [ a b ]
## dash: skip dash requires a name

#### read returns 1 at end of file with a partial line
printf 'abc' | { read x; echo "$? [$x]"; }
## stdout: 1 [abc]

#### read returns 1 at end of file with nothing
read x < /dev/null; echo "$? [$x]"
## stdout: 1 []

#### read removes backslashes without -r
printf 'a\\ b c\n' | { read x y; echo "[$x][$y]"; }
## stdout: [a b][c]

#### read -r keeps backslashes
printf 'a\\tb\n' | { read -r x; printf '%s\n' "[$x]"; }
## stdout: [a\tb]

#### read joins lines ending in backslash
printf 'one \\\ntwo\n' | { read x; echo "[$x]"; }
## stdout: [one two]

#### read -r does not join lines
printf 'one\\\ntwo\n' | { read -r x; echo "[$x]"; }
## stdout: [one\]

#### read with a custom IFS
echo 'a:b:c' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
## stdout: [a][b][c]

#### read keeps empty fields between non-whitespace delimiters
echo '1::3' | { IFS=: read a b c; echo "[$a][$b][$c]"; }
## stdout: [1][][3]

#### read strips one trailing delimiter for the last field
echo '1:2:' | { IFS=: read a b; echo "[$a][$b]"; }
## stdout: [1][2]

#### read keeps the rest with delimiters for the last field
echo '1:2:3:' | { IFS=: read a b; echo "[$a][$b]"; }
## stdout: [1][2:3:]

#### read with empty IFS does not split or trim
echo '  a b  ' | { IFS= read x; echo "[$x]"; }
## stdout: [  a b  ]

#### read consumes only one line of a pipe
printf 'l1\nl2\nl3\n' | { read a; read b; cat; echo "[$a][$b]"; }
## STDOUT:
l3
[l1][l2]
## END

#### read consumes only one line of a regular file
printf 'l1\nl2\nl3\n' > f
{ read a; cat; } < f
## STDOUT:
l2
l3
## END

#### read in a while loop over a file
printf 'a 1\nb 2\n' > f
while read k v; do echo "$k=$v"; done < f
## STDOUT:
a=1
b=2
## END

#### read -d reads up to another delimiter
printf 'x,y' | { read -d , a; echo "[$a]"; }
## stdout: [x]
## dash: skip dash has no read -d

#### read -n reads a fixed number of characters
printf 'abcdef' | { read -n 3 a; echo "[$a]"; }
## stdout: [abc]
## dash: skip dash has no read -n

#### read -p does not print the prompt when input is not a terminal
echo v | { read -p 'prompt> ' x; echo "[$x]"; }
## stdout: [v]
## stderr-json: ""

#### read rejects a bad variable name
echo x | { read 1a; echo $?; }
## stdout: 2
## stderr-match: 1a

#### read into a readonly variable fails
readonly r; echo x | { read r; echo $?; }
## stdout: 2
## stderr-match: r

#### read leaves stdin at the right place in a file for the next command
printf 'first\nsecond\n' > f
exec 3< f
read -r a <&3
read -r b <&3
echo "$a/$b"
## stdout: first/second

#### read from a here-string of several fields with tabs
printf 'a\tb\tc\n' | { read x y; echo "[$x][$y]"; }
## stdout: [a][b	c]

#### read status 0 for a complete line
echo ok | { read x; echo $?; }
## stdout: 0
