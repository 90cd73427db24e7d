"""Word-level comparison of two clauses: similarity, blanked dates and numbers, and the
word diff (insert / delete / replace runs) shown in a redline.

tracker.compare.diff aligns blocks; this module says how alike two aligned texts are and
what changed inside them.
"""

from __future__ import annotations

import re

from tracker.compare.dates import find_dates
from tracker.extract.normalize import canonical
from tracker.models import WordOp

try:  # difflib's algorithm compiled: the same opcodes and ratios, several times faster
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - a platform without its wheel: same results
    from difflib import SequenceMatcher

MODIFIED_THRESHOLD = 0.55
_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
# The same tokens of ASCII text, from ranges (a Unicode category lookup per character
# makes _TOKEN half the cost of a word diff); tests/test_diff.py compares them.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]+|[\t-\r\x1c- ]+|[^A-Za-z0-9_\t-\r\x1c- ]")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")


def _words(text: str) -> list[str]:
    return _WORD.findall(canonical(text))


class _Words(dict):
    """The words of each text's canonical form, found once per diff."""

    def __missing__(self, text: str) -> list[str]:
        words = self[text] = _words(text)
        return words


def similarity(a: str, b: str) -> float:
    """Word-level similarity of two clauses, 0..1."""
    return _ratio(_words(a), _words(b))


def _ratio(wa: list[str], wb: list[str]) -> float:
    if not wa and not wb:
        return 1.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def blanked(text: str) -> str:
    """The canonical text with every date and number blanked: the "same block" key of a
    line that only moves its date or version on.  '' when nothing else is left."""
    mentions = find_dates(text)
    for mention in reversed(mentions):
        text = f"{text[: mention.start]} datemark {text[mention.end :]}"
    key = _NUMBER.sub("#", canonical(text))
    return key if re.search(r"[^\W\d_]", key.replace("datemark", "")) else ""


def word_ops(before: str, after: str) -> list[WordOp]:
    """Word-level operations turning `before` into `after` (adjacent same ops merged)."""
    a, b = _tokens(before), _tokens(after)
    ops: list[WordOp] = []

    def push(op: str, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].op == op:
            ops[-1] = WordOp(op, ops[-1].text + text)
        else:
            ops.append(WordOp(op, text))

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            push("equal", "".join(a[i1:i2]))
        else:
            if i2 > i1:
                push("delete", "".join(a[i1:i2]))
            if j2 > j1:
                push("insert", "".join(b[j1:j2]))
    return _tidy(ops)


def _tokens(text: str) -> list[str]:
    """Words, runs of spaces and single other characters, in order."""
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


def _tidy(ops: list[WordOp]) -> list[WordOp]:
    """Read like a person edits: "[-May 4-]{+June 1+}", not word by word.

    A run of deletes and inserts separated only by spaces becomes one delete and one
    insert; spaces at the edges of a change go back to the unchanged text.
    """
    out: list[WordOp] = []
    i = 0
    while i < len(ops):
        if ops[i].op == "equal":
            out.append(ops[i])
            i += 1
            continue
        deleted, inserted, j = [], [], i
        while j < len(ops) and (
            ops[j].op != "equal"
            or (not ops[j].text.strip() and j + 1 < len(ops) and ops[j + 1].op != "equal")
        ):
            if ops[j].op in ("delete", "equal"):
                deleted.append(ops[j].text)
            if ops[j].op in ("insert", "equal"):
                inserted.append(ops[j].text)
            j += 1
        removed, added = "".join(deleted), "".join(inserted)
        lead = trail = 0
        if removed.strip() and added.strip():  # shared edge spaces belong to the context
            lead = min(_lead(removed), _lead(added))
            trail = min(_trail(removed), _trail(added))
        if lead:
            out.append(WordOp("equal", removed[:lead]))
        if removed.strip() or not added.strip():
            out.append(WordOp("delete", removed[lead: len(removed) - trail]))
        if added.strip() or not removed.strip():
            out.append(WordOp("insert", added[lead: len(added) - trail]))
        if trail:
            out.append(WordOp("equal", removed[len(removed) - trail:]))
        i = j
    merged: list[WordOp] = []
    for op in out:
        if merged and merged[-1].op == op.op:
            merged[-1] = WordOp(op.op, merged[-1].text + op.text)
        elif op.text:
            merged.append(op)
    return merged


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _trail(text: str) -> int:
    return len(text) - len(text.rstrip())
