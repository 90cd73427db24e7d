"""What a response body is, before anyone parses it: its kind, and whether it is a
document at all.

The kind comes from the content type, then the URL, then the first bytes (an HTML page
labelled application/octet-stream is a page).  A body that is not text (random bytes,
an image whatever its label, mostly control characters or invalid bytes) or not a
document (JSON or JavaScript where a page was expected) gets a one-line reason: it is
an error, never a version, since a version made of garbage would become the baseline
and make the next good fetch a change of every clause.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from tracker.fetch.encoding import Decoded

BodyKind = Literal["html", "pdf", "text", "markdown", "unknown"]

# Content types that are text but never a page to track.
NOT_DOCUMENTS = ("application/json", "text/json", "application/javascript",
                 "text/javascript", "application/x-javascript", "application/ecmascript",
                 "text/ecmascript", "text/css")
# The start of a page, as browsers sniff an unlabelled body (WHATWG MIME Sniffing).
_HTML_START = re.compile(
    rb"\s*<(?:(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b"
    rb"|body|br|p)[\s>/]|!--|\?xml)", re.I)
# Magic numbers of binary formats (offset, bytes, what it is).
_MAGIC = ((0, b"\x89PNG\r\n\x1a\n", "a PNG image"), (0, b"GIF87a", "a GIF image"),
          (0, b"GIF89a", "a GIF image"), (0, b"\xff\xd8\xff", "a JPEG image"),
          (8, b"WEBP", "a WebP image"), (0, b"\x00\x00\x01\x00", "an icon"),
          (0, b"PK\x03\x04", "a ZIP archive"), (0, b"\x1f\x8b", "gzip data"),
          (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (0, b"Rar!", "a RAR archive"),
          (0, b"wOFF", "a web font"), (0, b"wOF2", "a web font"), (4, b"ftyp", "a video"),
          (0, b"\x1aE\xdf\xa3", "a video"), (0, b"OggS", "audio or video"),
          (0, b"ID3", "an MP3"), (0, b"\x7fELF", "a program"),
          (0, b"\x00asm", "WebAssembly"))  # fmt: skip
# Control characters (tab, newlines and form feed aside) and U+FFFD, where a page has text.
_BAD = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
MAX_BAD_SHARE = 0.10
BAD_SAMPLE = 32_768  # characters looked at, from the start: garbage is garbage throughout
# The start of a JavaScript file (after comments).
_SCRIPT = re.compile(
    r"""\s*(?:/\*.*?\*/\s*|//[^\n]*\n\s*)*(?:["']use strict["']|\(\s*function\b|!\s*function\b"""
    r"""|\(\s*\(\s*\)\s*=>|function\s*[\w$]*\s*\(|(?:var|let|const)\s+[\w$]+\s*="""
    r"""|(?:window|document|self|globalThis)\s*\.|import\s*[\w{*"']"""
    r"""|export\s+(?:default|const|let|var|function|class|\{)|define\s*\(|require\s*\()""",
    re.S)


def body_kind(content_type: str | None, url: str, body: bytes) -> BodyKind:
    """What kind of document a response is: by content type, then URL, then first bytes."""
    kind = (content_type or "").split(";")[0].strip().lower()
    path = url.split("?")[0].lower()
    if kind == "application/pdf" or body[:5] == b"%PDF-":
        return "pdf"
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind == "text/markdown" or path.endswith((".md", ".markdown")):
        return "markdown"
    if kind == "text/plain" or path.endswith(".txt"):
        return "text"
    if path.endswith(".pdf"):
        return "pdf"
    head = body[:2048].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or b"<body" in head.lower():
        return "html"
    if kind in NOT_DOCUMENTS or kind.endswith("+json"):
        return "unknown"
    if not kind:
        return "html" if b"<" in head else "text"
    if kind.startswith("text/"):
        return "text"
    return "unknown"


def unusable(kind: BodyKind, body: bytes, decoded: Decoded | None,
             content_type: str | None) -> str | None:
    """Why a body is not a document to record, in one line; None if it is one.

    `decoded` is the body as text (None for PDF and unknown kinds, which are not text).
    """
    label = f"content type {content_type}" if content_type else "no content type"
    if not body.strip():
        return "empty body: the server sent no text"
    if kind == "unknown":
        return f"not a document ({label})"
    if kind == "pdf" or decoded is None:
        return None
    binary = binary_format(body)
    if binary:
        return f"not text: the body is {binary} ({label})"
    if decoded.encoding is None:
        return f"not text: binary data that no character encoding fits ({label})"
    share = bad_share(decoded, body)
    if share > MAX_BAD_SHARE:
        return (f"not text: {share:.0%} of it is control characters or invalid bytes "
                f"(read as {decoded.encoding}; {label})")
    payload = payload_kind(decoded.text)
    if payload:
        return f"not a page: {payload} ({label})"
    return None


def binary_format(body: bytes) -> str | None:
    """What binary format a body starts with (by its magic number), if any."""
    for offset, magic, what in _MAGIC:
        if body[offset:offset + len(magic)] == magic:
            return what
    return None


def bad_share(decoded: Decoded, body: bytes = b"") -> float:
    """The share of the characters that are control characters, NULs or U+FFFD (in the
    first BAD_SAMPLE characters)."""
    if body and decoded.encoding and not decoded.replaced and not decoded.encoding.startswith(
            ("utf-16", "iso2022")):
        head = body[:BAD_SAMPLE]  # an ASCII-compatible encoding, decoded without error:
        if len(head.translate(None, _CONTROL_BYTES)) == len(head):  # no control byte,
            return 0.0  # so no bad character (a fast path: every good page takes it)
    sample = decoded.text[:BAD_SAMPLE]
    nuls = decoded.nuls * len(sample) / max(len(decoded.text), 1)
    total = len(sample) + nuls
    if not total:
        return 0.0
    return (len(sample) - len(_BAD.sub("", sample)) + nuls) / total


def payload_kind(text: str) -> str | None:
    """"a JSON document" or "JavaScript" when the text is one rather than a page."""
    start = text[:4096].lstrip()[:1]
    if start in ("{", "["):
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            return "a JSON document"
    if start != "<" and _SCRIPT.match(text[:65536]):
        return "JavaScript"
    return None
