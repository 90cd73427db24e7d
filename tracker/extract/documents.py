"""Bodies that are not HTML: PDF documents, plain text and Markdown, as clause blocks.

PDF text is joined across page breaks, and running headers, footers and page numbers
(lines that recur at the top or bottom of most pages, digits aside) are dropped, so a
clause inserted on page 1 does not make every later page look changed.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from tracker.errors import ExtractError
from tracker.extract.normalize import clean
from tracker.fetch.sniff import BodyKind as BodyKind  # re-exported: the kind is decided at fetch
from tracker.fetch.sniff import body_kind as body_kind
from tracker.models import Block

_ITEM = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,3}[.)]|\(?[a-z]\))\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_PAGE_NO = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


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
        pages = [_page_lines(page) for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for broken files
        raise ExtractError(f"{source_id}: not a readable PDF: {exc}") from None
    repeated = _running_lines([[text for _, text in lines] for lines in pages])
    paragraphs: list[list[str]] = []
    runs_on = False  # did the previous page end in the middle of a paragraph?
    for lines in pages:
        kept = [(y, t) for y, t in lines
                if re.sub(r"\d+", "#", t.lower()) not in repeated and not _PAGE_NO.match(t)]
        for n, chunk in enumerate(_split_by_gaps(kept)):
            if n == 0 and runs_on and paragraphs:
                paragraphs[-1].extend(chunk)
            else:
                paragraphs.append(chunk)
        widest = max((len(t) for _, t in kept), default=0)
        last = kept[-1][1] if kept else ""
        runs_on = bool(last) and len(last) >= 0.8 * widest and not last.rstrip().endswith(
            (".", ":", ";", "!", "?"))
    return [_pdf_block(lines) for lines in paragraphs if "".join(lines).strip()]


def _page_lines(page) -> list[tuple[float, str]]:
    """(y, text) of each text line of a page, top to bottom as drawn."""
    pieces: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            y = tm[5] * cm[3] + cm[5]
            if pieces and abs(pieces[-1][0] - y) < 1.0:
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + text)
            else:
                pieces.append((y, text))

    page.extract_text(visitor_text=visit)
    return [(y, " ".join(t.split())) for y, t in pieces if t.strip()]


def _split_by_gaps(lines: list[tuple[float, str]]) -> list[list[str]]:
    """Lines into paragraphs: a gap wider than the usual line spacing starts a new one."""
    if not lines:
        return []
    gaps = [round(a[0] - b[0]) for a, b in zip(lines, lines[1:], strict=False)]
    # Line spacing is the smallest gap that recurs; paragraph gaps are wider.
    counts = Counter(g for g in gaps if g > 0)
    recurring = [g for g, n in counts.items() if n >= 2] or list(counts)
    step = min(recurring) if recurring else 0
    out: list[list[str]] = [[lines[0][1]]]
    for gap, (_, text) in zip(gaps, lines[1:], strict=False):
        if gap <= 0 or (step and gap > step * 1.3) or _ITEM.match(text):
            out.append([text])
        else:
            out[-1].append(text)
    return out


def _pdf_block(lines: list[str]) -> Block:
    text = ""
    for part in lines:
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part  # a word hyphenated at the line end
        else:
            text = f"{text} {part}" if text else part
    text = clean(text)
    if _ITEM.match(text):
        return Block("item", clean(_ITEM.sub("", text, count=1)))
    heading = len(text) < 80 and not text.endswith((".", ",", ";", ":")) and (
        text.isupper() or re.match(r"^\d{1,2}(\.\d+)*\.?\s+[A-Z]", text))
    return Block("heading", text, 2) if heading else Block("paragraph", text)


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
