// probe: a tiny program the tests run as a child of forksh to see what the
// child received from the shell. It includes nothing from the project.
//
//   probe fds          open descriptors, e.g. "0 1 2"
//   probe args A B     each argument in <>, e.g. "<A> <B>"
//   probe sigs         ignored and blocked signals, e.g. "ignored: INT QUIT"
//                      and "blocked: none" (two lines)
//   probe pgrp         "pid=.. pgid=.. sid=.. tpgid=.." (tpgid: the terminal's
//                      foreground group, -1 without a controlling terminal)
//   probe tty          "stdin is a tty (/dev/pts/3)" or "stdin is not a tty";
//                      exit status 0 or 1, like tty(1)
//   probe env NAME     the variable's value, or "(unset)"
//
// System calls: opendir/readdir on /proc/self/fd, reads /proc/self/status and
// /proc/self/stat, getpid, getpgrp, getsid, isatty, ttyname.
#include <dirent.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: probe fds | args [ARG...] | sigs | pgrp | tty | env NAME\n");
    return 2;
}

int fds() {
    DIR* dir = opendir("/proc/self/fd");
    if (dir == nullptr) {
        std::perror("probe: /proc/self/fd");
        return 1;
    }
    // The directory stream has a descriptor of its own: leave it out.
    int own = dirfd(dir);
    std::vector<int> open;
    while (dirent* e = readdir(dir)) {
        if (e->d_name[0] == '.') continue;
        int fd = std::atoi(e->d_name);
        if (fd != own) open.push_back(fd);
    }
    closedir(dir);
    std::sort(open.begin(), open.end());
    std::string line;
    for (int fd : open) {
        if (!line.empty()) line += ' ';
        line += std::to_string(fd);
    }
    std::printf("%s\n", line.c_str());
    return 0;
}

int args(int argc, char** argv) {
    std::string line;
    for (int i = 2; i < argc; ++i) {
        if (i > 2) line += ' ';
        line += '<';
        line += argv[i];
        line += '>';
    }
    std::printf("%s\n", line.c_str());
    return 0;
}

std::string signal_name(int sig) {
    if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
        return sig == SIGRTMIN ? "RTMIN" : "RTMIN+" + std::to_string(sig - SIGRTMIN);
    }
    const char* abbrev = sigabbrev_np(sig);
    return abbrev != nullptr ? abbrev : "SIG" + std::to_string(sig);
}

// A mask line of /proc/self/status ("SigIgn:\t0000000000000006") as names.
std::string mask_names(const std::string& hex) {
    unsigned long long mask = std::strtoull(hex.c_str(), nullptr, 16);
    std::string names;
    for (int sig = 1; sig <= 64; ++sig) {
        if ((mask >> (sig - 1)) & 1ULL) {
            if (!names.empty()) names += ' ';
            names += signal_name(sig);
        }
    }
    return names.empty() ? "none" : names;
}

int sigs() {
    std::ifstream status("/proc/self/status");
    if (!status) {
        std::perror("probe: /proc/self/status");
        return 1;
    }
    std::string line, ignored = "?", blocked = "?";
    while (std::getline(status, line)) {
        std::istringstream in(line);
        std::string key, value;
        in >> key >> value;
        if (key == "SigIgn:") ignored = mask_names(value);
        if (key == "SigBlk:") blocked = mask_names(value);
    }
    std::printf("ignored: %s\nblocked: %s\n", ignored.c_str(), blocked.c_str());
    return 0;
}

int pgrp() {
    std::ifstream stat_file("/proc/self/stat");
    std::string stat;
    std::getline(stat_file, stat);  // /proc/self/stat is one line
    // Field 2 (comm) is in parentheses and may contain spaces: count fields
    // from the last ')'. After it: state ppid pgrp session tty_nr tpgid.
    long tpgid = -1;
    auto close = stat.rfind(')');
    if (close != std::string::npos) {
        std::istringstream in(stat.substr(close + 1));
        std::string state;
        long ppid = 0, pgrp_field = 0, session = 0, tty_nr = 0;
        in >> state >> ppid >> pgrp_field >> session >> tty_nr >> tpgid;
    }
    std::printf("pid=%ld pgid=%ld sid=%ld tpgid=%ld\n", static_cast<long>(getpid()),
                static_cast<long>(getpgrp()), static_cast<long>(getsid(0)), tpgid);
    return 0;
}

int tty() {
    if (isatty(0)) {
        const char* name = ttyname(0);
        std::printf("stdin is a tty (%s)\n", name != nullptr ? name : "?");
        return 0;
    }
    std::printf("stdin is not a tty\n");
    return 1;
}

int env(int argc, char** argv) {
    if (argc != 3) return usage();
    const char* value = std::getenv(argv[2]);
    std::printf("%s\n", value != nullptr ? value : "(unset)");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    std::string cmd = argv[1];
    if (cmd == "fds") return fds();
    if (cmd == "args") return args(argc, argv);
    if (cmd == "sigs") return sigs();
    if (cmd == "pgrp") return pgrp();
    if (cmd == "tty") return tty();
    if (cmd == "env") return env(argc, argv);
    return usage();
}
