"""With `select`, a page whose selected region is the one the latest version was read
from is unchanged without a walk; any edit inside the region is still a change."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from tests.pages import seed_blocks
from tests.server import Reply
from tracker.cli import main
from tracker.extract import html
from tracker.store.sources import _region_for


def _page(article: str, n: int) -> str:
    """Policy text in <article>, around it furniture that changes on every request."""
    return (
        "<!DOCTYPE html><html><head><title>Acceptable Use Policy</title>"
        f"<script>window.__token='{n:032x}'</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/legal'>Legal</a></nav>"
        f"<div class='session-bar'><span>{1000 + n} views</span></div>"
        f"<main>{article}</main>"
        f"<footer>Rendered in {n % 97} ms</footer></body></html>"
    )


def _article(extra: str = "") -> str:
    paragraphs = [text for kind, text in seed_blocks("aup-summary-of-changes-2016")
                  if kind == "paragraph"][:6]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<article><h1>Acceptable Use Policy</h1>{body}{extra}</article>"


def _run(tmp_path: Path, config: Path, *args: str):
    result = CliRunner().invoke(main, [*args, "--config", str(config),
                                       "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    return result


def test_an_unchanged_region_skips_the_walk_and_an_edit_in_it_is_a_change(
        server, tmp_path, monkeypatch):
    state = {"article": _article()}
    hits = itertools.count()
    server.routes["/aup"] = lambda hit: Reply(200, _page(state["article"], next(hits)))
    config = tmp_path / "tracker.toml"
    config.write_text(
        "[settings]\nconfirm_delay = 0\nparse_processes = 1\n"
        f'[[sources]]\nid = "aup"\nname = "AUP"\nurl = "{server.url("/aup")}"\n'
        'select = "article"\n')
    walks = []
    real = html._blocks_of
    monkeypatch.setattr(html, "_blocks_of", lambda *a, **k: walks.append(1) or real(*a, **k))

    _run(tmp_path, config, "check")
    assert len(walks) == 1
    walks.clear()
    _run(tmp_path, config, "check")  # furniture changed, the article did not
    _run(tmp_path, config, "check")
    assert walks == []
    db = sqlite3.connect(tmp_path / "t.db")
    outcomes = db.execute("select outcome, count from fetches order by id").fetchall()
    assert outcomes == [("first", 1), ("unchanged", 2)]

    state["article"] = _article("<p>Sending unsolicited messages to emergency numbers "
                                "is prohibited.</p>")
    _run(tmp_path, config, "check")
    records = json.loads(_run(tmp_path, config, "changes", "--json").stdout)
    assert [r["added"] for r in records] == [
        ["Sending unsolicited messages to emergency numbers is prohibited."]]
    walks.clear()
    _run(tmp_path, config, "check")  # the new region is remembered in turn
    assert walks == []
    db.close()


def test_a_kept_region_counts_only_for_the_content_it_was_kept_for():
    """A version recorded another way (an accepted suspect, a re-extraction) makes the
    kept region stale: it is then ignored, and the page is read again."""
    assert _region_for("abc h1", "h1") == "abc"
    assert _region_for("abc h1", "h2") is None
    assert _region_for(None, "h1") is None
    assert _region_for("abc h1", None) is None
