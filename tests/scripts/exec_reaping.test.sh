# Reaping and descriptor hygiene under load (issue 3, "Proof, as tests").
# These two are the slow cases of the suite (a few seconds each).
# Format: see run_cases.py.

#### 2000 background jobs leave no zombie child behind
i=0
while [ $i -lt 2000 ]; do true & i=$((i+1)); done
# Until /proc shows none of them running (the event, not a clock), with an
# external command before each look: the shell waits for it, as it waited
# for the `sleep 1` that was here.
while :; do
  /bin/true
  running=0
  for f in /proc/[0-9]*/stat; do
    read -r pid rest 2>/dev/null < "$f" || continue
    rest=${rest##*) }
    set -- $rest
    [ "$2" = $$ ] && [ "$1" != Z ] && running=$((running+1))
  done
  [ $running = 0 ] && break
done
n=0
for f in /proc/[0-9]*/stat; do
  read -r pid rest 2>/dev/null < "$f" || continue
  # "pid (comm) S ppid ...": the state and the parent follow the last ")"
  rest=${rest##*) }
  set -- $rest
  [ "$2" = $$ ] && [ "$1" = Z ] && n=$((n+1))
done
echo "zombies: $n"
## stdout: zombies: 0
## timeout: 120

#### 3000 external commands leave the shell with the descriptors it started with
# A leak shows in the list even if it happens once in 1000 commands (it was
# 10000 commands: 8 s in each mode for nothing more).
ls /proc/$$/fd > before
i=0
while [ $i -lt 3000 ]; do /bin/true; i=$((i+1)); done
ls /proc/$$/fd > after
cmp before after && echo same
## stdout: same
## timeout: 240
## sanitizer: skip descriptors are not a sanitizer's business; 10000 spawns under ASan took 10 s, and every other case spawns too

#### finished background jobs are reaped before the script ends (no zombie after wait)
for i in 1 2 3 4 5; do sleep 0.05 & done
wait
n=0
for f in /proc/[0-9]*/stat; do
  read -r pid rest 2>/dev/null < "$f" || continue
  rest=${rest##*) }
  set -- $rest
  [ "$2" = $$ ] && n=$((n+1))
done
echo "children: $n"
## stdout: children: 0

#### 500 pipelines leave the shell with the descriptors it started with
ls /proc/$$/fd > before
i=0
while [ $i -lt 500 ]; do echo x | cat > /dev/null; i=$((i+1)); done
ls /proc/$$/fd > after
cmp before after && echo same
## stdout: same

#### 500 command substitutions leave the shell with the descriptors it started with
ls /proc/$$/fd > before
i=0
while [ $i -lt 500 ]; do x=$(echo $i); i=$((i+1)); done
ls /proc/$$/fd > after
cmp before after && echo "same $x"
## stdout: same 499

#### 300 here-documents and redirections leave no descriptor behind
ls /proc/$$/fd > before
i=0
while [ $i -lt 300 ]; do
  cat <<EOF > /dev/null
$i
EOF
  read x < before
  i=$((i+1))
done
ls /proc/$$/fd > after
cmp before after && echo same
## stdout: same
