"""Bytes -> text the way a browser decodes a page (the WHATWG encoding sniffing order).

1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything.
2. Else the charset of the HTTP Content-Type header,
3. else a `<meta charset>` (or `http-equiv` Content-Type) near the top of the page,
4. else detection: UTF-8 if the bytes are valid UTF-8, otherwise charset-normalizer,
   preferring windows-1252 (browsers' fallback) among equally plausible Latin codecs.

A label that names no encoding a browser knows (a typo, "utf-7", "base64") falls through
to the next step, and labels resolve as browsers resolve them ("iso-8859-1" and "ascii"
are windows-1252, "gbk" is gb18030, "shift_jis" is windows-31j...).  Invalid bytes
become one U+FFFD per run, and NUL characters are dropped, as browsers drop them from
text.  When no encoding fits the bytes at all, `Decoded.encoding` is None: the body is
binary, not text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([^"'\s/>;]+)""", re.I)
META_SCAN = 4096  # bytes searched for <meta charset> (the standard says 1024; pages vary)
DETECT_SAMPLE = 256 * 1024  # bytes given to the detector

# Labels browsers know and Python does not (Python's own aliases cover the rest).
_ALIASES = {"x-cp1252": "cp1252", "unicode": "utf-16-le", "unicodefffe": "utf-16-be",
            "unicodefeff": "utf-16-le", "csunicode": "utf-16-le", "x-gbk": "gb18030",
            "x-sjis": "cp932", "windows-31j": "cp932", "csshiftjis": "cp932",
            "windows-874": "cp874", "x-mac-cyrillic": "mac-cyrillic", "mac": "mac-roman",
            "x-mac-roman": "mac-roman", "iso-8859-8-i": "iso8859-8", "logical": "iso8859-8",
            "csiso88598i": "iso8859-8", "x-x-big5": "big5hkscs"}  # fmt: skip
# Python codec -> the decoder a browser uses for it.
_AS_BROWSERS_DO = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254",
                   "iso8859-11": "cp874", "tis-620": "cp874", "utf-16": "utf-16-le",
                   "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
                   "shift_jis": "cp932", "euc_kr": "cp949"}  # fmt: skip
# The encodings of the WHATWG Encoding Standard, by Python codec name.
_KNOWN = {"utf-8", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman",
          "mac-cyrillic", "cp874", "gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932",
          "cp949", *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
          *(f"cp{n}" for n in range(1250, 1259))}  # fmt: skip
_RUNS_OF_INVALID = re.compile("\ufffd{2,}")


@dataclass(frozen=True)
class Decoded:
    """A body as text: which encoding, found how, and what had to be cleaned."""

    text: str
    encoding: str | None  # None: no text encoding fits the bytes (binary data)
    found_by: str  # "bom", "http", "meta", "detected", "none"
    nuls: int = 0  # NUL characters dropped from the text
    replaced: bool = False  # some bytes were invalid in that encoding (now U+FFFD)


def resolve(label: str | bytes | None) -> str | None:
    """A charset label -> the Python codec a browser's decoder matches, or None if a
    browser would not know the label."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _ALIASES.get(label)
    if name is None:
        try:
            name = codecs.lookup(label).name
        except LookupError:
            return None
    name = _AS_BROWSERS_DO.get(name, name)
    return name if name in _KNOWN else None


def http_charset(content_type: str | None) -> str | None:
    match = _HTTP_CHARSET.search(content_type or "")
    return resolve(match.group(1)) if match else None


def meta_charset(body: bytes) -> str | None:
    """The first <meta> charset a browser would obey; UTF-16 there means UTF-8 (a page
    that can be read as ASCII to find its <meta> is not UTF-16)."""
    for match in _META_CHARSET.finditer(body[:META_SCAN]):
        name = resolve(match.group(1))
        if name is not None:
            return "utf-8" if name.startswith("utf-16") else name
    return None


def detect(body: bytes) -> str | None:
    """UTF-8 when the bytes are UTF-8 (a truncated last character aside), else the
    detector's choice; None if no text encoding fits (random bytes, images)."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(body) - 3:
            return "utf-8"  # a body cut in the middle of its last character
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # not installed: read it as browsers' fallback would
        return "cp1252"
    matches = from_bytes(body[:DETECT_SAMPLE])
    best = matches.best()
    if best is None:
        return None
    for match in matches:  # equally plausible Latin codecs: windows-1252, as browsers
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.05:
            return "cp1252"
    return codecs.lookup(best.encoding).name


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode a response body as a browser would (module docstring)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return _decoded(body[len(bom):], name, "bom")
    name = http_charset(content_type)
    if name is not None:
        return _decoded(body, name, "http")
    name = meta_charset(body)
    if name is not None:
        return _decoded(body, name, "meta")
    name = detect(body)
    if name is None:
        return Decoded(_one_per_run(body.decode("utf-8", "replace")), None, "none",
                       replaced=True)
    return _decoded(body, name, "detected")


def is_utf8_of(body: bytes, decoded: Decoded) -> bool:
    """Whether `body` is byte for byte `decoded.text` in UTF-8: UTF-8 (or ASCII read as
    windows-1252) with no BOM, NUL or invalid byte taken out."""
    if decoded.found_by == "bom" or decoded.nuls or decoded.replaced:
        return False
    return decoded.encoding == "utf-8" or (decoded.encoding == "cp1252" and body.isascii())


def _decoded(data: bytes, encoding: str, found_by: str) -> Decoded:
    replaced = False
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text, replaced = _one_per_run(data.decode(encoding, "replace")), True
    # (Byte tests first: scanning bytes is much faster than scanning the text.)
    nuls = text.count("\0") if b"\0" in data else 0
    if nuls:
        text = text.replace("\0", "")
    return Decoded(text, encoding, found_by, nuls, replaced)


def _one_per_run(text: str) -> str:
    """One U+FFFD for each run of invalid bytes (Python gives one per bad sequence)."""
    return _RUNS_OF_INVALID.sub("\ufffd", text)
