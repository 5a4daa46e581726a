#!/usr/bin/python3
"""test_browser.py: the pictures `forksh --trace=FILE.html` draws, checked in a
real browser (headless Chromium), as a student would open them.

Usage: test_browser.py FORKSH OUTDIR

1. `ls /proc/self | head -1 | wc -l`: one lane for the shell and one for each
   of its three children, named forksh -> ls / head / wc after execve, a fork
   arrow from the shell to each, and the two pipes drawn from the writer's
   fd 1 to the reader's fd 0; a click on wc's lane shows its execve.
2. A background subshell that exits while the shell is stopped: a zombie
   until the shell is continued and reaps it. Made deterministic by waiting
   for each state in /proc (shell stopped, child a zombie), never for a time.
   Loaded twice: in event order, and in real time (page.html#real).
3. --follow (issue 25): the issue's tree, a lane for every process at its
   depth and the orphan's adoption arrow (follow.png).
4. A trace of more than 10,000 events: the page stays under 2 MB and draws in
   under a second.

Each page must end with <body data-status="drawn"> and log nothing on the
console. Screenshots go to OUTDIR (pipeline.png, zombie.png). Exits 77 (CTest:
skipped, not passed) when no Chromium is installed.
"""

import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402
from proc_wait import wait_until  # noqa: E402

SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def stat_of(pid):
    """(state letter, parent pid) of `pid` from /proc/PID/stat, or None."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    rest = text[text.rindex(")") + 2:].split()
    return rest[0], int(rest[1])


def children_of(pid):
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            s = stat_of(int(entry))
            if s and s[1] == pid:
                out.append(int(entry))
    return out


def lanes(elements):
    return {int(e.attrs["data-pid"]): e for e in browser.with_class(elements, "lane", "data-pid")}


def drawn(elements, console, name):
    status = browser.body(elements).attrs.get("data-status")
    check(status == "drawn", f"{name}: the page says data-status={status!r}, not 'drawn'")
    check(not console, f"{name}: the console has messages: {console}")


def pipeline(forksh, work, chromium, outdir):
    page = os.path.join(work, "pipeline.html")
    p = subprocess.Popen([forksh, f"--trace={page}", "-c", "ls /proc/self | head -1 | wc -l"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(timeout=30)
    check(p.returncode == 0 and out.strip() == b"1", f"pipeline: status {p.returncode}, output {out!r}, {err!r}")
    check(not os.path.exists(page + ".events"), "pipeline: the event file was not removed after drawing")
    elements, console = browser.dump_dom(chromium, page)
    drawn(elements, console, "pipeline")
    by_pid = lanes(elements)
    shell = p.pid
    check(len(by_pid) == 4, f"pipeline: {len(by_pid)} lanes, expected 4 (the shell and three children)")
    check(shell in by_pid and by_pid[shell].attrs.get("data-names") == "forksh",
          f"pipeline: no lane for the shell {shell} named forksh: {sorted(by_pid)}")
    names = {}
    for pid, lane in by_pid.items():
        if pid == shell:
            continue
        check(lane.attrs.get("data-parent") == str(shell), f"pipeline: lane {pid} is not under the shell")
        names[lane.attrs.get("data-names")] = pid
    # vfork: each child is born a copy of the shell (forksh, until its
    # execve line), then becomes its program: the green segment.
    check(sorted(names) == ["forksh head", "forksh ls", "forksh wc"],
          f"pipeline: children's names {sorted(names)}, expected forksh then ls, head, wc")
    names = {name.split()[-1]: pid for name, pid in names.items()}
    arrows = {(a.attrs["data-from"], a.attrs["data-to"]) for a in browser.with_class(elements, "fork-arrow", "data-from")}
    for pid in names.values():
        check((str(shell), str(pid)) in arrows, f"pipeline: no fork arrow from {shell} to {pid}")
    pipes = {(e.attrs["data-writer"], e.attrs["data-reader"]) for e in browser.with_class(elements, "pipe", "data-writer")}
    if len(names) == 3:
        ls, head, wc = names["ls"], names["head"], names["wc"]
        expected = {(f"{ls}:1", f"{head}:0"), (f"{head}:1", f"{wc}:0")}
        check(pipes == expected, f"pipeline: pipes {sorted(pipes)}, expected {sorted(expected)}")
    browser.screenshot(chromium, page, os.path.join(outdir, "pipeline.png"))
    clicked = click_test(chromium, work, page, "forksh", "vfork -> child")
    check(clicked.startswith("found"), f"pipeline: clicking along the shell's lane never showed a vfork: {clicked}")
    clicked = click_test(chromium, work, page, "forksh wc", "execve /usr/bin/wc")
    check(clicked.startswith("found"), f"pipeline: clicking along wc's lane never showed its execve: {clicked}")


CLICK_SCRIPT = """<script>
(function () {
  const svg = document.getElementById("tl"), m = svg.getScreenCTM();
  const lanes = [...document.querySelectorAll("g.lane")];
  const k = lanes.findIndex(g => g.dataset.names === %(names)s);
  const rect = lanes[k].querySelector("rect.lane-bg");
  const y = (+rect.getAttribute("y") + +rect.getAttribute("height") / 2) * m.d + m.f;
  let found = "not found";
  for (let px = 0; px < +svg.getAttribute("width"); px += 1) {
    svg.dispatchEvent(new MouseEvent("click", {bubbles: true, clientX: px * m.a + m.e, clientY: y}));
    if (document.getElementById("details").textContent.includes(%(text)s)) { found = "found at " + px; break; }
  }
  document.body.dataset.clicked = found;
})();
</script></body></html>"""


def click_test(chromium, work, page, names, text):
    """Click along one lane, as a user would, until the details box shows
    `text`; returns "found at X" or why not."""
    import json
    with open(page) as fh:
        html = fh.read()
    probe = os.path.join(work, "click.html")
    with open(probe, "w") as fh:
        fh.write(html.replace("</body></html>", CLICK_SCRIPT % {"names": json.dumps(names), "text": json.dumps(text)}))
    elements, console = browser.dump_dom(chromium, probe)
    check(not console, f"click test: the console has messages: {console}")
    return browser.body(elements).attrs.get("data-clicked", "no result")


def zombie(forksh, work, chromium, outdir):
    page = os.path.join(work, "zombie.html")
    fifo = os.path.join(work, "go")
    os.mkfifo(fifo)
    script = ('( read -r go < "$1"; exit 3 ) &\n'
              'kill -STOP $$\n'
              'wait $!\n'
              'echo "status $?"\n')
    p = subprocess.Popen([forksh, f"--trace={page}", "-c", script, "zombie", fifo],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # The shell stops itself; only then may its child exit, so that no
        # SIGCHLD handler can reap it before the picture has a zombie to show.
        wait_until("the shell to stop", lambda: (stat_of(p.pid) or ("?",))[0] == "T")
        child = wait_until("the background subshell", lambda: children_of(p.pid))[0]
        with open(fifo, "w") as fh:
            fh.write("go\n")
        wait_until("the subshell to become a zombie", lambda: (stat_of(child) or ("?",))[0] == "Z")
        os.kill(p.pid, signal.SIGCONT)
        out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    check(out == b"status 3\n", f"zombie: output {out!r}, {err!r}")
    elements, console = browser.dump_dom(chromium, page)
    drawn(elements, console, "zombie")
    by_pid = lanes(elements)
    check(set(by_pid) == {p.pid, child}, f"zombie: lanes {sorted(by_pid)}, expected {[p.pid, child]}")
    zombies = browser.with_class(elements, "zombie", "data-pid")
    mine = [z for z in zombies if z.attrs.get("data-pid") == str(child)]
    check(len(mine) == 1, f"zombie: {len(mine)} zombie intervals for {child}, expected 1")
    if mine:
        check(int(mine[0].attrs["data-to"]) > int(mine[0].attrs["data-from"]),
              "zombie: the interval does not run from exit to a later reap")
        check(float(mine[0].attrs["width"]) >= 10, f"zombie: a sliver of {mine[0].attrs['width']} px, not a visible bar")
    kills = sum(int(m.attrs["data-count"]) for m in browser.with_class(elements, "k-kill", "data-count"))
    check(kills == 1, f"zombie: {kills} kill marks, expected 1 (kill -STOP $$)")
    browser.screenshot(chromium, page, os.path.join(outdir, "zombie.png"), size="1300,500")
    # The same page in real time (#real): the zombie is still drawn, no error.
    elements, console = browser.dump_dom(chromium, page, "#real")
    drawn(elements, console, "zombie in real time")
    mine = [z for z in browser.with_class(elements, "zombie", "data-pid") if z.attrs.get("data-pid") == str(child)]
    check(len(mine) == 1 and float(mine[0].attrs["width"]) >= 10, "zombie in real time: no visible zombie bar drawn")


def followed(forksh, work, chromium, outdir):
    """--follow: the issue's tree (sh, true | cat, a subshell that orphans
    a sleep, a last sleep), every lane at its depth, the adoption arrow."""
    page = os.path.join(work, "follow.html")
    r = subprocess.run([forksh, "--follow", f"--trace={page}", "-c",
                        'sh -c "/bin/true | /bin/cat; (sleep 0.3 &); sleep 0.1"'], capture_output=True, timeout=30)
    if b"ptrace cannot follow" in r.stderr:
        print("followed: skipped (ptrace is not allowed here)")
        return
    check(r.returncode == 0, f"followed: status {r.returncode}: {r.stderr!r}")
    elements, console = browser.dump_dom(chromium, page)
    drawn(elements, console, "followed")
    by_pid = lanes(elements)
    names = sorted(lane.attrs.get("data-names") for lane in by_pid.values())
    for wanted in ("forksh sh", "sh true", "sh cat", "sh", "sh sleep"):
        check(wanted in names, f"followed: no lane named {wanted!r}: {names}")
    check(names.count("sh sleep") == 2, f"followed: {names.count('sh sleep')} sleep lanes, expected 2")
    adopts = browser.with_class(elements, "adopt-arrow", "data-to")
    check(len(adopts) == 1, f"followed: {len(adopts)} adoption arrows, expected 1")
    if adopts:
        orphan = int(adopts[0].attrs["data-to"])
        check(by_pid.get(orphan) is not None and by_pid[orphan].attrs.get("data-names") == "sh sleep",
              f"followed: the adoption arrow points at {orphan}, not a sleep")
        check(int(adopts[0].attrs["data-from"]) in by_pid, "followed: the adopter has no lane")
    zombies = browser.with_class(elements, "zombie", "data-pid")
    check(len(zombies) >= 4, f"followed: {len(zombies)} zombie bars, expected one per followed process that was reaped")
    browser.screenshot(chromium, page, os.path.join(outdir, "follow.png"), size="1300,500")


def large(forksh, work, chromium):
    page = os.path.join(work, "large.html")
    script = ('i=0; while [ $i -lt 1800 ]; do : > /dev/null; i=$((i+1)); '
              'case $i in *00) true | true;; esac; done')
    r = subprocess.run([forksh, f"--trace={page}", "-c", script], capture_output=True, timeout=60)
    check(r.returncode == 0, f"large: status {r.returncode}: {r.stderr!r}")
    size = os.path.getsize(page)
    check(size < 2 * 1024 * 1024, f"large: the page is {size} bytes, over 2 MB")
    elements, console = browser.dump_dom(chromium, page)
    drawn(elements, console, "large")
    # Dots are drawn as one path per lane and kind; each says how many it holds.
    marks = sum(int(m.attrs["data-count"]) for m in browser.with_class(elements, "mark", "data-count"))
    check(marks >= 10000, f"large: {marks} events drawn, expected at least 10000")
    ms = int(browser.body(elements).attrs.get("data-draw-ms", "99999"))
    check(ms < 1000, f"large: drawing took {ms} ms, over a second")
    print(f"large: {marks} events, {size} bytes, drawn in {ms} ms")


def hostile(forksh, work, chromium):
    """A crafted event file: markup in the kind, the program name and the
    text must stay text. Nothing may run (no handler sets data-pwned, no
    <image> or <img> appears) and the page still draws."""
    events = os.path.join(work, "hostile.events")
    r = subprocess.run([forksh, f"--trace={events}", "-c", "/bin/true"], capture_output=True, timeout=30)
    check(r.returncode == 0, f"hostile: recording failed: {r.stderr!r}")
    lines = open(events, encoding="utf-8").read().splitlines()
    payload = 'a"/><image href="x" onerror="document.body.dataset.pwned=1"/><path class="'
    markup = '<img src=x onerror="document.body.dataset.pwned=2">'
    crafted = []
    for line in lines:
        f = line.split("\t")
        if len(f) > 8 and f[5] == "execve":
            f[6] = markup          # as: the program's name
            f[8] = markup          # text
        elif len(f) > 8 and f[5] == "spawn":
            f[5] = payload         # kind
        crafted.append("\t".join(f))
    with open(events, "w", encoding="utf-8") as fh:
        fh.write("\n".join(crafted) + "\n")
    page = os.path.join(work, "hostile.html")
    r = subprocess.run([forksh, "-c", f"timeline {events} {page}"], capture_output=True, timeout=30)
    check(r.returncode == 0, f"hostile: timeline failed: {r.stderr!r}")
    elements, console = browser.dump_dom(chromium, page)
    drawn(elements, console, "hostile")
    body = browser.body(elements)
    check("data-pwned" not in body.attrs, f"hostile: injected script ran (data-pwned={body.attrs.get('data-pwned')})")
    injected = [e.tag for e in elements if e.tag in ("image", "img")]
    check(not injected, f"hostile: the file's markup became elements: {injected}")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    forksh, outdir = os.path.abspath(sys.argv[1]), sys.argv[2]
    chromium = browser.find_chromium()
    if not chromium:
        print("skipped: no chromium installed (scripts/lib/setup.sh installs it)")
        return SKIP
    os.makedirs(outdir, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="forksh-timeline-") as work:
        pipeline(forksh, work, chromium, outdir)
        zombie(forksh, work, chromium, outdir)
        followed(forksh, work, chromium, outdir)
        large(forksh, work, chromium)
        hostile(forksh, work, chromium)
    print(f"{len(failures)} failure(s); screenshots in {outdir}; {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
