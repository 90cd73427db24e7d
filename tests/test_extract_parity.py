"""Parity: the one-parse Lexbor extractor returns exactly the blocks of the lxml +
BeautifulSoup extractor it replaced (tests/extract_reference.py, the code as it was),
with and without `select`/`remove`, on every fixture page; selectors mean what they meant.

Where the two parsers build different trees it is on broken markup, and Lexbor builds
what a browser builds (HTML5); those cases are listed in KNOWN_DIFFERENCES with what
each parser gives, so the difference is a decision, not an accident.  Once this file has
passed on the switch, extract_reference.py and the comparisons against it go; the
KNOWN_DIFFERENCES expectations stay as tests of the extractor.
"""

from __future__ import annotations

import random

import pytest

from tests import extract_reference
from tests.noise import perturb
from tests.pages import (
    FAQ_QUESTIONS,
    RELATED_POLICIES,
    STYLES,
    render_page,
    seed_blocks,
    seed_names,
)
from tracker.errors import ExtractError
from tracker.extract import html as extract

SELECT = {"article": "article", "div-soup": ".inner", "helpcenter": "article"}
VARIANTS = (0, 1, 2)


def outcome(module, html: str, **options) -> list[tuple[str, str, int]] | str:
    """The blocks as (kind, text, level), or the error's message."""
    try:
        return [(b.kind, b.text, b.level) for b in module.extract_blocks(html, **options)]
    except ExtractError as exc:
        return f"ExtractError: {exc}"


def assert_same(html: str, **options) -> None:
    new, old = outcome(extract, html, **options), outcome(extract_reference, html, **options)
    assert new == old, options


def options_for(style: str) -> list[dict]:
    """No selector; `select`; `remove` alone; both."""
    remove = [".promo-banner", "h2"]
    return [
        {},
        {"select": [SELECT[style]]},
        {"remove": remove},
        {"select": [SELECT[style]], "remove": remove},
    ]


# ---------------------------------------------------------------- fixture pages


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", seed_names())
def test_every_seed_style_and_variant_gives_the_same_blocks(name: str, style: str) -> None:
    blocks = seed_blocks(name)
    for variant in VARIANTS:
        html = render_page(blocks, title=name, style=style, variant=variant)
        for options in options_for(style):
            assert_same(html, **options)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", seed_names())
def test_pages_with_typography_and_numbering_noise_give_the_same_blocks(
    name: str, style: str
) -> None:
    noisy = perturb(seed_blocks(name), random.Random(f"{name}-{style}"))
    html = render_page(noisy, title=name, style=style, variant=7)
    for options in options_for(style)[:2]:
        assert_same(html, **options)


STRUCTURES = {
    "rows": [
        ("heading", "Country requirements"),
        ("row", "Country | Rule | Since"),
        ("row", "Germany | Sender ID registration required | 2024-01-01"),
        ("row", "India | DLT template | 2021-03-01"),
        ("paragraph", "Requirements change often; check the change log."),
    ],
    "faq links": [("heading", "Messaging FAQ"), ("paragraph", "Answers to common questions.")]
    + [("link", q) for q in FAQ_QUESTIONS],
    "related policies": [("heading", "Legal"), ("paragraph", "Our policies, in one place.")]
    + [("link", p) for p in RELATED_POLICIES[:9]]
    + [("paragraph", "Questions? Write to us.")],
    "nested lists": [
        ("heading", "Prohibited uses"),
        ("item", "Spam, including:"),
        ("subitem", "bulk messages without consent"),
        ("subitem", "snowshoe sending"),
        ("item", "Fraud"),
        ("subitem", "phishing"),
        ("item", "Harassment"),
    ],
    "mixed": [("heading", "Service terms"), ("paragraph", "These terms apply to all use.")]
    + [("row", "Plan | Price"), ("row", "Basic | $0")]
    + [("link", q) for q in FAQ_QUESTIONS[:4]]
    + [("item", "First rule"), ("subitem", "a detail")]
    + [("paragraph", "The end.")],
}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("structure", sorted(STRUCTURES))
def test_rows_link_lists_and_nested_lists_give_the_same_blocks(structure: str, style: str) -> None:
    for variant in (3, 4):
        html = render_page(STRUCTURES[structure], title="T", style=style, variant=variant)
        for options in options_for(style):
            assert_same(html, **options)


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


SNIPPETS = {
    "hidden": "<main><p>Visible clause.</p><p hidden>Hidden.</p><p aria-hidden='true'>Aria.</p>"
    "<div style='display: none'><p>None.</p></div><p style='visibility:hidden'>Invisible.</p>"
    "<dialog><p>Closed dialog.</p></dialog><dialog open><p>Open dialog.</p></dialog>"
    "<p hidden='until-found'>Found on search.</p><p>Last clause of the page.</p></main>",
    "accordions": "<main><h2>Country rules</h2><div role='tabpanel' hidden><p>Germany: IDs.</p>"
    "</div><div class='accordion-body' style='display:none'><p>India: use DLT.</p></div>"
    "<div class='collapse' aria-hidden='true'><p>France: short codes.</p></div>"
    "<div class='modal' hidden><p>Sign in to continue.</p></div></main>",
    "tables": "<main><table><caption>Fees</caption><thead><tr><th>Plan</th><th>Fee</th></tr>"
    "</thead><tbody><tr><td>Basic</td><td>$0</td></tr><tr><td></td><td></td></tr></tbody></table>"
    "<table role='presentation'><tr><td><p>Layout cell text.</p></td></tr></table>"
    "<table><tr><td><h3>In a layout table</h3><ul><li>an item</li></ul></td></tr></table></main>",
    "tables without tbody": "<main><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td>"
    "</tr></table></main>",
    "br paragraphs": "<main><div class='c'>One, line one<br>line two<br><br>Two<br>\n<br>Three"
    "<br/><br/>Four<br> <!-- c --> <br>Five</div><p>Line<br>break</p></main>",
    "entities": "<main><p>A&amp;B &copy; 2024&nbsp;Acme &#8217;s &lt;tag&gt; &euro;5 &#x1F600;"
    " caf&eacute; &bogus; &amp&lt3 &copy2024</p><p>zero&#8203;width soft&shy;hyphen</p></main>",
    "inline whitespace": "<main><p><span>a</span> <span>b</span></p><p><b>c</b>\n<i>d</i></p>"
    "<p>x<img src='i.png'> <b>y</b></p><p><a href='/x'>link</a>, text</p></main>",
    "comments and cdata": "<main><p>Before<!-- hidden -->After</p><!-- x --><p>A<![CDATA[ raw ]]>"
    "B</p></main>",
    "junk": "<main><p>Keep<script>var x = 1;</script> this</p><noscript><p>Enable JS</p>"
    "</noscript><template><p>Tpl</p></template><svg><title>Icon</title></svg><button>Go</button>"
    "<select><option>A</option></select><textarea>not this</textarea><p>And this.</p></main>",
    "definition lists": "<main><dl><dt>Term</dt><dd>Meaning one.</dd><dt>Term two</dt>"
    "<dd><p>Para in dd.</p></dd></dl><blockquote>Quoted.</blockquote><pre>  pre\n  text</pre>"
    "<figure><figcaption>Caption.</figcaption></figure><details><summary>More</summary>"
    "<p>Detail.</p></details></main>",
    "loose text": "<main><div class='policy'>Bare text in a div.<p>Para.</p>Tail text after."
    "<span>inline</span> more<div>Block.</div></div></main>",
    "p in p": "<main><p>One <p>Two</p> three</p></main>",
    "unclosed p and li": "<main><p>Intro text<div>Block text</div>after<ul><li>One<li>Two"
    "</ul></main>",
    "misnested inline": "<main><p><b>Bold <i>both</b> italic</i> plain</p><p><a href=1>one "
    "<a href=2>two</a> three</a></p></main>",
    "stray end tags": "<main></div><p>Text</p></span></p><dt>Term<dd>Meaning</main>",
    "no html or body": "<title>T</title><p>Para one.</p><p>Para two.</p>",
    "uppercase": "<MAIN><P>Upper</P><UL><LI>Item</LI></UL></MAIN>",
    "xml declaration": "<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi there.</p>"
    "</body></html>",
    "layout wrappers": "<div id='page'><header class='site-header'><h1 class='site-title'>"
    "<a href='/'>Acme</a></h1><nav><a href='/'>Home</a></nav></header><div class='wrap'>"
    "<h1>Terms of Use</h1><p>Last updated: March 3, 2024</p><div class='terms-body'>"
    + "".join(f"<p>Clause {n} of the agreement, with its obligations.</p>" for n in range(12))
    + "</div></div><footer><p>Acme 2024</p></footer></div>",
    "role main": "<div class='x'><p>Outside text that is short.</p></div><div role='main'>"
    "<h1>Policy</h1><p>The policy text, long enough to be the content of the page.</p></div>",
}


@pytest.mark.parametrize("snippet", sorted(SNIPPETS))
def test_markup_cases_give_the_same_blocks(snippet: str) -> None:
    html = page(SNIPPETS[snippet])
    for options in (
        {},
        {"select": ["main"]},
        {"select": ["body"], "remove": ["h2", "dt"]},
        {"remove": ["p:first-child"]},
    ):
        assert_same(html, **options)


# ---------------------------------------------------------------- selectors

# The README's and tests' selectors, and the CSS a config is likely to hold: Lexbor runs
# them, with the meaning soupsieve gave them.
LEXBOR_SELECTORS = [
    "main article", ".promo", "#feedback", "article", "article.policy", ".inner", "body",
    "main", "li", "tr", "h2", "p", ".article-footer", ".policy-text", "article > h2",
    "article h2 + p", "article h2 ~ ul", "li:first-child", "li:last-child",
    "li:nth-child(2n+1)", "li:nth-of-type(2)", "ul > li:only-child", "p:empty",
    ":root > body", "div:not(.promo-banner)", "main :is(h1, h2)", "article:where(.policy)",
    "div:has(> h1)", "section:has(p)", "div:has(+ aside)", "[class]", "[class~=policy]",
    "[class^=article]", "[class$=body]", "[class*=rticle]", "[lang|=en]", "[href^='https']",
    "[data-id]", "a[href*=UTM_source i]", "ul li", "ol > li", "h1, h2", "li:nth-child(odd)",
    "article p:not(:first-child)", "div.article-body > p:nth-last-child(-n+3)",
    "li:nth-last-of-type(1)", "p:first-of-type", "p:last-of-type", "p:only-of-type",
    "DIV.INNER", "Article", "[CLASS=policy]", "[class='POLICY' i]", "#main-content",
    ".sidebar, .site-footer", "main > *", "*:not(div):not(p)", "h1 ~ *",
    "ul:has(li:nth-child(3))", ":is(h1,h2):has(a)", "body > div > div", "article footer",
    ":not(nav) > ul", "html",
]  # fmt: skip
# soupsieve's own syntax, and pseudo-classes whose meaning could differ: soupsieve runs them.
SOUPSIEVE_SELECTORS = [
    ':-soup-contains("Twilio")', ':-soup-contains-own("may not")', 'p:contains("Twilio")',
    "li:lang(en)", "input:checked", "a:link", "a:any-link", "li:nth-child(odd of .menu-item)",
    "p:dir(ltr)", 'div:is(.inner, .article-body):-soup-contains("a")',
    "p:not(:-soup-contains('x'))", "svg|title",
]  # fmt: skip

SELECTOR_PAGE_BLOCKS = (
    seed_blocks("calls-not-allowed")
    + [("link", q) for q in FAQ_QUESTIONS[:5]]
    + [("row", "A | B"), ("row", "C | D")]
)


def test_selector_engines() -> None:
    for selector in LEXBOR_SELECTORS:
        assert extract.selector_engine([selector]) == "lexbor", selector
    for selector in SOUPSIEVE_SELECTORS:
        assert extract.selector_engine([selector]) == "soupsieve", selector
    assert extract.selector_engine(["article", ':-soup-contains("x")']) == "soupsieve"
    assert extract.selector_engine([]) == "lexbor"


@pytest.mark.filterwarnings("ignore::FutureWarning")  # soupsieve: ':contains' is deprecated
@pytest.mark.parametrize("style", STYLES)
def test_every_selector_selects_and_removes_what_it_did(style: str) -> None:
    """As `select`, and as `remove` both before the content-root search and before a
    `select` (the first selectors only: the old extractor takes ~20 ms a call)."""
    html = render_page(SELECTOR_PAGE_BLOCKS, title="Calls", style=style, variant=11)
    for n, selector in enumerate(LEXBOR_SELECTORS + SOUPSIEVE_SELECTORS):
        if selector == "svg|title":  # needs a namespace map: an error in both
            continue
        assert_same(html, select=[selector])
        assert_same(html, select=["body"], remove=[selector])
        if n < 12 or selector in SOUPSIEVE_SELECTORS:
            assert_same(html, remove=[selector])


IMPLICIT_TBODY = page(
    "<p>Fees:</p><table class='t'><caption>Plans</caption><tr><th>Plan</th><th>Fee</th></tr>"
    "<tr><td>Basic</td><td>$0</td></tr><tr><td>Pro</td><td>$9</td></tr></table>"
)


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_row_selectors_keep_matching_tables_written_without_tbody() -> None:
    """An HTML5 tree puts such rows in an implied <tbody>; `X > tr` still selects them."""
    selectors = ("table > tr", ".t > tr > td", "tr", ".t > tr:last-child", "table>tr, p")
    for selector in (*selectors, '.t > tr:-soup-contains("Pro")'):
        assert_same(IMPLICIT_TBODY, select=[selector])
        assert_same(IMPLICIT_TBODY, select=["body"], remove=[selector])
    assert extract.selector_engine(["table > tr"]) == "lexbor"


# ---------------------------------------------------------------- known differences

# Broken markup on which the parsers build different trees.  Lexbor builds the tree a
# browser does (HTML5), so its blocks are what a reader of the page sees.
KNOWN_DIFFERENCES = {
    # Text directly inside <table> is shown before the table (HTML5 "foster parenting");
    # libxml2 dropped it.
    "text in a table": (
        "<main><table>Stray text<tr><td>A</td></tr></table><p>After</p></main>",
        [("row", "A", 0), ("paragraph", "After", 0)],
        [("paragraph", "Stray text", 0), ("row", "A", 0), ("paragraph", "After", 0)],
    ),
    # A heading opened inside an open heading closes it (HTML5); libxml2 nested them.
    "heading in a heading": (
        "<main><h1>Title <h2>Sub</h2></h1><p>Text</p></main>",
        [("heading", "Title Sub", 1), ("paragraph", "Text", 0)],
        [("heading", "Title", 1), ("heading", "Sub", 2), ("paragraph", "Text", 0)],
    ),
    # More than 256 open elements (here unclosed <span>s): libxml2 stopped there and lost
    # the rest of the page; a browser, and Lexbor, have no depth limit.
    "nesting past 256 levels": (
        "<main><h1>Terms</h1><p>Intro paragraph of the terms.</p><div>"
        + "<span>" * 300
        + "Deep clause.</div><p>After the deep part.</p></main>",
        [("heading", "Terms", 1), ("paragraph", "Intro paragraph of the terms.", 0)],
        [
            ("heading", "Terms", 1),
            ("paragraph", "Intro paragraph of the terms.", 0),
            ("paragraph", "Deep clause.", 0),
            ("paragraph", "After the deep part.", 0),
        ],
    ),
}
DOCUMENT_DIFFERENCES = {
    # Content after </html> belongs to the body (HTML5); libxml2 dropped it.
    "text after </html>": (
        "<!DOCTYPE html><html><body><p>In body</p></body></html><p>After html</p>",
        [("paragraph", "In body", 0)],
        [("paragraph", "In body", 0), ("paragraph", "After html", 0)],
    ),
    # A NUL in text is dropped (HTML5); libxml2 made it U+FFFD.  Bodies reach the
    # extractor with NULs already dropped (README: decoding), so pages never differ here.
    "NUL": (
        "<!DOCTYPE html><html><body><p>A\x00B</p></body></html>",
        [("paragraph", "A\ufffdB", 0)],
        [("paragraph", "AB", 0)],
    ),
}


@pytest.mark.parametrize("case", sorted(KNOWN_DIFFERENCES))
def test_known_differences_on_broken_markup(case: str) -> None:
    snippet, libxml2, lexbor = KNOWN_DIFFERENCES[case]
    for options in ({}, {"select": ["main"]}):
        assert outcome(extract_reference, page(snippet), **options) == libxml2
        assert outcome(extract, page(snippet), **options) == lexbor


@pytest.mark.parametrize("case", sorted(DOCUMENT_DIFFERENCES))
def test_known_differences_on_broken_documents(case: str) -> None:
    html, libxml2, lexbor = DOCUMENT_DIFFERENCES[case]
    assert outcome(extract_reference, html) == libxml2
    assert outcome(extract, html) == lexbor


def test_row_selectors_match_with_and_without_tbody_now() -> None:
    """`table > tbody > tr` (what a browser's developer tools show) now selects rows of a
    table written without <tbody> too, and `table > tr` those of one written with it:
    both matched only one kind before."""
    explicit = page("<table><tbody><tr><td>Pro</td><td>$9</td></tr></tbody></table>")
    row = [("row", "Pro | $9", 0)]
    assert outcome(extract, explicit, select=["table > tr"]) == row
    assert outcome(extract_reference, explicit, select=["table > tr"]).startswith("ExtractError")
    rows = [("row", "Plan | Fee", 0), ("row", "Basic | $0", 0), ("row", "Pro | $9", 0)]
    assert outcome(extract, IMPLICIT_TBODY, select=["table > tbody > tr"]) == rows
    old = outcome(extract_reference, IMPLICIT_TBODY, select=["table > tbody > tr"])
    assert old.startswith("ExtractError")
    # Rows are counted within their (implied) <tbody>, not after the table's <caption>.
    second = "table > tr:nth-child(2)"
    assert outcome(extract, IMPLICIT_TBODY, select=[second]) == [("row", "Basic | $0", 0)]
    assert outcome(extract_reference, IMPLICIT_TBODY, select=[second]) == [("row", "Plan | Fee", 0)]
    assert outcome(extract, IMPLICIT_TBODY, select=["tr:first-child"]) == rows[:1]
    first = outcome(extract_reference, IMPLICIT_TBODY, select=["tr:first-child"])
    assert first.startswith("ExtractError")  # the <caption> was the first child


def test_quirks_mode_class_names_match_in_any_case() -> None:
    """A page without a doctype is in quirks mode: browsers (and Lexbor) match class and
    id selectors in any case there; soupsieve matched them exactly.  A selector that
    matched before still matches the same elements; on such a page it may now also match
    an element whose class differs only in case."""
    quirks = "<html><body><div class='Terms' id='Main'><p>Text.</p></div></body></html>"
    assert outcome(extract, quirks, select=[".Terms"]) == [("paragraph", "Text.", 0)]
    assert outcome(extract_reference, quirks, select=[".Terms"]) == [("paragraph", "Text.", 0)]
    assert outcome(extract, quirks, select=[".terms"]) == [("paragraph", "Text.", 0)]
    assert outcome(extract, quirks, select=["#main"]) == [("paragraph", "Text.", 0)]
    assert outcome(extract_reference, quirks, select=[".terms"]).startswith("ExtractError")
    standard = "<!DOCTYPE html>" + quirks
    assert outcome(extract, standard, select=[".terms"]).startswith("ExtractError")
