#!/usr/bin/env bash
# Writes packaging/link-order.txt: every function of the binary that a clerk's session runs (start,
# the menu, each job's first screens, help, quit; then a second start that resumes on a checklist and
# ticks an item, which saves), found by running the release build under valgrind's callgrind in an
# 80x24 tmux window. The release link (Package.swift) places these functions side by side, so the
# session maps a few megabytes of code instead of pieces of every page the linker scattered them over
# (issue 19: peak memory). The binary is static, so the C library's, SQLite's and ncursesw's functions
# are in the list too. The resumed session's functions come first, then the walk's others, each group
# sorted so the file's diffs stay readable. Run it again after large changes; a stale name is
# ignored by the linker, a new function is merely left where it was.
# Needs valgrind, tmux, python3 and objcopy (binutils).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product seikyu
work=$(mktemp -d)
trap 'tmux -L linkorder kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the debug information lld writes; the symbol table is enough.
objcopy --strip-debug .build/release/seikyu "$work/seikyu"
start_session() {
  tmux -L linkorder kill-server 2>/dev/null || true
  tmux -L linkorder new-session -d -x 80 -y 24 \
    "LANG=C.UTF-8 valgrind --tool=callgrind --callgrind-out-file=$work/callgrind.$1 --compress-strings=no \
     --compress-pos=no --demangle=no $work/seikyu --assets Assets --data-dir $work/data --now 2026-12-07T10:00 \
     2>$work/valgrind.$1.log; sleep 600"
}
wait_for_profile() {
  for _ in $(seq 1 300); do [ -s "$work/callgrind.$1" ] && return 0; sleep 0.2; done
  echo "generate-link-order: valgrind wrote no profile for session $1" >&2
  exit 1
}
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
start_session walk
screen_shows "メインメニュー"
press 1 Down Down Up Enter Enter Escape Escape F1 Escape
press 2 Down Enter Escape Escape 3 Down Enter Escape Escape
press 4 Escape 5 Escape 6 Escape 7 Escape
# The monthly checklist (送信の前に確かめること) is left open: the next start resumes on it.
press 2 Enter Enter
screen_shows "手順 3 /"
press F10
wait_for_profile walk
start_session resume
screen_shows "手順 3 /"
press Down Down Up Space Down Up Space F10
wait_for_profile resume
python3 - "$work/seikyu" "$work/callgrind.walk" "$work/callgrind.resume" > packaging/link-order.txt <<'PY'
import re, subprocess, sys
from collections import Counter
binary, profiles = sys.argv[1], sys.argv[2:]
functions, names = set(), []
for line in subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3:
        names.append(parts[2])
        if parts[1] in "tTwW":
            functions.add(parts[2])
# A name defined twice (a local copy in several objects, such as a value witness) is left out: the
# linker would move every section holding a copy, and some are a whole library's code in one section
# (the Swift regex parser, 475 KB) that the session never runs.
counted = Counter(names)
defined = {name for name in functions if counted[name] == 1}
def ran_in(callgrind):
    ran, current = set(), None
    for line in open(callgrind, errors="replace"):
        if line.startswith("ob="):
            current = line[3:].strip()
        elif line.startswith("fn=") and current == binary:
            name = re.sub(r"'\d+$", "", line[3:].strip())  # callgrind marks recursion depth as 'N
            if name in defined:
                ran.add(name)
    return ran
# The everyday session (a start that resumes, a few keys, a save) first, then what only the walk
# through every menu ran: a clerk's usual session then maps only the front of the list, and the pages
# it maps are not shared with code it does not run.
walk, resume = ran_in(profiles[0]), ran_in(profiles[1])
if len(resume) < 1000:
    sys.exit("generate-link-order: only %d functions recorded; was the session cut short?" % len(resume))
print("\n".join(sorted(resume) + sorted(walk - resume)))
PY
# The build does not know the link reads this file: link again on the next build.
rm -f .build/release/seikyu
echo "packaging/link-order.txt: $(wc -l < packaging/link-order.txt) functions"
