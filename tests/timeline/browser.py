"""browser.py: load a timeline page in headless Chromium and read back what it drew.

Shared by the timeline tests. Chromium runs as CI runs it: as root, with no
display, so --headless, --no-sandbox and a throw-away --user-data-dir.
"""

import html.parser
import os
import shutil
import subprocess
import tempfile

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium():
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(chromium, page, extra, timeout=60, fragment=""):
    with tempfile.TemporaryDirectory(prefix="forksh-chromium-") as profile:
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-extensions", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
               "--virtual-time-budget=5000"] + extra + ["file://" + os.path.abspath(page) + fragment]
        return subprocess.run(cmd, capture_output=True, timeout=timeout)


def console_messages(stderr_text):
    """Lines Chromium logged for the page's console (errors and messages)."""
    return [line for line in stderr_text.splitlines() if "CONSOLE" in line or "Uncaught" in line]


class Element:
    def __init__(self, tag, attrs):
        self.tag = tag
        self.attrs = dict(attrs)
        self.classes = set((self.attrs.get("class") or "").split())


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(Element(tag, attrs))

    handle_startendtag = handle_starttag


def dump_dom(chromium, page, fragment=""):
    """(elements, console lines): the DOM after the page's script ran."""
    r = _run(chromium, page, ["--dump-dom"], fragment=fragment)
    if r.returncode != 0:
        raise RuntimeError(f"chromium failed with status {r.returncode}: {r.stderr.decode(errors='replace')[-2000:]}")
    parser = _Collector()
    parser.feed(r.stdout.decode(errors="replace"))
    return parser.elements, console_messages(r.stderr.decode(errors="replace"))


def screenshot(chromium, page, png, size="1300,700"):
    r = _run(chromium, page, [f"--screenshot={os.path.abspath(png)}", f"--window-size={size}",
                              "--hide-scrollbars"])
    if r.returncode != 0 or not os.path.exists(png):
        raise RuntimeError(f"no screenshot: {r.stderr.decode(errors='replace')[-2000:]}")


def with_class(elements, cls, attr):
    """Elements of class `cls` that carry `attr`: the drawing's, not the
    legend's samples (which have the class and no data)."""
    return [e for e in elements if cls in e.classes and attr in e.attrs]


def body(elements):
    for e in elements:
        if e.tag == "body":
            return e
    raise AssertionError("the page has no <body>")
