#!/usr/bin/env bash
# Benchmarks, measured in one run on this machine: seikyu against dialog and whiptail (issue 7),
# then the cost of one saved keystroke with 0, 1, 5 and 50 years of history (issue 11).
# Not part of `swift test`: timings never fail a build. Writes BENCHMARKS.md at the top level.
# Arguments go to bench.py (--runs N); SEIKYU_BENCH_STORE_ARGS to seikyu-bench-store (--keys N …).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v dialog >/dev/null 2>&1 || need+=(dialog)
command -v whiptail >/dev/null 2>&1 || need+=(whiptail)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
swift build -c release --no-color-diagnostics --product seikyu
swift build -c release --no-color-diagnostics --product seikyu-bench-store
out=$(mktemp BENCHMARKS.md.XXXXXX)
trap 'rm -f "$out"' EXIT
python3 bench/bench.py .build/release/seikyu "${@}" > "$out"
# shellcheck disable=SC2086 # the extra arguments are words on purpose
.build/release/seikyu-bench-store ${SEIKYU_BENCH_STORE_ARGS:-} >> "$out"
chmod 644 "$out"
mv "$out" BENCHMARKS.md
trap - EXIT
cat BENCHMARKS.md
