"""Bodies that are not HTML: PDF documents, plain text and Markdown, as clause blocks.

PDF text is joined across page breaks, and running headers, footers and page numbers
(lines that recur at the top or bottom of most pages, digits aside) are dropped, so a
clause inserted on page 1 does not make every later page look changed.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Literal

from tracker.errors import ExtractError
from tracker.models import Block
from tracker.normalize import clean

BodyKind = Literal["html", "pdf", "text", "markdown", "unknown"]

_ITEM = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,3}[.)]|\(?[a-z]\))\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_PAGE_NO = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


def body_kind(content_type: str | None, url: str, body: bytes) -> BodyKind:
    """What kind of document a response is: by content type, then URL, then magic bytes."""
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
    head = body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if not kind:
        return "html" if b"<" in head else "text"
    if kind.startswith("text/"):
        return "text"
    return "unknown"


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Paragraphs (blank-line separated) and list items become blocks."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            joined = clean(" ".join(paragraph))
            if joined:
                blocks.append(Block("paragraph", joined))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if markdown:
            line = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
            heading = _MD_HEADING.match(line)
            if heading:
                flush()
                blocks.append(Block("heading", clean(heading.group(2)), len(heading.group(1))))
                continue
            if re.match(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", line):
                flush()
                continue
        if not line.strip():
            flush()
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            indent = len(line) - len(line.lstrip())
            blocks.append(Block("item", clean(line[item.end():]), 1 + indent // 2))
            continue
        if blocks and blocks[-1].kind == "item" and not paragraph and raw[:1].isspace():
            last = blocks.pop()  # a wrapped list item continues on an indented line
            blocks.append(Block("item", clean(f"{last.text} {line}"), last.level))
            continue
        paragraph.append(line)
    flush()
    return blocks


def pdf_blocks(data: bytes, *, source_id: str = "?") -> list[Block]:
    """A PDF's text as blocks, without running headers, footers and page numbers."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "") for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for broken files
        raise ExtractError(f"{source_id}: not a readable PDF: {exc}") from None
    lines_per_page = [[ln.strip() for ln in p.splitlines() if ln.strip()] for p in pages]
    repeated = _running_lines(lines_per_page)
    body: list[str] = []
    for lines in lines_per_page:
        for line in lines:
            shape = re.sub(r"\d+", "#", line.lower())
            if shape in repeated or _PAGE_NO.match(line):
                continue
            body.append(line)
    return _pdf_paragraphs(body)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Shapes of lines found in the first/last 3 lines of most pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {re.sub(r"\d+", "#", ln.lower()) for ln in lines[:3] + lines[-3:]}
        counts.update(edges)
    need = max(2, (len(pages) + 1) // 2)
    return {shape for shape, n in counts.items() if n >= need}


def _pdf_paragraphs(lines: list[str]) -> list[Block]:
    """Join wrapped lines into clauses; a clause ends at a line ending a sentence."""
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            text = ""
            for part in current:
                if text.endswith("-") and part[:1].islower():
                    text = text[:-1] + part  # a word hyphenated at the line end
                else:
                    text = f"{text} {part}" if text else part
            kind = "item" if _ITEM.match(text) else "paragraph"
            blocks.append(Block(kind, clean(_ITEM.sub("", text) if kind == "item" else text)))
            current.clear()

    for line in lines:
        is_heading = (len(line) < 80 and not line.endswith((".", ",", ";", ":"))
                      and (line.isupper() or re.match(r"^\d{1,2}(\.\d+)*\.?\s+[A-Z]", line))
                      and not current)
        if is_heading:
            blocks.append(Block("heading", clean(line), 2))
            continue
        if _ITEM.match(line) and current:
            flush()
        current.append(line)
        if line.endswith((".", ":", ";", "?", "!")) and len(line) < 60:
            flush()
    flush()
    return blocks
