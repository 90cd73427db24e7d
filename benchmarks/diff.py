"""Diff speed: a 1 MB policy with 1% of its clauses edited; ours next to git's word diff.

Builds the document from the seed texts (clauses made distinct by their number and a
rotation of their sentences), edits 1% of the clauses (rewords most, adds and removes a
few), then times `diff_blocks` (clause alignment + word diffs) and
`git diff --no-index --word-diff` on the same two documents written one clause per line.
Best of 3 each, ratio printed.  Run: .venv/bin/python benchmarks/diff.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages import seed_blocks, seed_names  # noqa: E402
from tracker.diff import diff_blocks  # noqa: E402
from tracker.models import Block  # noqa: E402
from tracker.normalize import canonical  # noqa: E402


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


def best_of(runs: int, func, setup=lambda: None) -> float:
    times = []
    for _ in range(runs):
        setup()
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    old_text = build()
    new_text = edit(old_text)
    old = [Block("item", t) for t in old_text]
    new = [Block("item", t) for t in new_text]
    diff = diff_blocks(old, new)
    cold = best_of(3, lambda: diff_blocks(old, new), canonical.cache_clear)
    warm = best_of(3, lambda: diff_blocks(old, new))
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.txt", Path(tmp) / "new.txt"
        a.write_text("\n".join(old_text) + "\n")
        b.write_text("\n".join(new_text) + "\n")
        cmd = ["git", "diff", "--no-index", "--word-diff", "--no-color", str(a), str(b)]
        theirs = best_of(3, lambda: subprocess.run(cmd, capture_output=True))
        size = a.stat().st_size
    print(f"document: {size / 1e6:.2f} MB, {len(old_text)} clauses; edited 1%: "
          f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.modified)} reworded, "
          f"{len(diff.moved)} moved")
    print(f"tracker diff_blocks, cold:       {cold * 1000:8.1f} ms")
    print(f"tracker diff_blocks, warm cache: {warm * 1000:8.1f} ms  (canonical keys memoised)")
    print(f"git diff --no-index --word-diff: {theirs * 1000:8.1f} ms")
    print(f"ratio ours/git, cold:            {cold / theirs:8.2f}x")
    print(f"ratio ours/git, warm:            {warm / theirs:8.2f}x")


if __name__ == "__main__":
    main()
