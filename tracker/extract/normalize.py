"""Canonical text of a block, so that noise is never a change.

`clean` is what people read (spacing fixed, invisible characters gone); `canonical` is
what we compare: typography, numbering, case and punctuation-only differences vanish,
while words, numbers and amounts stay.

A diff compares every block of two versions, so speed matters on long documents.  ASCII
text (almost every block, once its typography is folded) is folded with byte tables
instead of regular expressions; `canonical_many` folds many blocks in a few passes over
them joined; `canonical_classes` tells which blocks have equal canonical texts while
computing few of them.  Each gives exactly what the definition (`_tail`) gives:
tests/test_diff.py compares them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import AnyStr, TypeVar

from tracker.models import Block

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TYPO = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u2026": "...",
})
_TYPO_CHARS = frozenset(map(chr, _TYPO))
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

# The ASCII path folds bytes with one table: upper case to lower, what _DROP removes and
# every space to b" " (bytes split on fewer spaces than str), NUL kept (it joins the blocks
# of a batch; a lone block's NUL is made punctuation first); bytes 0x80-0x84 are the
# punctuation _KEEP keeps (1,000  3.5), parked there beforehand and put back by the table.
# _PROBE_BYTES shows each digit-punctuation-digit triple as b"0.0".
_KEPT = ".,:/-"
_FOLD_BYTES = bytes(
    c if c == 0
    else (ord(chr(c).lower()) if chr(c).isalnum() or chr(c) in "_%$@" else 32) if c < 128
    else ord(_KEPT[c - 128]) if c < 128 + len(_KEPT)
    else c
    for c in range(256)
)
_PROBE_BYTES = bytes(48 if 48 <= c <= 57 else 46 if chr(c) in _KEPT else 32 for c in range(256))
# A skeleton is a canonical text without its spaces and kept punctuation: texts with
# equal canonical texts have equal skeletons.  Of lower-cased ASCII text it is the bytes
# below (NUL joins a batch).
_SKELETON_BYTES = b"\x00_%$@" + bytes(range(48, 58)) + bytes(range(97, 123))
_NOT_SKELETON = bytes(c for c in range(256) if c not in _SKELETON_BYTES)
_SKELETON_DROP = str.maketrans("", "", " " + _KEPT)
_SEP = "\x00"  # joins the blocks of a batch; one that holds it goes alone
# Characters that only ever become ASCII, the same way in every context: typography
# (NFKC, then _TYPO) and spaces (collapsed by `clean`).  A block whose other characters
# are ASCII skips Unicode normalisation (tests/test_diff.py checks the table).
_PLAIN = {
    char: " " if char.isspace() else unicodedata.normalize("NFKC", char).translate(_TYPO)
    for char in [*map(chr, _TYPO), *(c for c in map(chr, range(128, 0x3001)) if c.isspace())]
    if not char.isascii()
}
_PLAIN = {char: plain for char, plain in _PLAIN.items() if plain.isascii()}

_ASCII_BYTES = bytes(range(128))
# A batch is folded as bytes, each pass a table (every fresh buffer costs page faults).
_LOWER_BYTES = bytes(ord(chr(c).lower()) if c < 128 else c for c in range(256))
_NOT_SKELETON_ANY_CASE = bytes(c for c in _NOT_SKELETON if not 65 <= c <= 90)
# _NUMBERING at the start of each block of a batch (after a NUL), only where it leaves
# text, on ASCII bytes: there \s must also be what str calls a space (\x1c-\x1f too).
# Its non-ASCII alternatives (§, bullets) never meet the ASCII bytes of a batch.
_WS = r"\t-\r\x1c-\x20"
_BATCH_NUMBERING = re.compile(
    (r"\x00\s*" + _NUMBERING.pattern.replace("^", "", 1) + r"(?=[^\s\x00])")
    .replace(r"[^\s\x00]", rf"[^{_WS}\x00]").replace(r"\S", rf"[^{_WS}]")
    .replace(r"\s", rf"[{_WS}]").encode(),
    re.VERBOSE | re.IGNORECASE,
)

_CHUNK = 256
T = TypeVar("T")

_MEMO: dict[str, str] = {}
_MEMO_SIZE = 16384


def clean(text: str) -> str:
    """Display text: NFC, invisible characters removed, whitespace collapsed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _INVISIBLE_RE.search(text):
            text = text.translate(_INVISIBLE)
    return " ".join(text.split())


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


def canonical(text: str) -> str:
    """Comparison key: equal keys mean the same clause, however it was typed.

    Memoised: consecutive versions of a policy share almost all their clauses.
    """
    key = _MEMO.get(text)
    if key is None:
        key = _canonical(text)
        _remember({text: key})
    return key


def canonical_many(texts: Iterable[str]) -> list[str]:
    """`canonical` of each text; those not memoised yet are computed together."""
    texts = list(texts)
    keys: dict[str, str] = {}
    todo: list[str] = []
    for text in dict.fromkeys(texts):
        key = _MEMO.get(text)
        if key is None:
            todo.append(text)
        else:
            keys[text] = key
    if todo:
        fresh = dict(zip(todo, _canonical_batch(todo), strict=True))
        _remember(fresh)
        keys.update(fresh)
    return [keys[text] for text in texts]


def canonical_classes(texts: Sequence[str]) -> list[bytes]:
    """A value for each text, equal for two texts exactly when their canonical texts are.

    For aligning long documents: only texts whose skeleton another (different) text shares
    get their canonical text computed (a renumbered clause, a retyped one, a lone "Yes");
    the value of the others is their skeleton, which never starts with a NUL as those do.
    Values are bytes (UTF-8): the skeletons of a batch are never decoded.
    """
    unique = list(dict.fromkeys(texts))
    skeletons = _skeletons(unique)
    value = dict(zip(unique, skeletons, strict=True))
    if len(set(skeletons)) < len(skeletons):
        times = Counter(skeletons)
        shared = [text for text, skeleton in value.items() if times[skeleton] > 1]
        keys = (b"\x00" + key.encode() for key in canonical_many(shared))
        value.update(zip(shared, keys, strict=True))
    return list(map(value.__getitem__, texts))


def forget() -> None:
    """Empty the memo (benchmarks measure a cold start with it)."""
    _MEMO.clear()


def _remember(keys: dict[str, str]) -> None:
    if len(_MEMO) + len(keys) > _MEMO_SIZE:  # drop the older half (dicts keep order)
        for text in list(_MEMO)[: max(len(_MEMO) // 2, len(_MEMO) + len(keys) - _MEMO_SIZE)]:
            _MEMO.pop(text, None)
    _MEMO.update(keys)


def _numbering_free(text: str) -> str:
    """The text cleaned, typography folded, leading numbering removed; not yet cased.

    ASCII text is only stripped: the spaces inside it are collapsed at the end, and the
    numbering pattern reads a run of spaces as it reads one space.
    """
    if text.isascii():
        text = text.strip()
    else:
        text = clean(text)
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
            for char in _TYPO_CHARS.intersection(text):  # == text.translate(_TYPO)
                text = text.replace(char, _TYPO[ord(char)])
    return strip_numbering(text)[1]


def _canonical(text: str) -> str:
    text = _numbering_free(text)
    if text.isascii():
        data = text.encode().replace(b"\x00", b"\x01")  # both are punctuation here
        return b" ".join(_fold_ascii(data).split()).decode()
    return _tail(text)


def _tail(text: str) -> str:
    """Case and punctuation folded, spaces collapsed: the definition, by regex."""
    text = text.casefold()
    text = _DROP.sub(" ", _KEEP.sub(lambda m: _PARK[m.group()], text)).translate(_UNPARK)
    return " ".join(text.split())


def _fold_ascii(data: bytes) -> bytes:
    """`_tail` on ASCII bytes, but for the spaces: runs are left for the caller."""
    probe = data.translate(_PROBE_BYTES)
    at = probe.find(b"0.0")
    if at >= 0:  # 1,000 and 3.5 keep their punctuation: park it where the table restores it
        parked = bytearray(data)
        while at >= 0:
            parked[at + 1] = 128 + _KEPT.index(chr(parked[at + 1]))
            at = probe.find(b"0.0", at + 1)
        data = bytes(parked)
    return data.translate(_FOLD_BYTES)


def _plain_batch(texts: list[str]) -> tuple[bytes, dict[int, str]]:
    """The texts as one ASCII batch: each after a NUL, typography folded, numbering
    removed (not yet lower case).  A text that is not ASCII even so is left empty there
    and returned apart, by index.  A text holding a NUL adds a part: callers check."""
    plain = list(texts)
    others: dict[int, str] = {}
    wide = [i for i, text in enumerate(texts) if not text.isascii()]
    if wide:  # typography is folded on these texts alone: their str is wider than bytes
        joined = _SEP.join([texts[i] for i in wide])
        wide_bytes = joined.encode("utf-8", "surrogatepass")  # a lone surrogate goes alone
        chars = wide_bytes.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        for char in set(chars).intersection(_PLAIN):
            joined = joined.replace(char, _PLAIN[char])
        folded = joined.split(_SEP)
        if len(folded) != len(wide):  # a text holds _SEP: none is known to be plain
            folded = [texts[i] for i in wide]
        for i, text in zip(wide, folded, strict=True):
            if text.isascii():
                plain[i] = text
            else:
                plain[i] = ""
                others[i] = texts[i]
    return _BATCH_NUMBERING.sub(b"\x00", (_SEP + _SEP.join(plain)).encode()), others


def _parts(data: AnyStr, size: int) -> list[AnyStr] | None:
    """The texts of a batch (str or bytes); None when there are not `size` (a text held a
    NUL)."""
    parts = data.split(_SEP if isinstance(data, str) else b"\x00")
    return parts[1:] if len(parts) == size + 1 else None


def _chunked(fold: Callable[[list[str]], list[T]], texts: list[str]) -> list[T]:
    """`fold` on the texts, _CHUNK at a time.

    A first diff in a process spends as much time on page faults (fresh memory for each
    batch-sized buffer) as on folding; chunks reuse the memory the last one freed, and
    stay in cache between passes.
    """
    if len(texts) <= _CHUNK:
        return fold(texts)
    out: list[T] = []
    for at in range(0, len(texts), _CHUNK):
        out += fold(texts[at : at + _CHUNK])
    return out


def _canonical_batch(texts: list[str]) -> list[str]:
    """`_canonical` of many texts, the plain ones (`_plain_batch`) folded together."""
    return _chunked(_canonical_chunk, texts)


def _canonical_chunk(texts: list[str]) -> list[str]:
    data, others = _plain_batch(texts)
    data = _fold_ascii(data)
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    keys = _parts(data.decode(), len(texts))
    if keys is None:
        return [_canonical(text) for text in texts]
    keys = [key.strip() for key in keys]
    for i, text in others.items():
        keys[i] = _canonical(text)
    return keys


def _skeletons(texts: list[str]) -> list[bytes]:
    """The skeleton of each text (see _SKELETON_BYTES) in UTF-8, the plain ones found
    together (as bytes: decoding would be one more pass and buffer)."""
    return _chunked(_skeleton_chunk, texts)


def _skeleton_chunk(texts: list[str]) -> list[bytes]:
    data, others = _plain_batch(texts)
    skeletons = _parts(data.translate(_LOWER_BYTES, _NOT_SKELETON_ANY_CASE), len(texts))
    if skeletons is None:
        return [canonical(text).translate(_SKELETON_DROP).encode() for text in texts]
    for i, text in others.items():
        skeletons[i] = canonical(text).translate(_SKELETON_DROP).encode()
    return skeletons


def content_hash(keys: Sequence[str]) -> str:
    """Hash of a version's canonical block keys: equal hashes mean the same policy text."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def blocks_hash(blocks: Iterable[Block]) -> str:
    """content_hash of blocks' canonical keys: the one way a version's hash is made."""
    return content_hash([canonical(b.text) for b in blocks])
