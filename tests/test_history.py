"""Backfill from a fake Wayback Machine on loopback, and re-extraction from stored pages."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.server import Hit, LoopbackServer, Reply
from tracker.cli import main

AUP = seed_blocks("aup-summary-of-changes-2016")
CLAUSE_2016 = (
    "You may not use our services to send, receive or process Protected Health "
    "Information; this restriction takes effect on February 1, 2016."
)
CLAUSE_2020 = "We may suspend numbers that receive repeated carrier complaints."
CLAUSE_2022 = (
    "Voice calls must present a valid caller ID. These requirements will go into "
    "effect on May 4, 2022."
)


def versions_of_history() -> list[tuple[str, list[tuple[str, str]]]]:
    """Five captures; the third repeats the second's text under new furniture."""
    v1 = AUP[:8]
    v2 = v1 + [("paragraph", CLAUSE_2016)]
    v3 = v2 + [("paragraph", CLAUSE_2020)]
    v4 = v3 + [("paragraph", CLAUSE_2022)]
    return [
        ("20150601000000", v1),
        ("20160115120000", v2),
        ("20170301000000", v2),
        ("20200101000000", v3),
        ("20220405093000", v4),
    ]


class FakeArchive:
    def __init__(self, server: LoopbackServer, original: str) -> None:
        self.server = server
        self.original = original
        self.captures = versions_of_history()
        self.broken: set[str] = set()
        self.counter = itertools.count()
        server.routes["/cdx/search/cdx"] = self.cdx
        for ts, blocks in self.captures:
            server.routes[f"/web/{ts}id_/{original}"] = self._page(ts, blocks)

    def cdx(self, hit: Hit) -> Reply:
        assert "collapse=digest" in hit.path and "statuscode%3A200" in hit.path
        rows = [["timestamp", "original", "statuscode", "digest", "mimetype"]]
        rows += [
            [ts, self.original, "200", f"DIGEST{i}", "text/html"]
            for i, (ts, _) in enumerate(self.captures)
        ]
        rows.insert(2, ["20151201000000", self.original, "404", "GONE", "text/html"])
        return Reply(200, json.dumps(rows), content_type="application/json")

    def _page(self, ts: str, blocks):
        def handler(hit: Hit) -> Reply:
            if ts in self.broken:
                return Reply(503, "busy")
            return Reply(200, render_page(blocks, title="AUP", variant=next(self.counter)))

        return handler


def setup(server: LoopbackServer, tmp_path: Path):
    live_path = "/legal/aup"
    original = server.url(live_path)
    archive = FakeArchive(server, original)
    config = tmp_path / "tracker.toml"
    config.write_text(
        f'[archive]\nurl = "{server.base}"\n[settings]\nconfirm_delay = 0\nretries = 0\n'
        f'[[sources]]\nid = "aup"\nname = "AUP"\nurl = "{original}"\n'
    )
    return archive, config, live_path


def cli(tmp_path: Path, config: Path, *args: str):
    return CliRunner().invoke(
        main,
        [*args, "--config", str(config), "--db", str(tmp_path / "t.db")],
        catch_exceptions=False,
    )


def records(tmp_path, config):
    return json.loads(cli(tmp_path, config, "changes", "--json").stdout)


def count_versions(tmp_path) -> int:
    db = sqlite3.connect(tmp_path / "t.db")
    n = db.execute("select count(*) from versions where superseded_by is null").fetchone()[0]
    db.close()
    return n


def test_backfill_builds_the_timeline_with_dates(server, tmp_path):
    archive, config, _ = setup(server, tmp_path)
    result = cli(tmp_path, config, "backfill", "--delay", "0")
    assert result.exit_code == 0, result.output
    assert count_versions(tmp_path) == 4
    changes = records(tmp_path, config)
    assert [c["detected_at"] for c in changes] == [
        "2016-01-15T12:00:00Z",
        "2020-01-01T00:00:00Z",
        "2022-04-05T09:30:00Z",
    ]
    assert all(c["backfilled"] for c in changes)
    assert [c["added"] for c in changes] == [[CLAUSE_2016], [CLAUSE_2020], [CLAUSE_2022]]
    assert [c["effective_date"] for c in changes] == ["2016-02-01", None, "2022-05-04"]


def test_interrupted_backfill_resumes_to_the_same_result(server, tmp_path):
    archive, config, _ = setup(server, tmp_path)
    archive.broken = {"20200101000000", "20220405093000"}
    result = cli(tmp_path, config, "backfill", "--delay", "0")
    assert result.exit_code == 1  # reported, not fatal
    assert "20200101000000" in result.output
    assert count_versions(tmp_path) == 2
    archive.broken = set()
    assert cli(tmp_path, config, "backfill", "--delay", "0").exit_code == 0
    assert count_versions(tmp_path) == 4
    assert len(records(tmp_path, config)) == 3
    assert cli(tmp_path, config, "backfill", "--delay", "0").exit_code == 0
    assert count_versions(tmp_path) == 4
    assert [c["effective_date"] for c in records(tmp_path, config)] == [
        "2016-02-01",
        None,
        "2022-05-04",
    ]


def test_live_checks_continue_the_backfilled_timeline(server, tmp_path):
    archive, config, live_path = setup(server, tmp_path)
    live_blocks = list(archive.captures[-1][1])
    counter = itertools.count(100)
    server.routes[live_path] = lambda hit: Reply(
        200, render_page(live_blocks, title="AUP", variant=next(counter))
    )
    assert cli(tmp_path, config, "backfill", "--delay", "0").exit_code == 0
    assert cli(tmp_path, config, "check").exit_code == 0
    assert count_versions(tmp_path) == 4  # the live page is the last archived version
    live_blocks.append(("paragraph", "A clause added after the backfill."))
    assert cli(tmp_path, config, "check").exit_code == 0
    changes = records(tmp_path, config)
    assert len(changes) == 4
    assert changes[-1]["backfilled"] is False
    assert changes[-1]["added"] == ["A clause added after the backfill."]
    assert changes[-1]["from_version"] == changes[-2]["to_version"]


def test_backfill_before_existing_live_history_is_merged_in_order(server, tmp_path):
    archive, config, live_path = setup(server, tmp_path)
    live_blocks = list(archive.captures[-1][1]) + [("paragraph", "Live only.")]
    server.routes[live_path] = lambda hit: Reply(200, render_page(live_blocks, title="AUP"))
    assert cli(tmp_path, config, "check").exit_code == 0
    assert cli(tmp_path, config, "backfill", "--delay", "0").exit_code == 0
    changes = records(tmp_path, config)
    assert len(changes) == 4
    assert changes[-1]["added"] == ["Live only."]
    assert [c["backfilled"] for c in changes] == [True, True, True, True]


def test_archive_down_is_reported_with_the_source(server, tmp_path):
    _, config, _ = setup(server, tmp_path)
    server.routes["/cdx/search/cdx"] = Reply(503, "unavailable")
    result = cli(tmp_path, config, "backfill", "--delay", "0")
    assert result.exit_code == 1
    assert "aup: archive listing failed: HTTP 503" in result.output


def test_reextract_rebuilds_versions_after_a_remove_change(server, tmp_path):
    blocks = AUP[:10]
    counter = itertools.count()
    promo = {"text": "Limited offer: 20% off Twilio Flex this month"}

    def page(hit: Hit) -> Reply:
        html = render_page(blocks, title="AUP", variant=next(counter))
        marker = "<main"
        html = (
            html.replace(
                marker, f'<div class="policy-banner"><p>{promo["text"]}</p></div>' + marker, 1
            )
            if marker in html
            else html
        )
        return Reply(
            200,
            html.replace(
                "</h1>",
                "</h1><div class='stable-note'>"
                "<p>Printable version available on request.</p>"
                "</div>",
                1,
            ),
        )

    server.routes["/aup"] = page
    config = tmp_path / "tracker.toml"
    base = (
        f'[settings]\nconfirm_delay = 0\n[[sources]]\nid = "aup"\nname = "AUP"\n'
        f'url = "{server.url("/aup")}"\nselect = "body"\n'
    )
    config.write_text(base)
    assert cli(tmp_path, config, "check").exit_code == 0
    blocks.append(("paragraph", "A second version's clause."))
    assert cli(tmp_path, config, "check").exit_code == 0
    db = sqlite3.connect(tmp_path / "t.db")
    bodies_before = db.execute("select count(*) from bodies").fetchone()[0]
    text_before = db.execute("select text from versions order by id desc").fetchone()[0]
    db.close()
    assert "Printable version" in text_before
    config.write_text(base + 'remove = ".stable-note"\n')
    result = cli(tmp_path, config, "reextract")
    assert result.exit_code == 0, result.output
    assert "rebuilt 2 versions into 2" in result.output
    db = sqlite3.connect(tmp_path / "t.db")
    assert db.execute("select count(*) from bodies").fetchone()[0] == bodies_before
    live = db.execute(
        "select text from versions where superseded_by is null order by first_seen"
    ).fetchall()
    db.close()
    assert len(live) == 2 and all("Printable version" not in t for (t,) in live)
    changes = records(tmp_path, config)
    kinds = [c["kind"] for c in changes]
    assert kinds.count("technical") == 1
    policy = [c for c in changes if c["kind"] != "technical"]
    assert len(policy) == 1 and policy[0]["added"] == ["A second version's clause."]
    assert policy[0]["origin"] == "reextract"
    # Safe to run twice: nothing more happens.
    result = cli(tmp_path, config, "reextract")
    assert "extraction unchanged" in result.output
    assert len(records(tmp_path, config)) == len(changes)
