"""Detect: turn two versions' blocks into Change records (diff, effective date, kind).

Noise handling lives here too: block *shapes* (canonical text with digits and tokens
blanked) that proved volatile for a source are left out of every comparison.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tracker import dates, entries
from tracker.diff import diff_blocks, summarize
from tracker.models import Block, BlockDiff, Change, ChangeKind, EffectiveDate, Source
from tracker.normalize import canonical

_TOKENISH = re.compile(r"\b(?=[a-z0-9_-]*\d)[a-z0-9_-]{6,}\b")
_DIGITS = re.compile(r"\d+")


def shape(text: str) -> str:
    """A block's shape: canonical text with numbers and token-like words blanked.

    "42 of 57 found this helpful" and "43 of 58 found this helpful" share a shape, so a
    counter that changed between two fetches is remembered once and ignored afterwards.
    """
    key = canonical(text)
    key = _TOKENISH.sub("#", key)
    return _DIGITS.sub("#", key)


def stable_blocks(first: Sequence[Block], second: Sequence[Block]) -> tuple[list[Block], dict]:
    """Blocks present in both fetches (in the second's order), and the shapes that varied."""
    counts = Counter(canonical(b.text) for b in first)
    stable: list[Block] = []
    varied: dict[str, str] = {}
    for block in second:
        key = canonical(block.text)
        if counts[key] > 0:
            counts[key] -= 1
            stable.append(block)
        else:
            varied[shape(block.text)] = block.text
    leftover = Counter(counts)
    for block in first:
        key = canonical(block.text)
        if leftover[key] > 0:
            leftover[key] -= 1
            varied[shape(block.text)] = block.text
    return stable, varied


def without_volatile(blocks: Iterable[Block], volatile: set[str]) -> list[Block]:
    if not volatile:
        return list(blocks)
    return [b for b in blocks if shape(b.text) not in volatile]


def keys(blocks: Iterable[Block]) -> list[str]:
    return [canonical(b.text) for b in blocks]


def same_content(old: Sequence[Block], new: Sequence[Block], volatile: set[str]) -> bool:
    return keys(without_volatile(old, volatile)) == keys(without_volatile(new, volatile))


def classify(diff: BlockDiff) -> ChangeKind:
    """date-only: only "Last updated" style lines changed; editorial: only order/splits."""
    changed = list(diff.added) + list(diff.removed)
    changed += [m.before for m in diff.modified] + [m.after for m in diff.modified]
    if changed and all(_is_date_line(t) for t in changed):
        return "date-only"
    if not changed:
        return "editorial"
    return "substantive"


def _is_date_line(text: str) -> bool:
    if dates.last_updated_in(text) is not None:
        return True
    stripped = text
    for mention in dates.find_dates(text):
        stripped = stripped.replace(mention.raw, " ")
    return len(re.sub(r"[\W_]+", "", stripped)) <= 3


def describe(diff: BlockDiff, effective: EffectiveDate | None, kind: ChangeKind) -> str:
    text = summarize(diff) or "no clause changes"
    if kind == "date-only":
        text = "date only: " + text
    if effective:
        text += f"; effective {effective.date.isoformat()}"
    return text


def build_changes(
    source: Source,
    old: Sequence[Block],
    new: Sequence[Block],
    *,
    volatile: set[str],
    detected_at: dt.datetime,
    from_version: int | None,
    to_version: int,
    backfilled: bool = False,
) -> list[Change]:
    """The changes between two versions; several for a change log (one per new entry)."""
    old_f = without_volatile(old, volatile)
    new_f = without_volatile(new, volatile)
    diff = diff_blocks(old_f, new_f)
    if diff.empty:
        return []
    parts: list[tuple[BlockDiff, EffectiveDate | None]] = []
    if source.kind == "changelog" or entries.looks_like_changelog(new_f):
        fresh = entries.new_entries(old_f, new_f)
        taken: set[str] = set()
        for entry in fresh:
            texts = [b.text for b in entry.blocks]
            taken.update(canonical(t) for t in texts)
            eff = dates.effective_date_in(" ".join(texts))
            if eff is None and entry.date is not None:
                eff = EffectiveDate(entry.date, entry.heading, "entry")
            parts.append((BlockDiff(added=texts), eff))
        if fresh:
            diff.added = [t for t in diff.added if canonical(t) not in taken]
    if not diff.empty:
        eff = dates.effective_date_for_change(
            list(diff.added),
            [m.after for m in diff.modified] + [s for sp in diff.split for s in sp.after]
            + [mg.after for mg in diff.merged],
            [b.text for b in old_f],
            [b.text for b in new_f],
        )
        parts.insert(0, (diff, eff))
    changes = []
    for part, eff in parts:
        kind = classify(part)
        changes.append(
            Change(
                source=source.id,
                detected_at=detected_at,
                from_version=from_version,
                to_version=to_version,
                diff=part,
                effective=eff,
                kind=kind,
                summary=describe(part, eff, kind),
                backfilled=backfilled,
            )
        )
    return changes
