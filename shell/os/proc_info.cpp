// proc_info.cpp: parsers for /proc/PID/{stat,status,cmdline,fd,maps,task,
// smaps_rollup} (see proc_info.hpp and proc(5)).
// System calls: open/read (std::ifstream), readlink(2), opendir/readdir.
#include "shell/os/proc_info.hpp"

#include <dirent.h>
#include <limits.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "shell/sys/sys.hpp"

namespace forksh::proc {

namespace {

std::string proc_path(pid_t pid, std::string_view file) {
    return "/proc/" + std::to_string(pid) + "/" + std::string(file);
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return text.str();
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Numeric directory entries of `dir`, sorted.
std::vector<pid_t> numeric_entries(const std::string& dir) {
    std::vector<pid_t> out;
    DIR* d = ::opendir(dir.c_str());
    if (!d) return out;
    while (struct dirent* e = ::readdir(d))
        if (all_digits(e->d_name)) out.push_back(static_cast<pid_t>(std::atol(e->d_name)));
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_link(const std::string& path) {
    char buffer[PATH_MAX];
    ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer - 1);
    if (n < 0) return {};
    return std::string(buffer, static_cast<size_t>(n));
}

}  // namespace

std::string exe_path(pid_t pid) { return read_link("/proc/" + std::to_string(pid) + "/exe"); }

std::optional<Stat> parse_stat(std::string_view text) {
    size_t open = text.find('(');
    size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::nullopt;
    Stat s;
    s.pid = static_cast<pid_t>(std::atol(std::string(text.substr(0, open)).c_str()));
    s.comm = std::string(text.substr(open + 1, close - open - 1));
    std::istringstream rest{std::string(text.substr(close + 1))};
    // Fields 3.. in order; the ones we do not keep are read into `skip`.
    std::string state;
    unsigned long long skip = 0;
    long long lskip = 0;
    if (!(rest >> state >> s.ppid >> s.pgrp >> s.session >> s.tty_nr >> s.tpgid)) return std::nullopt;
    s.state = state.empty() ? '?' : state[0];
    // (9) flags (10) minflt (11) cminflt (12) majflt (13) cmajflt (14) utime
    // (15) stime (16) cutime (17) cstime (18) priority (19) nice
    for (int i = 9; i <= 19; ++i)
        if (!(rest >> lskip)) return std::nullopt;
    if (!(rest >> s.num_threads)) return std::nullopt;
    if (!(rest >> skip)) return std::nullopt;  // (21) itrealvalue
    if (!(rest >> s.start_time >> s.vsize >> s.rss_pages)) return std::nullopt;
    return s;
}

std::optional<Stat> read_stat(pid_t pid) {
    std::optional<std::string> text = read_file(proc_path(pid, "stat"));
    if (!text) return std::nullopt;
    return parse_stat(*text);
}

std::string_view state_word(char state) {
    switch (state) {
        case 'R': return "running";
        case 'S': return "sleeping";
        case 'D': return "disk sleep";
        case 'T': return "stopped";
        case 't': return "tracing stop";
        case 'Z': return "zombie";
        case 'X': return "dead";
        case 'I': return "idle";
        case 'P': return "parked";
        case 'W': return "waking";
        case 'K': return "wakekill";
        default: return "unknown";
    }
}

std::optional<std::map<std::string, std::string>> read_status(pid_t pid) {
    std::optional<std::string> text = read_file(proc_path(pid, "status"));
    if (!text) return std::nullopt;
    std::map<std::string, std::string> fields;
    std::istringstream in(*text);
    std::string line;
    while (std::getline(in, line)) {
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string value = line.substr(colon + 1);
        size_t b = value.find_first_not_of(" \t");
        size_t e = value.find_last_not_of(" \t");
        fields[line.substr(0, colon)] = b == std::string::npos ? "" : value.substr(b, e - b + 1);
    }
    return fields;
}

long kb_value(const std::map<std::string, std::string>& status, const std::string& key) {
    auto it = status.find(key);
    if (it == status.end() || it->second.empty()) return -1;
    return std::atol(it->second.c_str());
}

std::vector<std::string> read_cmdline(pid_t pid) {
    std::vector<std::string> argv;
    std::optional<std::string> text = read_file(proc_path(pid, "cmdline"));
    if (!text || text->empty()) return argv;
    size_t start = 0;
    while (start < text->size()) {
        size_t end = text->find('\0', start);
        if (end == std::string::npos) end = text->size();
        argv.push_back(text->substr(start, end - start));
        start = end + 1;
    }
    return argv;
}

std::string command_line(pid_t pid, const Stat& stat) {
    if (stat.state == 'Z') return "[" + stat.comm + "] <defunct>";
    std::vector<std::string> argv = read_cmdline(pid);
    if (argv.empty()) return "[" + stat.comm + "]";
    std::string text;
    for (const std::string& a : argv) text += (text.empty() ? "" : " ") + a;
    return text;
}

std::vector<pid_t> all_pids() { return numeric_entries("/proc"); }

std::vector<Stat> snapshot() {
    std::vector<Stat> out;
    for (pid_t pid : all_pids())
        if (std::optional<Stat> s = read_stat(pid)) out.push_back(std::move(*s));
    return out;
}

std::vector<const Stat*> children_of(const std::vector<Stat>& all, pid_t pid) {
    std::vector<const Stat*> out;
    for (const Stat& s : all)
        if (s.ppid == pid && s.pid != pid) out.push_back(&s);
    std::sort(out.begin(), out.end(), [](const Stat* a, const Stat* b) { return a->pid < b->pid; });
    return out;
}

std::string classify_fd_target(std::string_view target) {
    auto starts = [&](std::string_view p) { return target.substr(0, p.size()) == p; };
    if (starts("pipe:")) return "pipe";
    if (starts("socket:")) return "socket";
    if (starts("anon_inode:")) return "anon";
    if (starts("/dev/pts/") || starts("/dev/tty") || target == "/dev/console") return "terminal";
    if (starts("/dev/")) return "device";
    if (starts("/")) {
        std::string path(target);
        const std::string deleted = " (deleted)";
        if (path.size() > deleted.size() && path.compare(path.size() - deleted.size(), deleted.size(), deleted) == 0)
            return "file";
        DIR* d = ::opendir(path.c_str());
        if (d) {
            ::closedir(d);
            return "directory";
        }
        return "file";
    }
    return "other";
}

std::optional<std::vector<FdEntry>> read_fds(pid_t pid) {
    std::vector<FdEntry> out;
    std::string dir = proc_path(pid, "fd");
    if (::access(dir.c_str(), R_OK | X_OK) != 0) return std::nullopt;
    for (pid_t fd : numeric_entries(dir)) {
        std::string target = read_link(dir + "/" + std::to_string(fd));
        if (target.empty()) continue;  // closed while we looked
        out.push_back(FdEntry{static_cast<int>(fd), target, classify_fd_target(target)});
    }
    return out;
}

MapsSummary summarize_maps(std::string_view text, std::string_view exe) {
    MapsSummary m;
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        // start-end perms offset dev inode   path
        std::istringstream fields(line);
        std::string range, perms, offset, dev, inode, path;
        if (!(fields >> range >> perms >> offset >> dev >> inode)) continue;
        std::getline(fields, path);
        size_t b = path.find_first_not_of(' ');
        path = b == std::string::npos ? "" : path.substr(b);
        size_t dash = range.find('-');
        if (dash == std::string::npos) continue;
        unsigned long long start = std::strtoull(range.substr(0, dash).c_str(), nullptr, 16);
        unsigned long long end = std::strtoull(range.substr(dash + 1).c_str(), nullptr, 16);
        long kb = static_cast<long>((end - start) / 1024);
        ++m.regions;
        if (path == "[heap]") {
            m.heap_kb += kb;
        } else if (path == "[stack]") {
            m.stack_kb += kb;
        } else if (path.empty()) {
            m.anonymous_kb += kb;
        } else if (!exe.empty() && path == exe) {
            m.program_kb += kb;
            if (perms.find('x') != std::string::npos) m.text_kb += kb;
        } else if (path.find(".so") != std::string::npos && path[0] == '/') {
            m.library_kb += kb;
            if (std::find(m.libraries.begin(), m.libraries.end(), path) == m.libraries.end())
                m.libraries.push_back(path);
        } else {
            m.other_kb += kb;
        }
    }
    return m;
}

std::optional<MapsSummary> read_maps(pid_t pid) {
    std::optional<std::string> text = read_file(proc_path(pid, "maps"));
    if (!text) return std::nullopt;
    return summarize_maps(*text, read_link(proc_path(pid, "exe")));
}

std::vector<pid_t> read_tasks(pid_t pid) { return numeric_entries(proc_path(pid, "task")); }

std::optional<std::map<std::string, long>> read_smaps_rollup(pid_t pid) {
    std::optional<std::string> text = read_file(proc_path(pid, "smaps_rollup"));
    if (!text || text->empty()) return std::nullopt;
    std::map<std::string, long> out;
    std::istringstream in(*text);
    std::string line;
    while (std::getline(in, line)) {
        size_t colon = line.find(':');
        // The first line is the address range header, without a "Key:" shape.
        if (colon == std::string::npos || line.find(' ') < colon) continue;
        out[line.substr(0, colon)] = std::atol(line.c_str() + colon + 1);
    }
    return out;
}

std::vector<std::string> decode_signal_mask(std::string_view hex) {
    std::vector<std::string> names;
    // The rightmost hex digit holds signals 1-4, the next 5-8, and so on.
    int bit = 0;
    for (size_t i = hex.size(); i-- > 0;) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(hex[i])));
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (v < 0) return {};
        for (int k = 0; k < 4; ++k, ++bit)
            if (v & (1 << k)) names.push_back(sys::signal_name(bit + 1));
    }
    return names;  // lowest signal first
}

}  // namespace forksh::proc
