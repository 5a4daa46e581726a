// ulimit.cpp: `ulimit [-H|-S] [-a | -RESOURCE] [LIMIT]`: resource limits.
// System calls: getrlimit(2) and setrlimit(2). Limits are per process and
// inherited across fork and execve, so setting one in the shell limits every
// command it runs from then on. Each limit has a soft value (what the kernel
// enforces) and a hard value (the ceiling an unprivileged process may raise
// the soft one to; lowering the hard one cannot be undone).
#include <sys/resource.h>

#include <cerrno>

#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view ulimit_help =
    "Show or set a resource limit of the shell and of the commands it starts.\n"
    "  -a  show all limits            -H  the hard limit   -S  the soft limit\n"
    "  -c  core file size (512-byte blocks)   -d  data segment size (KiB)\n"
    "  -f  file size (512-byte blocks, the default resource)\n"
    "  -l  locked memory (KiB)  -m  resident set size (KiB)  -n  open files\n"
    "  -s  stack size (KiB)     -t  CPU time (seconds)       -u  processes\n"
    "  -v  virtual memory (KiB)  -e -i -q -r -x  other Linux limits\n"
    "LIMIT is a number or `unlimited`. Setting without -H or -S sets both.\n"
    "Exit status 0, or 1 if the limit cannot be read or changed.\n"
    "System calls: getrlimit(2), setrlimit(2).\n";

namespace {

struct Resource {
    char letter;
    int resource;
    rlim_t unit;
    std::string_view name;
    std::string_view units;
};

constexpr Resource resources[] = {
    {'c', RLIMIT_CORE, 512, "core file size", "blocks"},
    {'d', RLIMIT_DATA, 1024, "data seg size", "kbytes"},
    {'e', RLIMIT_NICE, 1, "scheduling priority", ""},
    {'f', RLIMIT_FSIZE, 512, "file size", "blocks"},
    {'i', RLIMIT_SIGPENDING, 1, "pending signals", ""},
    {'l', RLIMIT_MEMLOCK, 1024, "max locked memory", "kbytes"},
    {'m', RLIMIT_RSS, 1024, "max memory size", "kbytes"},
    {'n', RLIMIT_NOFILE, 1, "open files", ""},
    {'q', RLIMIT_MSGQUEUE, 1, "POSIX message queues", "bytes"},
    {'r', RLIMIT_RTPRIO, 1, "real-time priority", ""},
    {'s', RLIMIT_STACK, 1024, "stack size", "kbytes"},
    {'t', RLIMIT_CPU, 1, "cpu time", "seconds"},
    {'u', RLIMIT_NPROC, 1, "max user processes", ""},
    {'v', RLIMIT_AS, 1024, "virtual memory", "kbytes"},
    {'x', RLIMIT_LOCKS, 1, "file locks", ""},
};

const Resource* find_resource(char letter) {
    for (const Resource& r : resources)
        if (r.letter == letter) return &r;
    return nullptr;
}

std::string shown(rlim_t value, rlim_t unit) {
    if (value == RLIM_INFINITY) return "unlimited";
    return std::to_string(value / unit);
}

}  // namespace

int ulimit(Shell& sh, const Args& args) {
    bool hard = false, soft = false, all = false;
    const Resource* res = find_resource('f');
    int status = 0;
    std::string letters = "HSa";
    for (const Resource& r : resources) letters += r.letter;
    size_t first = parse_options(
        sh, args, letters, "",
        [&](char c, const std::string&) {
            if (c == 'H') hard = true;
            else if (c == 'S') soft = true;
            else if (c == 'a') all = true;
            else res = find_resource(c);
        },
        status);
    if (first == 0) return status;
    if (args.count() - first > 1 || (all && args.count() > first))
        return sh.usage_error(args, "too many arguments");

    sh.out().clear_failure();
    if (all) {
        for (const Resource& r : resources) {
            struct rlimit lim {};
            if (::getrlimit(r.resource, &lim) != 0) continue;
            std::string tag = "(" + (r.units.empty() ? std::string() : std::string(r.units) + ", ") + "-" + r.letter + ")";
            size_t pad = r.name.size() + tag.size() < 36 ? 36 - r.name.size() - tag.size() : 1;
            sh.out().print("{}{}{} {}\n", r.name, std::string(pad, ' '), tag,
                           shown(hard ? lim.rlim_max : lim.rlim_cur, r.unit));
        }
        return finish(sh, args, 0);
    }

    struct rlimit lim {};
    if (::getrlimit(res->resource, &lim) != 0)
        return sh.fail(args, std::string(res->name) + ": cannot get limit: " + sys::error_text(errno));

    if (first == args.count()) {
        sh.out().print("{}\n", shown(hard ? lim.rlim_max : lim.rlim_cur, res->unit));
        return finish(sh, args, 0);
    }

    const std::string& text = args[first];
    rlim_t value = 0;
    if (text == "unlimited") {
        value = RLIM_INFINITY;
    } else if (text == "hard") {
        value = lim.rlim_max;
    } else if (text == "soft") {
        value = lim.rlim_cur;
    } else {
        long long n = 0;
        if (!parse_decimal(text, n) || n < 0) return sh.fail(args, text + ": invalid number");
        value = static_cast<rlim_t>(n) * res->unit;
        if (value / res->unit != static_cast<rlim_t>(n)) return sh.fail(args, text + ": number out of range");
    }
    if (!hard && !soft) hard = soft = true;
    if (hard) lim.rlim_max = value;
    if (soft) lim.rlim_cur = value;
    if (::setrlimit(res->resource, &lim) != 0)
        return sh.fail(args, std::string(res->name) + ": cannot modify limit: " + sys::error_text(errno));
    return 0;
}

}  // namespace forksh::builtins
