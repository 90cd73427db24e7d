"""Read the facts of one change from its clause diff.

Only the changed clauses are read: added, removed and modified blocks (moved, split and
merged blocks keep their words).  A modified clause is compared with its old text as
multisets: a quantity, a strength or a date on both sides did not change, whatever else
moved around it; what is left is paired old -> new.  Added and removed clauses are
pooled, so a clause rewritten beyond recognition (one removed, one added) still pairs its
numbers.

What clauses ask is compared across the whole change (tracker.compare.facts.asks): a prohibition
that a removed clause made and an added or rewritten clause still makes, in much the same
words, was moved, merged or split, not dropped and added.

Context is optional: the new version's blocks (and the old one's, for removed clauses)
give the headings a clause sits under (a country heading applies to its clauses) and
the lead-in of a list ("You may not use the Services to:"), whose strength its items
inherit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tracker.compare.dates import DateMention, find_dates
from tracker.compare.effective import effective_date_for_change
from tracker.compare.facts.asks import (
    ASKING,
    COVERED,
    Ask,
    compare_asks,
    coverage,
    lead_asks,
    read_asks,
    sentence_at,
)
from tracker.compare.facts.deadlines import deadline_facts
from tracker.compare.facts.modals import Modal, find_modals, lead_in_strength
from tracker.compare.facts.places import find_countries
from tracker.compare.facts.products import Vocabulary, find_products
from tracker.compare.facts.quantities import Quantity, changed_quantities, distinct, find_quantities
from tracker.models import Block, BlockDiff, ChangeFacts, EffectiveDate, Fact, Severity

_NEW = {"prohibition": "new prohibition", "obligation": "new requirement"}
_DROPPED = {"prohibition": "dropped prohibition", "obligation": "dropped requirement"}
_FACT_ORDER = {"obligation": 0, "quantity": 1, "deadline": 2}
_DIGIT = re.compile(r"\d")


@dataclass
class _Clause:
    """One changed clause as it is read: its text, dates, strength phrases, where it sits."""

    text: str
    dates: list[DateMention]
    masked: str
    lead: str | None = None  # strength inherited from a lead-in or heading
    is_item: bool = False
    modals: list[Modal] = field(default_factory=list)  # every phrase, with its reading
    quantities: list[Quantity] | None = None
    _asks: list[Ask] | None = None
    _whole: list[Ask] | None = None

    @classmethod
    def read(cls, text: str, lead: str | None = None, is_item: bool = False) -> _Clause:
        dates = find_dates(text) if _DIGIT.search(text) else []
        masked = text
        for mention in dates:
            masked = masked[: mention.start] + " " * (mention.end - mention.start) + \
                masked[mention.end:]
        clause = cls(text, dates, masked, lead, is_item)
        clause.modals = find_modals(masked, every=True)
        return clause

    @property
    def asks(self) -> bool:
        """Whether the clause asks anything of its reader."""
        return self.lead in ASKING or any(m.asks for m in self.modals)

    def own_asks(self) -> list[Ask]:
        """What its own words ask (a modified clause is compared with these)."""
        if self._asks is None:
            self._asks = read_asks(self.masked, self.modals)
        return self._asks

    def whole_asks(self) -> list[Ask]:
        """What it asks as a whole clause, added or removed: its lead-in's strength for a
        list item, else its own."""
        if self._whole is None:
            inherited = lead_asks(self.text, self.lead or "", self.modals, self.is_item)
            self._whole = inherited or [a for a in self.own_asks() if not a.possible]
        return self._whole

    def sentence(self, position: int) -> str:
        return sentence_at(self.text, position)


class _Context:
    """Where a clause sits in a version: the headings above it, the lead-in of its list."""

    def __init__(self, blocks: Sequence[Block] | None):
        self.blocks = list(blocks or ())
        self._where: dict[str, int] | None = None

    def index(self, text: str) -> int | None:
        if not self.blocks:
            return None
        if self._where is None:
            self._where = {}
            for i, block in enumerate(self.blocks):
                self._where.setdefault(block.text, i)
        return self._where.get(text)

    def headings(self, i: int) -> list[str]:
        """The headings above block i, nearest first, each of a higher rank than the last."""
        found: list[str] = []
        rank: int | None = None
        for j in range(i - 1, -1, -1):
            block = self.blocks[j]
            if block.kind != "heading":
                continue
            if rank is None or (block.level and block.level < rank):
                found.append(block.text)
                rank = block.level or 0
                if rank <= 1:
                    break
        return found

    def lead(self, i: int) -> str | None:
        """The strength the list item (or the clause after a lead-in) at i inherits."""
        block = self.blocks[i]
        for j in range(i - 1, max(-1, i - 400), -1):
            other = self.blocks[j]
            if other.kind in ("item", "row") and block.kind in ("item", "row") and (
                other.level >= block.level
            ):
                continue
            text = other.text.strip()
            is_item = block.kind in ("item", "row")
            if text.endswith(":") or (is_item and (
                other.kind == "heading" or re.search(r"\bfollowing\b", text, re.I)
            )):
                return lead_in_strength(text)
            return None
        return None


class _Side:
    """What one side of a change asks, by strength: the words of its modified clauses' own
    asks and of its added (removed) clauses' asks, read when first needed."""

    def __init__(self, modified: list[_Clause], whole: list[_Clause]):
        self.modified, self.whole = modified, whole
        self._words: dict[str, list[frozenset[str]]] | None = None

    def words(self, strength: str) -> list[frozenset[str]]:
        """The words of each of this side's asks of `strength`."""
        if self._words is None:
            self._words = {}
            asks = [a for c in self.modified for a in c.own_asks()]
            asks += [a for c in self.whole for a in c.whole_asks()]
            for ask in asks:
                if not ask.possible:
                    self._words.setdefault(ask.strength, []).append(ask.words)
        return self._words.get(strength, [])

    def asks(self, strength: str, words: frozenset[str]) -> bool:
        """Whether this side asks `words` just as strongly (a clause moved, merged or split,
        not a new or dropped one).  Asks of a few words are too thin to judge: they count
        as new."""
        others = self.words(strength)
        if len(words) < 4 or not others:
            return False
        return coverage(words, others) >= COVERED


def change_facts(
    diff: BlockDiff,
    kind: str = "substantive",
    *,
    blocks: Sequence[Block] | None = None,
    old_blocks: Sequence[Block] | None = None,
    products: Vocabulary | None = None,
    effective: dt.date | EffectiveDate | None | Literal["auto"] = "auto",
) -> ChangeFacts:
    """The facts, countries, products and severity of one change.

    `kind` is the change's kind ("substantive", "editorial", "date-only", "technical"):
    the severity when no fact asks for "obligation".  `blocks` / `old_blocks` are the new
    and old versions' blocks (for headings and list lead-ins); `products` the product
    vocabulary (default: tracker.compare.facts.DEFAULT_PRODUCTS); `effective` the change's
    effective date, which is no deadline (see tracker.compare.facts.deadlines): pass
    `change.effective` (None: the change has none); "auto" reads it from the diff as
    tracker.compare.effective does.
    """
    new_ctx, old_ctx = _Context(blocks), _Context(old_blocks)
    facts: list[Fact] = []
    place_texts: list[str] = []
    countries: list[str] = []
    asks = False

    def clause(text: str, ctx: _Context) -> _Clause:
        i = ctx.index(text)
        if i is None:
            return _Clause.read(text)
        for heading in ctx.headings(i):
            _extend(countries, find_countries(heading))
        block = ctx.blocks[i]
        return _Clause.read(text, ctx.lead(i), block.kind == "item")

    effective_date = _effective(diff, effective)
    pairs = [(clause(m.before, old_ctx), clause(m.after, new_ctx)) for m in diff.modified]
    added = [clause(text, new_ctx) for text in diff.added]
    removed = [clause(text, old_ctx) for text in diff.removed]
    # what the whole change asks on each side: an ask is new (dropped) only if the other
    # side does not ask it just as strongly anywhere in the change
    old_side = _Side([old for old, _ in pairs], removed)
    new_side = _Side([new for _, new in pairs], added)
    for old, new in pairs:
        place_texts += [old.text, new.text]
        quantities = _quantity_facts(changed_quantities(_qs(old), _qs(new)), old, new)
        shifts = _obligation_facts(old, new, old_side, new_side)
        deadlines = deadline_facts(new.text, new.dates, old.dates, effective_date)
        facts += shifts + quantities + deadlines
        asks = asks or bool(quantities and (old.asks or new.asks))
    place_texts += list(diff.added) + list(diff.removed)
    for new in added:
        facts += _whole_clause(new, old_side, after=True)
    for old in removed:
        facts += _whole_clause(old, new_side, after=False)
    pooled = changed_quantities(
        [q for c in removed for q in distinct(_qs(c))],
        [q for c in added for q in distinct(_qs(c))],
    )
    owners = {id(q): c for c in [*added, *removed] for q in _qs(c)}
    for old_q, new_q in pooled:
        facts.append(_quantity_fact(old_q, new_q, owners))
        owner = owners.get(id(new_q or old_q))
        asks = asks or bool(owner and owner.asks)
    gone = {m.date for c in removed for m in c.dates}
    for new in added:
        facts += deadline_facts(new.text, new.dates, None, effective_date, gone)
    for text in place_texts:
        _extend(countries, find_countries(text))
    facts = _unique(facts)
    facts.sort(key=lambda f: _FACT_ORDER[f.type])
    severity: Severity
    if asks or any(f.type in ("obligation", "deadline") for f in facts):
        severity = "obligation"
    else:
        severity = kind if kind in ("substantive", "editorial", "date-only",
                                    "technical") else "substantive"  # type: ignore[assignment]
    found_products = find_products(place_texts, products)
    return ChangeFacts(severity, facts, sorted(countries), found_products)


def _extend(into: list[str], items: Iterable[str]) -> None:
    for item in items:
        if item not in into:
            into.append(item)


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[Fact] = set()
    out = []
    for fact in facts:
        if fact not in seen:
            seen.add(fact)
            out.append(fact)
    return out


def _qs(clause: _Clause) -> list[Quantity]:
    if clause.quantities is None:
        clause.quantities = find_quantities(clause.text, dates=clause.dates)
    return clause.quantities


def _effective(diff: BlockDiff, effective) -> dt.date | EffectiveDate | None:
    if effective is None or isinstance(effective, (dt.date, EffectiveDate)):
        return effective
    texts = [*diff.added, *(m.after for m in diff.modified)]
    if not any(_DIGIT.search(t) for t in texts):
        return None
    return effective_date_for_change(
        list(diff.added), [m.after for m in diff.modified],
        [*diff.removed, *(m.before for m in diff.modified)], texts,
    )


def _quantity_facts(pairs, old: _Clause, new: _Clause) -> list[Fact]:
    owners = {id(q): old for q in _qs(old)} | {id(q): new for q in _qs(new)}
    return [_quantity_fact(a, b, owners) for a, b in pairs]


def _quantity_fact(old: Quantity | None, new: Quantity | None, owners) -> Fact:
    main = new or old
    assert main is not None
    owner = owners[id(main)]
    if old and new and old.unit != new.unit:
        unit = f"{old.unit or '(count)'} -> {new.unit or '(count)'}"
    else:
        unit = main.unit
    return Fact("quantity", old.value if old else None, new.value if new else None,
                owner.sentence(main.start), unit, main.context)


def _obligation_facts(old: _Clause, new: _Clause, old_side: _Side,
                      new_side: _Side) -> list[Fact]:
    """Strength changes inside a modified clause (tracker.compare.facts.asks.compare_asks)."""
    facts: list[Fact] = []
    for a, b in compare_asks(old.own_asks(), new.own_asks()):
        if a and b:
            facts.append(Fact("obligation", a.strength, b.strength, new.sentence(b.start),
                              detail=f"{a.phrase} -> {b.phrase}"))
        elif b and not old_side.asks(b.strength, b.words):
            facts.append(Fact("obligation", None, b.strength, new.sentence(b.start),
                              detail=_NEW[b.strength]))
        elif a and not new_side.asks(a.strength, a.words):
            facts.append(Fact("obligation", a.strength, None, old.sentence(a.start),
                              detail=_DROPPED[a.strength]))
    return facts


def _whole_clause(clause: _Clause, other_side: _Side, *, after: bool) -> list[Fact]:
    """A clause added or removed whole: a new / dropped prohibition or requirement, one per
    strength it asks, unless the other side of the change asks the same."""
    labels = _NEW if after else _DROPPED
    facts = []
    asks = [a for a in clause.whole_asks() if a.strength in ASKING]
    for strength in dict.fromkeys(a.strength for a in asks):
        mine = [a for a in asks if a.strength == strength]
        words = frozenset().union(*(a.words for a in mine))
        if other_side.asks(strength, words):
            continue
        before, now = (None, strength) if after else (strength, None)
        facts.append(Fact("obligation", before, now, clause.sentence(mine[0].start),
                          detail=labels[strength]))
    return facts
