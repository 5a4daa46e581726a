/* sigtarget: the program the signal matrix (matrix.py) has the shell run or
 * exec. `sigtarget N` sends signal N to itself with kill(2) and, if it is
 * still alive afterwards (the signal was ignored, or it stopped and was
 * continued), prints "spared" and exits 0. Whatever the shell left it
 * (default or ignored) decides which: that is what the matrix checks.
 * It includes nothing from the project. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: sigtarget SIGNUM\n");
        return 2;
    }
    kill(getpid(), atoi(argv[1]));
    puts("spared");
    return 0;
}
