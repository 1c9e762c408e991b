#!/usr/bin/env bash
# Benchmarks (issue 7): seikyu against dialog and whiptail, measured in one run on this machine.
# Not part of `swift test`: timings never fail a build. Writes BENCHMARKS.md at the top level.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v dialog >/dev/null 2>&1 || need+=(dialog)
command -v whiptail >/dev/null 2>&1 || need+=(whiptail)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
swift build -c release --product seikyu
python3 bench/bench.py .build/release/seikyu "${@}" > BENCHMARKS.md
cat BENCHMARKS.md
