// timeline_json.cpp: the model in the Trace Event Format, which Perfetto
// (ui.perfetto.dev) and chrome://tracing open: one track per process, named
// "PID program"; its life as "X" slices (one per program it ran, and one
// named "zombie" between exit and reap); every trace event as an instant
// ("i") with its fields in args; forks and pipes as flow arrows ("s" -> "f").
// Times are microseconds from the first event. Strings are UTF-8: a byte of
// a command that is not valid UTF-8 is written as the Latin-1 character of
// its number (\377 as \u00ff), and otherData says so. Pure text, no system
// call.
#include <fmt/format.h>

#include <map>

#include "shell/teach/timeline_model.hpp"

namespace forksh::timeline {

namespace {

struct Writer {
    explicit Writer(const Model& model) : m(model) {}
    const Model& m;
    std::string out =
        "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"forksh\":\"bytes that are not valid UTF-8 are shown as "
        "the Latin-1 character of their number: \\\\377 as \\u00ff\"},\"traceEvents\":[\n";
    bool first = true;

    double us(size_t event) const {
        return static_cast<double>(m.events[event].ns - m.events.front().ns) / 1000.0;
    }
    void add(const std::string& object) {
        if (!first) out += ",\n";
        first = false;
        out += object;
    }
    std::string args_of(const trace::Record& r) const {
        std::string a = "{\"text\":" + json_string(r.text);
        if (!r.command.empty()) a += ",\"command\":" + json_string(r.command);
        for (const auto& [k, v] : r.fields) {
            std::string shown = v;
            for (char& c : shown)
                if (c == trace::list_separator) c = ' ';
            a += "," + json_string(k) + ":" + json_string(shown);
        }
        return a + "}";
    }
};

}  // namespace

std::string render_json(const Model& m) {
    Writer w(m);
    if (m.events.empty()) return w.out + "]}\n";
    int sort = 0;
    // A thread (--follow) is a track of its own inside its process: its tid
    // under the pid of its thread group, so Perfetto draws it there.
    std::map<pid_t, pid_t> process_of;
    for (const Process& p : m.processes) process_of[p.pid] = p.tgid != 0 ? p.tgid : p.pid;
    auto pid_of = [&](pid_t task) {
        auto it = process_of.find(task);
        return it == process_of.end() ? task : it->second;
    };
    for (const Process& p : m.processes) {
        std::string label = std::to_string(p.pid);
        for (const auto& n : p.names) label += (n == p.names.front() ? " " : " -> ") + n.second;
        if (!p.role.empty()) label += " (" + p.role + ")";
        const pid_t pid = pid_of(p.pid);
        if (p.tgid != 0) {
            w.add(fmt::format(R"({{"name":"thread_name","ph":"M","pid":{},"tid":{},"args":{{"name":{}}}}})", pid, p.pid,
                              json_string(fmt::format("thread {} of {}", p.pid, p.tgid))));
        } else {
            w.add(fmt::format(R"({{"name":"process_name","ph":"M","pid":{0},"tid":{0},"args":{{"name":{1}}}}})", p.pid,
                              json_string(label)));
            w.add(fmt::format(R"({{"name":"process_sort_index","ph":"M","pid":{},"tid":{},"args":{{"sort_index":{}}}}})",
                              p.pid, p.pid, sort++));
        }
        // The lane ends at the exit when the process said so, else at the
        // reap, else at its last event.
        size_t end = p.exited >= 0 ? static_cast<size_t>(p.exited)
                     : p.reaped >= 0 ? static_cast<size_t>(p.reaped)
                                     : p.last;
        for (size_t j = 0; j < p.names.size(); ++j) {
            size_t from = p.names[j].first;
            size_t to = j + 1 < p.names.size() ? p.names[j + 1].first : end;
            if (to < from) to = from;
            w.add(fmt::format(R"({{"name":{},"cat":"process","ph":"X","pid":{},"tid":{},"ts":{:.3f},"dur":{:.3f},"args":{{"group":{}}}}})",
                              json_string(p.names[j].second), pid, p.pid, w.us(from), w.us(to) - w.us(from), p.group));
        }
        if (p.exited >= 0 && p.reaped >= static_cast<long long>(p.exited)) {
            size_t from = static_cast<size_t>(p.exited), to = static_cast<size_t>(p.reaped);
            w.add(fmt::format(R"({{"name":"zombie","cat":"zombie","ph":"X","pid":{},"tid":{},"ts":{:.3f},"dur":{:.3f},"args":{{"status":{}}}}})",
                              pid, p.pid, w.us(from), w.us(to) - w.us(from), json_string(p.status)));
        }
        if (p.parent != 0) {
            // The fork arrow: from the parent's fork event to the child's birth.
            w.add(fmt::format(R"({{"name":"fork","cat":"fork","ph":"s","id":{},"pid":{},"tid":{},"ts":{:.3f}}})", p.pid,
                              pid_of(p.parent), p.parent, w.us(p.born)));
            w.add(fmt::format(R"({{"name":"fork","cat":"fork","ph":"f","bp":"e","id":{},"pid":{},"tid":{},"ts":{:.3f}}})",
                              p.pid, pid, p.pid, w.us(p.born)));
        }
        if (p.adopted_at >= 0) {
            // The adoption: from the new parent to the orphan.
            size_t at = static_cast<size_t>(p.adopted_at);
            w.add(fmt::format(R"({{"name":"adopted","cat":"adopt","ph":"s","id":"adopt{}","pid":{},"tid":{},"ts":{:.3f}}})",
                              p.pid, p.adopted_by, p.adopted_by, w.us(at)));
            w.add(fmt::format(R"({{"name":"adopted","cat":"adopt","ph":"f","bp":"e","id":"adopt{}","pid":{},"tid":{},"ts":{:.3f}}})",
                              p.pid, pid, p.pid, w.us(at)));
        }
    }
    int flow = 0;
    for (const PipeLink& l : m.pipes) {
        ++flow;
        std::string name = json_string(fmt::format("pipe {}: fd {} -> fd {}", l.pipe, l.writer_fd, l.reader_fd));
        w.add(fmt::format(R"({{"name":{},"cat":"pipe","ph":"s","id":"pipe{}","pid":{},"tid":{},"ts":{:.3f}}})", name, flow,
                          pid_of(l.writer), l.writer, w.us(l.written_at)));
        w.add(fmt::format(R"({{"name":{},"cat":"pipe","ph":"f","bp":"e","id":"pipe{}","pid":{},"tid":{},"ts":{:.3f}}})",
                          name, flow, pid_of(l.reader), l.reader, w.us(l.read_at)));
    }
    for (size_t i = 0; i < m.events.size(); ++i) {
        const trace::Record& r = m.events[i];
        w.add(fmt::format(R"({{"name":{},"cat":"event","ph":"i","s":"t","pid":{},"tid":{},"ts":{:.3f},"args":{}}})",
                          json_string(r.kind), pid_of(r.pid), r.pid, w.us(i), w.args_of(r)));
    }
    return w.out + "\n]}\n";
}

}  // namespace forksh::timeline
