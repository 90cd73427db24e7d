"""Extraction: the policy's clauses come out, the page furniture around them does not."""

from __future__ import annotations

import re

import pytest

from tests.pages import (
    FURNITURE_PHRASES,
    STYLES,
    expected_blocks,
    render_page,
    seed_blocks,
    seed_names,
    seed_text,
)
from tracker.errors import ExtractError, TrackerError
from tracker.extract.html import extract_blocks, page_signals, selector_engine, validate_selector
from tracker.extract.selectors import with_implied_tbody
from tracker.models import Block

SEEDS = seed_names()


def triples(blocks: list[Block]) -> list[tuple[str, str, int]]:
    return [(b.kind, b.text, b.level) for b in blocks]


def page(body: str, head: str = "<title>Test</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# ---------------------------------------------------------------- fixture pages


def test_seed_blocks_reads_headings_paragraphs_and_nested_items() -> None:
    aup = seed_blocks("aup-summary-of-changes-2016")
    assert aup[0] == ("heading", "Summary of Changes to Twilio’s Acceptable Use Policy")
    assert ("item", "You may not use our services to harm Twilio or anyone else;") in aup
    terms = seed_blocks("terms-update-notice-2025-02-25")
    assert ("subitem", "Agent Conference") in terms
    assert all(kind != "heading" or not text.endswith(".") for kind, text in aup)


def test_furniture_changes_on_every_call() -> None:
    blocks = seed_blocks("sms-not-allowed")
    first = render_page(blocks, title="SMS")
    second = render_page(blocks, title="SMS")
    assert first != second
    assert render_page(blocks, title="SMS", variant=7) == render_page(
        blocks, title="SMS", variant=7
    )


# ---------------------------------------------------------------- seeds x styles


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", SEEDS)
def test_policy_blocks_come_out_exactly(name: str, style: str) -> None:
    blocks = seed_blocks(name)
    html = render_page(blocks, title=name, style=style)
    assert triples(extract_blocks(html)) == expected_blocks(blocks)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", SEEDS)
def test_no_furniture_survives(name: str, style: str) -> None:
    text = "\n".join(
        b.text for b in extract_blocks(render_page(seed_blocks(name), title=name, style=style))
    )
    for sentence in seed_text(name).splitlines():
        assert " ".join(sentence.split()).lstrip("•0123456789. ") in text
    for phrase in FURNITURE_PHRASES:
        assert phrase not in text, phrase
    assert not re.search(r"[0-9a-f]{16,}", text), "a token leaked"
    assert not re.search(r"\d+ out of \d+", text)
    assert not re.search(r"Updated \w+ \d\d, \d{4} \d\d:\d\d", text), "help-center byline leaked"


@pytest.mark.parametrize("style", STYLES)
def test_two_variants_give_identical_blocks(style: str) -> None:
    blocks = seed_blocks("terms-update-notice-2025-02-25")
    one = render_page(blocks, title="Terms", style=style, variant=1)
    two = render_page(blocks, title="Terms", style=style, variant=2)
    assert one != two
    assert extract_blocks(one) == extract_blocks(two)


# ---------------------------------------------------------------- select / remove


def test_select_and_remove() -> None:
    blocks = seed_blocks("calls-not-allowed")
    html = render_page(blocks, title="Calls", style="article", variant=3)
    got = extract_blocks(html, select=["article"], remove=[".article-footer", "h2"])
    assert all(b.kind != "heading" or b.level == 1 for b in got)
    assert "Sending harassing messages" not in [b.text for b in got]
    assert got[0].text.startswith("SUPPORT.TWILIO.COM END OF LIFE NOTICE")


def test_select_takes_the_union_in_document_order() -> None:
    html = page(
        "<div id='a'><p>First clause.</p></div><div class='noise'><p>Not this.</p></div>"
        "<section class='b'><p>Second clause.</p><p>Third clause.</p></section>"
    )
    got = extract_blocks(html, select=[".b", "#a", ".b p"])
    assert [b.text for b in got] == ["First clause.", "Second clause.", "Third clause."]


def test_selecting_rows_or_items_keeps_their_kind() -> None:
    html = page(
        "<table><tr><th>Plan</th><th>Reviews</th></tr><tr><td>Personalized</td>"
        "<td>periodic</td></tr></table><ul><li class='k'>Kept item<ul><li>Sub</li></ul></li></ul>"
    )
    assert triples(extract_blocks(html, select=["tr"])) == [
        ("row", "Plan | Reviews", 0),
        ("row", "Personalized | periodic", 0),
    ]
    assert triples(extract_blocks(html, select=["li.k"])) == [
        ("item", "Kept item", 1),
        ("item", "Sub", 2),
    ]


def test_remove_without_select_still_finds_the_content() -> None:
    blocks = seed_blocks("sms-not-allowed")
    html = render_page(blocks, title="SMS", style="div-soup", variant=4)
    got = extract_blocks(html, remove=["h2"])
    assert triples(got) == [t for t in expected_blocks(blocks) if t[0] != "heading" or t[2] == 1]


def test_selector_matching_nothing_names_the_source() -> None:
    html = render_page(seed_blocks("sms-not-allowed"), title="SMS")
    with pytest.raises(
        ExtractError, match=r"^twilio-sms: selector '\.policy-text' matched nothing"
    ):
        extract_blocks(html, select=[".policy-text"], source_id="twilio-sms")
    with pytest.raises(ExtractError, match="twilio-sms: selector"):
        extract_blocks("", select=["main"], source_id="twilio-sms")


def test_selected_element_inside_a_removed_one_does_not_count() -> None:
    html = page("<div class='x'><p class='y'>Gone.</p></div><p>Kept.</p>")
    with pytest.raises(ExtractError, match="matched nothing"):
        extract_blocks(html, select=[".y"], remove=[".x"], source_id="s")


def test_bad_selectors() -> None:
    assert validate_selector("main article > p:not(.ad)") is None
    for bad in ("div[", "p >", "", "::nonsense"):
        problem = validate_selector(bad)
        assert problem and "\n" not in problem
    with pytest.raises(ExtractError, match=r"^src: invalid selector 'div\['") as err:
        extract_blocks(page("<p>x</p>"), select=["div["], source_id="src")
    assert isinstance(err.value, TrackerError)


def test_soupsieve_only_selectors_fall_back_for_that_source() -> None:
    html = page(
        "<div class='c'><p>Keep this clause.</p></div><div class='c'><p>Other text.</p></div>"
        "<section><h2>Fees</h2><p>Fees are due monthly.</p></section>"
    )
    assert selector_engine(["main article", ".promo", "#feedback"]) == "lexbor"
    assert selector_engine(["div:has(> p)", "li:is(.a, .b):not(.c)", "tr:nth-child(2n+1)"]) == (
        "lexbor"
    )
    assert selector_engine(["article", 'p:-soup-contains("Keep")']) == "soupsieve"
    got = extract_blocks(html, select=['div.c:-soup-contains("Keep")', "section:has(h2)"])
    assert [b.text for b in got] == ["Keep this clause.", "Fees", "Fees are due monthly."]
    got = extract_blocks(html, remove=['p:-soup-contains-own("Other")'], select=["div.c"])
    assert [b.text for b in got] == ["Keep this clause."]


@pytest.mark.parametrize(
    ("selector", "tried"),
    [
        ("table > tr", "table > tr, table > tbody > tr"),
        (".t>tr>td, p", ".t>tr>td, .t>tbody > tr>td, p"),
        ("tbody > tr", "tbody > tr"),
        ("thead.x > tr", "thead.x > tr"),
        ('a[title="> tr"], :is(table > tr)', 'a[title="> tr"], :is(table > tr)'),
        ("table > trx", "table > trx"),
    ],
)
def test_child_row_selectors_also_try_the_implied_tbody(selector: str, tried: str) -> None:
    assert with_implied_tbody(selector) == tried


def test_a_selector_list_matching_an_element_twice_gives_its_blocks_once() -> None:
    html = page("<div class='b' id='a'><p>Only once.</p></div>")
    assert [b.text for b in extract_blocks(html, select=["div", ".b", "#a"])] == ["Only once."]


# ---------------------------------------------------------------- structure


def test_hidden_elements_are_dropped() -> None:
    html = page(
        "<main><p>Visible clause.</p><p hidden>Hidden attr.</p><p aria-hidden='true'>Aria.</p>"
        "<div style='display: none'><p>Display none.</p></div>"
        "<p style='visibility:hidden'>Invisible.</p><dialog><p>Closed dialog.</p></dialog>"
        "<p>Second clause with enough words.</p></main>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "Visible clause.",
        "Second clause with enough words.",
    ]


def test_closed_accordions_and_tab_panels_are_policy_text() -> None:
    html = page(
        "<main><h2>Country rules</h2><div role='tabpanel' hidden><p>Germany: register IDs.</p>"
        "</div><div class='accordion-body' style='display:none'><p>India: use DLT.</p></div>"
        "<div class='modal' hidden><p>Sign in to continue.</p></div></main>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "Country rules",
        "Germany: register IDs.",
        "India: use DLT.",
    ]


def test_double_br_separates_loose_paragraphs() -> None:
    html = page("<div class='c'>One, line one<br>line two<br><br>Two<br>\n<br>Three</div>")
    assert [b.text for b in extract_blocks(html)] == ["One, line one line two", "Two", "Three"]


def test_table_gives_rows() -> None:
    blocks = [
        ("heading", "Country requirements"),
        ("row", "Country | Rule | Since"),
        ("row", "Germany | Sender ID registration required | 2024-01-01"),
        ("row", "India | DLT template registration | 2021-03-01"),
        ("paragraph", "Requirements change often; check the change log."),
    ]
    html = render_page(blocks, title="Countries", variant=5)
    got = extract_blocks(html)
    assert triples(got) == expected_blocks(blocks)
    assert got[2] == Block("row", "Germany | Sender ID registration required | 2024-01-01")


def test_layout_table_is_read_as_text_not_rows() -> None:
    html = page(
        "<table><tr><td><h1>Terms</h1><p>First clause of the terms.</p>"
        "<ul><li>An item.</li></ul></td></tr></table>"
    )
    assert triples(extract_blocks(html)) == [
        ("heading", "Terms", 1),
        ("paragraph", "First clause of the terms.", 0),
        ("item", "An item.", 1),
    ]


def test_nested_lists_give_items_with_levels() -> None:
    html = page(
        "<article><ol><li><p>Top one</p><ul><li>Second level"
        "<ul><li>Third level</li></ul></li><li>Second again</li></ul></li>"
        "<li>Top two</li></ol></article>"
    )
    assert triples(extract_blocks(html)) == [
        ("item", "Top one", 1),
        ("item", "Second level", 2),
        ("item", "Third level", 3),
        ("item", "Second again", 2),
        ("item", "Top two", 1),
    ]


def test_text_rules() -> None:
    html = page(
        "<main><div class='policy'>Bare text in a div.<p>Line one<br>line two,"
        " a <a href='/x?utm_source=y'>linked phrase</a>\u00a0and\u00a0NBSP.</p>"
        "Tail text after.<dl><dt>Term</dt><dd>Meaning.</dd></dl>"
        "<blockquote>Quoted rule.</blockquote><pre>  pre\n  text  </pre>"
        "<p>   </p><p>zero\u200bwidth</p></div></main>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "Bare text in a div.",
        "Line one line two, a linked phrase and NBSP.",
        "Tail text after.",
        "Term",
        "Meaning.",
        "Quoted rule.",
        "pre text",
        "zerowidth",
    ]


@pytest.mark.parametrize("code", ["3d5a4b4c4f", "8a0e0913"])
def test_obfuscated_email_is_stable(code: str) -> None:
    html = page(
        f"<main><p>Write to <a href='/cdn-cgi/l/email-protection#{code}' class='__cf_email__' "
        f"data-cfemail='{code}'>[email&#160;protected]</a> with questions.</p></main>"
    )
    assert [b.text for b in extract_blocks(html)] == ["Write to [email protected] with questions."]


@pytest.mark.parametrize("inner", ["span", "div", "ul><li", "blockquote", "table><tr><td"])
def test_deeply_nested_markup_keeps_its_text(inner: str) -> None:
    """An HTML5 tree has no depth limit: thousands of unclosed tags must neither exhaust
    Python's stack nor lose the text."""
    html = page(
        "<main><h1>Terms</h1><p>Intro paragraph of the terms.</p><div>" + f"<{inner}>" * 5000
        + "Deep clause.</div></main>"
    )
    for select in ((), ("main",)):
        got = [b.text for b in extract_blocks(html, select=select)]
        assert got[:2] == ["Terms", "Intro paragraph of the terms."]
        assert got[-1] == "Deep clause."


# ---------------------------------------------------------------- other layouts


def test_wordpress_like_page_keeps_the_title_and_drops_entry_footer() -> None:
    html = page(
        "<div id='page' class='site'><header id='masthead' class='site-header'>"
        "<h1 class='site-title'><a href='/'>Acme</a></h1><nav><a href='/'>Home</a></nav></header>"
        "<div id='content' class='site-content'><main id='main' class='site-main'>"
        "<article class='post type-page'><header class='entry-header'>"
        "<h1 class='entry-title'>Privacy Policy</h1></header>"
        "<div class='entry-content elementor-widget-text-editor overflow-hidden'>"
        "<p>We collect only what we need to run the service.</p>"
        "<p>We keep it for as long as your account exists.</p></div>"
        "<footer class='entry-footer'><span class='cat-links'>Posted in Legal</span></footer>"
        "</article></main><aside id='secondary' class='widget-area'><p>Archives</p></aside></div>"
        "<footer id='colophon'><p>Acme 2024</p></footer></div>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "Privacy Policy",
        "We collect only what we need to run the service.",
        "We keep it for as long as your account exists.",
    ]


def test_intro_outside_the_content_box_is_kept() -> None:
    long = "".join(f"<p>Clause {n} of the agreement, with its obligations.</p>" for n in range(30))
    html = page(
        "<div class='cookie-notice'><p>This site uses cookies to work properly.</p></div>"
        f"<div class='wrap'><h1>Terms of Use</h1><p>Last updated: March 3, 2024</p>"
        f"<div class='terms-body'>{long}</div></div>"
    )
    got = [b.text for b in extract_blocks(html)]
    assert got[:3] == [
        "Terms of Use",
        "Last updated: March 3, 2024",
        "Clause 0 of the agreement, with its obligations.",
    ]
    assert len(got) == 32


def test_page_wide_form_and_sidebar_class_on_wrapper_are_not_dropped() -> None:
    html = page(
        "<form id='aspnetForm' action='/x'><div class='layout has-sidebar'>"
        "<div class='menu'><a href='/a'>A</a> <a href='/b'>B</a></div>"
        "<div class='body'><h2>Refund policy</h2><p>Refunds are issued within 30 days.</p>"
        "<p>Refunds go back to the original payment method.</p></div></div></form>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "Refund policy",
        "Refunds are issued within 30 days.",
        "Refunds go back to the original payment method.",
    ]


def test_empty_and_unparsable_pages_give_no_blocks() -> None:
    assert extract_blocks("") == []
    assert extract_blocks("   ") == []
    assert extract_blocks(
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi there.</p></body></html>"
    ) == [Block("paragraph", "Hi there.")]


# ---------------------------------------------------------------- page signals


def test_page_signals_spots_a_javascript_shell() -> None:
    shell = page(
        '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
        '<script src="/static/js/main.1a2b.js"></script><script>window.__X__={}</script>',
        head="<title>Twilio Legal</title><script src='/vendor.js'></script>",
    )
    signals = page_signals(shell)
    assert signals.title == "Twilio Legal"
    assert signals.script_count == 3
    assert signals.text_length == 0
    assert signals.noscript_text == "You need to enable JavaScript to run this app."
    assert signals.says_enable_js


def test_page_signals_on_a_real_page() -> None:
    html = render_page(seed_blocks("sms-not-allowed"), title="SMS", variant=9)
    signals = page_signals(html)
    assert signals.title == "SMS | Twilio Help Center"
    assert signals.script_count >= 3
    assert signals.text_length > len(seed_text("sms-not-allowed")) // 2
    assert not signals.says_enable_js
    visible_shell = page("<div id='app'><p>Please enable JavaScript in your browser.</p></div>")
    assert page_signals(visible_shell).says_enable_js


def test_tracker_sources_says_which_sources_fall_back_to_soupsieve(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from tracker.cli import main

    config = tmp_path / "tracker.toml"
    config.write_text(
        '[[sources]]\nid = "fast"\nname = "F"\nurl = "http://127.0.0.1:9/a"\nselect = "article"\n'
        '[[sources]]\nid = "slow"\nname = "S"\nurl = "http://127.0.0.1:9/b"\n'
        "select = 'p:-soup-contains(\"Keep\")'\n"
        '[[sources]]\nid = "auto"\nname = "A"\nurl = "http://127.0.0.1:9/c"\n'
    )
    args = ["sources", "--config", str(config), "--db", str(tmp_path / "t.db")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines()}
    assert "soupsieve" in lines["slow"] and "soupsieve" not in lines["fast"]
    data = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    engines = {s["id"]: s["selector_engine"] for s in data["sources"]}
    assert engines == {"fast": "lexbor", "slow": "soupsieve", "auto": None}
