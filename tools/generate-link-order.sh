#!/usr/bin/env bash
# Writes packaging/link-order.txt: every function of the binary that a clerk's session runs (start,
# the menu, each job's first screens, help, quit), found by running the release build under
# valgrind's callgrind in an 80x24 tmux window. The release link (Package.swift) places these
# functions side by side, so the session maps a few hundred kilobytes of code instead of pieces of
# every page the linker scattered them over (issue 19: peak memory). Names are sorted so the file's
# diffs stay readable; only the set matters. Run it again after large changes; a stale name is
# ignored by the linker, a new function is merely left where it was.
# Needs valgrind, tmux, python3 and objcopy (binutils).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product seikyu
work=$(mktemp -d)
trap 'tmux -L linkorder kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the debug information lld writes; the symbol table is enough.
objcopy --strip-debug .build/release/seikyu "$work/seikyu"
tmux -L linkorder new-session -d -x 80 -y 24 \
  "LANG=C.UTF-8 valgrind --tool=callgrind --callgrind-out-file=$work/callgrind --compress-strings=no \
   --compress-pos=no --demangle=no $work/seikyu --assets Assets --data-dir $work/data --now 2026-12-07T10:00 \
   2>$work/valgrind.log; sleep 600"
screen_shows() {
  for _ in $(seq 1 300); do
    tmux -L linkorder capture-pane -p | grep -q "$1" && return 0
    sleep 0.2
  done
  echo "generate-link-order: the screen never showed 「$1」" >&2
  tmux -L linkorder capture-pane -p >&2
  exit 1
}
press() {
  for key in "$@"; do
    tmux -L linkorder send-keys "$key"
    sleep 1
  done
}
screen_shows "メインメニュー"
press 1 Down Down Up Enter Enter Escape Escape F1 Escape
press 2 Down Enter Escape Escape 3 Down Enter Escape Escape
press 4 Escape 5 Escape 6 Escape 7 Escape
press q
sleep 2
press q
for _ in $(seq 1 300); do [ -s "$work/callgrind" ] && break; sleep 0.2; done
python3 - "$work/callgrind" "$work/seikyu" > packaging/link-order.txt <<'PY'
import re, subprocess, sys
callgrind, binary = sys.argv[1], sys.argv[2]
defined = set()
for line in subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "tTwW":
        defined.add(parts[2])
ran, current = set(), None
for line in open(callgrind, errors="replace"):
    if line.startswith("ob="):
        current = line[3:].strip()
    elif line.startswith("fn=") and current == binary:
        name = re.sub(r"'\d+$", "", line[3:].strip())  # callgrind marks recursion depth as 'N
        if name in defined:
            ran.add(name)
if len(ran) < 1000:
    sys.exit("generate-link-order: only %d functions recorded; was the session cut short?" % len(ran))
print("\n".join(sorted(ran)))
PY
# The build does not know the link reads this file: link again on the next build.
rm -f .build/release/seikyu
echo "packaging/link-order.txt: $(wc -l < packaging/link-order.txt) functions"
