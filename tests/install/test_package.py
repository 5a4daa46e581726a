#!/usr/bin/python3
"""test_package.py BUILD_DIR: `cpack -G DEB` makes a .deb (into a temporary
folder; cpack reuses the built binary) that depends on libc6 and libreadline8
(the binary links libhistory.so.8 and loads libreadline.so.8 when interactive),
whose postinst and postrm call add-shell and remove-shell for /usr/bin/forksh,
and which, extracted into a scratch root with `dpkg-deb -x`, has a forksh that
runs and a gzip'ed man page that `man -l` renders without a warning.
tests/install/test_lintian.py checks the package against lintian and
hardening-check."""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True


def run(args, **kw):
    kw.setdefault("timeout", 60)
    return subprocess.run(args, capture_output=True, text=True, **kw)


def check_maintainer_script(path, action, tool, failures):
    """Runs the script with a fake `tool` first in PATH: it must call it
    with /usr/bin/forksh (the real one would edit this machine's /etc/shells)."""
    if not os.access(path, os.X_OK):
        failures.append(f"{os.path.basename(path)} is not executable")
        return
    bindir = tempfile.mkdtemp(prefix="forksh-fakebin-")
    log = os.path.join(bindir, "log")
    try:
        fake = os.path.join(bindir, tool)
        with open(fake, "w") as fh:
            fh.write(f'#!/bin/sh\necho "{tool} $*" >>{log}\n')
        os.chmod(fake, 0o755)
        r = run([path, action], env={"PATH": bindir + ":/usr/bin:/bin"})
        called = open(log).read() if os.path.exists(log) else ""
        if r.returncode != 0 or called != f"{tool} /usr/bin/forksh\n":
            failures.append(f"{os.path.basename(path)} {action}: status {r.returncode}, called {called!r} "
                            f"{r.stderr!r}")
    finally:
        shutil.rmtree(bindir, ignore_errors=True)


def main():
    build = os.path.abspath(sys.argv[1])
    out = tempfile.mkdtemp(prefix="forksh-deb-")
    failures = []
    try:
        r = run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake")],
                cwd=build, timeout=120)
        debs = glob.glob(os.path.join(out, "*.deb"))
        if r.returncode != 0 or len(debs) != 1:
            print(r.stdout, r.stderr)
            return 1
        deb = debs[0]

        fields = run(["dpkg-deb", "-f", deb]).stdout
        depends = next((line for line in fields.splitlines() if line.startswith("Depends:")), "")
        # libreadline8 ships libhistory.so.8, which the binary links, and
        # libreadline.so.8, which it dlopen()s (not in NEEDED): no Readline
        # may be linked in, nor libreadline.so.8 loaded by a non-interactive start.
        needed = run(["readelf", "-d", os.path.join(build, "forksh")]).stdout
        for package in ("libc6", "libreadline8"):
            if package not in depends:
                failures.append(f"Depends lacks {package}: {depends!r}")
        if "libhistory.so.8" not in needed or "libreadline.so.8" in needed or "libtinfo" in needed:
            failures.append(f"NEEDED should be libhistory.so.8 and libc, not libreadline or libtinfo:\n{needed}")

        control = os.path.join(out, "control")
        run(["dpkg-deb", "-e", deb, control])
        check_maintainer_script(os.path.join(control, "postinst"), "configure", "add-shell", failures)
        check_maintainer_script(os.path.join(control, "postrm"), "remove", "remove-shell", failures)

        root = os.path.join(out, "root")
        r = run(["dpkg-deb", "-x", deb, root])
        if r.returncode != 0:
            failures.append(f"dpkg-deb -x: {r.stderr}")
        forksh = os.path.join(root, "usr/bin/forksh")
        r = run([forksh, "-c", "echo ok"])
        if r.stdout != "ok\n" or r.returncode != 0:
            failures.append(f"packaged forksh -c 'echo ok': {r.returncode} {r.stdout!r} {r.stderr!r}")
        # A non-interactive shell never maps Readline or terminfo (its own
        # maps, read by a child while it waits).
        r = run([forksh, "-c", "cat /proc/$$/maps"])
        if r.returncode != 0 or "libhistory.so.8" not in r.stdout or re.search(r"libreadline|libtinfo", r.stdout):
            failures.append(f"forksh -c mapped Readline (or no libhistory): {r.returncode} {r.stderr!r}")
        r = run([forksh, "--version"])
        if r.returncode != 0 or not r.stdout.startswith("forksh ") or "Readline" not in r.stdout:
            failures.append(f"packaged forksh --version: {r.stdout!r}")
        if not os.path.isfile(os.path.join(root, "usr/share/forksh/lessons/01-program-and-process.sh")):
            failures.append("no lessons in /usr/share/forksh/lessons")

        page = os.path.join(root, "usr/share/man/man1/forksh.1.gz")
        env = {"PATH": "/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80",
               "LC_ALL": "C", "HOME": out}
        r = run(["man", "-l", page], env=env)
        if r.returncode != 0 or r.stderr.strip() or "FORKSH(1)" not in r.stdout or "SYNOPSIS" not in r.stdout:
            failures.append(f"man -l: status {r.returncode}, stderr {r.stderr!r}, {len(r.stdout)} bytes")
        r = run(["groff", "-ww", "-z", "-man"], input=run(["zcat", page]).stdout)
        if r.returncode != 0 or r.stderr.strip():
            failures.append(f"groff -ww on the packaged page: {r.stderr!r}")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        return 1
    print("package: Depends, postinst/postrm, extracted forksh runs, man -l renders the .gz page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
