# shellcheck shell=bash
# scripts/lib/setup.sh: the set-up shared by scripts/run, scripts/test and
# scripts/bench. Sourced, not run. It installs missing Debian packages,
# configures a CMake build directory once and builds it incrementally.
#
# The calling script sets FORKSH_ROOT (the repository root) and FORKSH_TOOL
# (its own name, used in messages) before sourcing this file.

# Everything the build and the tests need, as Debian package names
# (groff-base and man-db: the man page tests run groff -ww and man -l;
# clang and its sanitizer runtimes: the sanitizer build and the fuzz targets;
# chromium: the timeline test draws the picture in a real browser;
# lintian and devscripts' hardening-check: the package test;
# shunit2, autoconf, gzip, xz-utils, gettext-base, debianutils: the real
# programs forksh must run as dash does, tests/real/).
FORKSH_PACKAGES=(cmake g++ make pkg-config libreadline-dev libfmt-dev catch2
                 python3-pexpect dash groff-base man-db strace lld
                 clang libclang-rt-14-dev chromium lintian devscripts
                 shunit2 autoconf gzip xz-utils gettext-base debianutils)

# Parallel jobs for building and testing; CI machines have 2 cores.
FORKSH_JOBS=${FORKSH_JOBS:-2}

forksh_say() { printf '%s: %s\n' "${FORKSH_TOOL:-forksh}" "$*" >&2; }
forksh_die() { forksh_say "$*"; exit 1; }

# Installs the packages of FORKSH_PACKAGES that are not installed yet, in one
# apt-get call. Does nothing (and prints nothing) when all are there.
forksh_install_missing() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        forksh_say "not a Debian system: make sure these are installed: ${FORKSH_PACKAGES[*]}"
        return 0
    fi
    local p status missing=()
    for p in "${FORKSH_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || status=
        [[ $status == "install ok installed" ]] || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 ||
            forksh_die "missing packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})"
        sudo=(sudo)
    fi
    forksh_say "installing missing packages: ${missing[*]}"
    # apt's progress goes to stderr, so `scripts/run -c 'echo hi' >out` stays clean.
    "${sudo[@]}" apt-get update -q >&2 ||
        forksh_die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2 ||
        forksh_die "apt-get install failed for: ${missing[*]}"
}

# forksh_configure DIR CMAKE_ARGS...: runs `cmake -S . -B DIR ARGS` unless DIR
# is already configured for this source tree. With FORKSH_QUIET=1 the output
# goes to DIR/configure.log and is shown only on failure.
forksh_configure() {
    local dir=$1
    shift
    if [[ -f $dir/CMakeCache.txt && ( -f $dir/Makefile || -f $dir/build.ninja ) ]]; then
        local home
        home=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$dir/CMakeCache.txt")
        [[ $home == "$PWD" ]] && return 0
        # The repository was moved or copied: CMake refuses to reuse the cache.
        forksh_say "$dir/ was configured for $home; configuring it afresh"
        rm -rf -- "${PWD:?}/$dir"
    fi
    if [[ ${FORKSH_QUIET:-0} == 1 ]]; then
        mkdir -p "$dir"
        cmake -S . -B "$dir" "$@" >"$dir/configure.log" 2>&1 || {
            cat "$dir/configure.log" >&2
            forksh_die "cmake configure failed (log: $dir/configure.log)"
        }
    else
        cmake -S . -B "$dir" "$@" || forksh_die "cmake configure failed in $dir/"
    fi
}

# forksh_progress LOG: reads a build's output on stdin, writes all of it to
# LOG and shows only how far it is, from CMake's "[ 42%]" (Makefiles) or
# "[42/180]" (Ninja): on a terminal one line that updates itself; otherwise
# (CI, a pipe, a file) a plain line at each tenth, with no carriage returns.
# Prints nothing when nothing needed building.
forksh_progress() {
    local log=$1 line percent shown=-1 tty=0
    [[ -t 2 ]] && tty=1
    : >"$log"
    while IFS= read -r line; do
        printf '%s\n' "$line" >>"$log"
        if [[ $line =~ ^\[\ *([0-9]+)%\]\ (Building|Linking) ]]; then
            percent=${BASH_REMATCH[1]}
        elif [[ $line =~ ^\[([0-9]+)/([0-9]+)\]\  ]]; then
            percent=$((BASH_REMATCH[1] * 100 / BASH_REMATCH[2]))
        else
            continue
        fi
        if ((tty)); then
            ((percent != shown)) && printf '\r%s: building: %3d%%' "${FORKSH_TOOL:-forksh}" "$percent" >&2
            shown=$percent
        elif ((percent / 10 > shown / 10 || shown < 0)); then
            forksh_say "building: $percent%"
            shown=$percent
        fi
    done
    ((tty && shown >= 0)) && printf '\r%s: building: done\n' "${FORKSH_TOOL:-forksh}" >&2
    return 0
}

# forksh_build DIR [TARGET...]: incremental build. With FORKSH_QUIET=1 the
# output goes to DIR/build.log, progress is shown (forksh_progress), and the
# log is shown only on failure.
forksh_build() {
    local dir=$1
    shift
    local args=(--build "$dir" -j "$FORKSH_JOBS")
    (($#)) && args+=(--target "$@")
    if [[ ${FORKSH_QUIET:-0} == 1 ]]; then
        # The status of cmake, not of the pipeline's last command: it goes
        # through a file, as `set -e` and pipefail may be on or off.
        { cmake "${args[@]}" 2>&1; echo "$?" >"$dir/build.status"; } | forksh_progress "$dir/build.log"
        if [[ $(cat "$dir/build.status" 2>/dev/null) != 0 ]]; then
            cat "$dir/build.log" >&2
            forksh_die "build failed (log: $dir/build.log)"
        fi
    else
        cmake "${args[@]}" || return 1
    fi
}

# Goes to the repository root and installs what is missing.
forksh_setup() {
    cd "${FORKSH_ROOT:?FORKSH_ROOT not set}" || forksh_die "cannot cd to $FORKSH_ROOT"
    forksh_install_missing
}
