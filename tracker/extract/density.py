"""What is page furniture, and where the policy text sits: junk, hidden elements, furniture
by tag and class/id tokens, and the content root found by text density.

Text lengths come from Lexbor in C: one `text()` per measured element, no Python per
node.  Link text, which takes a Python step per link, is read only when a decision
needs it: bounds on an element's plain text (text minus link text), from its own text
length and its ancestor's measures, settle most comparisons without it.  The decisions
are exactly those of measuring everything (tests/test_extract_parity.py).
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tracker.extract.walk import (
    HEADINGS,
    LEAF_BLOCKS,
    TEXT,
    chars,
    elements,
    is_element,
    lead,
    text_runs,
    unlink,
)

# Never content: dropped with their whole subtree (the text after them is kept).
JUNK_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "textarea", "option", "datalist", "link", "meta",
    "audio", "video", "head",
)  # fmt: skip

_MAYBE_HIDDEN = "[hidden], [aria-hidden], [style]"  # and <dialog>, by tag in strip_junk
# Furniture by tag; kept only when they hold most of the page (a page-wide <form>).
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "dialog"})
_STRONG_TOKENS = frozenset({
    "ad", "ads", "advert", "advertisement", "alertdialog", "author", "breadcrumb",
    "breadcrumbs", "byline", "chat", "comment", "comments", "complementary", "consent",
    "contentinfo", "cookie", "cookies", "crumbs", "dialog", "drawer", "dropdown", "feedback",
    "footer", "gdpr", "helpful", "login", "megamenu", "menu", "menubar", "modal", "nav",
    "navbar", "navigation", "newsletter", "offcanvas", "onetrust", "outbrain", "overlay",
    "pager", "pagination", "popover", "popup", "promo", "promos", "promotion", "rating",
    "ratings", "recommended", "related", "relatives", "search", "share", "sharing",
    "sidebar", "sidenav", "signin", "signup", "skip", "social", "sponsor", "sponsored",
    "submenu", "subscribe", "survey", "taboola", "toast", "toolbar", "tooltip", "vote",
    "votes", "voting",
})  # fmt: skip
_WEAK_TOKENS = frozenset({"header", "masthead", "topbar", "banner"})
_COMPOUND = re.compile(
    r"cookie|consent|gdpr|onetrust|cookiebot|breadcrumb|newsletter|navbar|megamenu|sidebar"
    r"|disqus|lang(?:uage)?[-_ ]?(?:selector|switcher|picker|chooser|menu)"
)
_DISCLOSED = re.compile(r"accordion|collaps|tab-?panel|tab-?pane|tab-?content|expand|disclosure")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LABELLING = ("class", "id", "aria-label", "role")
_LABELS = frozenset(_LABELLING)

# Elements the content-root search may descend into (never a paragraph, list or table).
_WRAPPERS = frozenset({"div", "section", "article", "main", "form", "center", "span", "font",
                       "body"})  # fmt: skip
_PARAGRAPHISH = HEADINGS | LEAF_BLOCKS | {"li", "td", "th"}
_REAL_HEADINGS = "h1, h2, h3"


# ---------------------------------------------------------------- junk and hidden


def _is_hidden(el: LexborNode) -> bool:
    """Hidden by attribute or inline style, unless it is a closed accordion or tab panel
    (policy text a reader opens with a click is still policy text)."""
    attrs = el.attributes
    hidden = (
        ("hidden" in attrs and (attrs["hidden"] or "") != "until-found")
        or (attrs.get("aria-hidden") or "").strip().lower() == "true"
        or bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))
        or (el.tag == "dialog" and "open" not in attrs)
    )
    if not hidden:
        return False
    raw = " ".join(v for k in ("class", "id", "role") if (v := attrs.get(k)))
    return not (raw and _DISCLOSED.search(raw.lower()))


def _tag_ids(tags: tuple[str, ...]) -> frozenset[int]:
    """Lexbor's ids of standard tags (constants of the library, the same in every page)."""
    page = LexborHTMLParser("")
    return frozenset(page.create_node(tag).tag_id for tag in tags)


_JUNK_IDS = _tag_ids(JUNK_TAGS)
_DIALOG_ID, _MAIN_ID = (next(iter(_tag_ids((tag,)))) for tag in ("dialog", "main"))
_WALKED_FOR = _JUNK_IDS | {_DIALOG_ID, _MAIN_ID}


def strip_junk(root: LexborNode) -> list[LexborNode]:
    """Scripts, styles, widgets and hidden elements: never text of the page.

    Junk, <dialog>s and <main>s by tag id in one walk (a CSS list of 21 tags costs
    Lexbor one walk per tag); the other hidden ones by one CSS query.  Returns the
    <main>s, for drop_furniture (any inside junk are out of the page: harmless there).
    """
    mains: list[LexborNode] = []
    dialogs: list[LexborNode] = []
    for el in [e for e in root.traverse() if e.tag_id in _WALKED_FOR]:
        tag_id = el.tag_id
        if tag_id == _MAIN_ID:
            mains.append(el)
        elif tag_id == _DIALOG_ID:
            dialogs.append(el)
        else:
            unlink(el)
    for el in [e for e in (*root.css(_MAYBE_HIDDEN), *dialogs) if _is_hidden(e)]:
        unlink(el)
    return mains


# ---------------------------------------------------------------- text density


# An element's text: Lexbor's textContent, the text() string without text()'s Python
# buffer object (half the cost on small elements, where most reads are).
_text = LexborNode.text_lexbor


# Up to this many children, an element is measured by parts (see Sizes.add_up).
_FEW_PARTS = 16


def _parts(el: LexborNode) -> tuple[int, list[LexborNode]]:
    """The length (whitespace left out) of el's own text runs, and its child elements;
    past _FEW_PARTS children, only that there are more (el is then read whole)."""
    own, kids = 0, []
    for node in el.iter(include_text=True):
        tag = node.tag
        if tag == TEXT:
            own += chars(node.text_content)
        elif is_element(tag):
            kids.append(node)
            if len(kids) > _FEW_PARTS:
                break
    return own, kids


class Sizes(dict):
    """Text and link-text length (whitespace left out) per element, keyed by mem_id and
    measured on first use; make a new one after the tree changes."""

    def _stat(self, el: LexborNode) -> list:
        key = el.mem_id
        stat = self.get(key)
        if stat is None:
            stat = self[key] = [chars(_text(el)), None]
        return stat

    def text(self, el: LexborNode) -> int:
        return self._stat(el)[0]

    def plain(self, el: LexborNode) -> int:
        """Text that is not link text."""
        stat = self._stat(el)
        if stat[1] is None:
            if el.tag == "a":
                stat[1] = stat[0]
            else:
                links = el.css("a")
                stat[1] = chars("".join(map(_text, links))) if links else 0
        return stat[0] - stat[1]

    def add_up(self, el: LexborNode) -> None:
        """Measure el as its own text runs plus its children's texts, which are kept: the
        big parts of a page (a menu, the content) are then read once, not again when
        they are visited.  Down a chain of wrappers (one child element each) to the
        first element with several; one with many is read whole."""
        chain: list[tuple[LexborNode, int, list[LexborNode]]] = []
        while el.mem_id not in self:
            own, kids = _parts(el)
            chain.append((el, own, kids))
            if len(kids) != 1:
                break
            el = kids[0]
        for el, own, kids in reversed(chain):
            if len(kids) > _FEW_PARTS:
                self[el.mem_id] = [chars(_text(el)), None]
            else:
                self[el.mem_id] = [own + sum([self.text(kid) for kid in kids]), None]

    def inherit(
        self, kid: LexborNode, parent: LexborNode, runs: list[str], *, links: bool
    ) -> None:
        """Measure `kid`, the only child element of a measured `parent`, from it rather
        than read its text again: a wrapper's text is its child's plus its own text
        `runs`, and (neither being a link) its links are all inside the child.

        Not `links` in drop_furniture: there an element whose link text is known bounds
        its subtree (see half), and those bounds must stay the ones it always had.
        """
        stat = self.get(parent.mem_id)
        if stat is None:
            return
        mine = self.get(kid.mem_id)
        if mine is None:
            mine = self[kid.mem_id] = [stat[0] - sum(map(chars, runs)), None]
        if links and mine[1] is None:
            if kid.tag == "a":
                mine[1] = mine[0]
            elif parent.tag != "a":
                mine[1] = stat[1]

    def measured(self, el: LexborNode) -> list | None:
        """[text, link] of el if both are known."""
        stat = self.get(el.mem_id)
        return stat if stat is not None and stat[1] is not None else None

    def half(self, el: LexborNode, total: int, outer: list) -> bool:
        """Whether el's plain text is at least half of `total`.

        `outer` is the [text, link] an ancestor had when it was measured (dropping
        furniture since has only taken text away).  el's link text is at most the
        ancestor's, and at least the part of it that the ancestor's text outside el
        cannot hold, so el's plain text lies between text(el) - link(outer) and
        min(text(el), plain(outer)).  Only when that does not settle it is el's own link
        text read.  el is measured by parts (add_up): if spared, its children are next.
        """
        stat = self.get(el.mem_id)
        if stat is None:
            self.add_up(el)
            stat = self[el.mem_id]
        text = stat[0]
        if text * 2 < total:
            return False
        if stat[1] is None:
            if (text - outer[1]) * 2 >= total:
                return True
            if min(text, outer[0] - outer[1]) * 2 < total:
                return False
        return self.plain(el) * 2 >= total


# ---------------------------------------------------------------- furniture


@functools.lru_cache(maxsize=8192)
def _token_kind(raw: str) -> str | None:
    """Classify class/id/aria-label/role words: "strong", "weak" or None."""
    lower = _CAMEL.sub(r"\1 \2", raw).lower()
    words = set(_NON_ALNUM.split(lower))
    if words & _STRONG_TOKENS or _COMPOUND.search(lower):
        return "strong"
    return "weak" if words & _WEAK_TOKENS else None


def _furniture_kind(el: LexborNode, tag: str) -> str | None:
    """ "strong" for surely-furniture, "weak" for headers/banners, None for neither."""
    if tag in _FURNITURE_TAGS:
        return "strong"
    attrs = el.attributes
    if len(attrs) == 1:  # most elements that have attributes have one (no join)
        [(name, raw)] = attrs.items()
        kind = _token_kind(raw) if raw and name in _LABELS else None
    elif attrs:
        raw = " ".join(filter(None, map(attrs.get, _LABELLING)))
        kind = _token_kind(raw) if raw else None
    else:
        kind = None
    return "weak" if kind is None and tag == "header" else kind


def _has_real_heading(el: LexborNode, sizes: Sizes) -> bool:
    """Whether el holds an h1-h3 with text that is not a link (a title, not a logo)."""
    return any(sizes.text(h) > 0 and sizes.plain(h) > 0 for h in el.css(_REAL_HEADINGS))


def _main_holders(root: LexborNode, mains: list[LexborNode]) -> set[int]:
    """The mem_ids of the elements below root that hold one of `mains` (the <main>
    itself not counted): one query for the page, not one per furniture candidate."""
    holders: set[int] = set()
    top = root.mem_id
    for main in mains:
        node = main.parent
        while node is not None and node.mem_id != top and node.mem_id not in holders:
            holders.add(node.mem_id)
            node = node.parent
    return holders


def drop_furniture(
    root: LexborNode, sizes: Sizes, mains: list[LexborNode] | None = None
) -> None:
    """Drop furniture below root; anything holding half the page's text is spared.

    A walk from the top, so a dropped element's subtree is never visited, and what an
    element holds is as it was at the start (which <main>s, and its measures) when it
    is visited.  Each element carries the nearest ancestor whose link text was read (see
    Sizes.half), and the text of the nearest measured one: an element inside one with
    less than half the page's text is not half of it either, so it is not measured.
    `mains`: the <main>s below root, as strip_junk returns them (else a query finds them).
    """
    sizes.add_up(root)
    total = max(sizes.plain(root), 1)
    top = sizes.measured(root)
    holds_main = _main_holders(root, root.css("main") if mains is None else mains)
    stack = [(el, top, top[0]) for el in elements(root)]
    pop, push, get = stack.pop, stack.extend, sizes.get
    while stack:
        el, outer, bound = pop()
        tag = el.tag
        kind = _furniture_kind(el, tag)
        if kind and not (
            (bound * 2 >= total and sizes.half(el, total, outer)) or el.mem_id in holds_main
        ):
            if kind == "strong" or not _has_real_heading(el, sizes):
                unlink(el)
                continue
        if tag in HEADINGS:  # a heading's parts (<a class="header">) are its text
            continue
        kids = [kid for kid in el.iter() if kid.is_element_node]
        if not kids:
            continue
        stat = get(el.mem_id)
        if stat is not None:  # measured: it bounds its children
            bound = stat[0]
            if stat[1] is not None:
                outer = stat
            if len(kids) == 1 and kids[0].mem_id not in sizes:  # a wrapper (nav > ul)
                sizes.inherit(kids[0], el, text_runs(el), links=False)
        push([(kid, outer, bound) for kid in kids])


# ---------------------------------------------------------------- content root


def _holds_text_outside(
    node: LexborNode, keep: LexborNode, sizes: Sizes, runs: list[str] | None = None
) -> bool:
    """Whether leaving `node` for its child `keep` would lose a heading or paragraph
    (`runs`: node's text runs, if already read)."""
    if any(chars(run) >= 40 for run in (text_runs(node) if runs is None else runs)):
        return True
    for child in elements(node):
        if child.mem_id == keep.mem_id:
            continue
        for el in child.traverse():
            tag = el.tag
            if tag == "div" and chars(lead(el)) >= 40:
                return True
            if tag in HEADINGS and sizes.text(el) > 0 and sizes.plain(el) > 0:
                return True
            if tag in _PARAGRAPHISH and sizes.text(el) >= 40 and sizes.plain(el) >= 40:
                return True
    return False


def _best(kids: list[LexborNode], sizes: Sizes) -> tuple[LexborNode, int]:
    """The kid with the most plain text (the first of equals) and that amount; a kid
    whose whole text is no more than the best so far is not measured further."""
    best, most = kids[0], sizes.plain(kids[0])
    for kid in kids[1:]:
        if sizes.text(kid) > most:
            plain = sizes.plain(kid)
            if plain > most:
                best, most = kid, plain
    return best, most


def content_root(body: LexborNode, sizes: Sizes) -> LexborNode:
    """The tightest element holding the page's text: start at <main>, descend by density."""
    node = body
    sizes.add_up(body)  # by parts: its <main> or content child is measured next
    mains = [m for m in body.css("main, [role='main']") if m.mem_id != body.mem_id]
    if mains:
        best_main, most = _best(mains, sizes)
        # body's plain text is at most its text: only a close call reads its links
        if most * 2 >= sizes.text(body) or most * 2 >= sizes.plain(body):
            node = best_main
    while True:
        kids = elements(node)
        wrappers = [kid for kid in kids if kid.tag in _WRAPPERS]
        if not wrappers:
            return node  # the best kid, whichever it is, is no wrapper
        need = 0.6 * sizes.plain(node)
        runs = None
        if len(kids) == 1:  # a wrapper (often one of a chain): its child's size is its own
            runs = text_runs(node)
            sizes.inherit(kids[0], node, runs, links=True)
        if not any(sizes.text(w) >= need and sizes.plain(w) >= need for w in wrappers):
            return node  # nor is any kid it could descend into big enough: measure no more
        best, most = _best(kids, sizes)
        if (
            best.tag not in _WRAPPERS
            or most < need
            or _holds_text_outside(node, best, sizes, runs)
        ):
            return node
        node = best
