# Privileged mode (POSIX sh -p): a shell started set-user-ID resets its
# effective ids to the real ones unless -p is given, and never reads $ENV.
# Each case makes a set-user-ID copy of the shell owned by nobody (65534)
# and runs it as another user (uid 4242) with setpriv: it needs root, as CI
# runs (the temporary directory must not be mounted nosuid).
# /proc/self/status line "Uid: real effective saved fs" shows the ids.
# Format: see run_cases.py.

#### without -p a set-user-ID shell runs with the real user id
chmod 755 .
cp "$TEST_SHELL" ./suid-sh && chown 65534:65534 ./suid-sh && chmod 4755 ./suid-sh
setpriv --reuid=4242 --regid=4242 --clear-groups ./suid-sh -c '
  while read key real effective saved fs; do
    [ "$key" = Uid: ] && echo "real $real effective $effective saved $saved"
  done < /proc/$$/status; :'
## stdout: real 4242 effective 4242 saved 4242
## dash: skip the case copies the shell under test

#### with -p the effective user id is kept
chmod 755 .
cp "$TEST_SHELL" ./suid-sh && chown 65534:65534 ./suid-sh && chmod 4755 ./suid-sh
setpriv --reuid=4242 --regid=4242 --clear-groups ./suid-sh -p -c '
  while read key real effective saved fs; do
    [ "$key" = Uid: ] && echo "real $real effective $effective"
  done < /proc/$$/status
  case $- in *p*) echo "p is on";; esac'
## STDOUT:
real 4242 effective 65534
p is on
## END
## dash: skip the case copies the shell under test

#### set +p gives the kept ids up for good
chmod 755 .
cp "$TEST_SHELL" ./suid-sh && chown 65534:65534 ./suid-sh && chmod 4755 ./suid-sh
setpriv --reuid=4242 --regid=4242 --clear-groups ./suid-sh -p -c '
  set +p
  while read key real effective saved fs; do
    [ "$key" = Uid: ] && echo "real $real effective $effective saved $saved"
  done < /proc/$$/status; :'
## stdout: real 4242 effective 4242 saved 4242
## dash: skip the case copies the shell under test

#### a set-user-ID interactive shell does not read $ENV, with or without -p
chmod 755 .
cp "$TEST_SHELL" ./suid-sh && chown 65534:65534 ./suid-sh && chmod 4755 ./suid-sh
echo 'echo ENV-WAS-READ' > envfile && chmod 644 envfile
echo 'echo done' | ENV=$PWD/envfile HOME=$PWD setpriv --reuid=4242 --regid=4242 --clear-groups ./suid-sh -i 2>/dev/null
echo 'echo done' | ENV=$PWD/envfile HOME=$PWD setpriv --reuid=4242 --regid=4242 --clear-groups ./suid-sh -p -i 2>/dev/null
## STDOUT:
done
done
## END
## dash: skip the case copies the shell under test

#### an ordinary interactive shell does read $ENV
echo 'echo ENV-WAS-READ' > envfile
echo 'echo done' | ENV=$PWD/envfile HOME=$PWD "$TEST_SHELL" -i 2>/dev/null
## STDOUT:
ENV-WAS-READ
done
## END

#### -p and set -p are accepted by an ordinary shell
"$TEST_SHELL" -p -c 'case $- in *p*) echo on;; esac'
"$TEST_SHELL" -c 'set -p; case $- in *p*) echo on;; esac; set +p; case $- in *p*) ;; *) echo off;; esac'
## STDOUT:
on
on
off
## END
