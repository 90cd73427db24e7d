"""Effective dates on real passages: the labelled corpus (tests/date_corpus.py), by class.

One test per corpus rather than one per case: the bar is an accuracy (98% overall, no
class below 95%), and the failure message lists every miss with its class and source.
"""

from __future__ import annotations

from collections import defaultdict

from tests.date_corpus import CORPUS, Case
from tracker.effective import passage_date


def accuracy(cases: list[Case]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """(right, total) per class, and one line per miss."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for case in cases:
        found = passage_date(case.text)
        got = found.date if found else None
        tally[case.cls][1] += 1
        if got == case.expected:
            tally[case.cls][0] += 1
        else:
            misses.append(f"{case.cls}/{case.lang}: expected {case.expected}, got {got}: "
                          f"{case.text[:160]!r} ({case.source})")
    return {k: (v[0], v[1]) for k, v in tally.items()}, misses


def test_effective_dates_of_real_passages():
    per_class, misses = accuracy(CORPUS)
    right = sum(r for r, _ in per_class.values())
    total = sum(t for _, t in per_class.values())
    report = "\n".join(f"{k}: {r}/{t}" for k, (r, t) in sorted(per_class.items()))
    assert right / total >= 0.98, report + "\n" + "\n".join(misses)
    for cls, (r, t) in per_class.items():
        assert r / t >= 0.95, f"{cls}: {r}/{t}\n" + "\n".join(misses)
