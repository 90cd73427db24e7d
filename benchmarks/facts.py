"""Facts of a change: accuracy on the labelled corpus, and the time they add per change.

    .venv/bin/python benchmarks/facts.py [--rounds N]

Prints the per-type precision / recall tables of tests/fact_corpus.py (the corpus the
engine was built on) and tests/fact_holdout.py (edits from other documents, labelled by
someone who had not read the engine), each for all edits and for the real ones alone;
then microseconds per change: on the corpus edits, and on changes made from the seed
documents (tests/seeds: one number, one "should"/"must", one clause added, one typo per
change, diffed with tracker.compare.diff and read with the version's blocks as context), next to
the time of the clause diff of the same change.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fact_corpus import CORPUS  # noqa: E402
from tests.fact_holdout import HOLDOUT  # noqa: E402
from tests.test_facts import diff_of, facts_of, score, table  # noqa: E402
from tracker.compare.diff import diff_blocks  # noqa: E402
from tracker.compare.effective import effective_date_for_change  # noqa: E402
from tracker.compare.facts import change_facts  # noqa: E402
from tracker.models import Block  # noqa: E402


def seed_blocks(path: Path) -> list[Block]:
    blocks = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip(" •\t")
        if not line:
            continue
        heading = len(line) < 70 and not line.endswith((".", ":", ";", ","))
        blocks.append(Block("heading" if heading else "paragraph", line, 2 if heading else 0))
    return blocks


def seed_changes(blocks: list[Block]) -> list[list[Block]]:
    """A few edited versions of a seed, each one edit away from it."""
    edited = []
    for i, block in enumerate(blocks):
        text = block.text
        for pattern, repl in ((r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1)),
                              (r"\bshould\b", "must"), (r"\bmay\b", "must"),
                              (r"\bthe\b", "teh")):
            new = re.sub(pattern, repl, text, count=1)
            if new != text:
                version = list(blocks)
                version[i] = Block(block.kind, new, block.level)
                edited.append(version)
                break
    added = list(blocks)
    added.insert(len(blocks) // 2, Block("paragraph", "You must not send messages to Brazil "
                                         "before 8 a.m.; register by 1 March 2026."))
    edited.append(added)
    return edited


def timed(fn, rounds: int) -> float:
    """Median seconds of one call over `rounds` runs."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    start = time.perf_counter()
    change_facts(diff_of(CORPUS[0]), effective=None)
    cold = time.perf_counter() - start

    for name, cases in (("Labelled corpus", CORPUS), ("Holdout corpus", HOLDOUT)):
        tally, _ = score(cases)
        print(f"{name}: {len(cases)} edits ({sum(not e.edited for e in cases)} real, "
              f"{sum(e.edited for e in cases)} edited, {sum(e.factless for e in cases)} "
              f"with no fact)\n")
        print(table(tally))
        real, _ = score([e for e in cases if not e.edited])
        print("\nReal edits alone\n" + table(real) + "\n")

    corpus_times = [timed(lambda e=e: facts_of(e), args.rounds) for e in CORPUS + HOLDOUT]
    print(f"First call (loads pycountry, compiles patterns): {cold * 1000:.1f} ms")
    print(f"Corpus and holdout edits, one clause each: median "
          f"{statistics.median(corpus_times) * 1e6:.0f} us, p95 "
          f"{sorted(corpus_times)[int(len(corpus_times) * 0.95)] * 1e6:.0f} us per change")

    fact_times, diff_times = [], []
    for path in sorted((ROOT / "tests" / "seeds").glob("*.txt")):
        old = seed_blocks(path)
        for new in seed_changes(old):
            diff_times.append(timed(lambda o=old, n=new: diff_blocks(o, n), args.rounds))
            diff = diff_blocks(old, new)
            # the pipeline has the change's effective date already: read it outside the timing
            effective = effective_date_for_change(
                diff.added, [m.after for m in diff.modified],
                [b.text for b in old], [b.text for b in new])
            fact_times.append(timed(
                lambda d=diff, o=old, n=new, e=effective: change_facts(
                    d, blocks=n, old_blocks=o, effective=e),
                args.rounds))
    ratio = statistics.median(fact_times) / statistics.median(diff_times)
    seeds = len(list((ROOT / "tests" / "seeds").glob("*.txt")))
    print(f"Seed changes ({len(fact_times)} changes over {seeds} seeds): "
          f"facts median {statistics.median(fact_times) * 1e6:.0f} us, p95 "
          f"{sorted(fact_times)[int(len(fact_times) * 0.95)] * 1e6:.0f} us per change; "
          f"the clause diff of the same change {statistics.median(diff_times) * 1e6:.0f} us "
          f"(facts/diff {ratio:.2f}x)")


if __name__ == "__main__":
    main()
