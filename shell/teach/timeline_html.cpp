// timeline_html.cpp: the model as one self-contained HTML page: the data as
// a small JSON object, a style sheet and a script of a few hundred lines that
// draws the SVG when the page opens. Nothing is fetched: no network, no font,
// no library. The page marks <body data-status="drawn"> once it has drawn
// (or "error: ..." if the script failed), which the browser test reads.
// Pure text, no system call.
#include <fmt/format.h>

#include <map>

#include "shell/teach/timeline_model.hpp"
#include "shell/sys/trace.hpp"
#include "shell/teach/sentences.hpp"

namespace forksh::timeline {

namespace {

constexpr std::string_view page_head = R"HTML(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>forksh timeline</title>
<style>
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:16px;color:#222;background:#fff}
h1{font-size:18px;margin:0 0 4px}
#commands{font-family:ui-monospace,monospace;margin:0 0 8px;color:#444;white-space:pre}
#wrap{overflow:auto;border:1px solid #ccc;max-height:75vh}
svg text{font-family:ui-monospace,monospace;font-size:12px}
.lane-bg{fill:#fafafa}.lane-bg.odd{fill:#f0f0f0}
.life{fill:#9ecae1;stroke:#3182bd}.life.program{fill:#a1d99b;stroke:#31a354}
.zombie{fill:url(#hatch);stroke:#888}
.life.thread{fill:#c6dbef;stroke:#6baed6}.life.thread.program{fill:#c7e9c0;stroke:#74c476}
.life.outside{fill:#fff;stroke:#999;stroke-dasharray:4 3}
.adopt-arrow{stroke:#6a51a3;stroke-width:1.5;stroke-dasharray:4 2;fill:none;marker-end:url(#aarrow)}
.fg{fill:#fd8d3c}
.fork-arrow{stroke:#555;stroke-width:1.5;fill:none;marker-end:url(#arrow)}
.pipe{stroke:#2171b5;stroke-width:2;stroke-dasharray:5 3;fill:none;marker-end:url(#parrow)}
.pipe-label{fill:#2171b5;font-size:11px}
.kill-arrow{stroke:#cb181d;stroke-width:1.5;fill:none;marker-end:url(#karrow)}
.mark{stroke:#222;stroke-width:.6;cursor:pointer}
.sel-ring{fill:none;stroke:#000;stroke-width:2.5}
.k-fork,.k-spawn{fill:#636363}.k-execve{fill:#31a354}.k-exit{fill:#000}
.k-waitpid,.k-reaped,.k-sigchld,.k-reaped-orphan{fill:#756bb1}
.k-pipe2{fill:#2171b5}.k-dup2,.k-dup,.k-close,.k-open,.k-devnull{fill:#bdbdbd}
.k-task-fork,.k-task-thread{fill:#636363}.k-task-exec{fill:#31a354}.k-task-exit{fill:#000}
.k-task-reaped,.k-task-adopted{fill:#756bb1}.k-task-detached{fill:#bdbdbd}
.k-setpgid,.k-tcsetpgrp{fill:#fd8d3c}.k-kill,.k-signal,.k-child-signals{fill:#cb181d}
.label{fill:#222}.group{fill:#888;font-size:11px}.axis{fill:#666;font-size:11px}
#details{white-space:pre-wrap;font-family:ui-monospace,monospace;background:#f7f7f7;border:1px solid #ddd;padding:8px;margin-top:8px;min-height:3em}
#legend{margin-top:12px;columns:2;column-gap:32px}#legend div{break-inside:avoid;margin:0 0 6px}
#legend svg{vertical-align:middle;margin-right:6px}
#note{color:#666;font-size:12px}
</style></head>
<body data-status="loading">
<h1>forksh timeline <button id="mode" type="button">Show real time</button></h1>
<div id="commands"></div>
<div id="wrap"><svg id="tl" xmlns="http://www.w3.org/2000/svg"></svg></div>
<div id="details">Click a mark (or hover over it) to see that event: its line in the trace, the process, its descriptors afterwards.</div>
<div id="legend">
<div><svg width="40" height="14"><rect class="life" x="0" y="2" width="40" height="10"/></svg>A lane is one process; blue while it is a copy of the shell (after fork), labelled with its pid.</div>
<div><svg width="40" height="14"><rect class="life program" x="0" y="2" width="40" height="10"/></svg>Green after execve: the same pid now runs another program, named in the lane.</div>
<div><svg width="40" height="14"><line class="fork-arrow" x1="20" y1="0" x2="20" y2="12"/></svg>fork (or vfork, posix_spawn): the parent makes the child lane below it.</div>
<div><svg width="40" height="14"><path class="pipe" d="M2 2 C20 2 20 12 38 12"/></svg>A pipe: from the process that writes it (its fd 1) to the one that reads it (its fd 0).</div>
<div><svg width="40" height="14"><rect class="zombie" x="0" y="2" width="40" height="10"/></svg>Zombie: the process has exited but its parent has not yet collected its status with waitpid.</div>
<div><svg width="40" height="14"><rect class="fg" x="0" y="5" width="40" height="4"/></svg>Orange: the process's group holds the terminal (tcsetpgrp), so Ctrl-C reaches it.</div>
<div><svg width="40" height="14"><circle class="mark k-execve" cx="20" cy="7" r="5"/></svg>A dot is one event of that process (colour by kind: green execve, grey descriptors, blue pipe2, purple waitpid and reaping, red signals, black exit).</div>
<div><svg width="40" height="14"><line class="kill-arrow" x1="2" y1="2" x2="38" y2="12"/></svg>kill: a signal sent from one process to another.</div>
<div><svg width="40" height="14"><rect class="life thread program" x="0" y="4" width="40" height="6"/></svg>A thin lane is a thread (--follow): a task of its own, with its own tid, inside the process above it, sharing its memory.</div>
<div><svg width="40" height="14"><line class="adopt-arrow" x1="2" y1="2" x2="38" y2="12"/></svg>Adoption (--follow): the orphan's parent died, and this process (a subreaper, or PID 1, dashed when not followed) became its parent.</div>
<div id="note">Columns are events in time order, not equal spans of time: the time under each tick is since the first event ("Show real time" places them at their real times). A program's own exit is not seen by the shell, so its lane ends when it is reaped; a subshell's _exit is seen, and the gap to the reap is its zombie time. With --follow, ptrace shows every process and thread below the shell too, with its exit, its zombie time and who reaped it. Not drawn: the other system calls of the programs themselves (ls opens its files without the shell).</div>
</div>
<script>
)HTML";

constexpr std::string_view page_script = R"JS(
(function () {
  "use strict";
  function esc(s) { return String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]); }
  try {
    const E = T.e, P = T.p, n = E.length;
    const W = Math.max(3, Math.min(28, Math.floor(1400 / Math.max(1, n))));
    const LW = 320, LH = 32, TOP = 36;
    const started = performance.now();
    // Two ways to place an event: a column each, in time order (the default:
    // steps microseconds apart stay apart), or at its real time (long waits
    // and zombie times look as long as they were). The button switches.
    let real = false;
    const total = Math.max(1, n ? E[n - 1][0] : 1), PX = Math.max(1000, Math.min(30000, n * W));
    const x = i => real ? LW + 12 + W / 2 + E[i][0] / total * PX : LW + 12 + i * W + W / 2;
    const fmtUs = us => us >= 1000000 ? (us / 1e6).toFixed(3) + " s" : us >= 1000 ? (us / 1000).toFixed(2) + " ms" : Math.round(us) + " µs";
    const span = (a, b) => fmtUs(b - a);
    const laneOf = {};  // pid -> lane numbers (a pid used again gets a second lane)
    P.forEach((p, k) => { (laneOf[p[0]] = laneOf[p[0]] || []).push(k); });
    function lane(pid, i) {
      const ls = laneOf[pid];
      if (!ls) return -1;
      let best = ls[0];
      for (const k of ls) if (P[k][3] <= i) best = k;
      return best;
    }
    // A thread's lane is thinner than a process's (--follow).
    const H = P.map(p => p[11] ? 18 : LH), Y = [];
    P.forEach((p, k) => Y.push(k ? Y[k - 1] + H[k - 1] : TOP));
    const laneSum = P.length ? Y[P.length - 1] + H[P.length - 1] - TOP : 0;
    const y = k => Y[k] + H[k] / 2;
    const svg = document.getElementById("tl");
    const K = T.k, R = Math.min(6, Math.max(2, W / 2 - 1));
    const laneEvents = [];  // per lane: its events' indexes, in time order
    function draw() {
    const width = (real ? LW + 12 + W + PX : x(n)) + 40, height = TOP + laneSum + 20;
    const out = [];
    out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#555"/></marker>' +
             '<marker id="parrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#2171b5"/></marker>' +
             '<marker id="karrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#cb181d"/></marker>' +
             '<marker id="aarrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#6a51a3"/></marker>' +
             '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eee"/><line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="2"/></pattern></defs>');
    // Time axis: a tick every ~120 px, with the time since the first event.
    const tick = (xx, t) => out.push(`<line x1="${xx}" y1="${TOP - 8}" x2="${xx}" y2="${height - 16}" stroke="#e4e4e4"/><text class="axis" x="${xx}" y="${TOP - 12}" text-anchor="middle">${t}</text>`);
    if (real) {
      const ticks = Math.max(1, Math.round(PX / 120));
      for (let j = 0; j <= ticks; j++) tick(LW + 12 + W / 2 + PX * j / ticks, fmtUs(total * j / ticks));
    } else {
      const step = Math.max(1, Math.round(120 / W));
      for (let i = 0; i < n; i += step) tick(x(i), fmtUs(E[i][0]));
    }
    P.forEach((p, k) => {
      const [pid, parent, depth, born, exited, reaped, last, group, status, names, role, tgid, adoptedAt, adoptedBy, outside, reaper] = p;
      const end = exited >= 0 ? exited : reaped >= 0 ? reaped : last;
      const yy = y(k), bar = tgid ? 3 : 7;
      out.push(`<g class="lane${tgid ? " thread" : ""}${outside ? " outside" : ""}" data-pid="${pid}" data-parent="${parent}" data-group="${group}" data-tgid="${tgid}" data-names="${esc(names.map(m => m[1]).join(" "))}">`);
      out.push(`<rect class="lane-bg${k % 2 ? " odd" : ""}" x="0" y="${Y[k]}" width="${width}" height="${H[k]}"/>`);
      const label = (tgid ? `thread ${pid} of ${tgid}` : pid + " " + names.map(m => m[1]).join(" → ")) + (role ? ` (${role})` : "") +
                    (outside ? " (not followed)" : "") + (reaper ? ` (reaped by ${reaper})` : "");
      out.push(`<text class="label" x="${6 + depth * 14}" y="${yy + 4}">${esc(label)}</text>`);
      out.push(`<text class="group" x="${LW - 6}" y="${yy + 4}" text-anchor="end">group ${group}</text>`);
      names.forEach((m, j) => {
        const from = m[0], to = j + 1 < names.length ? names[j + 1][0] : end;
        const x1 = x(from), x2 = Math.max(x(to), x1 + 2);
        const cls = (j > 0 || (born === from && names.length === 1 && m[1] !== "forksh") ? " program" : "") + (tgid ? " thread" : "") + (outside ? " outside" : "");
        out.push(`<rect class="life${cls}" data-name="${esc(m[1])}" x="${x1}" y="${yy - bar}" width="${x2 - x1}" height="${2 * bar}" rx="${tgid ? 1 : 3}"/>`);
        if (!tgid && x2 - x1 > 8 * m[1].length + 10) out.push(`<text x="${x1 + 4}" y="${yy + 4}">${esc(m[1])}</text>`);
      });
      if (exited >= 0 && reaped >= exited) {
        // At least 10 px: with many events a column is 3 px, and a zombie
        // that lived a visible time must show as a hatched bar, not a sliver.
        const x1 = x(exited), x2 = Math.max(x(reaped), x1 + Math.max(W, 10));
        out.push(`<rect class="zombie" data-pid="${pid}" data-from="${exited}" data-to="${reaped}" x="${x1}" y="${yy - bar}" width="${x2 - x1}" height="${2 * bar}"><title>zombie for ${span(E[exited][0], E[reaped][0])}: exited, not yet reaped (${esc(status)})</title></rect>`);
      }
      // The terminal's foreground group, where it is this process's group.
      T.f.forEach((f, j) => {
        if (f[1] !== group) return;
        const from = Math.max(f[0], born), to = Math.min(j + 1 < T.f.length ? T.f[j + 1][0] : n - 1, end);
        if (to > from) out.push(`<rect class="fg" data-pid="${pid}" x="${x(from)}" y="${yy - 12}" width="${x(to) - x(from)}" height="4"><title>group ${group} holds the terminal</title></rect>`);
      });
      out.push("</g>");
    });
    P.forEach((p, k) => {
      const parent = p[1];
      if (!parent) return;
      const pk = lane(parent, p[3]);
      if (pk < 0) return;
      out.push(`<path class="fork-arrow" data-from="${parent}" data-to="${p[0]}" d="M${x(p[3])} ${y(pk) + 7}L${x(p[3])} ${y(k) - 8}"/>`);
    });
    // An orphan's adoption: from its new parent's lane to its own, where
    // its first parent died.
    P.forEach((p, k) => {
      const at = p[12], by = p[13];
      if (at < 0) return;
      const bk = lane(by, at);
      if (bk < 0) return;
      const down = k > bk, x1 = x(at) + 3;
      out.push(`<path class="adopt-arrow" data-from="${by}" data-to="${p[0]}" d="M${x1} ${y(bk) + (down ? 7 : -7)}L${x1 + 8} ${y(k) + (down ? -8 : 8)}"><title>${p[0]} adopted by ${by}: its parent died</title></path>`);
    });
    T.l.forEach(l => {
      const [pipe, writer, wfd, reader, rfd, wat, rat] = l;
      const wk = lane(writer, wat), rk = lane(reader, rat);
      if (wk < 0 || rk < 0) return;
      // Drawn where both ends are in place (the later of the two dup2s):
      // from then on, what the writer puts on its fd 1 the reader gets on fd 0.
      const at = x(Math.max(wat, rat)) + W / 2 + 2;
      const y1 = y(wk) + (rk > wk ? 7 : -7), y2 = y(rk) + (rk > wk ? -8 : 8), bulge = 18;
      out.push(`<path class="pipe" data-pipe="${pipe}" data-writer="${writer}:${wfd}" data-reader="${reader}:${rfd}" d="M${at} ${y1}C${at + bulge} ${y1} ${at + bulge} ${y2} ${at} ${y2}"><title>pipe ${pipe}: ${writer} writes on fd ${wfd}, ${reader} reads on fd ${rfd}</title></path>`);
      out.push(`<text class="pipe-label" x="${at + bulge}" y="${(y1 + y2) / 2 + 4}">pipe ${pipe}: fd ${wfd} → fd ${rfd}</text>`);
    });
    // The dots: one <path> per lane and kind, each dot a small circle in it,
    // so that 10,000 events make a few hundred elements, not 10,000 (layout
    // time grows with elements). The mouse finds the event by position.
    const dots = new Map();
    laneEvents.length = 0;
    P.forEach(() => laneEvents.push([]));
    E.forEach((e, i) => {
      const k = lane(e[1], i);
      if (k < 0) return;
      const kind = K[e[2]];
      laneEvents[k].push(i);
      if (kind === "kill") {
        const m = /(?:^|\t)pid=(\d+)/.exec(e[4]);
        const tk = m ? lane(+m[1], i) : -1;
        if (tk >= 0 && tk !== k) out.push(`<path class="kill-arrow" data-from="${e[1]}" data-to="${m[1]}" d="M${x(i)} ${y(k)}L${x(i) + 10} ${y(tk)}"/>`);
      }
      const key = k * 1000 + e[2];
      if (!dots.has(key)) dots.set(key, {k, kind, d: [], count: 0});
      const g = dots.get(key), cx = +x(i).toFixed(1), cy = y(k);
      g.d.push(`M${cx - R} ${cy}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`);
      g.count++;
    });
    for (const g of dots.values())
      out.push(`<path class="mark k-${esc(g.kind)}" data-lane="${g.k}" data-count="${g.count}" d="${g.d.join("")}"/>`);
    out.push(`<circle id="sel" class="sel-ring" r="${R + 3}" cx="-20" cy="-20"/>`);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.innerHTML = out.join("");
    }
    draw();
    document.getElementById("commands").textContent = T.c.map(c => "$ " + c).join("\n");
    const details = document.getElementById("details");
    let selected = null;
    function show(i) {
      const e = E[i], kind = K[e[2]];
      const lines = [`${kind} at +${e[0]} µs   pid ${e[1]}   parent ${e[7]}   group ${e[8]}`, e[3]];
      if (e[6] >= 0) lines.push("command: " + T.c[e[6]]);
      if (e[4]) lines.push("fields: " + e[4].split("\t").join("   ").split("\u001f").join(" "));
      if (e[5] >= 0) lines.push("descriptors afterwards:\n  " + T.d[e[5]].split("\n").join("\n  "));
      if (T.x[kind]) lines.push("\n" + T.x[kind]);
      details.textContent = lines.join("\n");
    }
    // The event under the mouse: the lane from y, then the nearest dot of
    // that lane by x (x grows with the index in both layouts).
    function hit(ev) {
      const pt = svg.createSVGPoint();
      pt.x = ev.clientX;
      pt.y = ev.clientY;
      const p = pt.matrixTransform(svg.getScreenCTM().inverse());
      let k = -1;
      for (let j = 0; j < P.length; j++) if (p.y >= Y[j] && p.y < Y[j] + H[j]) k = j;
      const list = laneEvents[k];
      if (!list || !list.length || Math.abs(p.y - y(k)) > R + 4) return -1;
      let lo = 0, hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x(list[mid]) < p.x) lo = mid + 1; else hi = mid;
      }
      let best = list[lo];
      if (lo > 0 && Math.abs(x(list[lo - 1]) - p.x) < Math.abs(x(best) - p.x)) best = list[lo - 1];
      return Math.abs(x(best) - p.x) <= R + 4 ? best : -1;
    }
    function select(i) {
      selected = i;
      const ring = document.getElementById("sel");
      ring.setAttribute("cx", x(i));
      ring.setAttribute("cy", y(lane(E[i][1], i)));
      show(i);
    }
    svg.addEventListener("click", ev => { const i = hit(ev); if (i >= 0) select(i); });
    // Hover shows an event until one is clicked; then the clicked one stays.
    svg.addEventListener("mousemove", ev => { const i = hit(ev); if (i >= 0 && selected === null) show(i); });
    // page.html#event=N opens with event N selected (for a link from a lesson).
    const wanted = /event=(\d+)/.exec(location.hash);
    if (wanted && +wanted[1] < n) select(+wanted[1]);
    const mode = document.getElementById("mode");
    mode.addEventListener("click", () => {
      real = !real;
      mode.textContent = real ? "Show events in order" : "Show real time";
      draw();
      if (selected !== null) select(selected);
    });
    if (/real/.test(location.hash)) mode.click();  // page.html#real opens in real time
    svg.getBoundingClientRect();  // layout now, so that the time below includes it
    void document.body.offsetHeight;
    document.body.dataset.lanes = String(P.length);
    document.body.dataset.drawMs = String(Math.round(performance.now() - started));
    document.body.dataset.status = "drawn";
  } catch (err) {
    document.body.dataset.status = "error: " + err.message;
    console.error(err);
  }
})();
</script>
</body></html>
)JS";

std::string array_of_names(const Process& p) {
    std::string out = "[";
    for (const auto& [at, name] : p.names) out += fmt::format("{}[{},{}]", out.size() > 1 ? "," : "", at, json_string(name));
    return out + "]";
}

}  // namespace

std::string render_html(const Model& m) {
    std::string data = "const T={";
    // Kinds, commands and explanations once; each event refers to them by number.
    std::map<std::string, int> kind_index, command_index;
    std::string kinds = "[", explanations = "{";
    for (const trace::Record& r : m.events) {
        if (kind_index.count(r.kind)) continue;
        kind_index[r.kind] = static_cast<int>(kind_index.size());
        kinds += (kinds.size() > 1 ? "," : "") + json_string(r.kind);
        std::string_view sentence = teach::sentence(r.kind);
        if (!sentence.empty())
            explanations += (explanations.size() > 1 ? "," : "") + json_string(r.kind) + ":" + json_string(sentence);
    }
    std::string commands = "[";
    for (const std::string& c : m.commands) {
        command_index[c] = static_cast<int>(command_index.size());
        commands += (commands.size() > 1 ? "," : "") + json_string(c);
    }
    data += "k:" + kinds + "],x:" + explanations + "},c:" + commands;
    // Descriptor tables repeat (a loop redirects the same way each time):
    // each distinct one is written once, in d, and events refer to it.
    std::map<std::string, int> table_index;
    std::string tables = "[";
    for (const std::string& t : m.fd_tables) {
        if (t.empty() || table_index.count(t)) continue;
        table_index[t] = static_cast<int>(table_index.size());
        tables += (tables.size() > 1 ? "," : "") + json_string(t);
    }
    data += "],\nd:" + tables + "],\ne:[";
    long long t0 = m.events.empty() ? 0 : m.events.front().ns;
    for (size_t i = 0; i < m.events.size(); ++i) {
        const trace::Record& r = m.events[i];
        std::string fields;
        for (const auto& [k, v] : r.fields) fields += (fields.empty() ? "" : "\t") + k + "=" + v;
        auto c = command_index.find(r.command);
        data += fmt::format("{}[{},{},{},{},{},{},{},{},{}]\n", i ? "," : "", (r.ns - t0) / 1000, r.pid, kind_index[r.kind],
                            json_string(r.text), json_string(fields),
                            m.fd_tables[i].empty() ? -1 : table_index[m.fd_tables[i]],
                            c == command_index.end() ? -1 : c->second, r.ppid, r.pgid);
    }
    data += "],\np:[";
    for (size_t i = 0; i < m.processes.size(); ++i) {
        const Process& p = m.processes[i];
        data += fmt::format("{}[{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}]\n", i ? "," : "", p.pid, p.parent,
                            p.depth, p.born, p.exited, p.reaped, p.last, p.group, json_string(p.status),
                            array_of_names(p), json_string(p.role), p.tgid, p.adopted_at, p.adopted_by,
                            p.outside ? 1 : 0, p.reaper);
    }
    data += "],l:[";
    for (size_t i = 0; i < m.pipes.size(); ++i) {
        const PipeLink& l = m.pipes[i];
        data += fmt::format("{}[{},{},{},{},{},{},{}]", i ? "," : "", l.pipe, l.writer, l.writer_fd, l.reader, l.reader_fd,
                            l.written_at, l.read_at);
    }
    data += "],f:[";
    for (size_t i = 0; i < m.foreground.size(); ++i)
        data += fmt::format("{}[{},{}]", i ? "," : "", m.foreground[i].at, m.foreground[i].group);
    data += "]};\n";
    std::string page;
    page.reserve(page_head.size() + data.size() + page_script.size());
    page += page_head;
    page += data;
    page += page_script;
    return page;
}

}  // namespace forksh::timeline
