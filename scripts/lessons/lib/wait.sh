# lib/wait.sh: what the lessons use to wait for an event instead of the
# clock. Sourced by each lesson that waits; defines functions only.

# Wait until process $1 runs the program file $2, so that what we show next
# is the state we mean to show, not a moment too early: right after `&` the
# child may still be a copy of the shell that has not exec'd yet. test -ef
# compares /proc/PID/exe (a link to the program file) with $2 by stat(2):
# only builtins, so the wait adds no process and no line to the trace.
wait_until_running() {
    tries=0
    while [ $tries -lt 1000000 ]; do
        [ /proc/$1/exe -ef "$2" ] && return 0
        [ -e /proc/$1 ] || return 1
        tries=$((tries + 1))
    done
    return 1
}

# Wait until process $1 is in state $2 (R, S, T, Z... the third field of
# /proc/PID/stat): a signal is delivered asynchronously, so we look for its
# effect instead of sleeping and hoping. Each look is one `read <`
# redirection (the open/dup2/close lines in the trace), with a short sleep
# between looks so that the trace does not fill up with them.
wait_until_state() {
    tries=0
    while [ $tries -lt 500 ]; do
        read -r pid comm state rest < /proc/$1/stat || return 1
        [ "$state" = "$2" ] && return 0
        /bin/sleep 0.01
        tries=$((tries + 1))
    done
    return 1
}
