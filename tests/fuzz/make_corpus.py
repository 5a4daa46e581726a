#!/usr/bin/python3
"""make_corpus.py: writes the seed corpus of the fuzz targets.

Usage: tests/fuzz/make_corpus.py OUT_DIR

Each script case of tests/scripts/*.test.sh (the lines between `#### TITLE`
and its first `## ` directive) becomes one file, named by its SHA-1, plus a
few seeds below for what the executor target should reach early: the fd
numbers the shell uses for itself, here-documents, traps, `.`, set -C.
Generated at fuzz time, never committed (the corpus grows to megabytes).
"""

import hashlib
import os
import sys

EXTRA_SEEDS = [
    "{ exec 10>x 11>x 12>x; } >/dev/null; echo where-am-i\n",
    "exec 10<&-; exec 11>&-; echo a >&10\n",
    "f() { exec 10>z; echo to-z >&10; }; f >/dev/null; cat z\n",
    "printf 'exec 3>log\\n' >lib.sh; . ./lib.sh; echo hi >&3\n",
    "cat <<EOF\n$x ${y:-d} $(echo s) $((1+2))\nEOF\n",
    "cat <<-'EOF' 3<&0 <&-\n\tliteral $x\n\tEOF\n",
    "trap 'echo trapped' EXIT INT TERM; kill -TERM $$; echo after\n",
    "trap 'exec 3>&-' USR1; exec 3>f; kill -USR1 $$; echo x >&3\n",
    "set -C; echo a > f; echo b > f; echo c >| f; echo d > /dev/null\n",
    "ulimit -n 12; exec 3<&0 4<&0 5<&0; echo a >/dev/null; echo b\n",
    "PS4='+$(echo x) '; set -x; echo hi\n",
    "x=$(printf '\\251\\251'); echo ${#x}; printf '%*d' 99999999999 1\n",
    "exec 9>&1; { echo a >&9; } 9>&-; echo b >&9\n",
    "while read l; do echo $l; done <<EOF\na\nb\nEOF\n",
    "( exec 1>&-; echo gone ) ; echo $?\n",
]


def cases(path):
    script, inside = [], False
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            if line.startswith("#### "):
                if inside and script:
                    yield "".join(script)
                script, inside = [], True
            elif line.startswith("## "):
                if inside and script:
                    yield "".join(script)
                script, inside = [], False
            elif inside:
                script.append(line)
    if inside and script:
        yield "".join(script)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    scripts = os.path.join(here, "..", "scripts")
    seeds = list(EXTRA_SEEDS)
    for name in sorted(os.listdir(scripts)):
        if name.endswith(".test.sh"):
            seeds.extend(cases(os.path.join(scripts, name)))
    for text in seeds:
        data = text.encode("utf-8", errors="surrogateescape")
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as fh:
            fh.write(data)
    print(f"make_corpus: {len(seeds)} seeds in {out}")


if __name__ == "__main__":
    main()
