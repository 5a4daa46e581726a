// fuzz_exec: libFuzzer entry point for the executor. Each input is a short
// script; it runs in a forked child (the shell may `exit`, `exec`, `kill $$`,
// `ulimit`, `cd`, trap signals: none of that may touch the fuzzer) under
// resource limits:
//   - setrlimit: CPU 2 s, files written 1 MiB, 64 descriptors, 64 processes
//     of its user, and a wall-clock limit of 3 s after which the parent
//     kills the child's whole process group; the parent also kills it when
//     its resident memory passes 1 GiB (no rlimit can do that under
//     AddressSanitizer, whose shadow memory already fills the address space);
//   - as root, the child becomes uid/gid 61234, used by nobody else
//     (setresuid) before running anything, so a generated `rm -rf /` or
//     `kill -9 -1` can do no harm;
//   - it runs in a scratch directory (emptied after each input), with
//     PATH=/usr/bin:/bin, HOME and TMPDIR pointing at the scratch directory;
//   - its stdin is /dev/null, its stdout and stderr a log file.
// A crash is what the shell itself does wrong: an AddressSanitizer or
// UndefinedBehaviorSanitizer report, a fault (SIGSEGV, SIGBUS, SIGILL,
// SIGFPE with si_code > 0, i.e. not sent by `kill`), or abort() (an uncaught
// exception). The child reports it through a pipe before dying; the parent
// then prints the child's log and aborts, so libFuzzer saves the input.
// Signals the script sends itself, timeouts and exit statuses are not crashes.
//
// The coverage libFuzzer sees is the parser's and the expander's dry parts
// run in the parent (the child's counters die with it): the corpus (scripts
// from tests/scripts, see scripts/fuzz) carries the executor's variety.
// Crashers found here become script cases in tests/scripts/reliability_*.test.sh.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/signals.hpp"
#include "shell/shell.hpp"
#include "shell/syntax/parser.hpp"

extern "C" void __sanitizer_set_death_callback(void (*callback)(void));
extern char** environ;

using namespace forksh;

namespace {

std::string scratch;        // the scratch directory, made once per fuzzer process
int report_fd = -1;         // the child's end of the crash pipe
// The user and group the scripts run as when the fuzzer is root: an id no
// one else uses, so even a generated `kill -9 -1` reaches only fuzz children.
constexpr uid_t fuzz_id = 61234;

void say_crashed() {
    if (report_fd >= 0) (void)!::write(report_fd, "C", 1);
}

// A fault the shell caused: si_code > 0 means the kernel raised it (a bad
// access), not kill(2) (SI_USER) from a script's `kill -SEGV $$`. abort()
// raises SIGABRT with tgkill (SI_TKILL) from the process itself.
void on_fault(int sig, siginfo_t* info, void*) {
    bool real = info->si_code > 0 || (sig == SIGABRT && info->si_code == SI_TKILL && info->si_pid == ::getpid());
    if (real) say_crashed();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void remove_tree(const std::string& dir, bool keep_top) {
    if (DIR* d = ::opendir(dir.c_str())) {
        while (dirent* e = ::readdir(d)) {
            std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            std::string path = dir + "/" + name;
            struct stat st {};
            if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
                ::chmod(path.c_str(), 0700);
                remove_tree(path, false);
            } else {
                ::unlink(path.c_str());
            }
        }
        ::closedir(d);
    }
    if (!keep_top) ::rmdir(dir.c_str());
}

void limit(int resource, rlim_t value) {
    struct rlimit rl {value, value};
    ::setrlimit(resource, &rl);
}

// Resident memory of `pid` over 1 GiB (/proc/PID/statm: size, resident, ... in pages).
bool too_big(pid_t pid) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/statm", static_cast<int>(pid));
    FILE* f = std::fopen(path, "r");
    if (!f) return false;
    unsigned long size = 0, resident = 0;
    int got = std::fscanf(f, "%lu %lu", &size, &resident);
    std::fclose(f);
    return got == 2 && resident * static_cast<unsigned long>(::sysconf(_SC_PAGESIZE)) > (1ul << 30);
}

[[noreturn]] void run_child(std::string_view text, int log_fd) {
    ::setpgid(0, 0);
    report_fd = ::fcntl(report_fd, F_DUPFD_CLOEXEC, 200);
    __sanitizer_set_death_callback(say_crashed);
    struct sigaction sa {};
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) ::sigaction(sig, &sa, nullptr);

    int null = ::open("/dev/null", O_RDONLY);
    ::dup2(null, 0);
    ::dup2(log_fd, 1);
    ::dup2(log_fd, 2);
    for (int fd = 3; fd < 200; ++fd)
        if (fd != report_fd) ::close(fd);
    if (::chdir(scratch.c_str()) != 0) ::_exit(0);
    if (::geteuid() == 0) {
        ::setgroups(0, nullptr);
        if (::setresgid(fuzz_id, fuzz_id, fuzz_id) != 0 || ::setresuid(fuzz_id, fuzz_id, fuzz_id) != 0) ::_exit(0);
    }
    limit(RLIMIT_CPU, 2);
    limit(RLIMIT_FSIZE, 1 << 20);
    limit(RLIMIT_NOFILE, 64);
    limit(RLIMIT_NPROC, 64);
    limit(RLIMIT_CORE, 0);
    ::clearenv();
    ::setenv("PATH", "/usr/bin:/bin", 1);
    ::setenv("HOME", scratch.c_str(), 1);
    ::setenv("TMPDIR", scratch.c_str(), 1);
    ::setenv("LC_ALL", "C", 1);

    signals::remember_start_dispositions();
    signals::install_child_reaper();
    int status = 0;
    try {
        Shell sh;
        sh.vars().import_environment(environ);
        sh.vars().set("IFS", " \t\n");
        sh.vars().set("PS4", "+ ");
        sh.vars().set("OPTIND", "1");
        sh.options_changed();
        try {
            Parser parser(text);
            status = sh.executor().run_parser(parser);
            status = sh.executor().finish(status);
        } catch (const ExitRequest& e) {
            status = sh.executor().finish(e.status);
        }
    } catch (const ExitRequest& e) {
        status = e.status;
    }
    ::_exit(status & 0xff);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    char dir[] = "/tmp/forksh-fuzz-exec-XXXXXX";
    if (!::mkdtemp(dir)) std::abort();
    ::chmod(dir, 0777);  // the child runs as fuzz_id
    scratch = dir;
    std::atexit([] { remove_tree(scratch, false); });
    ::signal(SIGPIPE, SIG_IGN);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Short scripts only: the point is the executor's paths, not throughput
    // of huge inputs (the parser target covers those).
    if (size > 4096) return 0;
    std::string_view text(reinterpret_cast<const char*>(data), size);

    // The parent parses too, so libFuzzer's coverage has something to follow.
    try {
        (void)parse_program(text);
    } catch (const std::exception&) {
    }

    std::string log_path = scratch + ".log";
    int log_fd = ::open(log_path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int pipe_fds[2];
    if (log_fd < 0 || ::pipe2(pipe_fds, O_CLOEXEC) != 0) std::abort();
    pid_t pid = ::fork();
    if (pid == 0) {
        ::close(pipe_fds[0]);
        report_fd = pipe_fds[1];
        run_child(text, log_fd);
    }
    ::close(pipe_fds[1]);
    ::setpgid(pid, pid);

    // Wait at most 3 s of wall time, then kill the whole group.
    int status = 0;
    struct timespec start {};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    for (unsigned round = 1;; ++round) {
        pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        struct timespec now {};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= 3 || (round % 16 == 0 && too_big(pid))) {
            ::kill(-pid, SIGKILL);
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        struct timespec nap {0, 1000000};
        ::nanosleep(&nap, nullptr);
    }
    ::kill(-pid, SIGKILL);  // background jobs the script left behind
    char mark = 0;
    ::fcntl(pipe_fds[0], F_SETFL, O_NONBLOCK);
    bool crashed = ::read(pipe_fds[0], &mark, 1) == 1 && mark == 'C';
    ::close(pipe_fds[0]);
    if (crashed) {
        std::string log;
        char buf[4096];
        ::lseek(log_fd, 0, SEEK_SET);
        ssize_t n;
        while ((n = ::read(log_fd, buf, sizeof buf)) > 0) log.append(buf, static_cast<size_t>(n));
        // A false alarm of the sanitizer itself: its vptr check reads memory
        // through a pipe, which it cannot make when the script used up its
        // descriptors (`ulimit -n 5; exec 3<... 4<...`); it then calls any
        // object "invalid". Not a crash of the shell.
        if (log.find("object has invalid vptr\n<memory cannot be printed>") != std::string::npos) {
            ::close(log_fd);
            remove_tree(scratch, true);
            return 0;
        }
        (void)!::write(2, log.data(), log.size());
        std::fprintf(stderr, "fuzz_exec: the shell crashed on this script (child status %#x)\n", status);
        std::abort();
    }
    ::close(log_fd);
    remove_tree(scratch, true);
    return 0;
}
