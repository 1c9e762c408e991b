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


def seikyu_setup():
    """An Assets copy whose setup flow is one ten-item checklist, and progress opened on it."""
    base = tempfile.mkdtemp(prefix="seikyu-bench-")
    assets = os.path.join(base, "Assets")
    shutil.copytree(os.path.join(ROOT, "Assets"), assets)
    flow = {"id": "setup", "title": "セットアップ", "summary": "bench", "steps": [
        {"id": "check", "kind": "checklist", "title": "機器の準備",
         "items": [{"id": "i%d" % n, "text": t} for n, t in enumerate(ITEMS)]}]}
    with open(os.path.join(assets, "flows", "setup.json"), "w") as f:
        json.dump(flow, f, ensure_ascii=False)
    data = os.path.join(base, "data")
    os.makedirs(data)
    progress = {"schemaVersion": 1, "location": {"screen": "flow", "flow": "setup"}, "menuCursor": 0,
                "flows": {"setup": {"history": [], "current": "check", "answers": {}, "cursor": 0, "draft": "",
                                    "completed": False, "updatedAt": "2026-12-03T09:00"}}}
    with open(os.path.join(data, "progress.json"), "w") as f:
        json.dump(progress, f, ensure_ascii=False)
    return base, [SEIKYU, "--assets", assets, "--data-dir", data, "--now", "2026-12-03T09:00"]


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

    def close(self, quit_keys):
        try:
            self.send(quit_keys)
        except OSError:
            pass
        try:
            _, status, usage = os.wait4(self.proc.pid, 0)
        except ChildProcessError:
            usage = None
        os.close(self.master)
        return usage.ru_maxrss if usage else 0


def median(values):
    return statistics.median(values)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(name, argv, marker, quit_keys):
    startups, moves, latencies, memory = [], [], [], []
    for run in range(RUNS):
        pty = Pty(argv)
        last = pty.read_until_quiet(marker=marker)
        startups.append((last - pty.started) * 1000)
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
    """Headless `seikyu play`: keystrokes per second, each with a frame (Output renders every command)."""
    base, _ = seikyu_setup()
    tape = os.path.join(base, "throughput.tape")
    with open(tape, "w") as f:
        f.write("Env SEIKYU_NOW 2026-12-03T09:00\nType \"1\"\nOutput /dev/null\n")
        for i in range(keys):
            f.write("Down\n" if (i // 5) % 2 == 0 else "Up\n")
    results = {}
    for label, folder in (("disk", os.path.join(base, "play-disk")), ("tmpfs", None)):
        if folder is None:
            if not os.path.isdir("/dev/shm"):
                continue
            folder = tempfile.mkdtemp(prefix="seikyu-bench-", dir="/dev/shm")
        started = time.perf_counter()
        subprocess.run([SEIKYU, "play", "--assets", os.path.join(base, "Assets"), "--data-dir", folder, tape],
                       env=ENV, stdout=subprocess.DEVNULL, check=True)
        results[label] = keys / (time.perf_counter() - started)
    shutil.rmtree(base, ignore_errors=True)
    return results


def version(program):
    try:
        out = subprocess.run([program, "--version"], capture_output=True, text=True, env=ENV)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def main():
    base, seikyu_argv = seikyu_setup()
    rows = [measure("seikyu", seikyu_argv, "終了".encode(), b"\x1b[21~")]
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
    print("\nHeadless tape throughput (`seikyu play`, a frame rendered after every keystroke, progress saved with fsync after each):\n")
    for label, rate in throughput.items():
        print("- data folder on %s: %.0f keystrokes per second" % (label, rate))
    print("\nNotes: start-up ends at the last byte of the first frame (the output then stays quiet for 50 ms);")
    print("latency ends at the last byte of the frame that answers the key. Peak memory is the child's maximum resident set.")
    print("seikyu also validates every asset at start-up and saves progress after every accepted key, which dialog does not do.")


main()
