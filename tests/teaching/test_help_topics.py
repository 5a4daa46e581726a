#!/usr/bin/python3
"""test_help_topics.py: every concept topic of `help` exists and names only
lessons that exist (issue 27).

Usage: test_help_topics.py FORKSH LESSONS_DIR

For each topic the issue asks for, and each topic `help` alone lists, runs
`forksh -c 'help TOPIC'` and checks: status 0, a page of several lines, a
"Lessons:" line naming at least one lesson, and every NN-name.sh that the
page mentions anywhere is a file in LESSONS_DIR (scripts/lessons/).
"""
import os
import re
import subprocess
import sys

REQUIRED = ["fork", "exec", "vfork", "pipe", "zombie", "orphan", "wait", "signal", "job",
            "process-group", "session", "cow", "thread", "proc", "trace", "explain", "timeline"]
LESSON_RE = re.compile(r"\b\d\d-[a-z0-9-]+\.sh\b")


def help_text(forksh, *words):
    r = subprocess.run([forksh, "-c", 'help "$@"', "forksh", *words],
                       capture_output=True, text=True, timeout=20, cwd="/", env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    return r.returncode, r.stdout, r.stderr


def listed_topics(overview):
    """The words under "Topics (...):" up to the next blank line."""
    lines = overview.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Topics"):
            words = []
            for more in lines[i + 1:]:
                if not more.strip():
                    break
                words += more.split()
            return words
    return []


def main():
    forksh, lessons_dir = sys.argv[1:3]
    lessons = set(os.listdir(lessons_dir))
    failures = []

    status, overview, err = help_text(forksh)
    listed = listed_topics(overview)
    if status != 0 or not listed:
        failures.append(f"`help` lists no topics (status {status}): {overview!r} {err!r}")
    for topic in REQUIRED:
        if topic not in listed:
            failures.append(f"`help` does not list the topic {topic}")

    for topic in sorted(set(REQUIRED) | set(listed)):
        status, page, err = help_text(forksh, topic)
        if status != 0 or err:
            failures.append(f"help {topic}: status {status}, stderr {err!r}")
            continue
        if len(page.splitlines()) < 5:
            failures.append(f"help {topic}: a page of {len(page.splitlines())} lines")
        named_line = [line for line in page.splitlines() if line.startswith("Lessons:")]
        if not named_line or not LESSON_RE.search(named_line[-1]):
            failures.append(f"help {topic}: no \"Lessons: NN-name.sh\" line")
        for name in LESSON_RE.findall(page):
            if name not in lessons:
                failures.append(f"help {topic}: names {name}, which is not in {lessons_dir}")

    for f in failures:
        print("FAIL:", f)
    print(f"{len(REQUIRED)} required topics, {len(listed)} listed: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
