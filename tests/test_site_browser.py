"""The built site in real headless Chromium, opened from file://.

Pages must load with no console errors, and a tracked page whose text carries
`<script>`, `<img onerror>` and `javascript:` links must run nothing and show that text
as text.  Run as a script to refresh the README screenshots:

  .venv/bin/python -m tests.test_site_browser docs/
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_site import TODAY, Fixture, facts_fixture, hostile_fixture, make_fixture
from tracker.outputs.site import build_site

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]  # fmt: skip
PWN_CHECK = "() => [document.title, window.__pwned === undefined]"

sync_api = pytest.importorskip("playwright.sync_api")
# Real Chromium (slow): `pytest -m "not browser"` skips these locally; CI runs them.
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no /usr/bin/chromium")]


class Browser:
    """A page in a fresh Chromium profile that records console errors and page errors."""

    def __init__(self, context, errors: list[str]) -> None:
        self.context = context
        self.errors = errors
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        self.page.on("pageerror", lambda e: errors.append(str(e)))
        self.page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri(), wait_until="load")


def launch(profile: Path):
    """Start Chromium with a fresh profile; returns (playwright, context)."""
    args = list(ARGS)
    if os.geteuid() == 0:
        args.append("--no-sandbox")
    play = sync_api.sync_playwright().start()
    context = play.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=args,
        viewport={"width": 1100, "height": 900},
    )  # fmt: skip
    return play, context


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    play, context = launch(tmp_path_factory.mktemp("profile"))
    try:
        yield Browser(context, [])
    finally:
        context.close()
        play.stop()


def test_pages_load_from_file_urls_without_console_errors(browser: Browser, tmp_path: Path):
    fx = facts_fixture(tmp_path)
    out = tmp_path / "site"
    build_site(fx.store, fx.config, out, today=TODAY)
    browser.errors.clear()
    pages = [out / "index.html", out / "sources/terms.html", out / "sources/aup.html"]
    pages += [out / f"changes/{cid}.html" for cid in fx.changes.values()]
    pages += [out / "countries/BR.html", out / "products/a2p-10dlc.html"]
    for path in pages:
        browser.open(path)
        assert browser.page.locator("h1").count() == 1
        # The stylesheet loaded through its relative link (file:// has no server): the
        # page's main column gets the stylesheet's max-width (browsers default to none).
        width = browser.page.evaluate("() => getComputedStyle(document.querySelector("
                                      "'main')).maxWidth")
        assert width not in ("none", ""), path
    assert browser.errors == []
    # Following a relative link works from file:// too.
    browser.open(out / "index.html")
    browser.page.locator("#latest ~ ol li.change .change-title a").first.click()
    browser.page.wait_for_load_state("load")
    assert browser.page.url.endswith(f"/changes/{fx.changes['terms-moved']}.html")
    assert browser.page.locator("#removed").is_visible()
    # From a change's "What changed for you" to its country's page and back.
    browser.open(out / f"changes/{fx.changes['terms-reworded']}.html")
    assert browser.page.locator("section.for-you").is_visible()
    browser.page.locator("section.for-you a", has_text="Brazil (BR)").click()
    browser.page.wait_for_load_state("load")
    assert browser.page.url.endswith("/countries/BR.html")
    browser.page.locator("li.change .change-title a").first.click()
    browser.page.wait_for_load_state("load")
    assert browser.page.url.endswith(f"/changes/{fx.changes['terms-reworded']}.html")


def test_hostile_tracked_text_runs_nothing_and_shows_as_text(browser: Browser, tmp_path: Path):
    fx: Fixture = hostile_fixture(tmp_path)
    out = tmp_path / "site"
    build_site(fx.store, fx.config, out, today=TODAY)
    browser.errors.clear()
    change = out / f"changes/{fx.changes['hostile']}.html"
    raw = out / f"raw/{fx.versions['hostile'].body_hash}.txt"
    facets = sorted(out.glob("countries/*.html")) + sorted(out.glob("products/*.html"))
    assert len(facets) == 3  # Brazil, a country code that is markup, a product that is too
    for path in [out / "index.html", change, out / "sources/terms.html",
                 out / "sources/sms.html", out / "sources/calls.html", raw, *facets]:  # fmt: skip
        browser.open(path)
        title, clean = browser.page.evaluate(PWN_CHECK)
        assert clean and title != "pwned", path
        assert browser.page.locator("script, img, iframe").count() == 0, path
    browser.open(change)
    added = browser.page.locator("#added ~ ol").inner_text()
    assert "<script>document.title='pwned';window.__pwned=1</script>" in added
    assert '<img src=x onerror="window.__pwned=1">' in added
    panel = browser.page.locator("section.for-you").inner_text()
    assert "new prohibition <b>x</b>" in panel and "<script>window.__pwned=1</script>" in panel
    assert browser.page.locator('a[href^="javascript:" i]').count() == 0
    browser.open(out / "sources/sms.html")
    assert "javascript:window.__pwned=1" in browser.page.locator("dl.facts").inner_text()
    assert browser.page.locator('a[href^="javascript:" i]').count() == 0
    # Every link on the page, clicked, still runs nothing.
    browser.open(change)
    for href in browser.page.eval_on_selector_all("a", "els => els.map(e => e.href)"):
        assert href.startswith(("file://", "https://")), href
    assert browser.errors == []


def take_screenshots(docs: Path) -> None:
    """Render the fixture site and save docs/home.png, docs/source.png, docs/change.png."""
    work = Path(tempfile.mkdtemp())
    try:
        fx = make_fixture(work)
        out = work / "site"
        build_site(fx.store, fx.config, out, today=TODAY)
        play, context = launch(work / "profile")
        try:
            page = Browser(context, []).page
            page.set_viewport_size({"width": 1000, "height": 1100})
            shots = {
                "home.png": out / "index.html",
                "source.png": out / "sources/terms.html",
                "change.png": out / f"changes/{fx.changes['terms-reworded']}.html",
            }
            docs.mkdir(parents=True, exist_ok=True)
            for name, path in shots.items():
                page.goto(path.as_uri(), wait_until="load")
                page.screenshot(path=str(docs / name), full_page=False)
        finally:
            context.close()
            play.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
