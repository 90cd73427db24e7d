"""Entries: change-log and notice-list pages read entry by entry.

On a change log (Twilio's Service and Country Specific Requirements change log, the
legal updates notices page) each dated entry is one change.  Diffing such a page block
by block would report a new entry as a pile of added paragraphs; grouping blocks under
their date line lets each new entry be reported once, with its own date.

An entry starts at a block that is a date ("February 25, 2025"), begins with one
("March 3, 2025 – Updated the Voice ..."), is a table row whose first cell is one, or is a
short heading holding one ("Posted March 3, 2025").  The entry's key is the canonical
text of that line, so editing an entry's body does not make it a new entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.compare.dates import find_dates, parse_date
from tracker.compare.effective import last_updated_in
from tracker.extract.normalize import canonical as _canonical
from tracker.models import Block

# What may follow a leading date on an entry line: a dash, colon, bar, bracket or comma.
_AFTER_DATE = re.compile(r"\s*(?:$|[–—\-:|(,]|\.\s)")
_LEADING = re.compile(r"^[\s•*\-–—\[(]*")
_SHORT_HEADING = 60
_MIN_ENTRIES = 3
_MAJORITY = 0.5


@dataclass
class Entry:
    """One dated entry: its date line (`heading`), the blocks under it, and a stable key."""

    date: dt.date | None
    heading: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""


def entry_date(block: Block) -> dt.date | None:
    """The date that makes `block` the start of an entry, or None.

    A "Last updated: ..." line is the page's own date, not an entry: counting it would
    report a new entry each time the page is touched.
    """
    text = block.text.strip()
    if last_updated_in(text) is not None:
        return None
    if block.kind == "row":
        first = parse_date(text.split("|")[0])
        if first is not None:
            return first
    leading = _LEADING.match(text)
    lead = leading.end() if leading else 0
    mentions = find_dates(text[lead:])
    if not mentions:
        return None
    first_mention = mentions[0]
    if first_mention.start == 0 and _AFTER_DATE.match(text, lead + first_mention.end):
        rest = text[lead + first_mention.end :].strip(" .,:;–—-|()")
        if first_mention.day_known or not rest:
            return first_mention.date
        return None
    if block.kind == "heading" and len(text) <= _SHORT_HEADING:
        full = [m for m in mentions if m.day_known]
        if len(full) == 1:
            return full[0].date
    return None


def split_entries(blocks: Sequence[Block]) -> list[Entry]:
    """Blocks grouped into dated entries; blocks before the first date form a preamble
    entry (date None, key "")."""
    entries: list[Entry] = []
    for block in blocks:
        date = entry_date(block)
        if date is not None:
            entries.append(Entry(date, block.text, [block], _canonical(block.text)))
        elif entries:
            entries[-1].blocks.append(block)
        else:
            entries.append(Entry(None, "", [block], ""))
    return entries


def looks_like_changelog(blocks: Sequence[Block]) -> bool:
    """True when at least three dated entry starts make up most of the page's structure:
    of the blocks (after the preamble) of the kind the entry lines mostly are, at least
    half start an entry.  A policy whose paragraphs now and then begin with a date fails.
    """
    starts = [i for i, block in enumerate(blocks) if entry_date(block) is not None]
    if len(starts) < _MIN_ENTRIES:
        return False
    kinds = Counter(blocks[i].kind for i in starts)
    kind, dated = kinds.most_common(1)[0]
    same_kind = sum(1 for block in blocks[starts[0] :] if block.kind == kind)
    return dated / same_kind >= _MAJORITY


def _body(entry: Entry) -> tuple[str, ...]:
    return tuple(_canonical(block.text) for block in entry.blocks)


def new_entries(old: Sequence[Block], new: Sequence[Block]) -> list[Entry]:
    """Dated entries of `new` that `old` does not have, in page order.

    Matched by key; when several entries share a key (two notices on one day), the
    extra ones in `new` are those whose body matches none of the old ones.
    """
    old_by_key: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for entry in split_entries(old):
        if entry.date is not None:
            old_by_key[entry.key].append(_body(entry))
    fresh_entries = [e for e in split_entries(new) if e.date is not None]
    new_count = Counter(e.key for e in fresh_entries)
    found: list[Entry] = []
    for key in new_count:
        same = [e for e in fresh_entries if e.key == key]
        extra = len(same) - len(old_by_key.get(key, []))
        if extra <= 0:
            continue
        bodies = list(old_by_key.get(key, []))
        unmatched = []
        for entry in same:
            if _body(entry) in bodies:
                bodies.remove(_body(entry))
            else:
                unmatched.append(entry)
        found.extend((unmatched + [e for e in same if e not in unmatched])[:extra])
    position = {id(e): i for i, e in enumerate(fresh_entries)}
    return sorted(found, key=lambda e: position[id(e)])
