"""Noise that must never count as a change: typography, numbering, case, spacing.

`perturb(blocks, rng)` returns the same policy as a different page author (or a CMS
re-render) might type it.  Used with tests/pages.py, whose furniture already changes on
every request.
"""

from __future__ import annotations

import random
import re

Blocks = list[tuple[str, str]]

_SWAPS = [
    ("\u2019", "'"),
    ("'", "\u2019"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    (" - ", " \u2013 "),
    (" \u2013 ", " \u2014 "),
    ("--", "\u2014"),
]


def _typography(text: str, rng: random.Random) -> str:
    for old, new in _SWAPS:
        if old in text and rng.random() < 0.5:
            text = text.replace(old, new)
    if rng.random() < 0.3:
        text = text.replace("fi", "\ufb01")
    words = text.split(" ")
    out = []
    for word in words:
        roll = rng.random()
        if len(word) > 8 and roll < 0.05:
            cut = len(word) // 2
            word = word[:cut] + "\u00ad" + word[cut:]  # soft hyphen
        elif len(word) > 4 and roll < 0.08:
            word = word[:2] + "\u200b" + word[2:]  # zero-width space
        out.append(word)
    sep = [" ", "\u00a0", "  ", "\n "]
    return "".join(w + (rng.choice(sep) if rng.random() < 0.1 else " ") for w in out).strip()


def _numbering(blocks: Blocks, rng: random.Random) -> Blocks:
    style = rng.choice(["none", "arabic", "alpha", "paren"])
    if style == "none":
        return blocks
    out, n = [], 0
    for kind, text in blocks:
        if kind == "item":
            n += 1
            prefix = {
                "arabic": f"{n}. ",
                "alpha": f"{chr(96 + (n - 1) % 26 + 1)}) ",
                "paren": f"({n}) ",
            }[style]
            text = prefix + text
        else:
            n = 0
        out.append((kind, text))
    return out


def _case_and_punctuation(kind: str, text: str, rng: random.Random) -> str:
    if kind == "heading":
        roll = rng.random()
        if roll < 0.25:
            text = text.upper()
        elif roll < 0.4:
            text = text.rstrip(":.") + ":"
    return text


def perturb(blocks: Blocks, rng: random.Random) -> Blocks:
    """The same policy, typed differently."""
    blocks = [(k, _case_and_punctuation(k, _typography(t, rng), rng)) for k, t in blocks]
    return _numbering(blocks, rng)


def first_words(text: str, n: int = 6) -> str:
    return " ".join(re.findall(r"\w+", text)[:n])
