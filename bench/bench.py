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
                             "next": [{"goto": flow["steps"][0]["id"]}]})
    with open(path, "w") as f:
        json.dump(flow, f, ensure_ascii=False)
    data = os.path.join(base, "data")
    seed_data_folder(assets, data)
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

    def close(self, quit_keys):
        """Reads the child's peak memory, sends the keys that quit it, waits; returns the peak in KiB."""
        peak = self.peak_memory_kib()
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


def measure(name, argv, marker, quit_keys, unwanted=None):
    """`unwanted`: text that must not be on the first frame (seikyu's notice that old files were imported)."""
    startups, moves, latencies, memory = [], [], [], []
    for run in range(RUNS):
        pty = Pty(argv)
        last = pty.read_until_quiet(marker=marker)
        if last is None or marker not in pty.output:
            sys.exit("bench.py: %s did not draw its first frame; it wrote: %r" % (name, pty.output[-300:].decode(errors="replace")))
        startups.append((last - pty.started) * 1000)
        if unwanted and unwanted in pty.output:
            sys.exit("bench.py: %s showed %r on its first frame" % (name, unwanted.decode()))
        if run < 5:
            for i in range(40):
                before = len(pty.output)
                sent = time.perf_counter()
                pty.send(DOWN if (i // 5) % 2 == 0 else UP)
                end = pty.read_until_quiet(quiet=0.02)
                moves.append(len(pty.output) - before)
                if end:
                    latencies.append((end - sent) * 1000)
        memory.append(pty.close(quit_keys))
    return {"name": name, "startup": median(startups), "move": median(moves), "p50": percentile(latencies, 50),
            "p99": percentile(latencies, 99), "memory": max(memory) / 1024}


def tape_throughput(keys=4000):
    """Headless `seikyu play`: keystrokes per second, each with a frame (Output renders every command).

    Two tapes: cursor moves (not saved: moving the highlight is not progress) and Space on the
    checklist (each tick one transaction with its fsync, plus an audit line)."""
    base, _ = seikyu_setup()
    tapes = {}
    for kind, key in (("moves", None), ("ticks", "Space")):
        tapes[kind] = os.path.join(base, kind + ".tape")
        with open(tapes[kind], "w") as f:
            f.write('Env SEIKYU_NOW %s\nType "1"\nOutput /dev/null\n' % NOW)
            for i in range(keys):
                f.write((key or ("Down" if (i // 5) % 2 == 0 else "Up")) + "\n")
    results = {}
    for label in ("disk", "tmpfs"):
        if label == "tmpfs" and not os.path.isdir("/dev/shm"):
            continue
        parent = tempfile.mkdtemp(prefix="seikyu-bench-", dir="/dev/shm") if label == "tmpfs" else base
        for kind, tape in tapes.items():
            folder = os.path.join(parent, "play-" + kind)
            started = time.perf_counter()
            subprocess.run([SEIKYU, "play", "--assets", os.path.join(base, "Assets"), "--data-dir", folder, tape],
                           env=ENV, stdout=subprocess.DEVNULL, check=True)
            results[(kind, label)] = keys / (time.perf_counter() - started)
        if parent != base:
            shutil.rmtree(parent, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    return results, filesystem(base), filesystem("/dev/shm")


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


def main():
    base, seikyu_argv = seikyu_setup()
    rows = [measure("seikyu", seikyu_argv, "終了".encode(), b"\x1b[21~", unwanted="取り込みました".encode())]
    shutil.rmtree(base, ignore_errors=True)
    for program in ("dialog", "whiptail"):
        path = shutil.which(program)
        if path:
            rows.append(measure(program, dialog_command(path), b"Cancel", b"\x1b\x1b"))
    throughput = tape_throughput()
    reference = {row["name"]: row for row in rows}

    print("# Benchmarks\n")
    print("Measured in one run on this machine (%d cores), release build, %d runs each, median unless noted." % (os.cpu_count(), RUNS))
    print("Every program draws the same ten-item checklist in an 80x24 pseudo-terminal (TERM=xterm-256color, LANG=C.UTF-8).")
    print("Versions: %s; %s.\n" % (version(shutil.which("dialog") or "dialog"), "whiptail " + version(shutil.which("whiptail") or "whiptail")))
    print("Reproduce with one command: `bash bench/run.sh` (installs dialog and whiptail if missing, builds, writes this file).\n")
    print("| program | start to first full frame (ms) | bytes for one cursor move | keystroke to frame p50 / p99 (ms) | peak memory (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for row in rows:
        print("| %s | %.1f | %d | %.2f / %.2f | %.1f |" % (row["name"], row["startup"], row["move"], row["p50"], row["p99"], row["memory"]))
    print("\nRatios (seikyu ÷ other; below 1 means seikyu is faster or smaller):\n")
    print("| against | start-up | bytes per move | latency p50 | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: |")
    s = reference["seikyu"]
    for name in ("dialog", "whiptail"):
        if name in reference:
            o = reference[name]
            print("| %s | %.2f | %.2f | %.2f | %.2f |" % (name, s["startup"] / o["startup"], s["move"] / max(o["move"], 1),
                                                        s["p50"] / o["p50"], s["memory"] / o["memory"]))
    rates, disk_fs, tmpfs_fs = throughput
    print("\nHeadless tape throughput (`seikyu play`, 4000 keys, a frame rendered after every key), keystrokes per second:\n")
    print("| data folder | cursor moves (not saved) | Space on the checklist (each saved: one transaction, fsync) |")
    print("| --- | ---: | ---: |")
    for label, fs in (("disk", disk_fs), ("tmpfs", tmpfs_fs)):
        if ("moves", label) in rates:
            print("| %s (%s) | %.0f | %.0f |" % (label, fs, rates[("moves", label)], rates[("ticks", label)]))
    print("\nNotes: start-up ends at the last byte of the first frame (the output then stays quiet for 50 ms);")
    print("latency ends at the last byte of the frame that answers the key. Peak memory is the child's own peak resident set")
    print("(VmHWM in /proc/PID/status, read just before the quit key). seikyu's data folder is made beforehand by")
    print("`seikyu play` of a two-line tape that opens the checklist, so each start resumes there with no notice.")
    print("seikyu also validates every asset at start-up; a key that changes an answer is saved (a transaction with")
    print("an fsync) before its frame, which dialog does not do; the cursor moves measured above are not saved.")


main()
