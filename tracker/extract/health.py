"""Soft errors: a 200 response that is not really the policy.

Block, challenge, login and maintenance pages, empty JavaScript shells, and extractions
that suddenly lost most of the text are held as *suspect* instead of recorded.  The
signals are general: little text plus the phrases such pages are made of, or a sharp
drop against the previous version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.normalize import canonical
from tracker.models import Block

BLOCK_PHRASES = [
    r"access denied",
    r"403 forbidden",
    r"\bforbidden\b",
    r"you don'?t have permission",
    r"request (?:was )?blocked",
    r"have been blocked",
    r"are you a robot",
    r"verify (?:that )?you are (?:a )?human",
    r"checking (?:if the site connection is secure|your"
    r" browser)",
    r"just a moment",
    r"attention required",
    r"enable (?:javascript|cookies) "
    r"(?:and cookies )?to continue",
    r"captcha",
    r"too many requests",
    r"rate limit",
    r"temporarily unavailable",
    r"service unavailable",
    r"under maintenance",
    r"down for maintenance",
    r"scheduled maintenance",
    r"please (?:log|sign) in",
    r"sign in to continue",
    r"log in to continue",
    r"session (?:has )?expired",
    r"reference #\s*[\d.a-f]+",
    r"ray id",
    r"incident id",
    r"bad gateway",
    r"gateway timeout",
    r"page not found",
    r"404 not found",
]
_BLOCK = re.compile("|".join(BLOCK_PHRASES), re.IGNORECASE)
_JS = re.compile(
    r"enable javascript|javascript is (?:disabled|required)|requires javascript|"
    r"turn on javascript|you need to enable javascript",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"enable\s+javascript|javascript\s+is\s+(?:disabled|required)|requires?\s+javascript"
    r"|turn\s+on\s+javascript|you\s+need\s+to\s+enable\s+javascript|to\s+run\s+this\s+app"
    r"|\bloading\b|please\s+wait|\bin\s+your\s+browser\b",
    re.IGNORECASE,
)
SHORT_PAGE = 1500  # characters of policy text below which a page is "little text"
SHELL_WORDS = 3  # a page whose text has fewer real words than this is an empty shell


@dataclass
class Verdict:
    suspect: bool
    reason: str | None = None
    hint: str | None = None


def _length(blocks: Sequence[Block]) -> int:
    return sum(len(canonical(b.text)) for b in blocks)


def is_shell(text: str, page: str) -> bool:
    """A JavaScript shell: scripts, and (almost) no text of its own in the raw HTML.

    Only the words left once "enable JavaScript" and "Loading..." placeholders are
    taken out count: a short policy whose sentences are in the HTML is a short policy,
    however many scripts the page carries.
    """
    if not (re.search(r"<script\b", page, re.I) or _JS.search(page)):
        return False
    return len(re.findall(r"\w{2,}", _PLACEHOLDER.sub(" ", text))) < SHELL_WORDS


def assess(
    html_or_text: str | None,
    blocks: Sequence[Block],
    previous: Sequence[Block] | None,
    *,
    min_keep_ratio: float = 0.5,
    rendered: bool = False,
) -> Verdict:
    """Is this extraction trustworthy as a version of the policy?

    `rendered`: the page came from the browser, so it cannot be a JavaScript shell.
    """
    text = " ".join(b.text for b in blocks)
    size = _length(blocks)
    page = html_or_text or ""
    if size < SHORT_PAGE:
        hits = {m.group(0).lower() for m in _BLOCK.finditer(text)}
        title = re.search(r"<title[^>]*>(.*?)</title>", page[:20000], re.I | re.S)
        if title:
            hits |= {m.group(0).lower() for m in _BLOCK.finditer(title.group(1))}
        if hits:
            return Verdict(True, f"looks like a block or error page ({sorted(hits)[0]!r})")
        if re.search(r"<input[^>]+type=[\"']?password", page, re.I) and size < 600:
            return Verdict(True, "looks like a login page")
        if not rendered and is_shell(text, page):
            return Verdict(
                True, "page is empty without JavaScript", 'set render = "browser" for this source'
            )
    if previous:
        before = _length(previous)
        if before >= 500 and size < before * min_keep_ratio:
            lost = 1 - size / before
            return Verdict(
                True,
                f"extraction lost {lost:.0%} of the text (was {before:,} chars, now {size:,})",
                "if the page really shrank, `tracker accept` it; else check select/remove",
            )
    return Verdict(False)
