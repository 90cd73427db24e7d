"""The extractor as it was before the one-parse rewrite (lxml + BeautifulSoup/soupsieve).

Kept only so tests/test_extract_parity.py can prove that tracker/extract/html.py returns the
same blocks on every fixture; delete this module (and that comparison) once the parity
is established and recorded.  Nothing in the tool imports it.

HTML -> the ordered clause blocks of a policy, with the page furniture left out.

Pages change around a policy all the time (menus, cookie banners, counters, tokens), so
what we keep must depend on the policy text only.  Without selectors the content root
is found by text density: furniture is dropped by tag, by hidden-ness and by class/id
tokens, then we descend from <body> (or <main>) while one child holds nearly all the
remaining non-link text and nothing heading- or paragraph-like is left behind.  Inside
the content, a list of links (an FAQ, the related policies) is content like any other:
dropping it once it grows past some size would report its old entries as removed.

lxml does the parsing and the walk (fast); BeautifulSoup + soupsieve are used only when
a source declares `select`/`remove` CSS selectors, so config syntax is soupsieve's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from tracker.errors import ExtractError
from tracker.models import Block

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

HtmlElement = etree._Element

# Never content: dropped with their whole subtree (tails kept).
_JUNK_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "textarea", "option", "datalist", "link", "meta",
    "audio", "video", "head",
)  # fmt: skip
# Furniture by tag; kept only when they hold most of the page (a page-wide <form>).
_FURNITURE_TAGS = {"nav", "aside", "footer", "form", "dialog"}
_STRONG_TOKENS = {
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
}  # fmt: skip
_WEAK_TOKENS = {"header", "masthead", "topbar", "banner"}
_COMPOUND = re.compile(
    r"cookie|consent|gdpr|onetrust|cookiebot|breadcrumb|newsletter|navbar|megamenu|sidebar"
    r"|disqus|lang(?:uage)?[-_ ]?(?:selector|switcher|picker|chooser|menu)"
)
_DISCLOSED = re.compile(r"accordion|collaps|tab-?panel|tab-?pane|tab-?content|expand|disclosure")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
_LABELLING = frozenset({"class", "id", "aria-label", "role"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LISTS = {"ul", "ol", "menu"}
_LEAF_BLOCKS = {"p", "dt", "dd", "blockquote", "pre", "figcaption", "address", "caption"}
_LEAF_BLOCKS |= {"summary", "legend"}
_BLOCKISH = _HEADINGS | _LISTS | _LEAF_BLOCKS | {
    "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "div", "section",
    "article", "main", "header", "footer", "aside", "nav", "figure", "form", "fieldset",
    "details", "hr", "center", "body", "html", "hgroup", "br",
}  # fmt: skip
# Elements the content-root search may descend into (never a paragraph, list or table).
_WRAPPERS = {"div", "section", "article", "main", "form", "center", "span", "font", "body"}
_PARAGRAPHISH = _HEADINGS | _LEAF_BLOCKS | {"li", "td", "th"}

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    """Collapse whitespace (NBSP included) and drop zero-width characters."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


# ---------------------------------------------------------------- parsing


def _parse(html: str) -> HtmlElement | None:
    """The document's <html> element, or None for an empty or unparsable page."""
    if not html or not html.strip():
        return None
    try:  # a plain parser per call (parsers are not thread-safe); lxml.html's class
        try:  # lookup would cost ~15% more
            return etree.fromstring(html, etree.HTMLParser())
        except ValueError:  # a str with an XML encoding declaration
            return etree.fromstring(html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    except etree.XMLSyntaxError:
        return None


def _body(doc: HtmlElement) -> HtmlElement:
    body = doc.find("body")
    return body if body is not None else doc


def _drop(el: HtmlElement) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _is_hidden(el: HtmlElement) -> bool:
    """Hidden by attribute or inline style, unless it is a closed accordion or tab panel
    (policy text a reader opens with a click is still policy text)."""
    hidden = (
        el.get("hidden") not in (None, "until-found")
        or (el.get("aria-hidden") or "").strip().lower() == "true"
        or bool(_HIDDEN_STYLE.search(el.get("style") or ""))
        or (el.tag == "dialog" and el.get("open") is None)
    )
    if not hidden:
        return False
    raw = " ".join(v for k in ("class", "id", "role") if (v := el.get(k)))
    return not (raw and _DISCLOSED.search(raw.lower()))


def _strip_junk(root: HtmlElement) -> None:
    """Scripts, styles, widgets, comments and hidden elements: never text of the page."""
    etree.strip_elements(root, *_JUNK_TAGS, etree.Comment, etree.PI, with_tail=False)
    # One pass reading each element's attribute names: 2-3x cheaper than an XPath with
    # attribute predicates, which libxml2 evaluates as node-sets per element.
    hidden = [
        el for el in root.iter(etree.Element)
        if (el.tag == "dialog" or not _HIDING.isdisjoint(el.keys())) and _is_hidden(el)
    ]  # fmt: skip
    for el in hidden:
        _drop(el)
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")


# ---------------------------------------------------------------- text density


@dataclass
class _Stat:
    text: int = 0
    link: int = 0

    @property
    def plain(self) -> int:
        return self.text - self.link


def _chars(text: str) -> int:
    """Length without whitespace, so indentation does not count as text.

    Counting the common whitespace characters is 4x cheaper than split-and-join on
    the long strings the density heuristics measure.
    """
    return (len(text) - text.count(" ") - text.count("\n") - text.count("\t")
            - text.count("\r") - text.count("\xa0"))


_ALL_TEXT = etree.XPath("string()", smart_strings=False)
_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)


class _Sizes(dict):
    """Text and link-text length per element, measured on first use (lxml does the work).

    Only the elements the heuristics look at are measured; make a new one after the
    tree changes.
    """

    def __missing__(self, el: HtmlElement) -> _Stat:
        text = _chars(_ALL_TEXT(el))
        link = text if el.tag == "a" else _chars("".join(_LINK_TEXT(el)))
        stat = self[el] = _Stat(text, link)
        return stat


# ---------------------------------------------------------------- furniture


@functools.lru_cache(maxsize=8192)
def _token_kind(raw: str) -> str | None:
    """Classify class/id/aria-label/role words: "strong", "weak" or None."""
    lower = _CAMEL.sub(r"\1 \2", raw).lower()
    words = set(_NON_ALNUM.split(lower))
    if words & _STRONG_TOKENS or _COMPOUND.search(lower):
        return "strong"
    return "weak" if words & _WEAK_TOKENS else None


def _furniture_kind(el: HtmlElement) -> str | None:
    """ "strong" for surely-furniture, "weak" for headers/banners, None for neither."""
    tag = el.tag
    if tag in _FURNITURE_TAGS:
        return "strong"
    if _LABELLING.isdisjoint(el.keys()):
        return "weak" if tag == "header" else None
    raw = " ".join(v for k in ("class", "id", "aria-label", "role") if (v := el.get(k)))
    kind = _token_kind(raw) if raw else None
    return "weak" if kind is None and tag == "header" else kind


def _has_real_heading(el: HtmlElement, sizes: _Sizes) -> bool:
    """Whether el holds an h1-h3 with text that is not a link (a title, not a logo)."""
    return any(sizes[h].plain > 0 for h in el.iter("h1", "h2", "h3"))


def _drop_furniture(root: HtmlElement, stats: _Sizes) -> None:
    """Drop furniture below root; anything holding half the page's text is spared.

    A walk from the top, so a dropped element's subtree is never visited.
    """
    total = max(stats[root].plain, 1)
    stack = list(root)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        kind = _furniture_kind(el)
        if kind and not (stats[el].plain * 2 >= total or el.find(".//main") is not None):
            if kind == "strong" or not _has_real_heading(el, stats):
                _drop(el)
                continue
        if el.tag not in _HEADINGS:  # a heading's parts (<a class="header">) are its text
            stack.extend(el)


# ---------------------------------------------------------------- content root


def _holds_text_outside(node: HtmlElement, keep: HtmlElement, sizes: _Sizes) -> bool:
    """Whether leaving `node` for its child `keep` would lose a heading or paragraph."""
    if _chars(node.text or "") >= 40:
        return True
    for child in node:
        if _chars(child.tail or "") >= 40:
            return True
        if child is keep or not isinstance(child.tag, str):
            continue
        for el in child.iter(etree.Element):
            tag = el.tag
            if tag == "div" and _chars(el.text or "") >= 40:
                return True
            if tag in _HEADINGS and sizes[el].plain > 0:
                return True
            if tag in _PARAGRAPHISH and sizes[el].plain >= 40:
                return True
    return False


def _content_root(body: HtmlElement, stats: _Sizes) -> HtmlElement:
    """The tightest element holding the page's text: start at <main>, descend by density."""
    node = body
    mains = body.xpath(".//main | .//*[@role='main']")
    if mains:
        best_main = max(mains, key=lambda m: stats[m].plain)
        if stats[best_main].plain * 2 >= stats[body].plain:
            node = best_main
    while True:
        kids = [c for c in node if isinstance(c.tag, str)]
        if not kids:
            return node
        best = max(kids, key=lambda c: stats[c].plain)
        if (
            best.tag not in _WRAPPERS
            or stats[best].plain < 0.6 * stats[node].plain
            or _holds_text_outside(node, best, stats)
        ):
            return node
        node = best


# ---------------------------------------------------------------- blocks


def _text(el: HtmlElement, skip: frozenset[str] = frozenset()) -> str:
    """The text of el, a space around each nested block, `skip` subtrees left out."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in skip:
            inner = _text(child, skip)
            parts.append(f" {inner} " if child.tag in _BLOCKISH else inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _has_block(el: HtmlElement) -> bool:
    return any(d.tag in _BLOCKISH and d.tag != "br" for d in el.iterdescendants(etree.Element))


def _is_layout_table(table: HtmlElement) -> bool:
    """A table used to lay out a page (nested tables, headings or lists in cells)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    return any(
        d.tag in _HEADINGS or d.tag in _LISTS or d.tag in ("table", "blockquote", "pre")
        for d in table.iterdescendants(etree.Element)
    )


def _top_lists(el: HtmlElement) -> list[HtmlElement]:
    """The lists nested in el that are not inside another nested list."""
    found: list[HtmlElement] = []
    for child in el:
        if child.tag in _LISTS:
            found.append(child)
        elif isinstance(child.tag, str):
            found.extend(_top_lists(child))
    return found


class _Walker:
    """Turns a content root into blocks, in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def add(self, kind: str, text: str, level: int = 0) -> None:
        clean = _clean(text)
        if clean:
            self.blocks.append(Block(kind=kind, text=clean, level=level))  # type: ignore[arg-type]

    def container(self, el: HtmlElement, depth: int) -> None:
        """Block children become blocks; loose text between them becomes paragraphs."""
        loose, after_br = [el.text or ""], False
        for child in el:
            if child.tag == "br" and after_br:  # <br><br> between loose text: a new paragraph
                self.add("paragraph", "".join(loose))
                loose = []
            elif isinstance(child.tag, str) and (
                (child.tag in _BLOCKISH and child.tag != "br") or _has_block(child)
            ):
                self.add("paragraph", "".join(loose))
                self.element(child, depth)
                loose = []
            elif isinstance(child.tag, str):
                loose.append(_text(child))
            loose.append(child.tail or "")
            after_br = child.tag == "br" and not (child.tail or "").strip()
        self.add("paragraph", "".join(loose))

    def element(self, el: HtmlElement, depth: int) -> None:
        tag = el.tag
        if tag in _HEADINGS:
            self.add("heading", _text(el), int(tag[1]))
        elif tag == "li":
            self.add("item", _text(el, frozenset(_LISTS)), max(depth, 1))
            for sub in _top_lists(el):
                self.container(sub, max(depth, 1) + 1)
        elif tag in _LISTS:
            self.container(el, depth + 1)
        elif tag == "table" and not _is_layout_table(el):
            self.table(el)
        elif tag == "tr" and not _is_layout_table(el):
            self.row(el)
        elif tag in _LEAF_BLOCKS and not _has_block(el):
            self.add("paragraph", _text(el))
        else:
            self.container(el, depth)

    def table(self, table: HtmlElement) -> None:
        for cap in table.iter("caption"):
            self.add("paragraph", _text(cap))
        for tr in table.iter("tr"):
            self.row(tr)

    def row(self, tr: HtmlElement) -> None:
        cells = [_clean(_text(c)) for c in tr if c.tag in ("td", "th")]
        if any(cells):
            self.add("row", " | ".join(cells))


# ---------------------------------------------------------------- public API


def validate_selector(selector: str) -> str | None:
    """None when `selector` is valid CSS for soupsieve, else a one-line problem."""
    if not selector or not selector.strip():
        return "empty selector"
    import soupsieve  # here, not at the top: 0.15 s of start-up, needed only with selectors

    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as exc:
        return str(exc).strip().splitlines()[0]
    except Exception as exc:  # soupsieve raises a few other types on odd input
        return f"{type(exc).__name__}: {exc}".splitlines()[0]
    return None


def _check_selectors(selectors: Sequence[str], source_id: str) -> None:
    for selector in selectors:
        problem = validate_selector(selector)
        if problem:
            raise ExtractError(f"{source_id}: invalid selector '{selector}': {problem}")


def _twin_elements(html: str, doc: HtmlElement) -> tuple[BeautifulSoup, dict[int, HtmlElement]]:
    """A BeautifulSoup tree of the page and, per Tag id, the same element in lxml's tree.

    Both trees come from libxml2, so their elements pair up in document order; if they
    ever do not, the soup is serialised and parsed again (slower, same result).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, features="lxml")
    tags = soup.find_all(True)
    elements = list(doc.iter(etree.Element))
    if len(tags) != len(elements) or any(
        t.name != e.tag for t, e in zip(tags, elements, strict=True)
    ):
        for n, tag in enumerate(tags):
            tag["data-tracker-n"] = str(n)
        again = _parse(str(soup))
        found = again.xpath("//*[@data-tracker-n]") if again is not None else []
        return soup, {id(tags[int(e.attrib.pop("data-tracker-n"))]): e for e in found}
    return soup, {id(t): e for t, e in zip(tags, elements, strict=True)}


def _selected(
    doc: HtmlElement, html: str, select: Sequence[str], remove: Sequence[str], source_id: str
) -> tuple[HtmlElement, list[HtmlElement]]:
    """The document with `remove` matches dropped, and the outermost `select` matches.

    soupsieve (the selector engine the config is validated with) matches on a
    BeautifulSoup tree; the work then continues on lxml's twin elements.
    """
    soup, twin = _twin_elements(html, doc)
    root = twin.get(id(soup.find(True)), doc)
    for selector in remove:
        for tag in soup.select(selector):
            if id(tag) in twin:
                _drop(twin[id(tag)])
    if not select:
        return root, []
    matched = [twin[id(t)] for t in soup.select(", ".join(select)) if id(t) in twin]
    alive = [e for e in matched if e is root or root in e.iterancestors()]
    chosen = set(alive)
    picked = [e for e in alive if not any(a in chosen for a in e.iterancestors())]
    if not picked:
        shown = "', '".join(select)
        raise ExtractError(f"{source_id}: selector '{shown}' matched nothing")
    return root, picked


def _blocks_of(root: HtmlElement, *, auto: bool) -> list[Block]:
    _strip_junk(root)
    _drop_furniture(root, _Sizes())
    stats = _Sizes()
    if auto:
        root = _content_root(root, stats)
    walker = _Walker()
    walker.element(root, 0)
    return walker.blocks


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
    _check_selectors((*select, *remove), source_id)
    doc = _parse(html)
    if doc is None:
        if select:
            raise ExtractError(f"{source_id}: selector '{select[0]}' matched nothing")
        return []
    if select or remove:
        doc, picked = _selected(doc, html, select, remove, source_id)
        if select:
            return [b for el in picked for b in _blocks_of(el, auto=False)]
    return _blocks_of(_body(doc), auto=True)


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
    doc = _parse(html)
    if doc is None:
        return PageSignals("", 0, 0, "", False)
    title = _clean(doc.findtext(".//title") or "")
    scripts = len(doc.findall(".//script"))
    noscript = _clean(" ".join(_text(n) for n in doc.iter("noscript")))
    body = _body(doc)
    _strip_junk(body)
    visible = _clean(_text(body))
    says = bool(_ENABLE_JS.search(visible) or _ENABLE_JS.search(noscript))
    return PageSignals(title, scripts, len(visible), noscript, says)
