#!/bin/sh
# run_fuzz.sh TARGET SECONDS DIR: runs one libFuzzer target for SECONDS on a
# fresh seed corpus (make_corpus.py), keeping what it finds in DIR/corpus,
# crashers in DIR/crash-*, and its log in DIR/fuzz.log. Fails on a crash.
# Used by CTest (tests/fuzz/CMakeLists.txt) and by scripts/fuzz.
set -eu
target=$1 seconds=$2 dir=$3
here=$(dirname "$0")
mkdir -p "$dir/corpus"
rm -rf "$dir/seed"
"$here/make_corpus.py" "$dir/seed"
# libFuzzer reports the crash itself and saves the input: ASan and UBSan
# only have to stop at the first error.
export ASAN_OPTIONS=abort_on_error=0:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
"$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" "$dir/seed" \
    2>"$dir/fuzz.log" || status=$?
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE' "$dir/fuzz.log" || true
if [ "$status" -ne 0 ]; then
    echo "$(basename "$target") found a crash (status $status): the end of $dir/fuzz.log:"
    tail -n 40 "$dir/fuzz.log"
    ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null || true
    exit 1
fi
