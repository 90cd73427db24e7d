"""Canonical text of a block, so that noise is never a change.

`clean` is what people read (spacing fixed, invisible characters gone); `canonical` is
what we compare: typography, numbering, case and punctuation-only differences vanish,
while words, numbers and amounts stay.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_TYPO = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u2026": "...",
})
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|xi{1,3}|xiv|xv)"
_NUMBERING = re.compile(
    r"""^(?:
        (?:section|article|clause|§)\s*\d+(?:\.\d+)*[.:)]?\s+   # Section 4.  § 4  Article 12:
      | \(\s*(?:\d{1,3}|[a-z]|""" + _ROMAN + r""")\s*\)\s*       # (1) (a) (iv)
      | \d{1,3}(?:\.\d{1,3})*[.)]\s+                            # 1.  1)  1.2.3.
      | \d{1,3}(?:\.\d{1,3})+\s+                                # 1.2 Title
      | (?:[a-z]|""" + _ROMAN + r""")[.)]\s+(?=\S)              # a.  iv)
      | [•·▪◦‣∙*\-–—]\s+                                        # bullets
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Punctuation that carries meaning between digits (1,000  3.5  10:30  2025-04-01) is
# parked on private-use characters while the rest of the punctuation is dropped.
_KEEP = re.compile(r"(?<=\d)[.,:/-](?=\d)")
_PARK = {".": "\ue000", ",": "\ue001", ":": "\ue002", "/": "\ue003", "-": "\ue004"}
_UNPARK = str.maketrans({v: k for k, v in _PARK.items()})
_DROP = re.compile(r"[^\w\s%$€£@\ue000-\ue004]+")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean(text: str) -> str:
    """Display text: NFC, invisible characters removed, whitespace collapsed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _INVISIBLE_RE.search(text):
            text = text.translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def strip_numbering(text: str) -> tuple[str, str]:
    """Split a leading list or clause number from the text: ("3.", "You may not ...")."""
    match = _NUMBERING.match(text)
    if not match:
        return "", text
    prefix = match.group(0)
    rest = text[match.end():]
    # "A customer", "I understand": a lone letter followed by a word is not numbering
    # unless it carries "." or ")" (handled by the pattern); guard the roman "I." case
    # only when what follows starts a sentence.
    if not rest:
        return "", text
    return prefix.strip(), rest


@functools.lru_cache(maxsize=16384)
def canonical(text: str) -> str:
    """Comparison key: equal keys mean the same clause, however it was typed.

    Memoised: consecutive versions of a policy share almost all their clauses.
    """
    text = clean(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_TYPO)
    _, text = strip_numbering(text)
    text = text.casefold()
    text = _DROP.sub(" ", _KEEP.sub(lambda m: _PARK[m.group()], text)).translate(_UNPARK)
    return _SPACES.sub(" ", text).strip()
