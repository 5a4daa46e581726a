#!/usr/bin/python3
"""real_programs.py: programs nobody here wrote, run under forksh and under dash.

Usage: real_programs.py --shell FORKSH SUITE      (SUITE: shunit2, configure,
                                                   syntax or utilities)

Issue 22's rule: a real program must run unchanged. Each program runs under
dash, the oracle, and twice under forksh: as a link named `sh` (strict POSIX
mode, which is how /bin/sh scripts meet a shell) and as `forksh` (bash's
dialect on). forksh must give what dash gives: the same output, the same
files, the same exit status. Nothing third-party is kept here: the inputs are
generated, the programs are the ones Debian installs (scripts/test installs
them: shunit2, autoconf, gzip, gettext-base, xz-utils, debianutils).
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 60


def run(argv, cwd, env, stdin=None):
    try:
        r = subprocess.run(argv, cwd=cwd, env=env, input=stdin, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ("", f"timed out after {TIMEOUT} s", -1)
    return (r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"), r.returncode)


class Shells:
    """dash, and forksh under its two names."""

    def __init__(self, forksh, workdir):
        link_dir = os.path.join(workdir, "as-sh")
        os.mkdir(link_dir)
        os.symlink(forksh, os.path.join(link_dir, "sh"))
        self.under_test = [("forksh as sh", os.path.join(link_dir, "sh")), ("forksh", forksh)]
        self.oracle = shutil.which("dash")
        if not self.oracle:
            sys.exit("real_programs.py: dash is not installed (apt-get install dash)")


def clean_env(home):
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LC_ALL": "C", "TERM": "dumb"}


def need(path, package):
    if not os.path.exists(path):
        sys.exit(f"real_programs.py: {path} is missing: apt-get install {package}")


class Report:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def same(self, what, expected, actual):
        self.checks += 1
        if expected == actual:
            return
        self.failures += 1
        print(f"FAIL {what}:\n  dash:   {expected!r}\n  forksh: {actual!r}")


# shunit2: Debian ships its examples; they source ../shunit2 (1,400 lines of
# portable shell: traps, eval, LINENO, functions, set -u).
def suite_shunit2(shells, work, report):
    need("/usr/share/doc/shunit2/examples", "shunit2")
    root = os.path.join(work, "shunit2")
    shutil.copytree("/usr/share/doc/shunit2/examples", os.path.join(root, "examples"))
    shutil.copy("/usr/bin/shunit2", os.path.join(root, "shunit2"))
    examples = os.path.join(root, "examples")
    tests = sorted(os.path.basename(p) for p in glob.glob(os.path.join(examples, "*_test.sh")))
    if not tests:
        sys.exit("real_programs.py: no shunit2 examples found")
    for test in tests:
        oracle = shells.oracle
        # dash's LINENO is empty inside shunit2's eval'd macros, so it prints no
        # line numbers; POSIX asks for them, and bash prints them as forksh does.
        if test == "lineno_test.sh":
            oracle = shutil.which("bash")
        expected = run([oracle, test], examples, clean_env(work))
        for name, sh in shells.under_test:
            report.same(f"shunit2 {test} under {name}", expected, run([sh, test], examples, clean_env(work)))


# An autoconf configure script, generated here from a configure.ac with the
# common checks: 5,000 lines of the most portable shell there is.
CONFIGURE_AC = """\
AC_INIT([demo], [1.0])
AC_CONFIG_SRCDIR([demo.c])
AC_CONFIG_HEADERS([config.h])
AC_PROG_CC
AC_CHECK_HEADERS([stdlib.h unistd.h sys/wait.h no_such_header.h])
AC_CHECK_FUNCS([fork vfork posix_spawn no_such_function])
AC_CHECK_SIZEOF([long])
AC_CHECK_TYPES([pid_t])
AC_ARG_ENABLE([teach], [AS_HELP_STRING([--enable-teach], [say so])], [teach=$enableval], [teach=no])
AC_SUBST([teach])
AC_CONFIG_FILES([Makefile])
AC_OUTPUT
"""


def suite_configure(shells, work, report):
    need("/usr/bin/autoconf", "autoconf")
    src = os.path.join(work, "demo")
    os.mkdir(src)
    with open(os.path.join(src, "configure.ac"), "w") as fh:
        fh.write(CONFIGURE_AC)
    with open(os.path.join(src, "demo.c"), "w") as fh:
        fh.write("int main(void) { return 0; }\n")
    with open(os.path.join(src, "Makefile.in"), "w") as fh:
        fh.write("all:\n\t@echo teach=@teach@\n")
    for tool in ("autoconf", "autoheader"):
        out, err, status = run([tool], src, clean_env(work))
        if status != 0:
            sys.exit(f"real_programs.py: {tool} failed: {err}")

    def configure(sh, label):
        build = os.path.join(work, "build-" + label)
        os.mkdir(build)
        env = clean_env(work)
        env["CONFIG_SHELL"] = sh  # else configure may re-run itself under bash
        out, err, status = run([sh, "../demo/configure", "--enable-teach"], build, env)
        files = {}
        for name in ("config.h", "Makefile"):
            path = os.path.join(build, name)
            files[name] = open(path).read() if os.path.exists(path) else None
        log = open(os.path.join(build, "config.log")).read() if os.path.exists(os.path.join(build, "config.log")) else ""
        shell_line = re.search(r"^SHELL='(.*)'$", log, re.M)
        return (out, status, files), (shell_line.group(1) if shell_line else None)

    expected, _ = configure(shells.oracle, "dash")
    for name, sh in shells.under_test:
        actual, ran_by = configure(sh, name.replace(" ", "-"))
        report.same(f"configure under {name}: output, status, config.h, Makefile", expected, actual)
        report.same(f"configure under {name}: the shell that ran it", sh, ran_by)


# Every /bin/sh program Debian put here, read with -n (parse, run nothing):
# forksh must accept exactly what dash accepts.
def suite_syntax(shells, work, report):
    scripts = []
    for pattern in ("/usr/bin/*", "/usr/sbin/*", "/usr/share/debconf/*.sh", "/usr/lib/*/*.sh"):
        for path in sorted(glob.glob(pattern)):
            try:
                with open(path, "rb") as fh:
                    first = fh.readline(80)
            except OSError:
                continue
            if re.match(rb"#! ?/bin/sh\b", first):
                scripts.append(path)
    if len(scripts) < 20:
        sys.exit(f"real_programs.py: only {len(scripts)} /bin/sh programs found")
    for path in scripts:
        expected = run([shells.oracle, "-n", path], work, clean_env(work))[2]
        for name, sh in shells.under_test:
            report.same(f"{sh} -n {path} ({name}): exit status", expected,
                        run([sh, "-n", path], work, clean_env(work))[2])


# Small utilities that are shell scripts, run for real on generated input.
UTILITIES = [
    ("zgrep -n", ["/usr/bin/zgrep", "-n", "a", "one.gz"]),
    ("zgrep -c over two files", ["/usr/bin/zgrep", "-c", "e", "one.gz", "two.gz"]),
    ("zgrep finding nothing", ["/usr/bin/zgrep", "nothing-here", "one.gz"]),
    ("zdiff", ["/usr/bin/zdiff", "one.gz", "two.gz"]),
    ("zcat", ["/usr/bin/zcat", "one.gz", "two.gz"]),
    ("xzgrep", ["/usr/bin/xzgrep", "-h", "beta", "three.xz"]),
    ("which -a", ["/usr/bin/which", "-a", "gzip", "no-such-program"]),
    ("gettext.sh", ["use-gettext.sh"]),
]


def suite_utilities(shells, work, report):
    for path, package in (("/usr/bin/zgrep", "gzip"), ("/usr/bin/xzgrep", "xz-utils"),
                          ("/usr/bin/which", "debianutils"), ("/usr/bin/gettext.sh", "gettext-base")):
        need(path, package)
    data = os.path.join(work, "data")
    os.mkdir(data)
    setup = ("printf 'alpha\\nbeta\\ngamma\\n' | gzip > one.gz; printf 'alpha\\ndelta\\n' | gzip > two.gz; "
             "printf 'beta\\n' | xz > three.xz")
    subprocess.run(["/bin/sh", "-c", setup], cwd=data, check=True)
    with open(os.path.join(data, "use-gettext.sh"), "w") as fh:
        fh.write(". gettext.sh\nplace=world\neval_gettext 'hello $place'; echo\n"
                 "eval_ngettext 'one file' '$n files' 2; echo\n")
    for title, argv in UTILITIES:
        expected = run([shells.oracle] + argv, data, clean_env(work))
        for name, sh in shells.under_test:
            report.same(f"{title} under {name}", expected, run([sh] + argv, data, clean_env(work)))


SUITES = {"shunit2": suite_shunit2, "configure": suite_configure, "syntax": suite_syntax,
          "utilities": suite_utilities}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shell", required=True)
    ap.add_argument("suite", choices=sorted(SUITES))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="forksh-real-")
    try:
        shells = Shells(os.path.abspath(args.shell), work)
        report = Report()
        SUITES[args.suite](shells, work, report)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.suite}: {report.checks - report.failures} of {report.checks} checks agree with dash")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
