"""Check speed at scale: tracker against the floor and against urlwatch, in the same run.

Serves N generated policy pages (about 100 KB each, furniture changing per request) from
a loopback server in its own process, 20 ms per request, and times each contender as its
own process, first run and second run (nothing changed):

  floor     stdlib urllib in a thread pool + lxml text extraction, storing nothing
  tracker   `tracker check` (empty database, then again)
  urlwatch  urlwatch with a css filter and html2text (installed in benchmarks/.work/venv)

Two configurations, each with its own database: sources without `select` (tracker finds
the content root by text density; urlwatch filters `css: main`) and sources with
`select = "article"` (urlwatch: `css: article`).  Prints per configuration wall time,
pages/s, peak RSS, the database size, and the ratios.
Each configuration is run in rounds (5 by default), the contenders in turns, and the
median of the rounds is reported: on a shared machine one contender's run can land in a
slow spell (the same 1000-page run took 2.9 s and 4.2 s minutes apart).
Usage: .venv/bin/python benchmarks/check.py [--pages 1000] [--select none|article]
       [--concurrency 32] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
PY = sys.executable
# Every contender runs as installed software does, with its bytecode cached (some shells
# and CI images set PYTHONDONTWRITEBYTECODE, which would time compilation instead).
BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass
class Timing:
    name: str
    seconds: float
    rss_mb: float
    pages: int
    note: str = ""

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def timed(name: str, cmd: list[str], pages: int, env: dict | None = None,
          cwd: Path | None = None) -> Timing:
    """Run a command as its own process; wall time and that process tree's peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    output = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        print(f"!! {name} exited {proc.returncode}:\n{output[-2000:]}")
    return Timing(name, elapsed, usage.ru_maxrss / 1024, pages, output.strip()[-160:])


def tree_memory(cmd: list[str], env: dict) -> tuple[float, float] | None:
    """A run of `cmd`, untimed, its process tree sampled from /proc every 20 ms: the
    peak of the tree's summed RSS (shared pages counted once per process) and of its
    summed PSS (shared pages shared out: what the run really holds), in MB.  None where
    there is no /proc."""
    if not Path("/proc/self/smaps_rollup").exists():
        return None
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        rss = pss = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
            except OSError:
                continue
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.02)
    return peak_rss / 1024, peak_pss / 1024


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, level = [root], [root]
    while level:
        level = [pid for pid, parent in parents.items() if parent in level]
        found += level
    return found


def ensure_tracker() -> None:
    """On a fresh clone: install the project into benchmarks/.work/tracker-venv and
    re-run this script with that interpreter."""
    if (Path(PY).parent / "tracker").exists():
        return
    venv = WORK / "tracker-venv"
    python = venv / "bin" / "python"
    if not (venv / "bin" / "tracker").exists():
        print("installing policy-tracker into benchmarks/.work/tracker-venv ...", flush=True)
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", str(ROOT)],
                       check=True)
    os.execv(str(python), [str(python), *sys.argv])


def start_server(pages: int, delay_ms: int) -> tuple[subprocess.Popen, int]:
    port_file = Path(tempfile.mkstemp()[1])
    port_file.write_text("")
    proc = subprocess.Popen([PY, str(HERE / "pageserver.py"), str(pages), str(delay_ms),
                             str(port_file)])
    for _ in range(600):
        if port_file.read_text().strip():
            return proc, int(port_file.read_text())
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("page server did not start")


def urlwatch_bin() -> Path | None:
    venv = WORK / "venv"
    exe = venv / "bin" / "urlwatch"
    if not exe.exists():
        print("installing urlwatch into benchmarks/.work/venv ...", flush=True)
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        result = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "urlwatch",
                                 "lxml", "cssselect", "html2text"], capture_output=True)
        if result.returncode != 0:
            print("urlwatch could not be installed; skipping it")
            return None
    return exe


def write_urlwatch(folder: Path, urls: list[str], css: str) -> list[str]:
    jobs = "\n---\n".join(
        f"name: p{i}\nurl: {u}\nfilter:\n  - css: {css}\n  - html2text\n"
        for i, u in enumerate(urls))
    (folder / "urls.yaml").write_text(jobs + "\n")
    (folder / "urlwatch.yaml").write_text(
        "display:\n  new: false\n  error: true\n  unchanged: false\n"
        "report:\n  text:\n    details: false\n  stdout:\n    enabled: false\n"
        "  email:\n    enabled: false\n  html:\n    diff: unified\n"
        "job_defaults:\n  all: {}\n  url: {}\n")
    return ["--urls", str(folder / "urls.yaml"), "--config", str(folder / "urlwatch.yaml"),
            "--cache", str(folder / "cache.db"), "--hooks", str(folder / "hooks.py")]


def run(pages: int, concurrency: int, delay_ms: int, with_urlwatch: bool,
        selects: list[str], repeat: int = 5) -> None:
    server, port = start_server(pages, delay_ms)
    try:
        urls = [f"http://127.0.0.1:{port}/p/{n}" for n in range(pages)]
        # Warm-up: an installed tool has its bytecode cached; compile ours once.
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "tracker")],
                       capture_output=True)
        for select in selects:
            results, sizes, memory = run_configuration(urls, concurrency, with_urlwatch,
                                                       select, repeat)
            report(pages, concurrency, delay_ms, select, results, sizes, memory)
    finally:
        server.kill()


def run_configuration(urls: list[str], concurrency: int, with_urlwatch: bool,
                      select: str, repeat: int,
                      ) -> tuple[list[Timing], tuple[int, int, int], tuple[float, float] | None]:
    """Floor, tracker and urlwatch, first and second run, sources with `select` (or
    none: "none"), `repeat` rounds taken in turns (each round starts from an empty
    database and cache), so that a slow spell of a shared machine weighs on every
    contender alike; the database size after the first, second and fourth tracker run."""
    pages = len(urls)
    selector = "" if select == "none" else f'select = "{select}"\n'
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "urls.txt").write_text("\n".join(urls))
        (folder / "hooks.py").write_text("")
        config = folder / "tracker.toml"
        config.write_text(
            f"[settings]\nconcurrency = {concurrency}\nper_host = {concurrency}\n"
            "confirm_delay = 0\n" + "".join(
                f'[[sources]]\nid = "p{i}"\nname = "Policy {i}"\nurl = "{u}"\n{selector}'
                for i, u in enumerate(urls)))
        db = folder / "tracker.db"
        env = {**BASE_ENV, "TRACKER_CONFIG": str(config), "TRACKER_DB": str(db)}
        tracker = [str(Path(PY).parent / "tracker"), "check", "--quiet"]
        floor = [PY, str(HERE / "floor.py"), str(folder / "urls.txt"), str(concurrency)]
        exe = urlwatch_bin() if with_urlwatch else None
        uw_args = write_urlwatch(folder, urls, "main" if select == "none" else select)
        uw_env = {**BASE_ENV, "HOME": str(folder)}
        results: list[Timing] = []
        sizes: list[int] = []
        for round_ in range(repeat):
            results.append(timed("floor, first run", floor, pages))
            results.append(timed("floor, second run", floor, pages))
            for leftover in folder.glob("tracker.db*"):
                leftover.unlink()
            results.append(timed("tracker check, first run", tracker, pages, env))
            if round_ == 0:
                sizes.append(db.stat().st_size + _wal(db))
            results.append(timed("tracker check, second run", tracker, pages, env))
            if round_ == 0:
                sizes.append(db.stat().st_size + _wal(db))
            if exe is not None:
                for leftover in folder.glob("cache.db*"):
                    leftover.unlink()
                results.append(timed("urlwatch, first run", [str(exe), *uw_args], pages,
                                     uw_env))
                results.append(timed("urlwatch, second run", [str(exe), *uw_args], pages,
                                     uw_env))
        memory = tree_memory(tracker, env)  # a third run, untimed
        subprocess.run(tracker, env=env, capture_output=True)
        sizes.append(db.stat().st_size + _wal(db))
    return results, (sizes[0], sizes[1], sizes[-1]), memory


def _wal(db: Path) -> int:
    wal = db.with_name(db.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def report(pages, concurrency, delay_ms, select, results, sizes, memory=None) -> None:
    """Per contender and run: the median wall time of the rounds (and their range);
    ratios of medians."""
    configuration = "no select" if select == "none" else f'select = "{select}"'
    by: dict[str, list[Timing]] = {}
    for r in results:
        by.setdefault(r.name, []).append(r)
    rounds = max(len(v) for v in by.values())
    print(f"\n{pages} pages, {configuration}, {delay_ms} ms per request, "
          f"concurrency {concurrency}, median of {rounds} rounds")
    print(f"{'':28}{'wall s':>9}{'range':>13}{'pages/s':>10}{'peak RSS MB':>13}")
    median: dict[str, float] = {}
    for name, runs in by.items():
        times = sorted(r.seconds for r in runs)
        median[name] = times[len(times) // 2]
        spread = f"{times[0]:.2f}-{times[-1]:.2f}"
        print(f"{name:28}{median[name]:9.2f}{spread:>13}{pages / median[name]:10.0f}"
              f"{max(r.rss_mb for r in runs):13.0f}")
    for run_name in ("first run", "second run"):
        t, f = median[f"tracker check, {run_name}"], median[f"floor, {run_name}"]
        line = f"{run_name:11}: tracker/floor {t / f:5.2f}x"
        if f"urlwatch, {run_name}" in median:
            u = median[f"urlwatch, {run_name}"]
            line += f"   urlwatch/tracker {u / t:5.2f}x"
        print(line)
    second = median["tracker check, second run"] / median["tracker check, first run"]
    print(f"tracker second/first run: {second:.2f}x")
    peak = max(r.rss_mb for name in ("tracker check, first run", "tracker check, second run")
               for r in by[name])
    print(f"tracker peak RSS: {peak:.0f} MB (its largest process)")
    if memory:
        print(f"tracker process tree, a third run: peak PSS {memory[1]:.0f} MB (what it holds),"
              f" peak RSS summed over its processes {memory[0]:.0f} MB")
    grown = (sizes[1] - sizes[0]) / 1e3
    print(f"database: {sizes[0] / 1e6:.1f} MB after the first run, +{grown:.0f}"
          f" KB after the second, +{(sizes[2] - sizes[1]) / 1e3:.0f} KB after two more "
          "unchanged runs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, action="append",
                        help="pages to serve (repeatable; default 1000)")
    parser.add_argument("--select", action="append", choices=["none", "article"],
                        help="configuration (repeatable; default both)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--delay-ms", type=int, default=20)
    parser.add_argument("--no-urlwatch", action="store_true")
    parser.add_argument("--repeat", type=int, default=5,
                        help="rounds per configuration, taken in turns (default 5)")
    args = parser.parse_args()
    ensure_tracker()
    for pages in args.pages or [1000]:
        run(pages, args.concurrency, args.delay_ms, not args.no_urlwatch,
            args.select or ["none", "article"], max(1, args.repeat))


if __name__ == "__main__":
    main()
