// timeline_model.cpp: replays a saved trace into lanes, pipes and moments
// (timeline_model.hpp). It follows each process's descriptor table the way
// the kernel does (fork copies it, pipe2/open/dup add, dup2 replaces, close
// removes, execve drops the close-on-exec ones), which is how it knows which
// process ended up writing into which pipe and which one reads it.
// Reads the event file with std::ifstream; makes no other system call.
#include "shell/teach/timeline_model.hpp"

#include <sys/wait.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "shell/base/output.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/trace.hpp"
#include "shell/teach/sentences.hpp"
#include "shell/text/charset.hpp"

namespace forksh::timeline {

namespace {

struct FdEntry {
    std::string what;  // "inherited", "/dev/null", "pipe 1"
    int pipe = 0;      // 0: not a pipe
    bool write_end = false;
    bool cloexec = false;
};
using FdTable = std::map<int, FdEntry>;

std::string describe(const FdTable& table) {
    std::string out;
    for (const auto& [fd, e] : table) {
        if (!out.empty()) out += "\n";
        out += std::to_string(fd) + ": " + e.what;
        if (e.pipe) out += e.write_end ? " (write end)" : " (read end)";
        if (e.cloexec) out += ", close-on-exec";
    }
    return out;
}

std::string base_name(std::string_view path) {
    size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

struct Builder {
    explicit Builder(Model& model) : m(model) {}
    Model& m;
    std::map<pid_t, size_t> index;  // pid -> m.processes position (while building)
    std::map<pid_t, FdTable> fds;
    struct End {
        pid_t pid;
        int fd;
        size_t at;
    };
    std::map<int, std::vector<End>> writers, readers;
    int pipes_made = 0;

    Process& process(pid_t pid, const trace::Record& r, size_t i) {
        auto it = index.find(pid);
        if (it != index.end()) return m.processes[it->second];
        // First seen in its own record: a root (the top shell), or a process
        // whose birth was not recorded.
        Process p;
        p.pid = pid;
        p.born = i;
        p.last = i;
        p.group = r.pid == pid ? r.pgid : 0;
        p.names.emplace_back(i, "forksh");
        index[pid] = m.processes.size();
        m.processes.push_back(p);
        fds[pid] = FdTable{{0, {"inherited"}}, {1, {"inherited"}}, {2, {"inherited"}}};
        return m.processes.back();
    }

    Process& child(pid_t parent, pid_t pid, size_t i, std::string name, pid_t group) {
        Process p;
        p.pid = pid;
        p.parent = parent;
        p.born = i;
        p.last = i;
        p.group = group;
        p.names.emplace_back(i, std::move(name));
        auto it = index.find(pid);
        if (it != index.end()) {
            // A pid used again (the old one was reaped): a new lane.
            index.erase(it);
        }
        index[pid] = m.processes.size();
        m.processes.push_back(p);
        return m.processes.back();
    }

    // A lane for a process that was not followed (PID 1 adopting an
    // orphan): named by what /proc said it runs, drawn to the end.
    void outside(pid_t pid, std::string_view name, size_t i) {
        if (index.count(pid)) return;
        Process p;
        p.pid = pid;
        p.born = i;
        p.last = i;
        p.outside = true;
        p.names.emplace_back(i, name.empty() ? "?" : std::string(name));
        index[pid] = m.processes.size();
        m.processes.push_back(p);
    }

    // The task-* records of --follow (shell/sys/follow.cpp).
    void replay_followed(size_t i, const trace::Record& r) {
        const std::string& k = r.kind;
        if (k == "task-fork" || k == "task-thread") {
            pid_t pid = static_cast<pid_t>(r.number("child"));
            if (pid <= 0) return;
            Process& parent = process(r.pid, r, i);
            std::string name = parent.names.back().second;
            pid_t group = k == "task-thread" ? parent.group : static_cast<pid_t>(r.number("group", r.pgid));
            FdTable copy = fds[r.pid];
            Process& c = child(r.pid, pid, i, name, group);
            if (k == "task-thread") c.tgid = static_cast<pid_t>(r.number("tgid", r.pid));
            fds[pid] = copy;
        } else if (k == "task-exit") {
            Process& p = process(r.pid, r, i);
            p.exited = static_cast<long long>(i);
            p.status = std::string(r.field("result"));
        } else if (k == "task-adopted") {
            pid_t by = static_cast<pid_t>(r.number("parent"));
            outside(by, r.field("name"), i);
            Process& p = process(r.pid, r, i);
            p.adopted_at = static_cast<long long>(i);
            p.adopted_by = by;
        } else if (k == "task-reaped") {
            Process& p = process(r.pid, r, i);
            if (p.reaped < 0) p.reaped = static_cast<long long>(i);
            pid_t by = static_cast<pid_t>(r.number("reaper"));
            if (by != p.parent) p.reaper = by;
        }
    }

    void uses(pid_t pid, int fd, const FdEntry& e, size_t i) {
        if (!e.pipe) return;
        if (fd == 1 && e.write_end) writers[e.pipe].push_back(End{pid, fd, i});
        if (fd == 0 && !e.write_end) readers[e.pipe].push_back(End{pid, fd, i});
    }

    void replay(size_t i) {
        const trace::Record& r = m.events[i];
        Process& actor = process(r.pid, r, i);
        actor.last = i;
        if (actor.group == 0) actor.group = r.pgid;
        FdTable& table = fds[r.pid];
        const std::string& k = r.kind;
        bool fd_change = true;
        if (k == "fork" || k == "spawn") {
            // A spawned child is born a copy of the shell too; its own lines
            // (dup2, open, execve) follow, written by the shell for it.
            pid_t pid = static_cast<pid_t>(r.number("child"));
            if (pid <= 0) return;
            std::string name = actor.names.back().second;
            pid_t group = static_cast<pid_t>(r.number("group", r.pgid));
            FdTable copy = table;  // `actor` may move when the vector grows
            child(r.pid, pid, i, name, group);
            fds[pid] = copy;
            m.fd_tables[i] = describe(table);
            return;
        } else if (k.starts_with("task-") && k != "task-exec") {
            replay_followed(i, r);
            return;
        } else if (k == "execve" || k == "task-exec") {
            actor.names.emplace_back(i, r.as.empty() ? base_name(r.field("path")) : r.as);
            std::erase_if(table, [](const auto& entry) { return entry.second.cloexec; });
        } else if (k == "exit") {
            actor.exited = static_cast<long long>(i);
            actor.status = "exited " + std::string(r.field("status"));
        } else if (k == "pipe2") {
            int id = ++pipes_made;
            std::string what = "pipe " + std::to_string(id);
            table[static_cast<int>(r.number("read"))] = FdEntry{what, id, false, true};
            table[static_cast<int>(r.number("write"))] = FdEntry{what, id, true, true};
        } else if (k == "dup2" || k == "dup") {
            int from = static_cast<int>(r.number("from")), to = static_cast<int>(r.number("to"));
            auto it = table.find(from);
            FdEntry e = it != table.end() ? it->second : FdEntry{"fd " + std::to_string(from)};
            e.cloexec = k == "dup";
            table[to] = e;
            if (k == "dup2") uses(r.pid, to, e, i);
        } else if (k == "close") {
            table.erase(static_cast<int>(r.number("fd")));
        } else if (k == "open") {
            table[static_cast<int>(r.number("fd"))] =
                FdEntry{std::string(r.field("path")), 0, false, r.number("cloexec", 0) != 0};
        } else {
            fd_change = false;
        }
        if (fd_change) m.fd_tables[i] = describe(table);
        if (k == "waitpid" || k == "reaped-orphan") {
            auto it = index.find(static_cast<pid_t>(r.number("pid")));
            int ws = static_cast<int>(r.number("status", 0));
            if (it != index.end() && !WIFSTOPPED(ws) && !WIFCONTINUED(ws)) {
                Process& p = m.processes[it->second];
                if (p.reaped < 0) p.reaped = static_cast<long long>(i);
                p.status = std::string(r.field("result"));
                // Reaped by one that adopted it (the shell as subreaper).
                if (p.parent != 0 && r.pid != p.parent) p.reaper = r.pid;
                // "2006 (subshell)": the name the shell knew it by.
                std::string_view who = r.field("who");
                size_t open = who.find(" (");
                if (p.names.size() == 1 && open != std::string_view::npos && who.ends_with(")")) {
                    std::string_view role = who.substr(open + 2, who.size() - open - 3);
                    if (role != p.names.front().second) p.role = role;
                }
            }
        } else if (k == "setpgid") {
            auto it = index.find(static_cast<pid_t>(r.number("who")));
            if (it != index.end() && r.has("group")) m.processes[it->second].group = static_cast<pid_t>(r.number("group"));
        } else if (k == "tcsetpgrp") {
            m.foreground.push_back(Foreground{i, static_cast<pid_t>(r.number("group"))});
        }
    }

    void link_pipes() {
        for (const auto& [id, ws] : writers) {
            auto rs = readers.find(id);
            if (rs == readers.end()) continue;
            for (const End& w : ws)
                for (const End& rd : rs->second)
                    m.pipes.push_back(PipeLink{id, w.pid, rd.pid, w.fd, rd.fd, w.at, rd.at});
        }
    }

    // Parents before children, each child under its parent in birth order.
    void order_lanes() {
        std::vector<Process> all = std::move(m.processes);
        m.processes.clear();
        std::map<pid_t, std::vector<size_t>> children;
        std::set<pid_t> known;
        for (const Process& p : all) known.insert(p.pid);
        std::vector<size_t> roots;
        for (size_t i = 0; i < all.size(); ++i) {
            if (all[i].parent != 0 && known.count(all[i].parent)) children[all[i].parent].push_back(i);
            else roots.push_back(i);
        }
        std::vector<bool> placed(all.size());
        auto place = [&](auto& self, size_t i, int depth) -> void {
            if (placed[i]) return;
            placed[i] = true;
            all[i].depth = depth;
            m.processes.push_back(all[i]);
            for (size_t c : children[all[i].pid])
                if (all[c].born >= all[i].born) self(self, c, depth + 1);
        };
        for (size_t r : roots) place(place, r, 0);
        for (size_t i = 0; i < all.size(); ++i) place(place, i, 0);  // a reused pid's lanes
    }
};

}  // namespace

bool load_events(const std::string& path, std::vector<trace::Record>& out, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot read the event file";
        return false;
    }
    // An event file is input like any other: a kind that forksh does not
    // write becomes "other", so that no text from the file can become part
    // of the page's markup (every other field is escaped where it is drawn).
    std::string line;
    while (std::getline(in, line)) {
        auto r = trace::decode(line);
        if (!r) continue;
        if (r->kind != "exit" && teach::sentence(r->kind).empty()) r->kind = "other";
        out.push_back(std::move(*r));
    }
    if (out.empty()) {
        error = path + ": no trace records (write some with forksh --trace=FILE.events)";
        return false;
    }
    return true;
}

Model build_model(std::vector<trace::Record> events) {
    Model m;
    // Each process writes its own records, so the file is in the order the
    // writes landed; the clock puts them in the order they happened.
    std::stable_sort(events.begin(), events.end(),
                     [](const trace::Record& a, const trace::Record& b) { return a.ns < b.ns; });
    m.events = std::move(events);
    m.fd_tables.resize(m.events.size());
    Builder b(m);
    for (size_t i = 0; i < m.events.size(); ++i) {
        b.replay(i);
        const std::string& c = m.events[i].command;
        if (!c.empty() && std::find(m.commands.begin(), m.commands.end(), c) == m.commands.end())
            m.commands.push_back(c);
    }
    b.link_pipes();
    // A process outside the followed tree lives on after the trace ends.
    for (Process& p : m.processes)
        if (p.outside && !m.events.empty()) p.last = m.events.size() - 1;
    b.order_lanes();
    return m;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // JSON is UTF-8: a valid sequence is copied; a byte that starts
            // none (a command's \377) is written as the Latin-1 character of
            // that number, \u00ff (the legend says so).
            size_t len = 1;
            charset_detail::decode_utf8(text, i, len);
            if (len > 1) {
                out.append(text.substr(i, len));
                i += len - 1;
            } else {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '<': out += "\\u003c"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

bool render_file(const std::string& events_path, const std::string& out, bool replace, std::string& error) {
    std::vector<trace::Record> events;
    if (!load_events(events_path, events, error)) return false;
    bool json = out.ends_with(".json");
    if (!json && !out.ends_with(".html")) {
        error = out + ": the picture's name must end in .html or .json";
        return false;
    }
    Model model = build_model(std::move(events));
    std::string text = json ? render_json(model) : render_html(model);
    // Never through a symbolic link, mode 0600 (it holds every command's
    // arguments), and only over an existing file when `replace`.
    UniqueFd fd(trace::open_private_file(out, replace, false));
    if (!fd) {
        int e = errno;
        error = out + ": " + (e == EEXIST ? std::string("already exists (give +") + out + " to replace it)"
                              : e == ELOOP ? std::string("is a symbolic link; the picture is not written through one")
                                           : std::string(std::strerror(e)));
        return false;
    }
    if (!write_all(fd.get(), text)) {
        error = out + ": cannot write the picture";
        return false;
    }
    return true;
}

}  // namespace forksh::timeline
