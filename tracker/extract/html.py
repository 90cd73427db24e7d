"""HTML -> the ordered clause blocks of a policy, with the page furniture left out.

Pages change around a policy all the time (menus, cookie banners, counters, tokens), so
what we keep must depend on the policy text only.  Without selectors the content root
is found by text density: furniture is dropped by tag, by hidden-ness and by class/id
tokens, then we descend from <body> (or <main>) while one child holds nearly all the
remaining non-link text and nothing heading- or paragraph-like is left behind.  Inside
the content, a list of links (an FAQ, the related policies) is content like any other:
dropping it once it grows past some size would report its old entries as removed.

One parse per page, in C: Lexbor (through selectolax) builds the tree as a browser does
(HTML5), runs the `select`/`remove` selectors and measures text; Python walks only the
content root.  Selectors Lexbor cannot run with soupsieve's meaning fall back to
soupsieve for that source (extract_selectors.py).  extract_density.py decides what is
furniture and where the content is; extract_walk.py turns the content into blocks.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tracker import __version__
from tracker.errors import ExtractError
from tracker.extract.density import Sizes, content_root, drop_furniture, strip_junk, unlink
from tracker.extract.selectors import Matcher, selector_engine, validate_selector
from tracker.extract.walk import clean, elements, text_of, walk
from tracker.models import Block

__all__ = ["Extraction", "PageSignals", "extract", "extract_blocks", "page_signals",
           "selector_engine", "validate_selector"]


def _parse(html: str | bytes) -> LexborHTMLParser | None:
    """The parsed page (text, or its UTF-8 bytes), or None for an empty one."""
    if not html or not html.strip():
        return None
    return LexborHTMLParser(html)


def _body(root: LexborNode) -> LexborNode:
    for child in elements(root):
        if child.tag == "body":
            return child
    return root


def _check_selectors(selectors: Sequence[str], source_id: str) -> None:
    for selector in selectors:
        problem = validate_selector(selector)
        if problem:
            raise ExtractError(f"{source_id}: invalid selector '{selector}': {problem}")


def _ancestors(el: LexborNode):
    node = el.parent
    while node is not None:
        yield node
        node = node.parent


def _selected(
    page: LexborHTMLParser, select: Sequence[str], remove: Sequence[str], source_id: str
) -> list[LexborNode]:
    """Drop the `remove` matches; the outermost `select` matches still in the page.

    Every selector matches on the page as it was parsed (a `remove` does not change
    what a `select` or another `remove` matches), then the removals are applied.
    """
    root = page.root
    matcher = Matcher(page)
    removed = [el for selector in remove for el in matcher.select(selector)]
    matched = matcher.select(", ".join(select)) if select else []
    for el in removed:
        unlink(el)
    if not select:
        return []
    chosen = {el.mem_id for el in matched}
    picked = []
    for el in matched:
        up = [a.mem_id for a in _ancestors(el)]
        alive = el.mem_id == root.mem_id or root.mem_id in up
        if alive and chosen.isdisjoint(up):
            picked.append(el)
    if not picked:
        shown = "', '".join(select)
        raise ExtractError(f"{source_id}: selector '{shown}' matched nothing")
    return picked


def _blocks_of(root: LexborNode, *, auto: bool) -> list[Block]:
    mains = strip_junk(root)
    drop_furniture(root, Sizes(), mains)
    if auto:
        root = content_root(root, Sizes())
    return walk(root)


def extract_blocks(
    html: str,
    *,
    select: Sequence[str] = (),
    remove: Sequence[str] = (),
    source_id: str = "?",
) -> list[Block]:
    """The policy's blocks in document order: headings, paragraphs, list items, rows.

    With `select`, the union of the matched elements (a missing match is an ExtractError);
    otherwise the content root found by text density.  `remove` is applied first.
    """
    blocks = extract(html, select=select, remove=remove, source_id=source_id).blocks
    return blocks if blocks is not None else []


@dataclass(frozen=True)
class Extraction:
    """Blocks, and with `select` the digest of the selected region (None without).

    `blocks` is None when the region is the one the caller already knows.
    """

    blocks: list[Block] | None
    region: str | None = None


def region_digest(elements: Sequence[LexborNode]) -> str:
    """The digest of the selected elements' HTML, once `remove` is applied.

    With `select`, the blocks are a function of that HTML alone (furniture inside is
    measured against the selected text, not the page), so an equal digest means equal
    blocks: a page whose menus, tokens and counters changed but whose selected region did
    not needs no walk.  The extractor's own digest is part of it, so a new extractor
    reads every page once.
    """
    digest = hashlib.sha256(_extractor_version())
    for el in elements:
        digest.update(b"\0")
        digest.update((el.html or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@functools.cache
def _extractor_version() -> bytes:
    """What decides the blocks of a selected region: this tool's extraction code and
    the Lexbor binding (read once per process; the tool's version when no source)."""
    import selectolax

    digest = hashlib.sha256(f"{__version__} {selectolax.__version__}".encode())
    here = Path(__file__).parent
    try:
        for name in ("html", "walk", "density", "selectors", "normalize"):
            digest.update((here / f"{name}.py").read_bytes())
    except OSError:  # run from a zip or frozen: the version alone
        pass
    return digest.digest()


def extract(
    html: str | bytes,
    *,
    select: Sequence[str] = (),
    remove: Sequence[str] = (),
    source_id: str = "?",
    unless_region: str | None = None,
) -> Extraction:
    """extract_blocks, with the selected region's digest; no blocks when it is
    `unless_region`."""
    _check_selectors((*select, *remove), source_id)
    page = _parse(html)
    if page is None:
        if select:
            raise ExtractError(f"{source_id}: selector '{select[0]}' matched nothing")
        return Extraction([])
    if select or remove:
        picked = _selected(page, select, remove, source_id)
        if select:
            region = region_digest(picked)
            if region == unless_region:
                return Extraction(None, region)
            return Extraction([b for el in picked for b in _blocks_of(el, auto=False)], region)
    return Extraction(_blocks_of(_body(page.root), auto=True))


@dataclass(frozen=True)
class PageSignals:
    """What a page looks like before extraction: used to spot JS shells and block pages."""

    title: str
    script_count: int
    text_length: int  # visible text, furniture included
    noscript_text: str
    says_enable_js: bool


_ENABLE_JS = re.compile(
    r"(enable|turn on|activate|allow)\s+(your\s+)?javascript"
    r"|javascript\s+(is\s+)?(required|disabled|turned off|must be enabled|needs to be enabled)"
    r"|requires?\s+javascript|without\s+javascript|javascript\s+to\s+(run|view|use|continue)",
    re.I,
)


def page_signals(html: str) -> PageSignals:
    """Title, script count, visible text length and any 'enable JavaScript' message."""
    page = _parse(html)
    if page is None or page.root is None:
        return PageSignals("", 0, 0, "", False)
    title_el = page.css_first("title")
    title = clean(title_el.text() if title_el is not None else "")
    scripts = len(page.css("script"))
    noscript = clean(" ".join(text_of(n) for n in page.css("noscript")))
    body = _body(page.root)
    strip_junk(body)
    visible = clean(text_of(body))
    says = bool(_ENABLE_JS.search(visible) or _ENABLE_JS.search(noscript))
    return PageSignals(title, scripts, len(visible), noscript, says)
