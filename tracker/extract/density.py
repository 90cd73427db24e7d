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

from tracker.extract.walk import HEADINGS, LEAF_BLOCKS, elements, lead, text_runs

# Never content: dropped with their whole subtree (the text after them is kept).
JUNK_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "textarea", "option", "datalist", "link", "meta",
    "audio", "video", "head",
)  # fmt: skip

_MAYBE_HIDDEN = "[hidden], [aria-hidden], [style], dialog"
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

# Elements the content-root search may descend into (never a paragraph, list or table).
_WRAPPERS = frozenset({"div", "section", "article", "main", "form", "center", "span", "font",
                       "body"})  # fmt: skip
_PARAGRAPHISH = HEADINGS | LEAF_BLOCKS | {"li", "td", "th"}
_REAL_HEADINGS = "h1, h2, h3"


def chars(text: str) -> int:
    """Length without whitespace, so indentation does not count as text.

    Counting the common whitespace characters is 4x cheaper than split-and-join on
    the long strings the density heuristics measure.
    """
    return (
        len(text)
        - text.count(" ")
        - text.count("\n")
        - text.count("\t")
        - text.count("\r")
        - text.count("\xa0")
    )


# ---------------------------------------------------------------- junk and hidden


def unlink(el: LexborNode) -> None:
    """Take el out of the tree (its text and children go with it; the text around it
    stays).  Only unlinked, not freed: the parser owns the memory, so an element inside
    one already unlinked is safe to unlink again.  The <html> element stays (a selector
    matching the whole document removes nothing, as before)."""
    parent = el.parent
    if parent is not None and not parent.is_document_node:
        el.decompose(recursive=False)


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


def strip_junk(root: LexborNode) -> None:
    """Scripts, styles, widgets and hidden elements: never text of the page.

    Junk by tag id in one walk (a CSS list of 21 tags costs Lexbor one walk per tag);
    hidden ones by one CSS query.
    """
    for el in [e for e in root.traverse() if e.tag_id in _JUNK_IDS]:
        unlink(el)
    for el in [e for e in root.css(_MAYBE_HIDDEN) if _is_hidden(e)]:
        unlink(el)


# ---------------------------------------------------------------- text density


class Sizes(dict):
    """Text and link-text length (whitespace left out) per element, keyed by mem_id and
    measured on first use; make a new one after the tree changes."""

    def _stat(self, el: LexborNode) -> list:
        key = el.mem_id
        stat = self.get(key)
        if stat is None:
            stat = self[key] = [chars(el.text()), None]
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
                stat[1] = chars("".join([a.text() for a in links])) if links else 0
        return stat[0] - stat[1]

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
        text read.
        """
        text = self.text(el)
        if text * 2 < total:
            return False
        if self.measured(el) is None:
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
    raw = " ".join(v for k in _LABELLING if (v := attrs.get(k))) if attrs else ""
    kind = _token_kind(raw) if raw else None
    return "weak" if kind is None and tag == "header" else kind


def _has_real_heading(el: LexborNode, sizes: Sizes) -> bool:
    """Whether el holds an h1-h3 with text that is not a link (a title, not a logo)."""
    return any(sizes.text(h) > 0 and sizes.plain(h) > 0 for h in el.css(_REAL_HEADINGS))


def _holds_main(el: LexborNode, tag: str) -> bool:
    """Whether a <main> is inside el (el itself does not count)."""
    found = el.css("main") if tag == "main" else el.css_first("main")
    return len(found) > 1 if tag == "main" else found is not None


def drop_furniture(root: LexborNode, sizes: Sizes) -> None:
    """Drop furniture below root; anything holding half the page's text is spared.

    A walk from the top, so a dropped element's subtree is never visited.  Each element
    carries the nearest ancestor whose link text was read (see Sizes.half).
    """
    total = max(sizes.plain(root), 1)
    top = sizes.measured(root)
    stack = [(el, top) for el in elements(root)]
    while stack:
        el, outer = stack.pop()
        tag = el.tag
        kind = _furniture_kind(el, tag)
        if kind and not (sizes.half(el, total, outer) or _holds_main(el, tag)):
            if kind == "strong" or not _has_real_heading(el, sizes):
                unlink(el)
                continue
        if tag not in HEADINGS:  # a heading's parts (<a class="header">) are its text
            inner = sizes.measured(el) or outer
            stack.extend([(child, inner) for child in elements(el)])


# ---------------------------------------------------------------- content root


def _holds_text_outside(node: LexborNode, keep: LexborNode, sizes: Sizes) -> bool:
    """Whether leaving `node` for its child `keep` would lose a heading or paragraph."""
    if any(chars(run) >= 40 for run in text_runs(node)):
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
    mains = [m for m in body.css("main, [role='main']") if m.mem_id != body.mem_id]
    if mains:
        best_main, most = _best(mains, sizes)
        if most * 2 >= sizes.plain(body):
            node = best_main
    while True:
        kids = elements(node)
        if not kids:
            return node
        best, most = _best(kids, sizes)
        if (
            best.tag not in _WRAPPERS
            or most < 0.6 * sizes.plain(node)
            or _holds_text_outside(node, best, sizes)
        ):
            return node
        node = best
