"""Detect: turn two versions' blocks into Change records (diff, effective date, kind).

Noise learned per source (tracker.compare.volatility: counters, relative times, rotating
variants) is left out of every comparison.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from tracker.compare import dates, effective, entries
from tracker.compare.diff import diff_blocks, summarize
from tracker.compare.facts import Vocabulary, change_facts
from tracker.compare.volatility import Noise, shape, stable_blocks  # noqa: F401  (re-exported)
from tracker.extract.normalize import canonical
from tracker.models import Block, BlockDiff, Change, ChangeKind, EffectiveDate, Source

Volatile = Iterable[str] | Noise


def noise_for(volatile: Volatile, *versions: Sequence[Block]) -> Noise:
    """The source's known noise plus the relative-time labels `versions` show (a copy)."""
    known = Noise.of(volatile)
    noise = Noise(set(known.shapes), set(known.time_labels), set(known.gone))
    noise.learn_time_labels(*versions)
    if len(versions) == 2:
        noise.learn_dropped_times(*versions)
    return noise


def keys(blocks: Iterable[Block]) -> list[str]:
    return [canonical(b.text) for b in blocks]


def same_content(old: Sequence[Block], new: Sequence[Block], volatile: Volatile) -> bool:
    if keys(old) == keys(new):
        return True
    noise = noise_for(volatile, old, new)
    return keys(noise.comparable(old)) == keys(noise.comparable(new))


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
    if effective.last_updated_in(text) is not None:
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
    volatile: Volatile,
    detected_at: dt.datetime,
    from_version: int | None,
    to_version: int,
    backfilled: bool = False,
    products: Vocabulary | None = None,
) -> list[Change]:
    """The changes between two versions; several for a change log (one per new entry).

    Each carries its facts (tracker.compare.facts: quantities, obligation shifts, deadlines,
    countries, products and a severity), read from its changed blocks only.
    """
    noise = noise_for(volatile, old, new)
    old_f = noise.comparable(old)
    new_f = noise.comparable(new)
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
            eff = effective.effective_date_in(" ".join(texts))
            if eff is None and entry.date is not None:
                eff = EffectiveDate(entry.date, entry.heading, "entry")
            parts.append((BlockDiff(added=texts), eff))
        if fresh:
            diff.added = [t for t in diff.added if canonical(t) not in taken]
    if not diff.empty:
        eff = effective.effective_date_for_change(
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
        facts = change_facts(part, kind, blocks=new_f, old_blocks=old_f, products=products,
                             effective=eff)
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
                facts=facts,
            )
        )
    return changes
