#!/usr/bin/python3
"""test_lintian.py BUILD_DIR: the .deb that `cpack -G DEB` makes is one a
distribution would ship: lintian reports no error (E:) and no hardening
warning; hardening-check (devscripts) says yes to its five checks on the
packaged /usr/bin/forksh (PIE, stack protector, fortify, read-only
relocations, immediate binding); the Depends line names libreadline8 (the
system's Readline: forksh links its libhistory.so.8 and loads libreadline.so.8
at the first prompt) and libc6, with versions; the licence and changelog are
in /usr/share/doc/forksh. Exits 77 (skipped) when lintian or hardening-check
is not installed (apt-get install lintian devscripts; scripts/test does)."""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

SKIP = 77
FIVE_CHECKS = ("Position Independent Executable", "Stack protected", "Fortify Source functions",
               "Read-only relocations", "Immediate binding")


def run(args, **kw):
    kw.setdefault("timeout", 120)
    return subprocess.run(args, capture_output=True, text=True, **kw)


def main():
    build = os.path.abspath(sys.argv[1])
    missing = [tool for tool in ("lintian", "hardening-check") if shutil.which(tool) is None]
    if missing:
        print(f"skipped: {' and '.join(missing)} not installed (apt-get install lintian devscripts)")
        return SKIP
    out = tempfile.mkdtemp(prefix="forksh-lintian-")
    failures = []
    try:
        r = run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake")],
                cwd=build)
        debs = glob.glob(os.path.join(out, "*.deb"))
        if r.returncode != 0 or len(debs) != 1:
            print(r.stdout, r.stderr)
            return 1
        deb = debs[0]

        # Depends: libc6 (>= 2.35), libreadline8 (>= 7.0~rc1), or similar.
        fields = run(["dpkg-deb", "-f", deb, "Depends"]).stdout.strip()
        for package in ("libreadline8", "libc6"):
            if not re.search(rf"\b{package} \(>= [^)]+\)", fields):
                failures.append(f"Depends does not name {package} with a version: {fields!r}")

        # Errors and hardening warnings fail; informational tags do not.
        r = run(["lintian", "--display-level", ">=warning", deb], timeout=600)
        tags = [line for line in r.stdout.splitlines() if re.match(r"[EW]: ", line)]
        bad = [line for line in tags if line.startswith("E: ") or "hardening" in line]
        if bad or r.returncode not in (0, 1):
            failures.append(f"lintian (status {r.returncode}):\n" + "\n".join(bad or [r.stderr]))

        root = os.path.join(out, "root")
        run(["dpkg-deb", "-x", deb, root])
        forksh = os.path.join(root, "usr/bin/forksh")
        r = run(["hardening-check", forksh])
        for check in FIVE_CHECKS:
            line = next((line.strip() for line in r.stdout.splitlines() if line.strip().startswith(check + ":")), "")
            if not line.startswith(check + ": yes"):
                failures.append(f"hardening-check: {line or check + ': missing'}")

        doc = os.path.join(root, "usr/share/doc/forksh")
        for name in ("copyright", "changelog.gz"):
            if not os.path.isfile(os.path.join(doc, name)):
                failures.append(f"no /usr/share/doc/forksh/{name}")
        copyright = open(os.path.join(doc, "copyright")).read() if os.path.isfile(os.path.join(doc, "copyright")) else ""
        if not copyright.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/") \
                or "License: GPL-3+" not in copyright:
            failures.append("copyright is not DEP-5 with License: GPL-3+")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        return 1
    print("lintian: no error, no hardening warning; hardening-check: the five checks pass; "
          "Depends names libreadline8 and libc6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
