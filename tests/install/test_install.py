#!/usr/bin/python3
"""test_install.py BUILD_DIR: `cmake --install BUILD_DIR --prefix TMP` puts
bin/forksh, the man page, the lessons and the example forkshrc where the
README says, and the installed shell runs, finds its lessons, reads the
example forkshrc without a complaint and runs a lesson from there."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=60, **kw)


def main():
    build = sys.argv[1]
    prefix = tempfile.mkdtemp(prefix="forksh-install-")
    failures = []
    try:
        r = run(["cmake", "--install", build, "--prefix", prefix])
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            return 1
        forksh = os.path.join(prefix, "bin/forksh")
        lessons = os.path.join(prefix, "share/forksh/lessons")
        for path in ("bin/forksh", "share/man/man1/forksh.1.gz", "share/doc/forksh/copyright",
                     "share/forksh/forkshrc",
                     "share/forksh/lessons/01-program-and-process.sh"):
            if not os.path.isfile(os.path.join(prefix, path)):
                failures.append(f"not installed: {path}")
        if failures:
            print("\n".join(failures))
            return 1
        if not os.access(forksh, os.X_OK):
            failures.append("bin/forksh is not executable")
        source_lessons = sorted(os.listdir(os.path.join(os.path.dirname(__file__), "../../scripts/lessons")))
        if sorted(os.listdir(lessons)) != source_lessons:
            failures.append(f"lessons differ: {sorted(os.listdir(lessons))} != {source_lessons}")

        r = run([forksh, "-c", "echo ok"])
        if r.stdout != "ok\n":
            failures.append(f"installed forksh -c 'echo ok': {r.stdout!r} {r.stderr!r}")
        # `help` says where the installed lessons are.
        r = run([forksh, "-c", "help"])
        if f"Lessons: {lessons}/" not in r.stdout:
            failures.append(f"help does not name {lessons}: {r.stdout[-300:]!r}")
        # The example forkshrc is valid forksh (and sets what it says).
        home = tempfile.mkdtemp(prefix="forksh-home-", dir=prefix)
        rc = os.path.join(prefix, "share/forksh/forkshrc")
        r = run([forksh, "-c", f". {rc} && echo \"$HISTSIZE\" && alias ll"], env={"HOME": home, "PATH": "/usr/bin:/bin"})
        if r.returncode != 0 or r.stderr or r.stdout != "5000\nll='ls -l'\n":
            failures.append(f"sourcing the example forkshrc: {r.returncode} {r.stdout!r} {r.stderr!r}")
        # A lesson runs from where it is installed.
        r = run([forksh, os.path.join(lessons, "02-fork-and-exec.sh")], cwd=home)
        if r.returncode != 0 or "fork" not in r.stdout:
            failures.append(f"installed lesson 02: status {r.returncode} {r.stderr[-300:]!r}")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        return 1
    print("install: 4 files in place, forksh runs, help names the lessons, forkshrc and a lesson run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
