"""The config's CSS selectors: validation, the engine that runs each, and the fallback.

The config's dialect is soupsieve's (it validates every selector, as it always has).
Lexbor runs a selector in C on the one tree of the page when it can mean the same
there: Lexbor compiles it, and it uses only selector features both engines implement
to the same standard (type, class, id, attribute, combinators and the structural
pseudo-classes below).  Anything else (`:-soup-contains()`, `:contains()`, `:lang()`,
`:checked`, namespaces...) is run by soupsieve on a BeautifulSoup copy of the same
Lexbor tree, for that source alone: slower (a serialisation and a second parse), but
each selector keeps the meaning it had.

On well-formed pages the HTML5 tree differs from the libxml2 tree that selectors were
written against in one place: a browser (and Lexbor) puts the rows of a table written
without <tbody> in an implied <tbody>.  So `X > tr` is also tried as `X > tbody > tr`,
and `table > tr` keeps selecting the rows it did.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from tracker.config import validate_selector as validate_selector  # the config's dialect

LEXBOR = "lexbor"
SOUPSIEVE = "soupsieve"

# Pseudo-classes that mean the same in Lexbor and soupsieve (tests/test_extract_parity.py
# runs each on the fixture pages through both engines).
_SHARED_PSEUDO = frozenset({
    "not", "is", "where", "has", "first-child", "last-child", "only-child", "nth-child",
    "nth-last-child", "first-of-type", "last-of-type", "only-of-type", "nth-of-type",
    "nth-last-of-type", "empty", "root",
})  # fmt: skip
_QUOTED = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""", re.S)
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
_PSEUDO = re.compile(r"::?(-?[A-Za-z][-\w]*)")
_N_OF = re.compile(r":nth-(?:last-)?(?:child|of-type)\([^)]*\bof\b", re.I)  # (2n of S)
_TRICKY = re.compile(r"[|\\]")  # namespaces; escapes (Lexbor's are not soupsieve's)


@functools.lru_cache(maxsize=1024)
def _runs_in_lexbor(selector: str) -> bool:
    """Whether Lexbor compiles `selector` and it uses only features with one meaning."""
    bare = _ATTRIBUTE.sub("[]", _QUOTED.sub('""', selector))
    if _TRICKY.search(bare) or _N_OF.search(bare):
        return False
    if any(name.lower() not in _SHARED_PSEUDO for name in _PSEUDO.findall(bare)):
        return False
    try:  # a parser of its own: parsers are not thread-safe, and this is rare (cached)
        LexborHTMLParser("<p></p>").css(selector)
    except (SelectolaxError, ValueError):
        return False
    return True


_CHILD_ROW = re.compile(r">\s*(?=tr(?![-\w]))", re.I)
_SECTION = re.compile(r"(?:^|[\s>+~])(?:tbody|thead|tfoot)(?![-\w])[^\s>+~]*\s*$", re.I)


def _top_level(selector: str) -> list[tuple[int, str]]:
    """(position, character) of each character outside quotes, brackets and parentheses."""
    out, depth, quote, escaped = [], 0, "", False
    for at, ch in enumerate(selector):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0:
            out.append((at, ch))
    return out


@functools.lru_cache(maxsize=1024)
def with_implied_tbody(selector: str) -> str:
    """`selector` with each top-level `> tr` also tried as `> tbody > tr` (unless it
    follows a table section already): the rows of a table written without <tbody> sit in
    an implied one in an HTML5 tree, and a `tbody` is never a child of anything else."""
    if not _CHILD_ROW.search(selector):
        return selector
    top = _top_level(selector)
    children = {at for at, ch in top if ch == ">"}
    bounds = [-1, *(at for at, ch in top if ch == ","), len(selector)]
    variants: list[str] = []
    for start, stop in zip(bounds, bounds[1:], strict=False):
        part = selector[start + 1 : stop]
        cuts = [
            m.end()
            for m in _CHILD_ROW.finditer(part)
            if start + 1 + m.start() in children and not _SECTION.search(part[: m.start()])
        ]
        cuts = cuts[:3]
        pieces = [part[a:b] for a, b in zip([0, *cuts], [*cuts, len(part)], strict=True)]
        for choice in itertools.product(("", "tbody > "), repeat=len(cuts)):
            variants.append(
                (pieces[0] + "".join(map("".join, zip(choice, pieces[1:], strict=True)))).strip()
            )
    return ", ".join(variants)


def selector_engine(selectors: Sequence[str]) -> str:
    """ "lexbor" when every one of a source's selectors runs in C on the page's one tree,
    "soupsieve" when one needs the fallback (a BeautifulSoup copy of the page)."""
    return LEXBOR if all(_runs_in_lexbor(s) for s in selectors) else SOUPSIEVE


class Matcher:
    """Runs selectors on one parsed page, each with its engine; results in document
    order.  The BeautifulSoup copy is built at most once, and only if a selector needs it.
    """

    def __init__(self, page: LexborHTMLParser) -> None:
        self.page = page
        self._soup = None
        self._numbered: list[LexborNode] = []

    def select(self, selector: str) -> list[LexborNode]:
        engine = _runs_in_lexbor(selector)
        selector = with_implied_tbody(selector)
        if engine:
            # Lexbor reports an element once per selector of a list that it matches.
            seen: set[int] = set()
            return [
                el
                for el in self.page.css(selector)
                if el.mem_id not in seen and not seen.add(el.mem_id)
            ]  # type: ignore[func-returns-value]
        soup = self._soup_copy()
        found = []
        for tag in soup.select(selector):
            n = tag.get("data-tracker-n")
            if n is not None:
                found.append(self._numbered[int(n)])
        return found

    def _soup_copy(self):
        """A BeautifulSoup tree of the Lexbor tree, each Tag numbered with its element.

        Lexbor's serialisation closes every element it opens, and html.parser nests
        exactly what it reads, so the copy has the Lexbor tree's shape.
        """
        if self._soup is None:
            from bs4 import BeautifulSoup

            root = self.page.root
            self._numbered = [el for el in root.traverse() if el.is_element_node]
            for n, el in enumerate(self._numbered):
                el.attrs["data-tracker-n"] = str(n)
            html = root.html or ""
            for el in self._numbered:
                del el.attrs["data-tracker-n"]
            self._soup = BeautifulSoup(html, "html.parser")
        return self._soup
