#!/usr/bin/python3
"""check_manpage.py MANPAGE REGISTRY FORKSH: the man page is clean man(7)
(`groff -ww -z -man`: no warning at all), documents every builtin of
builtins/registry.cpp as an entry of its own, every option `forksh --help`
lists, and the see-also pages the issue asks for."""
import re
import subprocess
import sys

sys.dont_write_bytecode = True


def main():
    page_path, registry_path, forksh = sys.argv[1:4]
    failures = []

    lint = subprocess.run(["groff", "-ww", "-z", "-man", page_path], capture_output=True, text=True)
    if lint.returncode != 0 or lint.stderr.strip():
        failures.append(f"groff -ww -z -man: status {lint.returncode}\n{lint.stderr}")

    with open(page_path) as fh:
        page = fh.read()
    with open(registry_path) as fh:
        registry = fh.read()
    builtins = re.findall(r'^\s*\{"([^"]+)",', registry, re.M)
    if len(builtins) < 40:
        failures.append(f"only {len(builtins)} builtins read from {registry_path}: the table's format changed?")
    # Each builtin starts an entry: `.TP` then `.B name` or `.BI "name ...`.
    entries = set()
    for m in re.finditer(r'^\.TP\n\.BI?\s+"?([^\s"]+)', page, re.M):
        entries.add(m.group(1))
    missing = [b for b in builtins if b not in entries]
    if missing:
        failures.append("builtins without an entry in the man page: " + " ".join(missing))

    help_text = subprocess.run([forksh, "--help"], capture_output=True, text=True).stdout
    options = sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", help_text)))
    if len(options) < 8:
        failures.append(f"only {len(options)} long options in --help: {options}")
    plain = page.replace("\\-", "-")
    for opt in options:
        if opt not in plain:
            failures.append(f"{opt} (in --help) is not in the man page")

    for section in ("OPTIONS", "INVOCATION", '"STARTUP FILES"', '"BUILTIN COMMANDS"', '"EXIT STATUS"',
                    "ENVIRONMENT", "FILES", "EXAMPLES", '"SEE ALSO"'):
        if not re.search(r"^\.SH " + re.escape(section) + r"$", page, re.M):
            failures.append(f"no section .SH {section}")
    for ref in ("dash", "bash", "proc", "fork", "execve", "credentials"):
        if not re.search(r"^\.BR " + ref + r" \(\d\)", page, re.M):
            failures.append(f"see also: no {ref}")

    if failures:
        print("\n".join(failures))
        return 1
    print(f"man page: groff clean, {len(builtins)} builtins, {len(options)} long options documented")
    return 0


if __name__ == "__main__":
    sys.exit(main())
