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

    Most text is clean already: printable ASCII (no zero-width characters, no whitespace
    but " ") with no double, leading or trailing space.  Otherwise str.split() splits on
    exactly what a regex's \\s matches (str.isspace), so the join is
    `re.sub(r"\\s+", " ", text).strip()` at a third of the cost.
    """
    if text.isascii():
        if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
    else:
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


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
    """The text of el, a space around each nested block, `skip` subtrees left out.

    A loop, not a recursion: an HTML5 tree has no depth limit (libxml2 stopped at 256).
    """
    if _one_run(el, skip):
        return el.text_lexbor()
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
            self.blocks.append(Block(kind=kind, text=text, level=level))  # type: ignore[arg-type]

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
            if not is_element(tag):
                continue
            after_br = since_br is not None and not "".join(since_br).strip()
            if tag == "br":
                if after_br:
                    self.add("paragraph", "".join(loose))
                    loose = []
                loose.append(" ")
            elif tag in _BLOCKS or has_block(node):
                self.add("paragraph", "".join(loose))
                self.element(node, depth)
                loose = []
            else:
                loose.append(text_of(node))
            since_br = [] if tag == "br" else None
        self.add("paragraph", "".join(loose))

    def element(self, el: LexborNode, depth: int) -> None:
        tag = el.tag
        if tag in HEADINGS:
            self.add("heading", text_of(el), int(tag[1]))
        elif tag == "li":
            self.add("item", text_of(el, LISTS), max(depth, 1))
            for sub in _top_lists(el):
                self.container(sub, max(depth, 1) + 1)
        elif tag in LISTS:
            self.container(el, depth + 1)
        elif tag == "table" and not _is_layout_table(el):
            self.table(el)
        elif tag == "tr" and not _is_layout_table(el):
            self.row(el)
        elif tag in LEAF_BLOCKS and not has_block(el):
            self.add("paragraph", text_of(el))
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
