"""A content root (a Lexbor element) -> the policy's blocks, in document order.

Lexbor keeps text as child nodes ("-text") between elements; the walk reads the text
before an element's first child element (its "lead") and the text between two child
elements (a child's "tail") as the runs they are.  Comments are skipped wherever they
sit.  A <br> counts as a space.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from tracker.models import Block

TEXT = "-text"  # Lexbor's tag for a text node; other non-elements start with "-" too

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LISTS = frozenset({"ul", "ol", "menu"})
LEAF_BLOCKS = frozenset({
    "p", "dt", "dd", "blockquote", "pre", "figcaption", "address", "caption", "summary",
    "legend",
})  # fmt: skip
BLOCKISH = HEADINGS | LISTS | LEAF_BLOCKS | {
    "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "div", "section",
    "article", "main", "header", "footer", "aside", "nav", "figure", "form", "fieldset",
    "details", "hr", "center", "body", "html", "hgroup", "br",
}  # fmt: skip
_BLOCKS = BLOCKISH - {"br"}  # what makes an element a container of blocks
_LAYOUT_INSIDE = HEADINGS | LISTS | {"table", "blockquote", "pre"}
_NO_SKIP: frozenset[str] = frozenset()

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean(text: str) -> str:
    """Collapse whitespace (NBSP included) and drop zero-width characters.

    Most text is clean already: printable (no zero-width characters, no whitespace but
    " ": both are non-printable), with no double, leading or trailing space.  Otherwise
    str.split() splits on exactly what a regex's \\s matches (str.isspace), so the join
    is `re.sub(r"\\s+", " ", text).strip()` at a third of the cost.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


# chars and unlink: measuring text and dropping elements, for density.py too.


def chars(text: str) -> int:
    """Length without whitespace (space, newline, tab, CR, NBSP), so indentation does
    not count as text.

    One count for the spaces; the other four are mostly absent, and `in` finds that
    out with memchr (a count walks the string: 5x slower for non-ASCII text).
    """
    n = len(text) - text.count(" ")
    if "\n" in text:
        n -= text.count("\n")
    if "\t" in text:
        n -= text.count("\t")
    if "\r" in text:
        n -= text.count("\r")
    if "\xa0" in text:
        n -= text.count("\xa0")
    return n


def unlink(el: LexborNode) -> None:
    """Take el out of the tree (its text and children go with it; the text around it
    stays).  Only unlinked, not freed: the parser owns the memory, so an element inside
    one already unlinked is safe to unlink again.  The <html> element stays (a selector
    matching the whole document removes nothing, as before)."""
    parent = el.parent
    if parent is not None and not parent.is_document_node:
        el.decompose(recursive=False)


def is_element(tag: str | None) -> bool:
    return tag is not None and tag[0] != "-"


def elements(el: LexborNode) -> list[LexborNode]:
    """The child elements of el (no text, no comments).  By node type: the nodes whose
    tag is_element, without building each one's tag string."""
    return [c for c in el.iter() if c.is_element_node]


def lead(el: LexborNode) -> str:
    """The text before el's first child element."""
    parts = []
    for node in el.iter(include_text=True):
        tag = node.tag
        if tag == TEXT:
            parts.append(node.text_content)
        elif is_element(tag):
            break
    return "".join(parts)


def text_runs(el: LexborNode) -> list[str]:
    """The runs of text between el's child elements: before the first, after each."""
    runs, parts = [], []
    for node in el.iter(include_text=True):
        tag = node.tag
        if tag == TEXT:
            parts.append(node.text_content)
        elif is_element(tag):
            runs.append("".join(parts))
            parts = []
    runs.append("".join(parts))
    return runs


def _one_run(el: LexborNode, skip: frozenset[str]) -> bool:
    """Whether el holds no block, <br> or `skip` element: then its text_of is the text of
    all its text nodes in order, Lexbor's textContent, which C reads at a tenth of the
    cost of text_of's loop (most paragraphs, headings and list items are such)."""
    if next(el.iter(), None) is None:  # text only
        return True
    spaced = BLOCKISH if skip <= BLOCKISH else BLOCKISH | skip
    return not any(d.tag in spaced for d in _descendants(el))


def text_of(el: LexborNode, skip: frozenset[str] = _NO_SKIP) -> str:
    """The text of el, a space around each nested block, `skip` subtrees left out."""
    return el.text_lexbor() if _one_run(el, skip) else _spaced_text(el, skip)


def _spaced_text(el: LexborNode, skip: frozenset[str] = _NO_SKIP) -> str:
    """text_of's loop, for an element that holds a block, a <br> or a `skip` element.

    A loop, not a recursion: an HTML5 tree has no depth limit (libxml2 stopped at 256).
    """
    parts: list[str] = []
    closers = [""]  # what each open element appends when its children are done
    stack = [el.iter(include_text=True)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            parts.append(closers.pop())
            continue
        tag = node.tag
        if tag == TEXT:
            parts.append(node.text_content)
        elif tag == "br":
            parts.append(" ")
        elif is_element(tag) and tag not in skip:
            block = tag in BLOCKISH
            if block:
                parts.append(" ")
            closers.append(" " if block else "")
            stack.append(node.iter(include_text=True))
    return "".join(parts)


def _descendants(el: LexborNode):
    """el's descendant elements in document order (el itself left out)."""
    walk = el.traverse()
    next(walk)
    return walk


def has_block(el: LexborNode) -> bool:
    return any(d.tag in _BLOCKS for d in _descendants(el))


# What an element holds below it (_holds): a block, else a <br>, else neither.
_BLOCK, _BREAK, _RUN = 2, 1, 0


def _holds(el: LexborNode) -> int:
    """has_block and _one_run (no `skip`) in one pass over el's descendants: _BLOCK,
    else _BREAK, else _RUN (its text is Lexbor's textContent)."""
    found = _RUN
    below = el.traverse()
    next(below)  # el itself
    for d in below:
        tag = d.tag
        if tag in _BLOCKS:
            return _BLOCK
        if tag == "br":
            found = _BREAK
    return found


def _text_held(el: LexborNode, holds: int) -> str:
    """text_of(el), knowing what it holds (`holds`: _holds(el))."""
    return el.text_lexbor() if holds == _RUN else _spaced_text(el)


def _is_layout_table(table: LexborNode) -> bool:
    """A table used to lay out a page (nested tables, headings or lists in cells)."""
    if (table.attrs.get("role") or "").lower() in ("presentation", "none"):
        return True
    return any(d.tag in _LAYOUT_INSIDE for d in _descendants(table))


def _top_lists(el: LexborNode) -> list[LexborNode]:
    """The lists nested in el that are not inside another nested list, in order."""
    found: list[LexborNode] = []
    stack = elements(el)[::-1]
    while stack:
        child = stack.pop()
        if child.tag in LISTS:
            found.append(child)
        else:
            stack.extend(elements(child)[::-1])
    return found


# Containers nested deeper than this are read as one paragraph each: the walk recurses
# once per level, and Python's stack is ~1000 frames (browsers, and Lexbor, have no limit).
MAX_NESTING = 200


class Walker:
    """Turns a content root into blocks, in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.nesting = 0

    def add(self, kind: str, text: str, level: int = 0) -> None:
        text = clean(text)
        if text:
            self.blocks.append(Block(kind, text, level))  # type: ignore[arg-type]

    def container(self, el: LexborNode, depth: int) -> None:
        """Block children become blocks; loose text between them becomes paragraphs;
        <br><br> (only blank text between) starts a new loose paragraph."""
        if self.nesting >= MAX_NESTING:
            self.add("paragraph", text_of(el))
            return
        self.nesting += 1
        try:
            self._children(el, depth)
        finally:
            self.nesting -= 1

    def _children(self, el: LexborNode, depth: int) -> None:
        loose: list[str] = []
        since_br: list[str] | None = None  # the text after the last <br> element
        for node in el.iter(include_text=True):
            tag = node.tag
            if tag == TEXT:
                text = node.text_content
                loose.append(text)
                if since_br is not None:
                    since_br.append(text)
                continue
            if tag is None or tag[0] == "-":  # not an element (is_element)
                continue
            after_br = since_br is not None and not "".join(since_br).strip()
            if tag == "br":
                if after_br and loose:
                    self.add("paragraph", "".join(loose))
                    loose = []
                loose.append(" ")
            elif tag in _BLOCKS:
                if loose:  # no text, no paragraph: skip the call
                    self.add("paragraph", "".join(loose))
                    loose = []
                self.element(node, depth, tag)
            else:
                holds = _holds(node)
                if holds == _BLOCK:
                    if loose:
                        self.add("paragraph", "".join(loose))
                        loose = []
                    self.element(node, depth, tag)
                else:
                    loose.append(_text_held(node, holds))
            since_br = [] if tag == "br" else None
        if loose:
            self.add("paragraph", "".join(loose))

    def element(self, el: LexborNode, depth: int, tag: str | None = None) -> None:
        """Blocks of el (`tag`: its tag, if already read)."""
        if tag is None:
            tag = el.tag
        if tag in LEAF_BLOCKS:  # the tag sets tested here are disjoint: the most common first
            holds = _holds(el)
            if holds == _BLOCK:
                self.container(el, depth)
            else:
                self.add("paragraph", _text_held(el, holds))
        elif tag in HEADINGS:
            self.add("heading", _text_held(el, _holds(el)), int(tag[1]))
        elif tag == "li":
            if _one_run(el, LISTS):  # no block inside, so no list: one item, no sublist
                self.add("item", el.text_lexbor(), max(depth, 1))
                return
            self.add("item", _spaced_text(el, LISTS), max(depth, 1))
            for sub in _top_lists(el):
                self.container(sub, max(depth, 1) + 1)
        elif tag in LISTS:
            self.container(el, depth + 1)
        elif tag == "table" and not _is_layout_table(el):
            self.table(el)
        elif tag == "tr" and not _is_layout_table(el):
            self.row(el)
        else:
            self.container(el, depth)

    def table(self, table: LexborNode) -> None:
        for cap in table.css("caption"):
            self.add("paragraph", text_of(cap))
        for tr in table.css("tr"):
            self.row(tr)

    def row(self, tr: LexborNode) -> None:
        cells = [clean(text_of(c)) for c in tr.iter() if c.tag in ("td", "th")]
        if any(cells):
            self.add("row", " | ".join(cells))


def walk(root: LexborNode) -> list[Block]:
    walker = Walker()
    walker.element(root, 0)
    return walker.blocks
