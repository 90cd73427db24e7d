"""The static site: every page type parsed with BeautifulSoup, feeds parsed by their readers.

Fixtures are real policy text (the seeds) stored straight into a Store, so each test
knows exactly which versions and changes exist; one test runs the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import icalendar
import jinja2
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tracker.cli import main
from tracker.config import Config, parse_config
from tracker.models import (
    Block,
    BlockDiff,
    Change,
    ChangeFacts,
    EffectiveDate,
    Fact,
    Modified,
    Moved,
    Version,
    WordOp,
)
from tracker.outputs import feeds
from tracker.outputs.site import SiteError, build_site, make_environment
from tracker.outputs.sitedigests import template_reach
from tracker.outputs.siteviews import collect, value_digest
from tracker.store import Store, content_hash

TODAY = dt.date(2025, 3, 1)
HOSTILE = (
    "Note <script>document.title='pwned';window.__pwned=1</script> and "
    '<img src=x onerror="window.__pwned=1"> and <a href="javascript:window.__pwned=1">click</a>'
)


def at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day + "T09:30:00+00:00")


def blocks_of(seed: str) -> list[Block]:
    """A seed as the extractor would give it: subitems become level-2 items."""
    out = []
    for kind, text in seed_blocks(seed):
        if kind == "subitem":
            out.append(Block("item", text, 2))
        else:
            out.append(Block(kind, text, 1 if kind in ("item", "heading") else 0))  # type: ignore[arg-type]
    return out


def word_ops(before: str, after: str) -> list[WordOp]:
    """Word-level ops whose texts keep their trailing whitespace."""
    old, new = re.findall(r"\S+\s*", before), re.findall(r"\S+\s*", after)
    ops: list[WordOp] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            ops.append(WordOp("delete", "".join(old[i1:i2])))
        if j2 > j1:
            ops.append(WordOp("insert", "".join(new[j1:j2])))
    return ops


@dataclass
class Fixture:
    store: Store
    config: Config
    changes: dict[str, int]  # label -> change id
    versions: dict[str, Version]


def config_text(extra_sources: str = "") -> str:
    return (
        '[site]\ntitle = "Twilio policy changes"\nurl = "https://example.org/policies/"\n\n'
        '[[sources]]\nid = "terms"\nname = "Terms update notice"\n'
        'url = "https://www.twilio.com/en-us/legal/tos"\n\n'
        '[[sources]]\nid = "aup"\nname = "Acceptable Use Policy"\n'
        'url = "https://www.twilio.com/en-us/legal/aup"\n\n'
        '[[sources]]\nid = "sms"\nname = "SMS not allowed"\n'
        'url = "https://help.twilio.com/articles/sms-not-allowed"\n\n'
        '[[sources]]\nid = "calls"\nname = "Calls not allowed"\n'
        'url = "https://help.twilio.com/articles/calls-not-allowed"\n' + extra_sources
    )


def add_version(store: Store, source: str, blocks: list[Block], seen: str) -> Version:
    body = render_page([(b.kind, b.text) for b in blocks], title=source, variant=1)
    digest = store.put_body(body.encode("utf-8"), "text/html; charset=utf-8")
    chash = content_hash([b.text for b in blocks])
    return store.add_version(source, blocks, chash, seen_at=at(seen), body_hash=digest)


def add_change(store: Store, change: Change) -> int:
    return store.add_change(change)


def make_fixture(tmp_path: Path) -> Fixture:
    """Four sources: one with three changes, one failing, one suspect, one never checked."""
    config = parse_config(config_text(), None)
    store = Store(tmp_path / "t.db")
    store.sync_sources(config.sources)
    versions: dict[str, Version] = {}
    changes: dict[str, int] = {}

    terms = blocks_of("terms-update-notice-2025-02-25")
    binding = next(i for i, b in enumerate(terms) if "effective and binding" in b.text)
    versions["terms1"] = add_version(store, "terms", terms, "2025-01-05")
    terms2 = list(terms)
    old = terms2[binding].text
    new = old.replace("April 1, 2025", "March 11, 2025").replace(
        "No further action", "No other action"
    )
    terms2[binding] = Block("paragraph", new)
    added = "The updated Flex Fair Usage Policy takes effect on March 11, 2025."
    terms2.insert(binding + 1, Block("paragraph", added))
    versions["terms2"] = add_version(store, "terms", terms2, "2025-02-25")
    changes["terms-reworded"] = add_change(
        store,
        Change(
            source="terms", detected_at=at("2025-02-25"),
            from_version=versions["terms1"].id, to_version=versions["terms2"].id,
            diff=BlockDiff(added=[added], modified=[Modified(old, new, word_ops(old, new))]),
            effective=EffectiveDate(dt.date(2025, 3, 11), added, "added"),
            kind="substantive", summary="Effective date moved to March 11, 2025",
        ),
    )  # fmt: skip
    terms3 = list(terms2)
    moved = terms3.pop(binding + 1)
    terms3.append(moved)
    removed = terms3.pop(1)
    versions["terms3"] = add_version(store, "terms", terms3, "2025-02-27")
    changes["terms-moved"] = add_change(
        store,
        Change(
            source="terms", detected_at=at("2025-02-27"),
            from_version=versions["terms2"].id, to_version=versions["terms3"].id,
            diff=BlockDiff(
                removed=[removed.text],
                moved=[Moved(moved.text, binding + 1, len(terms3) - 1)],
            ),
            kind="editorial", summary="One paragraph removed, one moved",
        ),
    )  # fmt: skip

    aup = blocks_of("aup-summary-of-changes-2016")
    versions["aup1"] = add_version(store, "aup", aup[:-3], "2016-01-04")
    versions["aup2"] = add_version(store, "aup", aup, "2016-01-20")
    changes["aup-added"] = add_change(
        store,
        Change(
            source="aup", detected_at=at("2016-01-20"),
            from_version=versions["aup1"].id, to_version=versions["aup2"].id,
            diff=BlockDiff(added=[b.text for b in aup[-3:]]),
            effective=EffectiveDate(
                dt.date(2016, 2, 1), "This policy is effective February 1, 2016.", "added"
            ),
            kind="substantive", summary="Three clauses added",
        ),
    )  # fmt: skip
    store.update_source(
        "aup", status="error", last_error="HTTP 503", last_checked="2025-02-28T10:00:00Z",
        last_ok="2025-02-20T10:00:00Z",
    )  # fmt: skip
    store.update_source(
        "terms", status="ok", last_checked="2025-02-28T10:00:00Z",
        last_ok="2025-02-28T10:00:00Z",
    )  # fmt: skip

    sms = blocks_of("sms-not-allowed")
    versions["sms1"] = add_version(store, "sms", sms, "2025-01-02")
    versions["sms2"] = add_version(
        store, "sms", sms + [Block("paragraph", "Updated.")], "2025-02-01"
    )
    changes["sms-technical"] = add_change(
        store,
        Change(
            source="sms", detected_at=at("2025-02-01"),
            from_version=versions["sms1"].id, to_version=versions["sms2"].id,
            diff=BlockDiff(added=["Updated."]), kind="technical", summary="Footer stamp",
        ),
    )  # fmt: skip
    store.update_source(
        "sms", status="suspect", suspect_reason="text shrank by 90%",
        suspect_since="2025-02-28T10:00:00Z", last_ok="2025-02-27T10:00:00Z",
    )  # fmt: skip
    return Fixture(store, config, changes, versions)


@pytest.fixture
def fx(tmp_path: Path) -> Fixture:
    return make_fixture(tmp_path)


def build(fx: Fixture, out: Path, **kwargs):
    return build_site(fx.store, fx.config, out, **{"today": TODAY, **kwargs})


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


# -- home -------------------------------------------------------------------------------
def test_home_lists_latest_changes_newest_first_and_upcoming_dates(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    page = soup(out / "index.html")
    latest = page.find(id="latest").find_parent("section")
    items = latest.select("li.change")
    titles = [text(li.select_one(".change-title")) for li in items]
    assert titles == [
        "Terms update notice: One paragraph removed, one moved",
        "Terms update notice: Effective date moved to March 11, 2025",
        "Acceptable Use Policy: Three clauses added",
    ]  # newest first; the technical change of "sms" is not on the home page
    first = text(items[1])
    assert "Detected: 2025-02-25" in first and "Effective: 2025-03-11" in first
    assert "Substantive" in first and "Editorial" in text(items[0])
    assert items[1].select_one("a")["href"] == f"changes/{fx.changes['terms-reworded']}.html"

    soon = page.find(id="soon").find_parent("section")
    upcoming = soon.select("li.change")
    assert len(upcoming) == 1  # the 2016 date is past, the editorial change has none
    assert "Effective date moved" in text(upcoming[0]) and "in 10 days" in text(upcoming[0])

    rows = {text(tr.th): text(tr) for tr in page.select("table.sources tbody tr")}
    assert "Failing" in rows["Acceptable Use Policy"]
    assert "Suspect" in rows["SMS not allowed"]
    assert "Not checked yet" in rows["Calls not allowed"]


def test_pages_are_semantic_and_accessible(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    for path in [out / "index.html", out / "sources/terms.html",
                 out / f"changes/{fx.changes['terms-reworded']}.html"]:  # fmt: skip
        page = soup(path)
        assert page.html["lang"] == "en"
        assert page.find("meta", attrs={"name": "viewport"})
        assert page.find("header") and page.find("footer") and page.find("nav")
        assert len(page.find_all("main")) == 1 and len(page.find_all("h1")) == 1
        assert page.select_one("a.skip")["href"] == "#main"
        assert not page.find("script")
        levels = [int(h.name[1]) for h in page.find_all(re.compile(r"^h[1-6]$"))]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    css = (out / "style.css").read_text()
    assert ":focus-visible" in css and "@media print" in css and "max-width" in css


# -- source -----------------------------------------------------------------------------
def test_source_page_shows_text_history_url_and_health(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    page = soup(out / "sources/terms.html")
    assert text(page.h1) == "Terms update notice"
    facts = text(page.select_one("dl.facts"))
    assert "Health: OK" in facts and "Last successful check: 2025-02-28 10:00 UTC" in facts
    original = page.select_one("dl.facts a.external")
    assert original["href"] == "https://www.twilio.com/en-us/legal/tos"
    policy = text(page.select_one("article.policy"))
    assert "The updated Flex Fair Usage Policy takes effect on March 11, 2025." in policy
    assert "effective and binding as of March 11, 2025" in policy
    assert page.select_one("article.policy ul li")  # list items stay a list
    changes = [a["href"] for a in page.select("#changes ~ ol li.change .change-title a")]
    assert changes == [
        f"../changes/{fx.changes['terms-moved']}.html",
        f"../changes/{fx.changes['terms-reworded']}.html",
    ]
    versions = page.find(id="versions").find_parent("section").select("tbody tr")
    assert [text(tr.th) for tr in versions] == [
        str(fx.versions[k].id) for k in ("terms3", "terms2", "terms1")
    ]
    raw = versions[0].select_one("a")["href"]
    assert raw == f"../raw/{fx.versions['terms3'].body_hash}.txt"

    failing = text(soup(out / "sources/aup.html").select_one("dl.facts"))
    assert "Health: Failing" in failing and "Last error: HTTP 503" in failing
    suspect = text(soup(out / "sources/sms.html").select_one("dl.facts"))
    assert "Health: Suspect" in suspect and "text shrank by 90%" in suspect
    sms = soup(out / "sources/sms.html")
    assert "Technical" in text(sms.select_one("li.change"))  # listed, labelled, on its page
    never = soup(out / "sources/calls.html")
    assert "Last successful check: never" in text(never.select_one("dl.facts"))


# -- change -----------------------------------------------------------------------------
def test_change_page_shows_redline_effective_sentence_and_navigation(fx: Fixture, tmp_path):
    out = tmp_path / "site"
    build(fx, out)
    cid = fx.changes["terms-reworded"]
    page = soup(out / f"changes/{cid}.html")
    assert "Effective date moved to March 11, 2025" in text(page.h1)
    reworded = page.find(id="reworded").find_parent("section")
    assert [text(t) for t in reworded.find_all("ins")] == ["March 11,", "other"]
    assert [text(t) for t in reworded.find_all("del")] == ["April 1,", "further"]
    assert "These updated terms will be effective and binding as of" in text(reworded)
    added = page.find(id="added").find_parent("section")
    assert text(added.ins) == "The updated Flex Fair Usage Policy takes effect on March 11, 2025."
    facts = text(page.select_one("dl.facts"))
    assert "Effective: 2025-03-11" in facts and "Kind: Substantive" in facts
    assert "takes effect on March 11, 2025" in text(page.select_one("figure.evidence blockquote"))
    pager = page.select_one("nav.pager")
    assert pager.find("a", rel="next")["href"] == f"../changes/{fx.changes['terms-moved']}.html"
    assert pager.find("a", rel="prev") is None
    raws = [a["href"] for a in page.select("p.raw a")]
    assert raws == [
        f"../raw/{fx.versions['terms1'].body_hash}.txt",
        f"../raw/{fx.versions['terms2'].body_hash}.txt",
    ]
    snapshot = (out / "changes" / raws[1]).resolve().read_text("utf-8-sig")
    assert snapshot.startswith("<!DOCTYPE html>") and "March 11, 2025" in snapshot

    moved_page = soup(out / f"changes/{fx.changes['terms-moved']}.html")
    assert moved_page.select_one("nav.pager a[rel=prev]")["href"] == f"../changes/{cid}.html"
    assert moved_page.find(id="moved") and moved_page.find(id="removed")
    removed = moved_page.find(id="removed").find_parent("section")
    assert removed.find("del")
    assert "Kind: Editorial" in text(moved_page.select_one("dl.facts"))


def test_every_link_is_relative_and_resolves(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) == 1 + 4 + 4  # home, four sources, four changes
    for path in pages:
        for tag in soup(path).find_all(["a", "link"]):
            href = tag.get("href")
            parts = urlsplit(href)
            if parts.scheme:
                assert parts.scheme == "https", (path, href)
                continue
            assert not href.startswith("/"), (path, href)
            if parts.path:
                assert (path.parent / unquote(parts.path)).resolve().is_file(), (path, href)


# -- untrusted content ------------------------------------------------------------------
def hostile_fixture(tmp_path: Path) -> Fixture:
    fx = make_fixture(tmp_path)
    blocks = [Block("heading", "Policy <b>bold</b>", 1), Block("paragraph", HOSTILE)]
    v = add_version(fx.store, "terms", blocks, "2025-02-28")
    fx.versions["hostile"] = v
    fx.changes["hostile"] = add_change(
        fx.store,
        Change(
            source="terms", detected_at=at("2025-02-28"),
            from_version=fx.versions["terms3"].id, to_version=v.id,
            diff=BlockDiff(added=[HOSTILE], removed=["<script>alert(1)</script>"],
                           modified=[Modified("a <i>b</i>", HOSTILE, word_ops("a", HOSTILE))]),
            effective=EffectiveDate(dt.date(2025, 4, 1), HOSTILE, "added"),
            summary="<script>window.__pwned=1</script> summary",
        ),
    )  # fmt: skip
    hostile = fx.store.change(fx.changes["hostile"])
    hostile.facts = ChangeFacts("obligation", [
        Fact("obligation", None, "prohibition", HOSTILE, detail="new prohibition <b>x</b>"),
        Fact("quantity", "1", "2", HOSTILE, "<i>unit</i>", "<script>window.__pwned=1</script>"),
    ], ["BR", "<script>"], [HOSTILE])
    fx.store.set_facts(hostile)
    fx.store.set_narrative(hostile.id, HOSTILE)
    fx.store.update_source("sms", url="javascript:window.__pwned=1")
    fx.store.update_source("calls", status="error", last_error=HOSTILE)
    fx.config.sources[:] = [s for s in fx.config.sources if s.id not in ("sms", "calls")]
    return fx


def test_tracked_text_is_escaped_and_never_linked_unsafely(tmp_path: Path):
    fx = hostile_fixture(tmp_path)
    out = tmp_path / "site"
    build(fx, out)
    for path in sorted(out.rglob("*.html")):
        page = soup(path)
        assert not page.find(["script", "img", "iframe", "object"]), path
        for tag in page.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], (path, tag)
            for attr in ("href", "src", "action"):
                value = tag.get(attr, "")
                assert not value.strip().lower().startswith(("javascript:", "data:")), path
    change = soup(out / f"changes/{fx.changes['hostile']}.html")
    assert "<script>document.title='pwned'" in text(change.select_one("#added ~ ol"))
    assert "<script>window.__pwned=1</script> summary" in text(change.h1)
    sms = soup(out / "sources/sms.html")  # a source only the database still knows
    assert not sms.select("dl.facts a.external")
    assert "javascript:window.__pwned=1" in text(sms.select_one("dl.facts"))
    assert "no longer tracked" in text(sms.select_one("dl.facts"))
    raw = out / f"raw/{fx.versions['hostile'].body_hash}.txt"
    assert raw.is_file() and not list(out.rglob("raw/*.htm*"))


# -- feeds ------------------------------------------------------------------------------
def test_atom_feeds_parse_and_carry_changes(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    feed = feedparser.parse((out / "feed.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Twilio policy changes"
    titles = [e.title for e in feed.entries]
    assert titles[0] == "Terms update notice: One paragraph removed, one moved"
    assert "SMS not allowed: Footer stamp" not in titles  # technical
    reworded = feed.entries[1]
    cid = fx.changes["terms-reworded"]
    assert reworded.link == f"https://example.org/policies/changes/{cid}.html"
    assert "Effective 2025-03-11" in reworded.content[0].value
    assert reworded.published_parsed[:3] == (2025, 2, 25)
    per_source = feedparser.parse((out / "sources/sms.atom").read_bytes())
    assert not per_source.bozo and [e.title for e in per_source.entries] == [
        "SMS not allowed: Footer stamp"
    ]
    assert len({e.id for e in feed.entries}) == len(feed.entries)


def test_json_feed_and_calendar(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    data = json.loads((out / "feed.json").read_text("utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == "https://example.org/policies/feed.json"
    item = data["items"][1]
    assert item["_policy_tracker"]["id"] == fx.changes["terms-reworded"]
    assert item["_policy_tracker"]["effective_date"] == "2025-03-11"
    assert item["external_url"] == "https://www.twilio.com/en-us/legal/tos"
    assert item["date_published"] == "2025-02-25T09:30:00Z"
    feed = feedparser.parse((out / "feed.json").read_bytes())
    assert not feed.bozo or not feed.entries  # feedparser may not know JSON Feed

    cal = icalendar.Calendar.from_ical((out / "effective-dates.ics").read_bytes())
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2016, 2, 1), dt.date(2025, 3, 11)]
    assert "Terms update notice" in str(events[1]["summary"])
    assert "takes effect on March 11, 2025" in str(events[1]["description"])
    assert str(events[1]["url"]).startswith("https://example.org/policies/changes/")
    assert cal["version"] == "2.0" and cal["prodid"]


def test_feeds_without_a_site_url_use_relative_links(fx: Fixture, tmp_path: Path):
    fx.config.site.pop("url")
    out = tmp_path / "site"
    build(fx, out)
    feed = feedparser.parse((out / "sources/terms.atom").read_bytes())
    assert not feed.bozo
    assert feed.entries[0].link.endswith(f"changes/{fx.changes['terms-moved']}.html")
    data = json.loads((out / "feed.json").read_text("utf-8"))
    assert data["items"][0]["url"] == f"changes/{fx.changes['terms-moved']}.html"


# -- incremental ------------------------------------------------------------------------
def test_rebuild_rewrites_only_what_changed(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    first = build(fx, out)
    assert first.written > 0 and first.unchanged == 0
    stamp = (out / "changes" / f"{fx.changes['aup-added']}.html").stat().st_mtime_ns
    again = build(fx, out)
    assert again.written == 0 and again.unchanged == first.written
    assert str(again) == f"0 pages written, {first.written:,} unchanged"

    change = fx.store.change(fx.changes["terms-moved"])
    change.summary = "Paragraph moved"
    fx.store.update_change(change)
    third = build(fx, out)
    # its page, the previous change's pager, the source page, home, and the feeds
    assert 0 < third.written <= 8, third
    assert (out / "changes" / f"{fx.changes['aup-added']}.html").stat().st_mtime_ns == stamp
    assert "Paragraph moved" in (out / "index.html").read_text()

    fx.store.supersede_change(fx.changes["terms-moved"])
    fourth = build(fx, out)
    assert fourth.removed == 1
    assert not (out / "changes" / f"{fx.changes['terms-moved']}.html").exists()


def test_the_day_moves_the_countdown(fx: Fixture, tmp_path: Path):
    out = tmp_path / "site"
    build(fx, out)
    result = build_site(fx.store, fx.config, out, today=dt.date(2025, 3, 10))
    assert result.written == 1 and result.rendered == ["index.html"]  # only it counts days
    soon = soup(out / "index.html").find(id="soon").find_parent("section")
    assert "tomorrow" in text(soon)
    build_site(fx.store, fx.config, out, today=dt.date(2025, 3, 12))
    soon = soup(out / "index.html").find(id="soon").find_parent("section")
    assert not soon.select("li.change")


# -- incremental: a page is rendered only when its inputs changed -------------------------
PAGES = {"index.html", "sources/terms.html", "sources/aup.html", "sources/sms.html",
         "sources/calls.html"}  # fmt: skip
FEEDS = {"feed.atom", "feed.json", "effective-dates.ics", "sources/terms.atom",
         "sources/aup.atom", "sources/sms.atom", "sources/calls.atom"}  # fmt: skip


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path of every page and feed rendered, counted where the rendering happens
    (jinja2's Template.render and the feed builders), not by the build's own bookkeeping;
    "event" for each calendar event serialized."""
    seen: list[str] = []
    render = jinja2.Template.render

    def counted_render(self, *args, **kwargs):
        context = dict(*args, **kwargs)
        shown = context.get("change") or context.get("source") or context.get("facet")
        seen.append(shown.page if shown is not None else "index.html")
        return render(self, *args, **kwargs)

    def counted(function, path_of):
        def wrapper(*args):
            seen.append(path_of(args))
            return function(*args)

        return wrapper

    monkeypatch.setattr(jinja2.Template, "render", counted_render)
    monkeypatch.setattr(feeds, "atom", counted(feeds.atom, lambda a: a[2]))
    monkeypatch.setattr(feeds, "json_feed", counted(feeds.json_feed, lambda a: a[2]))
    monkeypatch.setattr(
        feeds, "icalendar", counted(feeds.icalendar, lambda a: "effective-dates.ics")
    )
    monkeypatch.setattr(feeds, "_event", counted(feeds._event, lambda a: "event"))
    return seen


def rebuild(fx: Fixture, out: Path, renders: list[str], **kwargs) -> set[str]:
    """Build and return what was rendered; the build's own list must agree with the hook."""
    renders.clear()
    result = build(fx, out, **kwargs)
    assert sorted(result.rendered) == sorted(r for r in renders if r != "event")
    return set(renders)


def assert_same_as_full_build(fx: Fixture, out: Path, tmp_path: Path, **kwargs) -> None:
    """Every published file of `out` is byte for byte what a build from scratch gives."""
    fresh = tmp_path / f"fresh-{len(list(tmp_path.glob('fresh-*')))}"
    build(fx, fresh, **kwargs)

    def published(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
                if p.is_file() and not p.name.startswith(".")}  # fmt: skip

    ours, theirs = published(out), published(fresh)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def change_pages(fx: Fixture, *labels: str) -> set[str]:
    return {f"changes/{fx.changes[label]}.html" for label in labels}


def add_terms_change(fx: Fixture, day: str = "2025-02-28") -> str:
    """A new version of "terms" and its change: the newest of the site, a date ahead."""
    latest = fx.store.latest_version("terms")
    blocks = [*latest.blocks, Block("paragraph", "New clause: notices by e-mail.")]
    version = add_version(fx.store, "terms", blocks, day)
    fx.changes["terms-new"] = add_change(
        fx.store,
        Change(
            source="terms", detected_at=at(day), from_version=latest.id,
            to_version=version.id, diff=BlockDiff(added=["New clause: notices by e-mail."]),
            effective=EffectiveDate(dt.date(2025, 4, 1), "Effective April 1, 2025.", "added"),
            kind="substantive", summary="Notices by e-mail",
        ),
    )  # fmt: skip
    return "terms-new"


def test_unchanged_rebuild_renders_nothing(fx: Fixture, tmp_path: Path, renders: list[str]):
    out = tmp_path / "site"
    everything = PAGES | FEEDS | change_pages(fx, *fx.changes)
    assert rebuild(fx, out, renders) == everything | {"event"}
    again = build(fx, out)
    assert renders.count("index.html") == 1 and again.rendered == []
    assert again.written == 0 and again.unchanged > len(everything)  # raw files and style.css
    assert (out / ".tracker-digests.json").is_file()


def test_a_new_change_renders_the_pages_it_touches_and_no_other(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out = tmp_path / "site"
    build(fx, out)
    label = add_terms_change(fx)
    rendered = rebuild(fx, out, renders)
    assert rendered == (
        change_pages(fx, label, "terms-moved")  # its page, and its predecessor's "next" link
        | {"sources/terms.html", "sources/terms.atom", "index.html"}
        | {"feed.atom", "feed.json", "effective-dates.ics", "event"}
    )
    assert renders.count("event") == 1  # the calendar reuses the other events
    assert_same_as_full_build(fx, out, tmp_path)


def test_an_edited_or_removed_change_renders_its_neighbours(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out = tmp_path / "site"
    build(fx, out)
    change = fx.store.change(fx.changes["terms-reworded"])
    change.summary = "Effective date moved earlier"
    fx.store.update_change(change)
    assert rebuild(fx, out, renders) == (
        change_pages(fx, "terms-reworded", "terms-moved")
        | {"sources/terms.html", "sources/terms.atom", "index.html"}
        | {"feed.atom", "feed.json", "effective-dates.ics", "event"}
    )
    assert_same_as_full_build(fx, out, tmp_path)

    fx.store.supersede_change(fx.changes["terms-moved"])  # it had no effective date
    assert rebuild(fx, out, renders) == change_pages(fx, "terms-reworded") | {
        "sources/terms.html", "sources/terms.atom", "index.html", "feed.atom", "feed.json"
    }  # fmt: skip
    assert not (out / next(iter(change_pages(fx, "terms-moved")))).exists()
    assert_same_as_full_build(fx, out, tmp_path)


def test_a_check_renders_its_source_page_not_its_changes(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out = tmp_path / "site"
    build(fx, out)
    fx.store.update_source("terms", last_checked="2025-03-01T04:00:00Z")
    assert rebuild(fx, out, renders) == {"sources/terms.html", "index.html"}
    assert "2025-03-01 04:00 UTC" in text(soup(out / "sources/terms.html").select_one("dl.facts"))
    assert_same_as_full_build(fx, out, tmp_path)


def test_a_renamed_source_renders_what_shows_its_name(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out = tmp_path / "site"
    build(fx, out)
    fx.config = parse_config(config_text().replace("Terms update notice", "Terms notice"), None)
    assert rebuild(fx, out, renders) == (
        change_pages(fx, "terms-reworded", "terms-moved")
        | {"sources/terms.html", "sources/terms.atom", "index.html"}
        | {"feed.atom", "feed.json", "effective-dates.ics", "event"}
    )
    assert_same_as_full_build(fx, out, tmp_path)


def test_deleted_or_edited_files_are_built_again(fx: Fixture, tmp_path: Path, renders: list[str]):
    out = tmp_path / "site"
    build(fx, out)
    gone, edited, touched = change_pages(fx, "aup-added"), "sources/sms.html", "index.html"
    (out / next(iter(gone))).unlink()
    (out / edited).write_text("<p>edited by hand</p>")
    (out / "feed.json").write_bytes((out / "feed.json").read_bytes().replace(b"Terms", b"Xerms"))
    copied = (out / touched).stat().st_mtime_ns + 10**9
    os.utime(out / touched, ns=(copied, copied))  # same bytes, new mtime (a copy, a checkout)
    assert rebuild(fx, out, renders) == gone | {edited, "feed.json"}
    assert_same_as_full_build(fx, out, tmp_path)
    assert rebuild(fx, out, renders) == set()


def test_a_template_renders_again_the_pages_that_use_it(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out, custom = tmp_path / "site", tmp_path / "custom"
    custom.mkdir()
    build(fx, out, templates=custom)
    bundled = make_environment().loader.get_source(make_environment(), "base.html")[0]
    (custom / "base.html").write_text(bundled.replace("<footer", "<!-- mine --><footer"))
    assert rebuild(fx, out, renders, templates=custom) == PAGES | change_pages(fx, *fx.changes)
    assert rebuild(fx, out, renders, templates=custom) == set()
    (custom / "change.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ change.title }}</h1>{% endblock %}'
    )
    assert rebuild(fx, out, renders, templates=custom) == change_pages(fx, *fx.changes)
    (custom / "change.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ change.kind }}</h1>{% endblock %}'
    )
    assert rebuild(fx, out, renders, templates=custom) == change_pages(fx, *fx.changes)
    assert_same_as_full_build(fx, out, tmp_path, templates=custom)
    (custom / "change.html").unlink()
    (custom / "base.html").unlink()
    assert rebuild(fx, out, renders, templates=custom) == PAGES | change_pages(fx, *fx.changes)
    assert_same_as_full_build(fx, out, tmp_path)


OVERRIDES = {  # a change page that shows more than its change, and what that makes it follow
    "source": "{{ change.source.last_checked|moment }}",
    "history": "{{ change.source.changes|length }} changes to this source",
    "neighbour": "{{ change.prev.prev.title if change.prev and change.prev.prev }}",
    "site": "{{ site.changes|length }} changes in all",
    "computed": "{{ change.source|attr('health') }}",
    "today": "{{ today }}",
}


def change_reach(**templates: str):
    """How far change pages reach with `templates` (name -> source) over the bundled ones."""
    env = make_environment()
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader(templates), env.loader])
    return template_reach(env, "change.html", "change")


def test_templates_are_read_to_see_how_far_a_page_reaches():
    env = make_environment()
    assert template_reach(env, "change.html", "change").scope == "page"
    assert template_reach(env, "source.html", "source").scope == "source"
    assert template_reach(env, "index.html", "home").scope == "site"
    assert template_reach(env, "facet.html", "facet").scope == "page"
    assert not any(template_reach(env, f"{n}.html", n).today for n in ("change", "source"))
    widened = {}
    for name, shown in OVERRIDES.items():
        page = '{% extends "base.html" %}{% block content %}' + shown + "{% endblock %}"
        reach = change_reach(**{"change.html": page})
        widened[name] = "today" if reach.today else reach.scope
    assert widened == {"source": "source", "history": "source", "neighbour": "source",
                       "site": "site", "computed": "source", "today": "today"}  # fmt: skip

    optional = (
        '{% extends "base.html" %}{% block content %}'
        '{% include "extra.html" ignore missing %}{% endblock %}'
    )
    missing = change_reach(**{"change.html": optional})
    present = change_reach(**{"change.html": optional, "extra.html": "{{ site.changes|length }}"})
    assert (missing.scope, present.scope) == ("page", "site") and missing.key != present.key


@pytest.mark.parametrize("override", ["source", "site", "today"])
def test_an_override_that_reaches_further_is_never_stale(
    fx: Fixture, tmp_path: Path, renders: list[str], override: str
):
    out, custom = tmp_path / "site", tmp_path / "custom"
    custom.mkdir()
    (custom / "change.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ change.title }}</h1>'
        f'<p class="extra">{OVERRIDES[override]}</p>{{% endblock %}}'
    )
    build(fx, out, templates=custom)
    day = TODAY
    if override == "source":
        fx.store.update_source("terms", last_checked="2025-03-01T04:00:00Z")
        expected = change_pages(fx, "terms-reworded", "terms-moved")
    elif override == "site":
        fx.store.update_change(fx.store.change(fx.changes["aup-added"]))  # same row: nothing
        assert rebuild(fx, out, renders, templates=custom) == set()
        fx.store.supersede_change(fx.changes["sms-technical"])
        expected = change_pages(fx, "terms-reworded", "terms-moved", "aup-added")
    else:
        day = TODAY + dt.timedelta(days=1)
        expected = change_pages(fx, *fx.changes)
    rendered = rebuild(fx, out, renders, templates=custom, today=day)
    assert expected <= rendered
    assert_same_as_full_build(fx, out, tmp_path, templates=custom, today=day)


def test_the_calendar_reuses_events_byte_for_byte(fx: Fixture):
    add_terms_change(fx)
    data = collect(fx.store, fx.config)
    listed = feeds.listed(data)
    whole = icalendar.Calendar()  # built in one piece, as before events were reused
    for name, value in (("prodid", "-//policy-tracker//effective dates//EN"),
                        ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                        ("x-wr-calname", f"{data.title}: effective dates")):  # fmt: skip
        whole.add(name, value)
    for change in listed:
        if change.effective is not None:
            whole.add_component(feeds._event(data, change))
    built = feeds.icalendar(data, listed)
    assert built == whole.to_ical()
    events = feeds.calendar_events(built)
    assert len(events) == 3 and all(e.startswith(b"BEGIN:VEVENT\r\n") for e in events)
    keys = [feeds.event_key(data, c) for c in listed if c.effective is not None]
    known = {k: b"BEGIN:VEVENT\r\nUID:reused\r\nEND:VEVENT\r\n" for k in keys[:2]}
    reused = feeds.icalendar(data, listed, known)
    assert reused.count(b"UID:reused") == 2 and reused.endswith(events[2] + b"END:VCALENDAR\r\n")


# -- what changed for you: facts, countries, products -----------------------------------
def add_facts(fx: Fixture) -> None:
    """Facts on three changes: an obligation about Brazil and the EU for WhatsApp and
    A2P 10DLC, with a summary; a change about Brazil that asks nothing; a technical change
    about India (never on a country page)."""
    reworded = fx.store.change(fx.changes["terms-reworded"])
    reworded.facts = ChangeFacts("obligation", [
        Fact("obligation", "permission", "obligation", "You must register your sender.",
             detail="may -> must"),
        Fact("quantity", "12", "6", "Calls under six (6) seconds are not allowed.", "second",
             "calls under"),
        Fact("deadline", None, "2025-06-01", "Register by June 1, 2025.",
             detail="June 1, 2025"),
    ], ["BR", "EU"], ["WhatsApp", "A2P 10DLC"])  # fmt: skip
    fx.store.set_facts(reworded)
    fx.store.set_narrative(reworded.id, "Senders must register; short calls are out.")
    added = fx.store.change(fx.changes["aup-added"])
    added.facts = ChangeFacts("substantive", [], ["BR"], [])
    fx.store.set_facts(added)
    technical = fx.store.change(fx.changes["sms-technical"])
    technical.facts = ChangeFacts("technical", [], ["IN"], [])
    fx.store.set_facts(technical)


def facts_fixture(tmp_path: Path) -> Fixture:
    fx = make_fixture(tmp_path)
    add_facts(fx)
    return fx


FACET_PAGES = {"countries/BR.html", "countries/EU.html", "products/whatsapp.html",
               "products/a2p-10dlc.html"}  # fmt: skip
FACET_FEEDS = {p.replace(".html", ".atom") for p in FACET_PAGES}


def test_change_page_opens_with_what_changed_for_you(tmp_path: Path):
    fx = facts_fixture(tmp_path)
    out = tmp_path / "site"
    build(fx, out)
    page = soup(out / f"changes/{fx.changes['terms-reworded']}.html")
    panel = page.select_one("main section.for-you")
    assert panel.find_previous_sibling("h1") and not panel.find_previous_sibling("section")
    assert text(panel.h2) == "What changed for you"
    for path in (out / f"changes/{fx.changes['terms-reworded']}.html", out / "countries/BR.html"):
        levels = [int(h.name[1]) for h in soup(path).find_all(re.compile(r"^h[1-6]$"))]
        assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert text(panel.select_one(".severity")) == "Severity: Obligation"
    groups = {text(h3): [text(li) for li in h3.find_next_sibling("ul").find_all("li")]
              for h3 in panel.find_all("h3")}  # fmt: skip
    assert groups == {
        "Obligations": ["may → must : You must register your sender."],
        "Quantities (old → new)": ["calls under 12 → 6 second : Calls under six (6) seconds "
                                   "are not allowed."],
        "Deadlines": ["by 2025-06-01 (June 1, 2025): Register by June 1, 2025."],
    }
    where = {text(div.dt): div.dd for div in panel.select("dl.where div")}
    assert text(where["Countries:"]) == "Brazil (BR) , European Union (EU)"
    assert [a["href"] for a in where["Countries:"].find_all("a")] == [
        "../countries/BR.html", "../countries/EU.html"]
    assert [a["href"] for a in where["Products:"].find_all("a")] == [
        "../products/whatsapp.html", "../products/a2p-10dlc.html"]
    assert text(panel.select_one("figure.narrative blockquote")) == (
        "Senders must register; short calls are out.")
    # A change whose facts say nothing that asks: severity, countries, and that sentence.
    quiet = soup(out / f"changes/{fx.changes['aup-added']}.html").select_one("section.for-you")
    assert "Severity: Substantive" in text(quiet) and not quiet.find("h3")
    assert "No obligation, quantity or deadline changed." in text(quiet)
    # A technical change is on no country page, so it links to none.
    technical = soup(out / f"changes/{fx.changes['sms-technical']}.html")
    assert "India (IN)" in text(technical.select_one("dl.where")) and not technical.select(
        "dl.where a")
    # Changes stored before facts existed have no panel.
    assert not soup(out / f"changes/{fx.changes['terms-moved']}.html").select("section.for-you")
    # Lists show the severity and the headline fact.
    home = soup(out / "index.html")
    item = next(li for li in home.select("#latest ~ ol li.change")
                if "Effective date moved" in text(li))
    assert text(item.select_one(".headline")) == "may → must"
    assert "Severity: Obligation" in text(item)


def test_a_page_and_a_feed_per_country_and_product(tmp_path: Path):
    fx = facts_fixture(tmp_path)
    out = tmp_path / "site"
    build(fx, out)
    assert {str(p.relative_to(out)) for p in out.glob("countries/*")} | {
        str(p.relative_to(out)) for p in out.glob("products/*")} == FACET_PAGES | FACET_FEEDS
    brazil = soup(out / "countries/BR.html")
    assert text(brazil.h1) == "Brazil (BR)"
    titles = [text(li.select_one(".change-title")) for li in brazil.select("li.change")]
    assert titles == ["Terms update notice: Effective date moved to March 11, 2025",
                      "Acceptable Use Policy: Three clauses added"]  # newest first
    assert brazil.find("link", rel="alternate", type="application/atom+xml",
                       href="../countries/BR.atom")
    assert brazil.select_one("dl.facts a")["href"] == "../countries/BR.atom"
    assert [text(li.select_one(".change-title")) for li in
            soup(out / "products/a2p-10dlc.html").select("li.change")] == titles[:1]
    assert not (out / "countries/IN.html").exists()  # only a technical change is about it

    feed = feedparser.parse((out / "countries/BR.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Twilio policy changes: Brazil (BR)"
    assert feed.feed.link == "https://example.org/policies/countries/BR.html"
    assert [e.title for e in feed.entries] == titles
    entry = feed.entries[0]
    terms = {(t.get("scheme") or "").rsplit("/", 1)[-1] or "kind": t.term for t in entry.tags
             if t.term not in ("EU", "WhatsApp")}
    assert terms == {"kind": "substantive", "severity": "obligation", "country": "BR",
                     "product": "A2P 10DLC"}
    content = entry.content[0].value
    assert "What changed for you (Obligation): may → must" in content
    assert "Countries: Brazil (BR), European Union (EU)" in content
    assert "Summary: Senders must register; short calls are out." in content
    product_feed = feedparser.parse((out / "products/whatsapp.atom").read_bytes())
    assert not product_feed.bozo and len(product_feed.entries) == 1

    home = soup(out / "index.html")
    section = home.find(id="facets").find_parent("section")
    links = {text(a): a["href"] for a in section.find_all("a")}
    assert links == {"Brazil (BR)": "countries/BR.html", "European Union (EU)": "countries/EU.html",
                     "A2P 10DLC": "products/a2p-10dlc.html", "WhatsApp": "products/whatsapp.html"}
    assert "Brazil (BR) (2)" in text(section)
    for path in sorted(out.rglob("*.html")):  # every link of every page still resolves
        for tag in soup(path).find_all(["a", "link"]):
            parts = urlsplit(tag["href"])
            if not parts.scheme and parts.path:
                assert (path.parent / unquote(parts.path)).resolve().is_file(), (path, tag)


def test_json_feed_items_carry_the_facts(tmp_path: Path):
    fx = facts_fixture(tmp_path)
    out = tmp_path / "site"
    build(fx, out)
    data = json.loads((out / "feed.json").read_text("utf-8"))
    item = next(i for i in data["items"] if i["_policy_tracker"]["id"] ==
                fx.changes["terms-reworded"])
    record = item["_policy_tracker"]
    assert record["severity"] == "obligation"
    assert record["countries"] == ["BR", "EU"] and record["products"] == ["WhatsApp", "A2P 10DLC"]
    assert record["facts"][1] == {"type": "quantity", "before": "12", "after": "6",
                                  "text": "Calls under six (6) seconds are not allowed.",
                                  "unit": "second", "detail": "calls under"}
    assert record["narrative"] == "Senders must register; short calls are out."
    assert item["tags"] == ["substantive", "terms", "obligation", "BR", "EU", "WhatsApp",
                            "A2P 10DLC"]
    older = next(i for i in data["items"] if i["_policy_tracker"]["id"] ==
                 fx.changes["terms-moved"])
    assert older["_policy_tracker"]["facts"] == [] and older["tags"] == ["editorial", "terms"]


def test_facts_and_summaries_render_again_what_shows_them(
    fx: Fixture, tmp_path: Path, renders: list[str]
):
    out = tmp_path / "site"
    build(fx, out)
    added = fx.store.change(fx.changes["aup-added"])
    added.facts = ChangeFacts("substantive", [], ["BR"], [])
    fx.store.set_facts(added)
    touched = (
        change_pages(fx, "aup-added")
        | {"sources/aup.html", "sources/aup.atom", "index.html", "feed.atom", "feed.json"}
        | {"effective-dates.ics", "event"}
    )
    assert rebuild(fx, out, renders) == touched | {"countries/BR.html", "countries/BR.atom"}
    assert rebuild(fx, out, renders) == set()
    fx.store.set_narrative(added.id, "A new summary.")
    assert rebuild(fx, out, renders) == touched | {"countries/BR.html", "countries/BR.atom"}
    assert "A new summary." in text(soup(out / next(iter(change_pages(fx, "aup-added")))))
    assert_same_as_full_build(fx, out, tmp_path)
    # Only a fact's sentence changes (same severity, countries and products): its page
    # is still rendered again, since the facts are part of the change's row.
    added.facts = ChangeFacts("substantive", [Fact("deadline", None, "2016-03-01",
                                                   "Comply by March 1, 2016.")], ["BR"], [])
    fx.store.set_facts(added)
    assert change_pages(fx, "aup-added") <= rebuild(fx, out, renders)
    assert "Comply by March 1, 2016." in text(soup(out / next(iter(change_pages(fx,
                                                                            "aup-added")))))
    assert_same_as_full_build(fx, out, tmp_path)
    # The change is superseded: Brazil's page and feed go with it.
    fx.store.supersede_change(fx.changes["aup-added"])
    build(fx, out)
    assert not (out / "countries/BR.html").exists() and not (out / "countries/BR.atom").exists()
    assert_same_as_full_build(fx, out, tmp_path)


def test_a_facet_template_that_reaches_further_widens_its_key():
    def reach(body: str):
        env = make_environment()
        page = '{% extends "base.html" %}{% block content %}' + body + "{% endblock %}"
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"facet.html": page}), env.loader])
        return template_reach(env, "facet.html", "facet").scope

    assert reach("{% for c in changes %}{{ c.title }}{% endfor %}") == "page"
    assert reach("{% for c in changes %}{{ c.source.last_checked }}{% endfor %}") == "source"
    assert reach("{{ site.changes|length }}") == "site"


# -- templates --------------------------------------------------------------------------
def test_user_templates_override_bundled_ones(fx: Fixture, tmp_path: Path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "change.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1 class="mine">{{ change.title }}</h1>'
        "{% endblock %}"
    )
    (custom / "style.css").write_text("body { color: black }\n")
    out = tmp_path / "site"
    build(fx, out, templates=custom)
    page = soup(out / f"changes/{fx.changes['terms-reworded']}.html")
    assert page.select_one("h1.mine") and page.select_one("a.skip")  # base still bundled
    assert (out / "style.css").read_text() == "body { color: black }\n"
    assert soup(out / "index.html").find(id="soon")  # others untouched


def test_broken_user_template_is_a_one_line_error(fx: Fixture, tmp_path: Path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "index.html").write_text("{% for x in %}")
    with pytest.raises(SiteError, match="index.html"):
        build(fx, tmp_path / "site", templates=custom)


# -- CLI and the real pipeline ----------------------------------------------------------
def test_cli_site_command(fx: Fixture, tmp_path: Path):
    config = tmp_path / "tracker.toml"
    config.write_text(config_text())
    fx.store.close()
    args = ["site", "--out", str(tmp_path / "out"), "--config", str(config),
            "--db", str(tmp_path / "t.db")]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert re.search(r"Site: \d+ pages written, 0 unchanged", result.output)
    assert (tmp_path / "out/index.html").is_file()
    again = CliRunner().invoke(main, args)
    assert "0 pages written" in again.output


def test_site_from_the_real_pipeline(server, tmp_path: Path):
    from tracker.pipeline import check

    blocks = seed_blocks("voice-services-policy-unification-2022")
    state = {"blocks": list(blocks)}
    from tests.server import Reply

    server.routes["/voice"] = lambda hit: Reply(200, render_page(state["blocks"], title="Voice"))
    config = parse_config(
        "[settings]\nconfirm_delay = 0\ntimeout = 5\nretries = 1\n"
        f'[[sources]]\nid = "voice"\nname = "Voice policy"\nurl = "{server.url("/voice")}"\n',
        None,
    )
    store = Store(tmp_path / "t.db")
    check(config, store)
    index = next(i for i, (kind, _) in enumerate(blocks) if kind == "paragraph")
    kind, old = blocks[index]
    state["blocks"][index] = (kind, old + " This section was revised on purpose.")
    state["blocks"].append(("paragraph", "These terms take effect on December 1, 2099."))
    check(config, store)
    assert store.changes("voice"), "the pipeline recorded no change"
    out = tmp_path / "site"
    build_site(store, config, out, today=TODAY)
    change = store.changes("voice")[-1]
    page = soup(out / f"changes/{change.id}.html")
    assert "revised on purpose" in text(page.select_one(".redline"))
    assert page.select(".redline ins")
    home = soup(out / "index.html")
    assert home.select_one("#latest ~ ol li.change")
    raw = [a["href"] for a in page.select("p.raw a")]
    assert raw and all((out / "changes" / h).resolve().is_file() for h in raw)
    assert not feedparser.parse((out / "feed.atom").read_bytes()).bozo


def test_value_digest_tells_data_apart_and_takes_what_json_cannot_hold():
    """Page keys and change digests: equal data, equal digest; any difference (a type, a
    date, a character) a different one; values orjson cannot write do not break a build."""
    base = ("change", 3, None, dt.date(2025, 4, 1), ["a", ("b", 1.5)], True)
    assert value_digest(base) == value_digest(tuple(list(base)))
    variants = [
        ("change", 4, None, dt.date(2025, 4, 1), ["a", ("b", 1.5)], True),
        ("change", 3, "", dt.date(2025, 4, 1), ["a", ("b", 1.5)], True),
        ("change", 3, None, dt.date(2025, 4, 2), ["a", ("b", 1.5)], True),
        ("change", 3, None, "2025-04-01T00:00:00", ["a", ("b", 1.5)], True),
        ("change", 3, None, dt.date(2025, 4, 1), ["a", ("b", 1)], True),
        ("change", 3, None, dt.date(2025, 4, 1), ["a", ("b", 1.5)], 1),
        ("change", 3, None, dt.date(2025, 4, 1), ["a", ("b ", 1.5)], True),
    ]
    digests = {value_digest(v) for v in variants}
    assert len(digests) == len(variants) and value_digest(base) not in digests
    for odd in (2**70, "lone \ud800", b"bytes", {1}):
        assert len(value_digest(("x", odd))) == 32
    assert value_digest(("x", 2**70)) != value_digest(("x", 2**70 + 1))
