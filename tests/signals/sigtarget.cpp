/* sigtarget: the program the signal matrix (matrix.py) has the shell run or
 * exec. `sigtarget N` sends signal N to itself with kill(2) and, if it is
 * still alive afterwards (the signal was ignored, or it stopped and was
 * continued), prints "spared" and exits 0. Whatever the shell left it
 * (default or ignored) decides which: that is what the matrix checks.
 *
 * `sigtarget --start [--tty] SIGNUM default|ignored PROGRAM ARG...` is how
 * the matrix starts the shell of a case, already in a session of its own:
 * it makes its stdin (a pseudo-terminal) the controlling terminal with
 * TIOCSCTTY when --tty is given, empties the signal mask, sets SIGNUM to
 * SIG_DFL or SIG_IGN, and execs PROGRAM (same pid, so the shell is the
 * session leader). Python's preexec_fn could do the same, but it forks the
 * whole multi-threaded harness and runs Python in the child: about 1.4 ms a
 * case, which was half of the matrix's time. The disposition is set either
 * way, so a harness that was itself started with the signal ignored (e.g.
 * `ctest &` ignores SIGINT) still tests the default.
 * It includes nothing from the project. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int start(int argc, char** argv) {
    int i = 2;
    int tty = 0;
    if (i < argc && strcmp(argv[i], "--tty") == 0) {
        tty = 1;
        ++i;
    }
    if (argc - i < 3) {
        fprintf(stderr, "usage: sigtarget --start [--tty] SIGNUM default|ignored PROGRAM ARG...\n");
        return 2;
    }
    int sig = atoi(argv[i]);
    int ignored = strcmp(argv[i + 1], "ignored") == 0;
    if (tty && ioctl(0, TIOCSCTTY, 0) != 0) {
        perror("sigtarget: TIOCSCTTY");
        return 2;
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (signal(sig, ignored ? SIG_IGN : SIG_DFL) == SIG_ERR && sig != SIGKILL && sig != SIGSTOP) {
        perror("sigtarget: signal");
        return 2;
    }
    execv(argv[i + 2], argv + i + 2);
    perror("sigtarget: execv");
    return 127;
}

int main(int argc, char** argv) {
    if (argc >= 2 && strcmp(argv[1], "--start") == 0) return start(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: sigtarget SIGNUM\n");
        return 2;
    }
    kill(getpid(), atoi(argv[1]));
    puts("spared");
    return 0;
}
