"""Diff speed: a 1 MB policy with 1% of its clauses edited; ours next to git's word diff.

Builds the document from the seed texts (clauses made distinct by their number and a
rotation of their sentences), edits 1% of the clauses (rewords most, adds and removes a
few), then times `diff_blocks` (clause alignment, moves, splits, pairing, word diffs) and
`git diff --no-index --word-diff` on the same two documents written one clause per line.

- cold: one `diff_blocks` call in a fresh process (nothing memoised), once in each of
  several processes.  The process first loads what every run of the tracker loads once
  (imports; the date reader's CLDR month names, also read for effective dates): that
  is printed apart, not counted.
- warm: the same call again in that process, best of several: what one process diffing
  the same versions again pays (canonical() memoised what it computed; the alignment
  classes, `canonical_classes`, are computed afresh on every call).
- git: the command, run as many times, in turn with the fresh processes.

Wall time is what a user waits; CPU time (ours: the process's; git's: its rusage) is
what the work costs, and is what to read on a shared, loaded machine, where waiting for a
core inflates wall times at random.  The ratios use the best cold and the best git run;
the spread (min / median / max) is printed with them.
Run: .venv/bin/python benchmarks/diff.py [--processes N]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages import seed_blocks, seed_names  # noqa: E402


def build(size: int = 1_000_000) -> list[str]:
    sentences = []
    for name in seed_names():
        for _, text in seed_blocks(name):
            sentences += [s.strip() for s in text.split(". ") if len(s.strip()) > 20]
    rng = random.Random(7)
    clauses, total, n = [], 0, 0
    while total < size:
        n += 1
        picked = rng.sample(sentences, 2)
        clause = f"{n}. Clause {n}: {picked[0]}. {picked[1]}."
        clauses.append(clause)
        total += len(clause) + 1
    return clauses


def edit(clauses: list[str], share: float = 0.01) -> list[str]:
    rng = random.Random(11)
    new = list(clauses)
    picks = rng.sample(range(len(new)), max(3, int(len(new) * share)))
    for k, i in enumerate(sorted(picks, reverse=True)):
        if k % 10 == 0:
            new.insert(i, f"New clause {i}: customers must keep consent records for five years.")
        elif k % 10 == 1:
            del new[i]
        else:
            words = new[i].split(" ")
            j = rng.randrange(3, len(words))
            words[j] = "materially"
            new[i] = " ".join(words)
    return new


def one_process(warm_runs: int) -> dict[str, float | str]:
    """Measured inside a fresh process: the first (cold) call, then the best warm one."""
    started = time.perf_counter()
    from tracker.compare.dates import find_dates
    from tracker.compare.diff import diff_blocks, summarize
    from tracker.models import Block

    imported = time.perf_counter()
    find_dates("Last updated: 1 January 2025")  # the CLDR month names, once per process
    dates_loaded = time.perf_counter()
    old_text = build()
    old = [Block("item", t) for t in old_text]
    new = [Block("item", t) for t in edit(old_text)]
    began, began_cpu = time.perf_counter(), time.process_time()
    diff = diff_blocks(old, new)
    cold, cold_cpu = time.perf_counter() - began, time.process_time() - began_cpu
    warm, warm_cpu = [], []
    for _ in range(warm_runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        diff_blocks(old, new)
        warm.append(time.perf_counter() - began)
        warm_cpu.append(time.process_time() - began_cpu)
    return {"cold": cold, "warm": min(warm), "cold_cpu": cold_cpu, "warm_cpu": min(warm_cpu),
            "imports": imported - started, "dates": dates_loaded - imported,
            "summary": summarize(diff)}


def spread(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"min {min(ms):6.1f}  median {statistics.median(ms):6.1f}  max {max(ms):6.1f} ms"
            f"  ({len(ms)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=7, help="fresh processes for cold")
    parser.add_argument("--one-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_process:
        print(json.dumps(one_process(warm_runs=5)))
        return
    old_text = build()
    new_text = edit(old_text)
    runs, git, git_cpu = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.txt", Path(tmp) / "new.txt"
        a.write_text("\n".join(old_text) + "\n")
        b.write_text("\n".join(new_text) + "\n")
        cmd = ["git", "diff", "--no-index", "--word-diff", "--no-color", str(a), str(b)]
        for _ in range(args.processes):  # turn about, so that both see the same load
            out = subprocess.run([sys.executable, __file__, "--one-process"], check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out))
            before, began = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            git.append(time.perf_counter() - began)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            git_cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        size = a.stat().st_size
    print(f"document: {size / 1e6:.2f} MB, {len(old_text)} clauses; edited 1%: "
          f"{runs[0]['summary']}")
    print("once per process, not counted:")
    print(f"  imports                          {spread([r['imports'] for r in runs])}")
    print(f"  the date reader's month names    {spread([r['dates'] for r in runs])}")
    for clock, suffix, git_times in (("wall time", "", git), ("CPU time", "_cpu", git_cpu)):
        cold = [r["cold" + suffix] for r in runs]
        warm = [r["warm" + suffix] for r in runs]
        print(clock)
        print(f"  tracker diff_blocks, cold        {spread(cold)}")
        print(f"  tracker diff_blocks, warm        {spread(warm)}")
        print(f"  git diff --no-index --word-diff  {spread(git_times)}")
        for name, ours in (("cold", cold), ("warm", warm)):
            print(f"  ratio ours/git, {name}: {min(ours) / min(git_times):5.2f}x  (medians "
                  f"{statistics.median(ours) / statistics.median(git_times):.2f}x)")


if __name__ == "__main__":
    main()
