"""Measures seikyu against dialog and whiptail in a pseudo-terminal of 80x24 (issue 7).

Usage: python3 bench/bench.py PATH/TO/seikyu [--runs N]   (bench/run.sh builds and calls it)
Prints Markdown. Every program gets the same terminal, locale and checklist of ten items.
"""
import fcntl, json, os, select, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

SEIKYU = os.path.abspath(sys.argv[1])
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 20
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color", NO_COLOR="")
ENV.pop("NO_COLOR")
ITEMS = ["レセコンの確認", "請求用端末", "回線の見積もり", "IPsec+IKE の契約", "データの移し方",
         "ルート証明書 1", "ルート証明書 2", "利用者の証明書", "導通試験", "確認試験"]
# What a real xterm sends once a curses program has switched the keypad to application mode.
DOWN, UP = b"\x1bOB", b"\x1bOA"
NOW = "2026-12-03T09:00"
SHIPPED = "seikyu, shipped flows"


def seikyu_setup():
    """An Assets copy whose setup flow is one ten-item checklist, and a data folder opened on it.

    The data folder is made by seikyu itself: a tiny tape opens the flow (`seikyu play --data-dir`),
    so every measured start resumes on the checklist with no notice on its first frame.
    """
    base = tempfile.mkdtemp(prefix="seikyu-bench-")
    assets = os.path.join(base, "Assets")
    shutil.copytree(os.path.join(ROOT, "Assets"), assets)
    # The checklist goes first in the shipped setup flow: the steps the code relies on
    # (FlowContract, checked at start-up) stay, so the assets still load.
    path = os.path.join(assets, "flows", "setup.json")
    with open(path) as f:
        flow = json.load(f)
    flow["steps"].insert(0, {"id": "check", "kind": "checklist", "title": "機器の準備",
                             "items": [{"id": "i%d" % n, "text": t} for n, t in enumerate(ITEMS)],
                             "help": ["ベンチマークのための十項目の確認です。", "Space で印を付けます。"],
                             "next": [{"goto": flow["steps"][0]["id"]}]})
    with open(path, "w") as f:
        json.dump(flow, f, ensure_ascii=False)
    data = os.path.join(base, "data")
    seed_data_folder(assets, data)
    return base, [SEIKYU, "--assets", assets, "--data-dir", data, "--now", NOW]


def shipped_setup():
    """A data folder resumed on a checklist of the shipped flows, unchanged (`送信の前に確かめること` of the
    monthly flow): the start a clinic has. The edited Assets above are not the flows the test suite
    checked (CheckedFlows), so every start there checks them in full; here they are only decoded."""
    base = tempfile.mkdtemp(prefix="seikyu-bench-shipped-")
    data = os.path.join(base, "data")
    tape = os.path.join(base, "open-monthly.tape")
    with open(tape, "w") as f:
        f.write('Env SEIKYU_NOW %s\nType "2"\nEnter\nEnter\nExpect "手順 3 /"\n' % NOW)
    assets = os.path.join(ROOT, "Assets")
    subprocess.run([SEIKYU, "play", "--assets", assets, "--data-dir", data, tape], env=ENV, stdout=subprocess.DEVNULL, check=True)
    return base, [SEIKYU, "--assets", assets, "--data-dir", data, "--now", NOW]


def seed_data_folder(assets, data):
    """Opens the setup flow once through seikyu, headless, so the folder holds its database."""
    tape = os.path.join(os.path.dirname(data), "open-setup.tape")
    with open(tape, "w") as f:
        f.write('Env SEIKYU_NOW %s\nType "1"\nExpect "機器の準備"\n' % NOW)
    subprocess.run([SEIKYU, "play", "--assets", assets, "--data-dir", data, tape], env=ENV,
                   stdout=subprocess.DEVNULL, check=True)
    if not os.path.isfile(os.path.join(data, "seikyu.sqlite")):
        sys.exit("bench.py: seikyu play did not create the database in %s" % data)


def dialog_command(program):
    args = [program, "--checklist" if program.endswith("whiptail") else "--checklist", "機器の準備", "24", "80", "10"]
    for n, item in enumerate(ITEMS):
        args += ["i%d" % n, item, "off"]
    return args


class Pty:
    """A program in a pseudo-terminal of 80x24; counts what it writes."""

    def __init__(self, argv):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=ENV, start_new_session=True,
                                     preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.output = b""

    def read_until_quiet(self, quiet=0.05, limit=10.0, marker=None):
        """Reads until `marker` was seen and then nothing came for `quiet` seconds; returns the time of the last byte."""
        last = None
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.master], [], [], quiet)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.output += chunk
                last = time.perf_counter()
            elif last is not None and (marker is None or marker in self.output):
                break
        return last

    def send(self, data):
        os.write(self.master, data)

    def peak_memory_kib(self):
        """VmHWM of the child from /proc: its own peak resident set so far (the project's rule:
        from /proc, not from the parent's rusage). The mark only rises, so read just before quitting
        it is the peak of everything measured."""
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def resident_parts_kib(self):
        """What the child has resident at this moment, by kind, from /proc/PID/smaps: pages of its own
        program file, of other files (shared libraries, locale files), and anonymous memory (heap, stacks,
        copied-on-write pages). Explains the peak; their sum is the current resident set, not the peak."""
        parts = {"program": 0, "files": 0, "anonymous": 0}
        program = os.path.realpath(self.proc.args[0])
        mapping = None
        try:
            with open("/proc/%d/smaps" % self.proc.pid) as f:
                for line in f:
                    fields = line.split()
                    if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
                        path = fields[5] if len(fields) > 5 else ""
                        mapping = "program" if path == program else ("files" if path.startswith("/") else "anonymous")
                    elif fields[0] == "Rss:" and mapping:
                        parts[mapping] += int(fields[1])
        except OSError:
            pass
        return parts

    def close(self, quit_keys):
        """Reads the child's peak memory, sends the keys that quit it, waits; returns the peak in KiB."""
        peak = self.peak_memory_kib()
        self.parts = self.resident_parts_kib()
        try:
            self.send(quit_keys)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)
        if not peak:
            sys.exit("bench.py: could not read VmHWM of %s from /proc" % self.proc.args[0])
        return peak


def median(values):
    return statistics.median(values)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Program:
    """One program under comparison and what its runs measured."""

    def __init__(self, name, argv, marker, quit_keys, unwanted=None, moves=True):
        """`unwanted`: text that must not be on the first frame (seikyu's notice that old files were imported).
        `moves`: whether cursor moves are timed (only where 40 moves never reach the end of the list)."""
        self.name, self.argv, self.marker, self.quit_keys, self.unwanted = name, argv, marker, quit_keys, unwanted
        self.measure_moves = moves
        self.startups, self.moves, self.latencies, self.memory, self.parts = [], [], [], [], {}

    def run_once(self, run):
        """Starts the program, waits for its first frame, moves the cursor 40 times (the first 5 runs), quits."""
        pty = Pty(self.argv)
        last = pty.read_until_quiet(marker=self.marker)
        if last is None or self.marker not in pty.output:
            sys.exit("bench.py: %s did not draw its first frame; it wrote: %r" % (self.name, pty.output[-300:].decode(errors="replace")))
        self.startups.append((last - pty.started) * 1000)
        if self.unwanted and self.unwanted in pty.output:
            sys.exit("bench.py: %s showed %r on its first frame" % (self.name, self.unwanted.decode()))
        if run < 5 and self.measure_moves:
            for i in range(40):
                before = len(pty.output)
                sent = time.perf_counter()
                pty.send(DOWN if (i // 5) % 2 == 0 else UP)
                end = pty.read_until_quiet(quiet=0.02)
                self.moves.append(len(pty.output) - before)
                if end:
                    self.latencies.append((end - sent) * 1000)
        self.memory.append(pty.close(self.quit_keys))
        if self.memory[-1] == max(self.memory):
            self.parts = pty.parts

    def summary(self):
        timed = bool(self.latencies)
        return {"name": self.name, "startup": median(self.startups), "move": median(self.moves) if timed else None,
                "p50": percentile(self.latencies, 50) if timed else None, "p99": percentile(self.latencies, 99) if timed else None,
                "memory": max(self.memory) / 1024, "parts": self.parts}


def write_tape(path, keys, key=None):
    """A tape that opens the checklist, writes every frame to `Output`, then presses `keys` keys, one a line
    (so one frame a key): `key` each time, or Down five times and Up five times over and over."""
    with open(path, "w") as f:
        f.write('Env SEIKYU_NOW %s\nType "1"\nOutput %s\n' % (NOW, path + ".frames"))
        for i in range(keys):
            f.write((key or ("Down" if (i // 5) % 2 == 0 else "Up")) + "\n")


def play_rate(base, tape, folder, keys):
    """Runs `seikyu play` on one generated tape; keystrokes per second over the whole run (start-up
    included), after checking that it passed and that a frame was written after every key."""
    started = time.perf_counter()
    done = subprocess.run([SEIKYU, "play", "--assets", os.path.join(base, "Assets"), "--data-dir", folder, tape],
                          env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit("bench.py: seikyu play %s failed: %s" % (tape, done.stdout[-500:].decode(errors="replace")))
    with open(tape + ".frames", "rb") as f:
        frames = f.read().count(b"\n---- ") + 1
    os.remove(tape + ".frames")
    # One frame after each line: the Output line itself and every key after it.
    if frames != keys + 1:
        sys.exit("bench.py: %s wrote %d frames for %d keys" % (tape, frames, keys))
    return keys / elapsed


def tape_throughput(move_keys=100_000, tick_keys=4000):
    """Headless `seikyu play`: keystrokes per second, each followed by a frame written to a file on tmpfs.

    Cursor moves (not saved: moving the highlight is not progress) on a generated tape of 100,000 keys,
    and Space on the checklist (each tick one transaction with its fsync, plus an audit line) on 4,000."""
    base, _ = seikyu_setup()
    frames_dir = tempfile.mkdtemp(prefix="seikyu-bench-frames-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    tapes = {"moves": (os.path.join(frames_dir, "moves.tape"), move_keys, None),
             "ticks": (os.path.join(frames_dir, "ticks.tape"), tick_keys, "Space")}
    for path, keys, key in tapes.values():
        write_tape(path, keys, key)
    results = {}
    for label in ("disk", "tmpfs"):
        if label == "tmpfs" and not os.path.isdir("/dev/shm"):
            continue
        parent = tempfile.mkdtemp(prefix="seikyu-bench-", dir="/dev/shm") if label == "tmpfs" else base
        for kind, (path, keys, _) in tapes.items():
            results[(kind, label)] = play_rate(base, path, os.path.join(parent, "play-" + kind), keys)
        if parent != base:
            shutil.rmtree(parent, ignore_errors=True)
    shutil.rmtree(frames_dir, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    return results, filesystem(base), filesystem("/dev/shm"), move_keys, tick_keys


def tape_suite(runs=5):
    """`seikyu play Assets/tapes/*.tape` as the README gives it (each tape in a fresh temporary data
    folder); the median wall time of `runs` runs, and the tapes and checks it played."""
    tapes = sorted(os.path.join("Assets", "tapes", name) for name in os.listdir(os.path.join(ROOT, "Assets", "tapes"))
                   if name.endswith(".tape"))
    times, summary = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([SEIKYU, "play"] + tapes, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        times.append(time.perf_counter() - started)
        summary = done.stdout.decode(errors="replace").strip().splitlines()[-1]
        if done.returncode != 0:
            sys.exit("bench.py: the shipped tapes failed: %s" % summary)
    # Where play makes them (ThrowawayFolder): TMPDIR when set, else /dev/shm when writable, else the system's.
    if ENV.get("TMPDIR") or not (os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK)):
        folder = tempfile.gettempdir()
    else:
        folder = "/dev/shm"
    return median(times), len(tapes), summary, "%s (%s)" % (folder, filesystem(folder))


def filesystem(path):
    """The type of the filesystem holding `path`, from /proc/self/mounts (longest mount point)."""
    path = os.path.realpath(path)
    best = ("", "?")
    with open("/proc/self/mounts") as f:
        for line in f:
            fields = line.split()
            point = fields[1].replace("\\040", " ")
            if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) >= len(best[0]):
                best = (point, fields[2])
    return best[1]


def version(program):
    try:
        out = subprocess.run([program, "--version"], capture_output=True, text=True, env=ENV)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main():
    load_before = load_average()
    base, seikyu_argv = seikyu_setup()
    programs = [Program("seikyu", seikyu_argv, "終了".encode(), b"\x1b[21~", unwanted="取り込みました".encode())]
    shipped_base, shipped_argv = shipped_setup()
    programs.append(Program(SHIPPED, shipped_argv, "終了".encode(), b"\x1b[21~", unwanted="取り込みました".encode(), moves=False))
    for name in ("dialog", "whiptail"):
        path = shutil.which(name)
        if path:
            programs.append(Program(name, dialog_command(path), b"Cancel", b"\x1b\x1b"))
    # The programs take turns run by run, so a busy spell of the machine falls on all of them alike.
    for run in range(RUNS):
        for program in programs:
            program.run_once(run)
    shutil.rmtree(base, ignore_errors=True)
    shutil.rmtree(shipped_base, ignore_errors=True)
    rows = [program.summary() for program in programs]
    rates, disk_fs, tmpfs_fs, move_keys, tick_keys = tape_throughput()
    suite_seconds, suite_tapes, suite_summary, suite_fs = tape_suite()
    reference = {row["name"]: row for row in rows}
    s = reference["seikyu"]

    print("# Benchmarks\n")
    print("Measured in one run on this machine (%d cores), release build, %d runs each (the programs take turns run by run),"
          " median unless noted." % (os.cpu_count(), RUNS))
    print("Every program draws the same ten-item checklist in an 80x24 pseudo-terminal (TERM=xterm-256color, LANG=C.UTF-8).")
    print("Versions: dialog %s; whiptail %s.\n" % (version(shutil.which("dialog") or "dialog").replace("Version: ", ""),
                                                 version(shutil.which("whiptail") or "whiptail")))
    print("Reproduce with one command: `bash bench/run.sh` (installs dialog and whiptail if missing, builds, writes this file).\n")

    print("## Targets (issue 19)\n")
    print("| target | measured in this run | met |")
    print("| --- | ---: | --- |")
    targets = []
    if "dialog" in reference:
        ratio = s["startup"] / reference["dialog"]["startup"]
        targets.append(("start-up to the first full frame ≤ 1.5x dialog's", "%.2fx (%.1f / %.1f ms)" % (ratio, s["startup"], reference["dialog"]["startup"]), ratio <= 1.5))
    targets.append(("peak memory (VmHWM) ≤ 8 MiB, interactive", "%.1f MiB" % s["memory"], s["memory"] <= 8))
    for label in ("tmpfs", "disk"):
        if ("moves", label) in rates:
            rate = rates[("moves", label)]
            targets.append(("≥ 100,000 keys/s headless, a frame after each, %s-key tape (data on %s)" % (format(move_keys, ","), label),
                            "%s keys/s" % format(round(rate), ","), rate >= 100_000))
    targets.append(("shipped tape suite (`seikyu play Assets/tapes/*.tape`) under 0.3 s", "%.3f s" % suite_seconds, suite_seconds < 0.3))
    targets.append(("keystroke to frame p99 ≤ 1 ms in the pty", "%.2f ms" % s["p99"], s["p99"] <= 1))
    for name, value, met in targets:
        print("| %s | %s | %s |" % (name, value, "yes" if met else "**no**"))

    print("\n## seikyu, dialog and whiptail\n")
    print("| program | start to first full frame (ms) | bytes for one cursor move | keystroke to frame p50 / p99 (ms) | peak memory (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for row in rows:
        moves = ("%d" % row["move"], "%.2f / %.2f" % (row["p50"], row["p99"])) if row["move"] is not None else ("–", "–")
        print("| %s | %.1f | %s | %s | %.1f |" % (row["name"], row["startup"], moves[0], moves[1], row["memory"]))
    print("\nRatios (seikyu ÷ other; below 1 means seikyu is faster or smaller):\n")
    print("| against | start-up | bytes per move | latency p50 | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in ("dialog", "whiptail"):
        if name in reference:
            o = reference[name]
            print("| %s | %.2f | %.2f | %.2f | %.2f |" % (name, s["startup"] / o["startup"], s["move"] / max(o["move"], 1),
                                                        s["p50"] / o["p50"], s["memory"] / o["memory"]))
    print("\nNotes: start-up ends at the last byte of the first frame (the output then stays quiet for 50 ms);")
    print("latency ends at the last byte of the frame that answers the key (5 runs x 40 cursor moves). Peak memory is the")
    print("child's own peak resident set (VmHWM in /proc/PID/status, read just before the quit key), the largest of all runs.")
    print("seikyu's data folder is made beforehand by `seikyu play` of a two-line tape that opens the checklist, so each start")
    print("resumes there with no notice. A key that changes an answer is saved (a transaction with an fsync) before its frame,")
    print("which dialog does not do; the cursor moves measured above are not saved.")
    print("The targets are judged on the row \"seikyu\": the ten-item checklist is a step added to a copy of the setup flow, so")
    print("those flow files are not the ones the test suite checked and every start checks them in full. The row \"%s\"" % SHIPPED)
    print("starts on the shipped flows, unchanged, as a clinic does, resumed on the monthly flow's checklist (送信の前に確かめること);")
    print("its moves are not timed (four items: 40 moves would run against the end of the list, where no frame follows).")
    print("\nResident memory at the moment the peak was read (run with the highest peak), by kind, MiB: the program file's")
    print("own pages (code and data; in seikyu's case also the Swift runtime, FoundationEssentials, SQLite, ncursesw and the C")
    print("library, linked in) / other files (shared libraries such as libc and ncursesw for dialog and whiptail; locale")
    print("files) / anonymous (heap, stacks):\n")
    print("| program | own file | other files | anonymous |")
    print("| --- | ---: | ---: | ---: |")
    for row in rows:
        p = row["parts"]
        print("| %s | %.1f | %.1f | %.1f |" % (row["name"], p["program"] / 1024, p["files"] / 1024, p["anonymous"] / 1024))
    print("\nseikyu's release binary is static (no shared library to load, no relocations to apply at start), linked by")
    print("lld with the functions a session runs placed side by side (packaging/link-order.txt, remade by")
    print("tools/generate-link-order.sh): the kernel maps a program's file 64 KB at a time (fault-around; in /proc/PID/pagemap")
    print("every 64 KB window the session touches is resident whole), so scattered functions keep far more of the binary")
    print("resident than they use. What stays resident beyond them is code that comes in one piece per source file (the")
    print("Swift standard library's main object, SQLite's files) and data. One malloc arena serves both threads of the")
    print("start, and only the locale's character types are loaded (what curses reads). The window records its start in")
    print("the database after its first frame: that commit starts a new WAL, whose header SQLite syncs with the folder.")

    print("\n## Headless throughput\n")
    print("`seikyu play` of a generated tape that opens the checklist and then presses one key a line; `Output` writes the")
    print("frame after every line to a file on tmpfs, and the run counts those frames (one per key, or the run fails).")
    print("Keystrokes per second over the whole run, start-up included. Before each key the window asks whether another")
    print("window saved: it reads the revision every save leaves in `seikyu.revision`, mapped in memory, and asks SQLite")
    print("only when that moved (asking SQLite took and dropped a lock: two system calls a key).\n")
    print("| data folder | cursor moves, %s keys (not saved) | Space on the checklist, %s keys (each saved: one transaction, fsync) |"
          % (format(move_keys, ","), format(tick_keys, ",")))
    print("| --- | ---: | ---: |")
    for label, fs in (("disk", disk_fs), ("tmpfs", tmpfs_fs)):
        if ("moves", label) in rates:
            print("| %s (%s) | %s | %s |" % (label, fs, format(round(rates[("moves", label)]), ","), format(round(rates[("ticks", label)]), ",")))
    print("\nThe shipped tape suite, `seikyu play Assets/tapes/*.tape` (%d tapes, played on every core, each in a fresh temporary data folder under %s that"
          " play removes afterwards, so its saves are not fsynced):"
          " median of 5 runs %.3f s; it printed \"%s\"." % (suite_tapes, suite_fs, suite_seconds, suite_summary))
    print("\nLoad average (1 min) when the comparison began: %s; after the tape runs: %s.\n" % (load_before, load_average()))


if __name__ == "__main__":
    main()
