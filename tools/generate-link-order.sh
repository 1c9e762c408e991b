#!/usr/bin/env bash
# Writes packaging/link-order.txt: every function of the binary that a clerk's session runs (start,
# the menu, each job's first screens, help, quit; then a second start that resumes on a checklist and
# ticks an item, which saves; then the same on edited flows, which every start checks in full), found
# by running the release build under valgrind's callgrind in an 80x24 tmux window. The release link
# (Package.swift) places these functions side by side, so the session maps a few megabytes of code
# instead of pieces of every page the linker scattered them over (issue 19: peak memory). The kernel
# maps a program's pages 64 KB at a time (fault-around), so every stray function costs 64 KB. The
# binary is static, so the C library's, SQLite's and ncursesw's functions are in the list too. The
# resumed sessions' functions come first, then the walk's others, each group sorted so the file's
# diffs stay readable. Run it again after large changes; a stale name is ignored by the linker, a new
# function is merely left where it was.
# Needs valgrind, tmux, python3 and objcopy (binutils).
# --no-color-diagnostics everywhere we build release: the colour flag, set only when stderr is a
# terminal, changes the compiler command and would make ./seikyu rebuild everything after us.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
# The link map says which input section holds each function (see the ordering below).
swift build -c release --no-color-diagnostics --product seikyu -Xlinker -Map="$work/link.map"
trap 'tmux -L linkorder kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the debug information lld writes; the symbol table is enough.
objcopy --strip-debug .build/release/seikyu "$work/seikyu"
# A server still shutting down answers the next client with "server exited unexpectedly": the old
# server is stopped and waited for, and the new session is asked for again until it starts.
new_session() {
  tmux -L linkorder kill-server 2>/dev/null || true
  for _ in $(seq 1 50); do tmux -L linkorder has-session 2>/dev/null || break; sleep 0.1; done
  for _ in $(seq 1 20); do
    sleep 0.3
    tmux -L linkorder new-session -d -x 80 -y 24 "$1" 2>/dev/null && return 0
  done
  echo "generate-link-order: tmux would not start a session" >&2
  exit 1
}
# start_session NAME [ASSETS [DATA [NOW]]]
start_session() {
  new_session \
    "LANG=C.UTF-8 valgrind --tool=callgrind --callgrind-out-file=$work/callgrind.$1 --compress-strings=no \
     --compress-pos=no --demangle=no $work/seikyu --assets ${2:-Assets} --data-dir ${3:-$work/data} --now ${4:-2026-12-07T10:00} \
     2>$work/valgrind.$1.log; sleep 600"
}
wait_for_profile() {
  for _ in $(seq 1 300); do [ -s "$work/callgrind.$1" ] && return 0; sleep 0.2; done
  echo "generate-link-order: valgrind wrote no profile for session $1" >&2
  exit 1
}
patience=300
screen_shows() {
  for _ in $(seq 1 "$patience"); do
    tmux -L linkorder capture-pane -p | grep -q "$1" && return 0
    sleep 0.2
  done
  echo "generate-link-order: the screen never showed 「$1」" >&2
  tmux -L linkorder capture-pane -p >&2
  exit 1
}
pause=1
press() {
  for key in "$@"; do
    tmux -L linkorder send-keys "$key"
    sleep "$pause"
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
# A start on flows a vendor or trainer edited: they are not the ones the test suite checked
# (CheckedFlows), so every start checks them in full. It resumes, as bench/bench.py does, a folder
# where the monthly flow was just opened, on another day (before the submission window: the
# screens warn of other things). The everyday group holds all of that too.
cp -R Assets "$work/edited-assets"
printf '\n' >> "$work/edited-assets/flows/setup.json"
printf 'Env SEIKYU_NOW 2026-12-03T09:00\nType "2"\nEnter\nEnter\nExpect "手順 3 /"\n' > "$work/open-monthly.tape"
LANG=C.UTF-8 "$work/seikyu" play --assets Assets --data-dir "$work/fresh" "$work/open-monthly.tape" > /dev/null
start_session edited "$work/edited-assets" "$work/fresh" 2026-12-03T09:00
screen_shows "手順 3 /"
press Down Down Up Space Down Up Space F10
wait_for_profile edited
# The same everyday session once more under valgrind's lackey, which reports every load and store:
# the program's constants and tables it reads (Unicode properties, type metadata, SQLite's parser
# tables) are placed side by side too. Only addresses inside the binary's data segments are kept.
cat > "$work/data-addresses.py" <<'PY'
import subprocess, sys
ranges = []
for line in subprocess.run(["readelf", "-lW", sys.argv[1]], capture_output=True, text=True, check=True).stdout.splitlines():
    fields = line.split()
    if fields[:1] == ["LOAD"] and "E" not in fields[6:-1]:
        ranges.append((int(fields[2], 16), int(fields[2], 16) + int(fields[5], 16)))
seen = set()
for line in sys.stdin.buffer:
    if len(line) > 4 and line[0:1] == b" " and line[1:2] in b"LSM":
        address = int(line[3:line.index(b",")], 16)
        if any(low <= address < high for low, high in ranges):
            seen.add(address)
print("\n".join("%x" % address for address in sorted(seen)))
PY
mkfifo "$work/trace"
python3 "$work/data-addresses.py" "$work/seikyu" < "$work/trace" > "$work/data-addresses" &
filter=$!
new_session \
  "LANG=C.UTF-8 valgrind --tool=lackey --trace-mem=yes --log-file=$work/trace $work/seikyu --assets Assets \
   --data-dir $work/data --now 2026-12-07T10:00; sleep 600"
patience=3000 pause=3
screen_shows "手順 3 /"
press Down Down Up Space Down Up Space F10
wait "$filter"
python3 - "$work/seikyu" "$work/link.map" "$work/data-addresses" "$work/callgrind.walk" "$work/callgrind.resume" "$work/callgrind.edited" \
  > packaging/link-order.txt <<'PY'
import bisect, re, subprocess, sys
from collections import Counter
binary, link_map, data_addresses, profiles = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
functions, names, data, resolvers = set(), [], [], set()
for line in subprocess.run(["nm", "-n", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3:  # no size: counted, never ordered
        names.append(parts[2])
    elif len(parts) == 4:
        names.append(parts[3])
        if parts[2] in "tTwW":
            functions.add(parts[3])
        elif parts[2] == "i":
            # An indirect function (memcpy, sin…): the C library runs every one's resolver at start,
            # to fill in the addresses, whether the session calls the function or not.
            resolvers.add(parts[3])
        elif parts[2] in "rRdDbBvV":
            data.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
# A name defined more than once (a local copy in several objects: value witnesses, merged functions)
# is listed too, and the linker moves every section holding a copy. Among them are whole libraries'
# code in one section (the Swift regex parser, 475 KB) that the session never runs; moved among the
# session's functions, they are only a gap no page of which is touched. Left out, each copy the
# session runs stayed where the linker put it, one in a 64 KB window of cold code: the kernel maps a
# file's pages a window at a time (fault-around), so each of those cost 64 KB of resident memory.
counted = Counter(names)
defined = functions
# Each symbol's input section: the libraries built without a section a function (the Swift standard
# library's code is one 1.5 MB section) are moved a whole section at a time, mostly code the session
# never runs. Their names go after the rest of their group, so the sections of a few KB, nearly all
# run, are side by side and fill their 64 KB windows; a big section's windows are touched wherever it lies.
sections = []
for line in open(link_map):
    fields = line.split(None, 4)
    if len(fields) == 5 and ":(" in fields[4]:
        sections.append((int(fields[0], 16), int(fields[2], 16)))
sections.sort()
section_starts = [start for start, _ in sections]
address_of = {}
for line in subprocess.run(["nm", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 4:
        address_of.setdefault(parts[3], int(parts[0], 16))
def in_big_section(name):
    address = address_of.get(name)
    if address is None:
        return False
    i = bisect.bisect_right(section_starts, address) - 1
    return i >= 0 and address < sections[i][0] + sections[i][1] and sections[i][1] > 65536
def in_order(names):
    return sorted(names, key=lambda name: (in_big_section(name), name))
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
walk, resume = ran_in(profiles[0]), ran_in(profiles[1]) | ran_in(profiles[2]) | resolvers
if len(resume) < 1000:
    sys.exit("generate-link-order: only %d functions recorded; was the session cut short?" % len(resume))
starts = [start for start, _, _ in data]
read = set()
for line in open(data_addresses):
    address = int(line, 16)
    i = bisect.bisect_right(starts, address) - 1
    if i >= 0 and address < data[i][0] + data[i][1]:
        read.add(data[i][2])
if len(read) < 1000:
    sys.exit("generate-link-order: only %d data objects recorded; was the session cut short?" % len(read))
print("\n".join(in_order(resume) + in_order(walk - resume) + in_order(read)))
PY
# The build does not know the link reads this file: link again on the next build.
rm -f .build/release/seikyu
echo "packaging/link-order.txt: $(wc -l < packaging/link-order.txt) names (functions, then data)"
