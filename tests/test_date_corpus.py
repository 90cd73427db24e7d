"""Effective dates on real passages: two labelled corpora of real phrasings, by class.

tests/date_corpus.py was written first and the code was tuned on it; tests/date_holdout.py
came later from other sites, to measure how the rules carry over to text they were not
fitted to.  One test per corpus rather than one per case: the bar is an accuracy (98%
over both, no class below 90%), and the failure message lists every miss and its source.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests import date_corpus, date_holdout
from tests.date_corpus import Case
from tracker.compare.effective import passage_date


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


@pytest.mark.parametrize("corpus", [date_corpus, date_holdout], ids=["tuned", "holdout"])
def test_effective_dates_of_real_passages(corpus):
    per_class, misses = accuracy(corpus.CORPUS)
    right = sum(r for r, _ in per_class.values())
    total = sum(t for _, t in per_class.values())
    report = "\n".join(f"{k}: {r}/{t}" for k, (r, t) in sorted(per_class.items()))
    assert right / total >= 0.97, report + "\n" + "\n".join(misses)
    for cls, (r, t) in per_class.items():
        assert r / t >= 0.90, f"{cls}: {r}/{t}\n" + "\n".join(misses)


def test_both_corpora_together_reach_98_percent():
    cases = [*date_corpus.CORPUS, *date_holdout.CORPUS]
    per_class, misses = accuracy(cases)
    right = sum(r for r, _ in per_class.values())
    assert right / len(cases) >= 0.98, "\n".join(misses)
