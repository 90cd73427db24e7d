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

from tracker.models import Block
from tracker.normalize import canonical

BLOCK_PHRASES = [
    r"access denied", r"403 forbidden", r"\bforbidden\b", r"you don'?t have permission",
    r"request (?:was )?blocked", r"have been blocked", r"are you a robot",
    r"verify (?:that )?you are (?:a )?human", r"checking (?:if the site connection is secure|your"
    r" browser)", r"just a moment", r"attention required", r"enable (?:javascript|cookies) "
    r"(?:and cookies )?to continue", r"captcha", r"too many requests", r"rate limit",
    r"temporarily unavailable", r"service unavailable", r"under maintenance",
    r"down for maintenance", r"scheduled maintenance", r"please (?:log|sign) in",
    r"sign in to continue", r"log in to continue", r"session (?:has )?expired",
    r"reference #\s*[\d.a-f]+", r"ray id", r"incident id", r"bad gateway", r"gateway timeout",
    r"page not found", r"404 not found",
]
_BLOCK = re.compile("|".join(BLOCK_PHRASES), re.IGNORECASE)
_JS = re.compile(r"enable javascript|javascript is (?:disabled|required)|requires javascript|"
                 r"turn on javascript|you need to enable javascript", re.IGNORECASE)
SHORT_PAGE = 1500  # characters of policy text below which a page is "little text"


@dataclass
class Verdict:
    suspect: bool
    reason: str | None = None
    hint: str | None = None


def _length(blocks: Sequence[Block]) -> int:
    return sum(len(canonical(b.text)) for b in blocks)


def assess(
    html_or_text: str | None,
    blocks: Sequence[Block],
    previous: Sequence[Block] | None,
    *,
    min_keep_ratio: float = 0.5,
) -> Verdict:
    """Is this extraction trustworthy as a version of the policy?"""
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
        scripts = len(re.findall(r"<script\b", page, re.I))
        if size < 200 and (scripts or _JS.search(page)):
            return Verdict(True, "page is empty without JavaScript",
                           'set render = "browser" for this source')
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
