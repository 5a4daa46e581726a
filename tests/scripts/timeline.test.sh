# timeline: draw a saved trace (builtins/teach/timeline.cpp), and the trace
# targets that feed it: set -o trace=FILE.events|FILE.html|FILE.json.

#### set -o trace=FILE.events records, timeline draws the page later
set -o trace=run.events
/bin/true | /bin/cat
set +o trace
timeline run.events run.html || exit 1
grep -c '^R1	' run.events >/dev/null && echo recorded
grep -q '<body data-status="loading">' run.html && echo page
grep -q 'vfork -> child' run.html && grep -q 'execve /usr/bin/cat\|execve /bin/cat' run.html && echo cat
## STDOUT:
recorded
page
cat
## END
## dash: skip forksh's trace and timeline builtin

#### timeline writes the Trace Event Format for a .json name
set -o trace=run.events
/bin/true
set +o trace
timeline run.events run.json && grep -c '"traceEvents"' run.json
## stdout: 1
## dash: skip forksh's timeline builtin

#### set -o trace=FILE.html draws when the shell exits, and removes its records
"$TEST_SHELL" -c 'set -o trace=t.html; /bin/true'
[ -s t.html ] && echo drawn
[ -e t.html.events ] || echo tidy
## STDOUT:
drawn
tidy
## END
## dash: skip forksh's trace

#### a file that is not an event file is refused, with status 1
echo hello > notes.txt
timeline notes.txt out.html
echo "status $?"
## stdout: status 1
## stderr-match: ^forksh: .*line 2: timeline: notes.txt: no trace records
## dash: skip forksh's timeline builtin

#### a missing event file is refused
timeline nowhere.events out.html
## status: 1
## stderr-match: timeline: nowhere.events: cannot read the event file
## dash: skip forksh's timeline builtin

#### the picture's name must say html or json
set -o trace=run.events
/bin/true
set +o trace
timeline run.events out.png
## status: 1
## stderr-match: timeline: out.png: the picture's name must end in .html or .json
## dash: skip forksh's timeline builtin

#### timeline wants exactly two names
timeline only.events
## status: 2
## stderr-match: timeline: needs an event file and the picture to write
## dash: skip forksh's timeline builtin

#### set -o trace=FILE in a folder that does not exist fails clearly
set -o trace=/nonexistent/dir/t.html
echo not reached
## stdout-json: ""
## status: 2
## stderr-match: set: -o trace: /nonexistent/dir/t.html: No such file or directory
## dash: skip forksh's trace

#### the JSON stays valid UTF-8 when a command has a byte that is not (\377 is written as \u00ff)
"$TEST_SHELL" --trace=u.json -c "/bin/echo $(printf 'a\377b') >/dev/null"
python3 -c 'import json; d = json.load(open("u.json", encoding="utf-8")); print(any("a\u00ffb" in json.dumps(e, ensure_ascii=False) for e in d["traceEvents"])); print("Latin-1" in d["otherData"]["forksh"])'
## STDOUT:
True
True
## END
## dash: skip no --trace in dash

#### the page lists each command line once, as typed (not its name, then the whole line)
"$TEST_SHELL" --trace=c.html -c 'sleep 0.1; /bin/echo a b' >/dev/null
grep -o 'c:\[[^]]*\]' c.html
## stdout: c:["sleep 0.1","/bin/echo a b"]
## dash: skip no --trace in dash

#### follow: -o needs a page's name; a page that cannot be written is status 1
follow -o 2>/dev/null; echo "st=$?"
follow -o nosuchdir/x.html true >/dev/null 2>err; echo "st=$?"
grep -c 'nosuchdir/x.html: No such file or directory' err
## STDOUT:
st=2
st=1
1
## END
## dash: skip follow is forksh's
