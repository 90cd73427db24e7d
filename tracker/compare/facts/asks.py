"""What a clause asks of its reader, item by item, and how that changed.

A clause is read as a list of `Ask`s: one per strength phrase that asks something
(tracker.compare.facts.modals), with the words of the part of the sentence it governs.  A phrase
that governs an inline list ("you must not: (a) reverse engineer ...; (b) ...") asks once
per item, each item with its own words.  A list item or a clause under a lead-in with no
phrase of its own asks with the lead-in's strength.

`compare_asks` compares the asks of an old and a new text by strength, across the whole
text rather than sentence by sentence: "You may not A. You may not B." and "must not (a)
A; (b) B" ask the same things just as strongly.  What is left after the same strengths
cancel out is judged by its words: an ask whose words the other side still asks just as
strongly was reworded, merged or split, not added or dropped; a new item in an inline
list is a new prohibition or requirement.  Left-over asks of different strengths in the
same place ("must include" -> "may include") or in order ("should not send" -> "don't
send") are shifts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from tracker.compare.dates import sentence_spans
from tracker.compare.facts.modals import Modal, anchor

ASKING = ("obligation", "prohibition")
# The part of an old (new) ask's words that the other side must still ask, just as
# strongly, for the ask to count as reworded rather than dropped (added).
COVERED = 0.6

_MARKER = re.compile(r"(?:^|(?<=[\s:;,—–-]))\((?P<label>[a-z]|[ivx]{1,4}|\d{1,2})\)\s", re.I)
_BOUNDARY = re.compile(r"[.;:!?](?=\s|$)")
_HAS_CONDITION = re.compile(r"\b(?:if|unless|whether|when|whenever|where|wherever|once|"
                            r"until|provided)\b", re.I)
_NEGATIVE_ITEM = re.compile(r"^\W*(?:not|never|no)\b", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP = frozenset("""
the and for with that this these those from into onto upon any all each every other such
are was were been being have has had does did will would shall should may might must can
could not nor but our your their its his her them they you we who whom whose which what
when where how why than then there here also only just very more most less least some
about above below after before under over between through during within without against
including include includes included such via per use used using
""".split())
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


@dataclass(frozen=True)
class Ask:
    """One thing a clause asks: its strength, where it stands, the text of what is asked.

    `phrase` is the strength phrase ("must not"), "lead-in" for an item that takes its
    lead-in's strength; `scope` the part of the sentence it governs; `item` tells an
    inline list item ("(j) misuse any reporting channels") from the phrase that governs
    it; `possible` marks a "may" / "can" read as possibility, which asks only if the other
    version has a stronger phrase in its place.
    """

    strength: str
    phrase: str
    start: int
    scope: str
    anchor: tuple[str, str] = ("", "")
    item: bool = False
    possible: bool = False

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The content words of its scope (read only when an ask is left over)."""
        return content_words(self.scope)


def content_words(text: str) -> frozenset[str]:
    """The words that say what is asked: lower case, no function words, a crude stem."""
    words = set()
    for word in _WORD.findall(text.lower()):
        word = word.strip("'’-")
        if len(word) < 3 or word in _STOP:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        words.add(word)
    return frozenset(words)


def sentence_at(text: str, position: int) -> str:
    """The sentence of `text` around `position` (all of a short text)."""
    if len(text) < 160:
        return text.strip()
    for start, end in sentence_spans(text):
        if start <= position < end:
            return text[start:end].strip()
    return text.strip()


def read_asks(text: str, modals: list[Modal]) -> list[Ask]:
    """The asks of `text` from its strength phrases (`modals`, read with every=True)."""
    lists = _inline_lists(text) if "(" in text else []
    bounds = [m.end() for m in _BOUNDARY.finditer(text)]
    for items in lists:
        bounds += [start for start, _, _ in items]
    bounds.sort()
    asks: list[Ask] = []
    governing: set[int] = set()
    for items in lists:
        first = items[0][0]
        ruler = _governing(text, modals, first)
        if ruler is None:
            continue
        governing.add(ruler.start)
        for start, end, _ in items:
            asks.append(Ask(ruler.strength, ruler.phrase, start, text[start:end], item=True))
    for modal in modals:
        if modal.start in governing or modal.reading not in ("", "possible"):
            continue
        head = max((b for b in bounds if b <= modal.start), default=0)
        tail = min((b for b in bounds if b >= modal.end), default=len(text))
        asks.append(Ask(modal.strength, modal.phrase, modal.start, text[head:tail],
                        anchor(text, modal), possible=modal.reading == "possible"))
    asks.sort(key=lambda a: a.start)
    return asks


def lead_asks(text: str, lead: str, modals: list[Modal], is_item: bool) -> list[Ask]:
    """The asks of a clause under a lead-in of strength `lead`: the lead-in's, for a list
    item or a clause that asks nothing itself; a negative item under "you must:" ("Not
    place calls ...") is a prohibition."""
    if lead not in ASKING or (not is_item and any(m.asks for m in modals)):
        return []
    strength = lead
    if lead == "obligation" and _NEGATIVE_ITEM.match(text):
        strength = "prohibition"
    return [Ask(strength, "lead-in", 0, text)]


def _inline_lists(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of lettered, roman or numbered items inside a clause: (start, end, label)."""
    markers = [(m.start(), m.group("label").lower()) for m in _MARKER.finditer(text)]
    runs: list[list[tuple[int, str]]] = []
    for start, label in markers:
        if runs and _follows(runs[-1][-1][1], label):
            runs[-1].append((start, label))
        elif label in ("a", "i", "1"):
            runs.append([(start, label)])
    lists = []
    for run in runs:
        if len(run) < 2:
            continue
        items = []
        for k, (start, label) in enumerate(run):
            end = run[k + 1][0] if k + 1 < len(run) else _sentence_end(text, start)
            items.append((start, end, label))
        lists.append(items)
    return lists


def _follows(previous: str, label: str) -> bool:
    if previous.isdigit():
        return label.isdigit() and int(label) == int(previous) + 1
    if previous in _ROMAN and label in _ROMAN and _ROMAN.index(label) == _ROMAN.index(
            previous) + 1:
        return True
    return len(previous) == 1 and len(label) == 1 and ord(label) == ord(previous) + 1


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)")


def _sentence_end(text: str, start: int) -> int:
    match = _SENTENCE_END.search(text, start)
    return match.end() if match else len(text)


def _governing(text: str, modals: list[Modal], first: int) -> Modal | None:
    """The phrase that governs a list starting at `first`: the last one that asks before
    it in the same sentence, with no condition between them ("unless it is due to (i)
    ... (ii) ..." is no list of asks)."""
    head = max((m.end() for m in _BOUNDARY.finditer(text, 0, first)
                if text[m.start()] in ".!?"), default=0)
    ruler = None
    for modal in modals:
        if head <= modal.start < first and modal.asks:
            ruler = modal
    if ruler is None or _HAS_CONDITION.search(text, ruler.end, first):
        return None
    return ruler


# A merge or a split joins or parts a few clauses, not a page: an ask counts as asked by
# the other side when at most this many of its asks hold its words.
MERGED = 3


def coverage(words: frozenset[str], others: list[frozenset[str]]) -> float:
    """The part of `words` that at most MERGED of the word sets `others` hold between them,
    picked greedily (1.0 for an ask with no words of its own)."""
    if not words:
        return 1.0
    left = set(words)
    for _ in range(MERGED):
        best = max(others, key=lambda o: len(left & o), default=frozenset())
        if not left & best:
            break
        left -= best
    return 1 - len(left) / len(words)


def compare_asks(
    old: list[Ask], new: list[Ask]
) -> list[tuple[Ask | None, Ask | None]]:
    """Pairs (old, new) of what changed: a shift (both), a new ask (None, ask), a dropped
    one (ask, None).  Only shifts and asks of ASKING strengths are returned."""
    old, new = _promote(old, new), _promote(new, old)
    old = [a for a in old if not a.possible]
    new = [a for a in new if not a.possible]
    left_old, left_new = [], []
    for strength in {a.strength for a in [*old, *new]}:
        mine = [a for a in old if a.strength == strength]
        theirs = [a for a in new if a.strength == strength]
        left_old += _left_over(mine, theirs)
        left_new += _left_over(theirs, mine)
    left_old.sort(key=lambda a: a.start)
    left_new.sort(key=lambda a: a.start)
    pairs: list[tuple[Ask | None, Ask | None]] = []
    for a in list(left_old):  # the same place first: "must include" -> "may include"
        b = next((b for b in left_new if b.anchor == a.anchor and a.anchor != ("", "")
                  and not a.item and not b.item), None)
        if b is not None:
            pairs.append((a, b))
            left_old.remove(a)
            left_new.remove(b)
    # then in order ("should not send" -> "don't send"); an item of an inline list is an
    # item added or dropped, never a shift
    for a, b in zip([a for a in left_old if not a.item], [b for b in left_new if not b.item],
                    strict=False):
        pairs.append((a, b))
        left_old.remove(a)
        left_new.remove(b)
    pairs += [(a, None) for a in left_old if a.strength in ASKING]
    pairs += [(None, b) for b in left_new if b.strength in ASKING]
    return pairs


def _promote(asks: list[Ask], others: list[Ask]) -> list[Ask]:
    """A "may" read as possibility that stands where the other version asks ("messages
    must include" -> "messages may include") is read as the other's kind: it asks."""
    places = {a.anchor for a in others if not a.possible and a.anchor != ("", "")}
    return [replace(a, possible=False) if a.possible and a.anchor in places else a
            for a in asks]


def _left_over(mine: list[Ask], theirs: list[Ask]) -> list[Ask]:
    """The asks of `mine` that `theirs` (the same strength, other side) do not account for:
    the surplus in number, least covered first, and of those only the ones whose words
    the other side does not still ask (in at most MERGED of its asks)."""
    surplus = len(mine) - len(theirs)
    if surplus <= 0:
        return []
    others = [a.words for a in theirs]
    covered = {id(a): coverage(a.words, others) if theirs else 0.0 for a in mine}
    ranked = sorted(mine, key=lambda a: covered[id(a)])
    return [a for a in ranked[:surplus] if covered[id(a)] < COVERED]
