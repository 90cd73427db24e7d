"""Fixture pages: real policy text (the seeds) wrapped in the furniture of real sites.

Why: an extractor must return the same clauses however the page around them changes, so
every call wraps the same text in different furniture (mega menu, cookie banner, vote
counters, related articles, promos, tokens, timestamps).  `variant` pins the furniture
(same variant, same page); without it a counter makes every call differ.

Block kinds used by `seed_blocks` and `render_page`: "heading", "paragraph", "item"
(list item), "subitem" (item of a nested list), "row" (a table row, cells joined
with " | "; never produced from seeds, pass your own) and "link" (a list item that is one
link, as in an FAQ list or a list of related policies inside the policy text: consecutive
"link" blocks become one `<ul>` of `<li><a href>`; never produced from seeds, see
`FAQ_QUESTIONS` and `RELATED_POLICIES`).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import os
import random
import re
import zlib
from pathlib import Path


def _seeds_dir() -> Path:
    """The seed folder: $TRACKER_SEEDS, else tests/seeds (copied from the project's
    shared seeds, so a clean clone runs the suite on its own)."""
    env = os.environ.get("TRACKER_SEEDS")
    return Path(env) if env else Path(__file__).resolve().parent / "seeds"


SEEDS: Path = _seeds_dir()

# Phrases that only the furniture carries: none of them may survive extraction.
FURNITURE_PHRASES: tuple[str, ...] = (
    "We use cookies", "Accept All Cookies", "Reject All", "Was this article helpful?",
    "found this helpful", "Related articles", "Articles in this section", " views",
    "offer ends", "Page generated at", "All rights reserved", "Skip to main content",
    "Sign in to continue", "Deutsch", "session-", "csrf", "utm_source", "gclid",
    "email-protection", "Help Center", "Start now",
)  # fmt: skip

_COUNTER = itertools.count()

_MENU_SECTIONS = ("Products", "Solutions", "Developers", "Resources", "Company", "Pricing")
_MENU_WORDS = (
    "Messaging", "Voice", "Video", "Email", "Verify", "Lookup", "Segment", "Engage",
    "Studio", "Conversations", "Sync", "Functions", "Marketplace", "Insights", "Routing",
    "Chatbots", "Alerts", "Notifications", "Analytics", "Connect", "Identity", "Audiences",
)  # fmt: skip
_MENU_BLURBS = (
    "Build engaging experiences at scale",
    "Reach customers on every channel",
    "Tools and docs for builders",
    "Turn data into personalised journeys",
    "Secure every login with one API",
    "Everything you need to get started",
)
_RELATED = (
    "Getting started with the Console dashboard", "How do I change my billing address?",
    "Upgrading from a trial account to a paid account", "Understanding the Usage Records page",
    "Managing sub-accounts and API keys", "How to rotate your auth token safely",
    "Where can I find my invoices?", "Setting up two-factor authentication for your login",
    "Porting a number from another carrier", "Why was my message filtered by the carrier?",
    "Webhook retries and the fallback URL explained", "Exporting call logs as CSV",
)  # fmt: skip
_LANGUAGES = ("English", "Deutsch", "Español", "Français", "Italiano", "日本語", "Português")
_LINKABLE = ("Acceptable Use Policy", "Terms of Service", "Voice Services Policy")

# Link lists that are part of the policy text (blocks of kind "link"): a help article's
# list of frequently asked questions, a legal page's list of related policies.
FAQ_QUESTIONS: tuple[str, ...] = (
    "How do I register a toll-free number?",
    "What is A2P 10DLC and do I need to register?",
    "Why are my messages being filtered by carriers?",
    "How do I handle a recipient who replied STOP?",
    "What is the maximum length of an SMS message?",
    "How do I report a suspected fraudulent call?",
    "Can I use a short code for two-factor authentication?",
    "How long does short code provisioning take?",
    "What counts as consent for marketing messages?",
    "How do I verify a caller ID I want to use?",
    "Which countries require Sender ID registration?",
    "What happens when my account is suspended?",
    "How do I appeal the suspension of my project?",
    "Can I send messages to emergency numbers?",
    "Why was my toll-free verification rejected?",
    "What are the throughput limits for long code numbers?",
    "How do I export my message logs?",
    "Do WhatsApp templates need approval before I send them?",
)
RELATED_POLICIES: tuple[str, ...] = (
    "Acceptable Use Policy", "Terms of Service", "Privacy Notice", "Data Protection Addendum",
    "Voice Services Policy", "Messaging Policy", "Service and Country Specific Requirements",
    "Flex Fair Usage Policy", "Twilio APIs Service Level Agreement", "Support Plans",
    "Law Enforcement Guidelines", "Copyright Policy", "Security Overview",
    "Sub-processors", "Business Associate Addendum", "Trademark Guidelines",
)  # fmt: skip


def seed_text(name: str) -> str:
    """The plain text of one seed, e.g. seed_text("aup-summary-of-changes-2016")."""
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def seed_names() -> list[str]:
    """Every seed's name, sorted, for parametrised tests."""
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


_MARKER = re.compile(r"^(\s+)(?:\d+[.)]|[•\-*])\s+(.*)$")


def _line_kind(line: str) -> tuple[str, str]:
    """Classify one non-empty seed line."""
    marked = _MARKER.match(line)
    if marked:
        indent = len(marked.group(1).expandtabs(4))
        return ("subitem" if indent >= 4 else "item"), marked.group(2).strip()
    text = line.strip()
    heading = (
        len(text) <= 120
        and len(text.split()) >= 2
        and not text[0].isdigit()
        and text[-1] not in ".:,;"
    )
    return ("heading" if heading else "paragraph"), text


def seed_blocks(name: str) -> list[tuple[str, str]]:
    """(kind, text) pairs of a seed: headings are short lines without a final period."""
    blocks = []
    for line in seed_text(name).splitlines():
        if line.strip():
            blocks.append(_line_kind(line.rstrip()))
    return blocks


# ---------------------------------------------------------------- random furniture


def _hex(rng: random.Random, n: int = 24) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _when(rng: random.Random) -> dt.datetime:
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randrange(3 * 365 * 86400))


def _url(rng: random.Random, path: str, medium: str) -> str:
    query = f"utm_source=site&utm_medium={medium}&utm_campaign={_hex(rng, 6)}&gclid={_hex(rng)}"
    return html.escape(f"https://www.twilio.com/{path}?{query}")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _mega_menu(rng: random.Random, tag: str) -> str:
    """A header menu of a few hundred links with blurbs (tens of KB, like real sites)."""
    out = [
        f'<{tag} class="mega-menu" aria-label="Main">' if tag == "nav" else '<div class="navbar">'
    ]
    out.append('<ul class="menu">')
    for section in _MENU_SECTIONS:
        out.append(
            f'<li class="menu-item has-children"><a href="#">{section}</a><div class="dropdown">'
        )
        for col in range(rng.randint(2, 5)):
            out.append(
                f'<div class="menu-column"><h4 class="menu-title">{section} {col + 1}</h4><ul>'
            )
            for _ in range(rng.randint(6, 18)):
                name = " ".join(rng.sample(_MENU_WORDS, 2))
                slug = name.lower().replace(" ", "-")
                out.append(
                    f'<li><a href="{_url(rng, slug, "nav")}" data-track="{_hex(rng, 8)}">{name}</a>'
                    f'<span class="menu-desc">{rng.choice(_MENU_BLURBS)}</span></li>'
                )
            out.append("</ul></div>")
        out.append("</div></li>")
    out.append("</ul>")
    out.append("</nav>" if tag == "nav" else "</div>")
    return "".join(out)


def _cookie_banner(rng: random.Random) -> str:
    text = (
        "We use cookies and similar technologies to improve your experience, "
        f"measure traffic and personalise ads (ref {_hex(rng, 6)}). See our Cookie Notice."
    )
    buttons = (
        '<button id="onetrust-accept-btn-handler">Accept All Cookies</button>'
        '<button id="onetrust-reject-all-handler">Reject All</button>'
    )
    if rng.random() < 0.5:
        return (
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" '
            'role="region" aria-label="Cookie banner"><div class="ot-sdk-container">'
            f'<p id="onetrust-policy-text">{text}</p>{buttons}</div></div></div>'
        )
    return (
        f'<div class="cookie-consent" role="dialog" aria-label="Cookie consent">'
        f"<p>{text}</p>{buttons}</div>"
    )


def _promo(rng: random.Random) -> str:
    ends = (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(900))).strftime("%B %d, %Y")
    return (
        f'<div class="promo-banner" data-id="{_hex(rng, 8)}"><p><strong>Try Twilio Flex free'
        f"</strong> — offer ends {ends}. "
        f'<a href="{_url(rng, "flex", "promo")}">Start now</a></p></div>'
    )


def _breadcrumbs(rng: random.Random, title: str, semantic: bool) -> str:
    items = (
        "".join(
            f'<li><a href="{_url(rng, p.lower().replace(" ", "-"), "crumb")}">{p}</a></li>'
            for p in ("Help Center", "Policies", "Legal")
        )
        + f"<li>{_esc(title)}</li>"
    )
    if semantic:
        return f'<nav aria-label="Breadcrumb"><ol class="breadcrumbs">{items}</ol></nav>'
    return f'<div class="breadcrumbs"><ol>{items}</ol></div>'


def _related(rng: random.Random, heading: str = "Related articles") -> str:
    picks = rng.sample(_RELATED, rng.randint(3, 6))
    links = "".join(
        f'<li><a href="{_url(rng, "hc/articles", "related")}">{t}</a></li>' for t in picks
    )
    return f"<h3>{heading}</h3><ul>{links}</ul>"


def _votes(rng: random.Random) -> str:
    total = rng.randint(5, 5000)
    up = rng.randint(0, total)
    return (
        '<div class="article-votes">'
        '<span class="article-votes-question">Was this article helpful?</span>'
        '<div class="article-votes-controls" role="radiogroup">'
        '<button type="button" class="article-vote article-vote-up" aria-label="Yes">Yes</button>'
        '<button type="button" class="article-vote article-vote-down" aria-label="No">No</button>'
        "</div>"
        f'<small class="article-votes-count">{up} out of {total} found this helpful</small>'
        f'<input type="hidden" name="authenticity_token" value="{_hex(rng, 40)}"></div>'
    )


def _views(rng: random.Random) -> str:
    return f'<span class="page-views">{rng.randint(100, 999_999):,} views</span>'


def _state_script(rng: random.Random) -> str:
    stamp = _when(rng).isoformat()
    return (
        f'<script type="application/json" id="__APP_STATE__">{{"csrf":"{_hex(rng, 32)}",'
        f'"nonce":"{_hex(rng, 16)}","renderedAt":"{stamp}","user":null}}</script>'
        f'<script>window.__BOOT__={{token:"{_hex(rng)}",t:{rng.randrange(10**12)}}};</script>'
        f"<style>.policy-{_hex(rng, 6)}{{margin:{rng.randint(0, 9)}px}}</style>"
    )


def _hidden_bits(rng: random.Random) -> str:
    return (
        '<div class="modal" hidden>'
        f"<p>Sign in to continue reading (session-{_hex(rng, 8)})</p></div>"
        f'<div style="display: none">session-{_hex(rng, 12)} tracking pixel</div>'
        f'<input type="hidden" name="csrf_token" value="{_hex(rng, 32)}">'
    )


def _email(rng: random.Random) -> str:
    code = _hex(rng, 30)
    return (
        f'<a href="/cdn-cgi/l/email-protection#{code}" class="__cf_email__" '
        f'data-cfemail="{code}">[email&#160;protected]</a>'
    )


def _footer(rng: random.Random, semantic: bool) -> str:
    stamp = _when(rng).strftime("%Y-%m-%d %H:%M:%S UTC")
    langs = "".join(f'<option value="{i}">{lang}</option>' for i, lang in enumerate(_LANGUAGES))
    body = (
        f'<p class="copyright">© 2009–{rng.randint(2024, 2030)} Twilio Inc. '
        "All rights reserved.</p>"
        f"<p>Contact: {_email(rng)}</p>"
        f'<div class="language-selector"><select aria-label="Language">{langs}</select></div>'
        f'<p class="render-time">Page generated at {stamp} in {rng.randint(20, 900)} ms</p>'
    )
    if semantic:
        return f'<footer class="site-footer">{body}</footer>'
    return f'<div class="site-footer">{body}</div>'


def _head(rng: random.Random, title: str) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{_esc(title)} | Twilio Help Center</title>'
        f'<meta name="csrf-token" content="{_hex(rng, 32)}">'
        f'<link rel="stylesheet" href="/assets/app-{_hex(rng, 10)}.css">'
        f"<style>.x-{_hex(rng, 6)}{{color:#{_hex(rng, 6)}}} body{{margin:0}}</style>"
        f'<script src="/assets/app-{_hex(rng, 10)}.js" defer></script>'
        '<script type="application/ld+json">'
        f'{{"@type":"Article","dateModified":"{_when(rng).isoformat()}"}}</script></head>'
    )


# ---------------------------------------------------------------- policy body


def _inline(rng: random.Random, text: str) -> str:
    """Escape the text; wrap the first known policy name in a tracked link."""
    for name in _LINKABLE:
        at = text.find(name)
        if at >= 0:
            link = f'<a href="{_url(rng, "legal", "body")}">{_esc(name)}</a>'
            return _esc(text[:at]) + link + _esc(text[at + len(name) :])
    return _esc(text)


def _heading(rng: random.Random, text: str, level: int, anchors: bool) -> str:
    icon = ""
    if anchors:
        ref = f"h_{_hex(rng, 10)}"
        icon = (
            f'<a class="anchor" href="#{ref}" aria-hidden="true"><svg viewBox="0 0 16 16">'
            f'<title>Link to this section</title><path d="M4 8h8"/></svg></a>'
        )
    return f"<h{level}>{icon}{_inline(rng, text)}</h{level}>"


def _paragraph(rng: random.Random, text: str, soup: bool) -> str:
    if soup and rng.random() < 0.5:
        inner = _inline(rng, text)
        return f'<div class="text-block"><span style="font-weight:400">{inner}</span></div>'
    return f"<p>{_inline(rng, text)}</p>"


def _list(rng: random.Random, items: list[tuple[str, str]]) -> str:
    """Consecutive items and subitems as one list, subitems nested in the item before."""
    tag = rng.choice(("ul", "ol"))
    out, li_open, sub_open = [f"<{tag}>"], False, False
    for kind, text in items:
        if kind == "subitem":
            out.append(("" if li_open else "<li>") + ("" if sub_open else "<ul>"))
            li_open = sub_open = True
            out.append(f"<li>{_inline(rng, text)}</li>")
            continue
        out.append(("</ul>" if sub_open else "") + ("</li>" if li_open else ""))
        out.append(f"<li>{_inline(rng, text)}")
        li_open, sub_open = True, False
    out.append(("</ul>" if sub_open else "") + ("</li>" if li_open else "") + f"</{tag}>")
    return "".join(out)


def _table(rows: list[str]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(c.strip())}</td>" for c in row.split("|")) + "</tr>"
        for row in rows
    )
    return f'<table class="policy-table"><tbody>{body}</tbody></table>'


_LISTY = ("item", "subitem", "row", "link")


def _list_family(kind: str) -> str:
    """Consecutive blocks of one family form one list (or table)."""
    return kind if kind in ("row", "link") else "list"


def _link_href(text: str) -> str:
    """A stable help-centre address for a linked item (the same text, the same link)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return f"/hc/en-us/articles/{200_000_000 + zlib.crc32(text.encode()) % 100_000_000}-{slug}"


def _link_list(items: list[tuple[str, str]]) -> str:
    """An FAQ or related-policies list: each item one link, as help centres render them."""
    links = "".join(f'<li><a href="{_esc(_link_href(t))}">{_esc(t)}</a></li>' for _, t in items)
    return f"<ul>{links}</ul>"


def _policy(
    rng: random.Random, blocks: list[tuple[str, str]], style: str, *, has_h1: bool = False
) -> str:
    """The policy blocks as HTML, with hidden tokens and a state script mixed in."""
    out: list[str] = []
    first_heading, hidden_done, i = not has_h1, False, 0
    while i < len(blocks):
        kind, text = blocks[i]
        j = i + 1
        if kind in _LISTY:
            family = _list_family(kind)
            while (
                j < len(blocks) and blocks[j][0] in _LISTY and _list_family(blocks[j][0]) == family
            ):
                j += 1
            run = blocks[i:j]
            if family == "row":
                out.append(_table([t for _, t in run]))
            elif family == "link":
                out.append(_link_list(run))
            else:
                out.append(_list(rng, run))
        elif kind == "heading":
            out.append(_heading(rng, text, 1 if first_heading else 2, style != "div-soup"))
            first_heading = False
        else:
            out.append(_paragraph(rng, text, style == "div-soup"))
        if not hidden_done and i >= len(blocks) // 2:
            out.append(_hidden_bits(rng))
            hidden_done = True
        i = j
    out.insert(min(2, len(out)), _state_script(rng))
    return "".join(out)


# ---------------------------------------------------------------- page styles


def _article_page(rng: random.Random, body: str, title: str) -> str:
    return (
        '<body><a class="skip-link" href="#main">Skip to main content</a>'
        '<header class="site-header"><a class="logo" href="/">Twilio</a>'
        f"{_mega_menu(rng, 'nav')}</header>"
        f"{_promo(rng)}{_breadcrumbs(rng, title, True)}"
        f'<main id="main">{_promo(rng)}<article class="policy">{body}'
        f'<footer class="article-footer">{_views(rng)}{_votes(rng)}</footer></article>'
        f'<aside class="sidebar">{_related(rng)}</aside></main>'
        f"{_footer(rng, True)}{_cookie_banner(rng)}</body>"
    )


def _div_soup_page(rng: random.Random, body: str, title: str) -> str:
    return (
        f'<body><div id="page" class="page-wrapper">{_cookie_banner(rng)}'
        '<div class="site-header"><div class="logo"><a href="/">Twilio</a></div>'
        f"{_mega_menu(rng, 'div')}</div>"
        f"{_promo(rng)}{_breadcrumbs(rng, title, False)}"
        '<div class="content-wrapper"><div class="container"><div class="row">'
        f'<div class="col-md-8"><div class="inner">{body}</div></div>'
        f'<div class="col-md-4 sidebar"><div class="widget related-posts">{_related(rng)}</div>'
        f'<div class="widget stats">{_views(rng)}{_votes(rng)}</div></div>'
        f"</div></div></div>{_footer(rng, False)}</div></body>"
    )


def _helpcenter_page(rng: random.Random, blocks: list[tuple[str, str]], title: str) -> str:
    """Zendesk-like: the title heading in the article header, the rest in article-body."""
    head = ""
    if blocks and blocks[0][0] == "heading":
        head = f'<h1 class="article-title" title="{_esc(blocks[0][1])}">{_esc(blocks[0][1])}</h1>'
        blocks = blocks[1:]
    updated = _when(rng).strftime("%B %d, %Y %H:%M")
    author = (
        f'<div class="article-author"><div class="avatar"><img src="/a/{_hex(rng, 8)}.png" alt="">'
        '</div><div class="article-meta">Twilio Support<ul class="meta-group">'
        f'<li class="meta-data">Updated {updated}</li></ul></div></div>'
        '<a class="article-subscribe button" role="button" href="#">Follow</a>'
    )
    return (
        '<body><a class="skip-navigation" href="#main-content">Skip to main content</a>'
        f'<header class="header"><div class="logo"><a href="/hc">Twilio Help Center</a></div>'
        f"{_mega_menu(rng, 'nav')}</header>"
        '<main role="main"><div class="container">'
        f'<div class="sub-nav">{_breadcrumbs(rng, title, False)}'
        '<form role="search" class="search" action="/hc/search"><input type="search" name="query">'
        f'<input type="hidden" name="utf8" value="✓"></form></div>{_promo(rng)}'
        '<div class="article-container" id="article-container">'
        f'<aside class="article-sidebar">{_related(rng, "Articles in this section")}</aside>'
        '<article id="main-content" class="article">'
        f'<header class="article-header">{head}{author}</header>'
        f'<section class="article-info"><div class="article-content"><div class="article-body">'
        f"{_policy(rng, blocks, 'helpcenter', has_h1=bool(head))}</div></div></section>"
        '<footer><div class="article-footer">'
        f'<div class="article-share">Share {_views(rng)}</div></div></footer>{_votes(rng)}'
        f'<section class="article-relatives"><div class="related-articles">{_related(rng)}'
        "</div></section></article></div></div></main>"
        f"{_footer(rng, True)}{_cookie_banner(rng)}</body>"
    )


STYLES: tuple[str, ...] = ("article", "div-soup", "helpcenter")


def render_page(
    blocks: list[tuple[str, str]],
    *,
    title: str,
    variant: int | None = None,
    style: str = "article",
) -> str:
    """A whole HTML page around `blocks`; the furniture differs for every variant."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose from {STYLES}")
    rng = random.Random(f"variant-{variant}" if variant is not None else f"call-{next(_COUNTER)}")
    if style == "helpcenter":
        body = _helpcenter_page(rng, list(blocks), title)
    elif style == "div-soup":
        body = _div_soup_page(rng, _policy(rng, list(blocks), style), title)
    else:
        body = _article_page(rng, _policy(rng, list(blocks), style), title)
    return f'<!DOCTYPE html><html lang="en">{_head(rng, title)}{body}</html>'


def expected_blocks(blocks: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(kind, text, level) an ideal extractor returns for a page `render_page` built.

    Whitespace (NBSP included) collapses to single spaces; the first heading is an h1,
    later ones h2; items and links are level 1, subitems level 2; rows keep their " | "
    cells.
    """
    out: list[tuple[str, str, int]] = []
    first_heading = True
    for kind, text in blocks:
        flat = " ".join(text.split())
        if kind == "heading":
            out.append(("heading", flat, 1 if first_heading else 2))
            first_heading = False
        elif kind in ("item", "subitem", "link"):
            out.append(("item", flat, 2 if kind == "subitem" else 1))
        elif kind == "row":
            cells = [" ".join(c.split()) for c in text.split("|")]
            out.append(("row", " | ".join(cells), 0))
        else:
            out.append(("paragraph", flat, 0))
    return out
