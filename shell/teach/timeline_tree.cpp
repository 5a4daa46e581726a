// timeline_tree.cpp: the model as a ptree-like text, for `follow`: every
// process and thread that lived, under its parent, with its programs, its
// lifetime, how it ended and who reaped it. Pure text, no system call.
#include <fmt/format.h>

#include "shell/teach/timeline_model.hpp"

namespace forksh::timeline {

namespace {

std::string at(const Model& m, size_t event) {
    double ms = static_cast<double>(m.events[event].ns - m.events.front().ns) / 1e6;
    return ms >= 1000 ? fmt::format("{:.3f} s", ms / 1000) : fmt::format("{:.1f} ms", ms);
}

std::string line_of(const Model& m, const Process& p) {
    std::string what;
    if (p.tgid != 0) {
        what = fmt::format("thread {} of {}", p.pid, p.tgid);
    } else {
        what = std::to_string(p.pid);
        for (size_t j = 0; j < p.names.size(); ++j) what += (j ? " → " : " ") + p.names[j].second;
        if (!p.role.empty()) what += " (" + p.role + ")";
    }
    if (p.outside) return what + "  (not followed: it adopted or reaped one that was)";
    size_t end = p.exited >= 0 ? static_cast<size_t>(p.exited) : p.reaped >= 0 ? static_cast<size_t>(p.reaped) : p.last;
    std::string text = fmt::format("{}  [{} → {}]  {}", what, at(m, p.born), at(m, end),
                                   p.status.empty() ? std::string("end not seen") : p.status);
    if (p.adopted_at >= 0) text += fmt::format(", adopted by {}", p.adopted_by);
    if (p.tgid == 0 && p.reaped >= 0)
        text += p.reaper != 0 ? fmt::format(", reaped by {}", p.reaper) : std::string(", reaped by its parent");
    return text;
}

}  // namespace

std::string render_tree(const Model& m) {
    std::string out;
    const std::vector<Process>& ps = m.processes;
    // Lanes come parents first, children under them: a lane is its
    // parent's last child when no later sibling comes before a shallower lane.
    std::vector<bool> more;  // per depth: a later sibling is still to come
    for (size_t i = 0; i < ps.size(); ++i) {
        int depth = ps[i].depth;
        bool last = true;
        for (size_t j = i + 1; j < ps.size() && ps[j].depth >= depth; ++j)
            if (ps[j].depth == depth) {
                last = false;
                break;
            }
        more.resize(static_cast<size_t>(depth) + 1);
        more[static_cast<size_t>(depth)] = !last;
        std::string prefix;
        for (int d = 1; d < depth; ++d) prefix += more[static_cast<size_t>(d)] ? "│  " : "   ";
        if (depth > 0) prefix += last ? "└─ " : "├─ ";
        out += prefix + line_of(m, ps[i]) + "\n";
    }
    return out;
}

}  // namespace forksh::timeline
