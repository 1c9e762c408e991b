"""Start-up of seikyu as bench/bench.py measures it (80x24 pty, the bench's ten-item checklist resumed
from a data folder), by itself, for comparing two builds (issue 19).

Usage: python3 tools/startup-probe.py BINARY [RUNS] [--callgrind OUT]
Prints the median and minimum milliseconds to the first full frame; with --callgrind, runs once under
valgrind's callgrind (instruction counts, which a loaded machine does not disturb) and writes OUT
(read it with callgrind_annotate; strip the binary's debug information first: objcopy --strip-debug).
"""
import os, statistics, shutil, sys, types

binary = os.path.abspath(sys.argv[1])
runs = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 10
here = os.path.dirname(os.path.abspath(__file__))
# bench.py runs its whole benchmark when imported: its definitions are taken without the last call.
bench = types.ModuleType("bench")
bench.__file__ = os.path.join(here, "..", "bench", "bench.py")
saved, sys.argv = sys.argv, ["bench.py", binary]
source = open(bench.__file__).read().rsplit("main()", 1)[0]
exec(compile(source, "bench.py", "exec"), bench.__dict__)
sys.argv = saved
wrap = []
if "--callgrind" in sys.argv:
    out = sys.argv[sys.argv.index("--callgrind") + 1]
    wrap = ["valgrind", "--tool=callgrind", "--dump-instr=no", "--callgrind-out-file=" + out]
    runs = 1
base, argv = bench.seikyu_setup()
times = []
for _ in range(runs):
    pty = bench.Pty(wrap + argv)
    last = pty.read_until_quiet(marker="終了".encode(), limit=120)
    if last is None:
        sys.exit("startup-probe: no first frame")
    times.append((last - pty.started) * 1000)
    if "取り込みました".encode() in pty.output:
        sys.exit("startup-probe: the first frame showed the import notice")
    pty.close(b"\x1b[21~")
print("start-up to the first full frame, ms: median %.1f, min %.1f (%d runs)" % (statistics.median(times), min(times), runs))
shutil.rmtree(base, ignore_errors=True)
