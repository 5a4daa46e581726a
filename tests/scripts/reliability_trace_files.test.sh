# The files the trace writes (issue 24, item 1): --trace=FILE holds every
# argument of every command, so it is a new file of mode 0600, never written
# through a symbolic link, and an existing file is left alone unless the user
# says +FILE. The records behind a picture live in a private folder.
# Format: see run_cases.py.

#### a symbolic link planted where the trace file should go is refused, and its target left alone
printf 'secret\n' > victim.txt
chmod 600 victim.txt
ln -s victim.txt link.txt
ln -s victim.txt link.html
"$TEST_SHELL" --trace=link.txt -c /bin/true; echo "text: $?"
"$TEST_SHELL" --trace=link.html -c /bin/true; echo "picture: $?"
"$TEST_SHELL" --trace=+link.txt -c /bin/true; echo "append: $?"
cat victim.txt
stat -c %a victim.txt
## STDOUT:
text: 2
picture: 2
append: 2
secret
600
## END
## stderr-match: link.txt: is a symbolic link; the trace does not write through one
## dash: skip no --trace in dash

#### an existing file is not emptied; +FILE adds to it
printf 'my notes\n' > notes.txt
"$TEST_SHELL" --trace=notes.txt -c /bin/true; echo "status $?"
cat notes.txt
"$TEST_SHELL" --trace=+notes.txt -c /bin/true; echo "status $?"
head -1 notes.txt
grep -c 'true\] execve /bin/true' notes.txt
## STDOUT:
status 2
my notes
status 0
my notes
1
## END
## stderr-match: notes.txt: already exists; the trace makes a new file \(give \+notes.txt to add to it, or remove it first\)
## dash: skip no --trace in dash

#### a new trace file is private: mode 0600, whatever the umask
umask 0
"$TEST_SHELL" --trace=new.txt -c /bin/true
"$TEST_SHELL" --trace=new.events -c /bin/true
stat -c %a new.txt new.events
## STDOUT:
600
600
## END
## dash: skip no --trace in dash

#### a picture's records are not left beside it, and an existing x.html.events is not touched
printf 'keep me\n' > x.html.events
"$TEST_SHELL" --trace=x.html -c /bin/true; echo "status $?"
cat x.html.events
stat -c %a x.html
ls
## STDOUT:
status 0
keep me
600
case.sh
x.html
x.html.events
## END
## dash: skip no --trace in dash

#### an existing picture is kept unless +: then it is replaced
printf 'old page\n' > p.html
"$TEST_SHELL" --trace=p.html -c /bin/true; echo "status $?"
cat p.html
"$TEST_SHELL" --trace=+p.html -c /bin/true; echo "status $?"
grep -c 'old page' p.html
grep -c '<body' p.html
## STDOUT:
status 2
old page
status 0
0
1
## END
## status: 0
## dash: skip no --trace in dash

#### set -o trace=FILE follows the same rules
printf 'mine\n' > mine.txt
command set -o trace=mine.txt
echo "status $?"
cat mine.txt
## STDOUT:
status 1
mine
## END
## stderr-match: mine.txt: already exists
## dash: skip no --trace in dash
