"""The database as people browse it: foreign keys, full-text search and canned queries,
on a database written by the previous schema and migrated, through Datasette's own API."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.cli import main
from tracker.config import parse_config
from tracker.pipeline import check
from tracker.store import Store

datasette_app = pytest.importorskip("datasette.app")
DATA = Path(__file__).parent / "data"


def test_old_database_migrates_and_browses(server, tmp_path):
    """tests/data/tracker-schema1.sql is a database written by the release before these
    links (schema 1: two versions and one change of a real page), dumped as SQL."""
    db_path = tmp_path / "tracker.db"
    old = sqlite3.connect(db_path)
    old.executescript((DATA / "tracker-schema1.sql").read_text())
    old.close()
    blocks = seed_blocks("sms-not-allowed")
    blocks.insert(2, ("paragraph", "Messages promoting payday loans are not allowed in Brazil, "
                                   "effective March 2, 2026."))
    soon = (dt.date.today() + dt.timedelta(days=10)).strftime("%B %-d, %Y")
    blocks.insert(3, ("paragraph", f"You must register every sender ID, effective {soon}."))
    server.routes["/sms"] = lambda hit: Reply(200, render_page(blocks, title="SMS"))
    config_text = (
        "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
        f'[[sources]]\nid = "sms"\nname = "SMS rules"\nurl = "{server.url("/sms")}"\n'
    )
    store = Store(db_path)  # migrates
    check(parse_config(config_text, None), store)
    store.close()

    (tmp_path / "tracker.toml").write_text(config_text)
    result = CliRunner().invoke(
        main, ["datasette-metadata", "--db", str(db_path), "--config",
               str(tmp_path / "tracker.toml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    metadata = json.loads(result.stdout)

    migrated = Store(db_path)
    links = {(fk.column, fk.other_table) for fk in migrated.db["changes"].foreign_keys}
    assert {("from_version", "versions"), ("to_version", "versions")} <= links
    assert ("change_id", "changes") in {
        (fk.column, fk.other_table) for fk in migrated.db["outbox"].foreign_keys
    }
    assert migrated.db.execute("pragma foreign_key_check").fetchall() == []
    migrated.close()

    async def browse() -> dict:
        ds = datasette_app.Datasette([str(db_path)], metadata=metadata)
        got = {}
        for name in ("taking_effect_soon", "changes_per_source", "latest_versions"):
            response = await ds.client.get(f"/tracker/{name}.json?_shape=array")
            assert response.status_code == 200, (name, response.text)
            got[name] = response.json()
        response = await ds.client.get("/tracker/search_changes.json?_shape=array&q=payday")
        got["search"] = response.json()
        response = await ds.client.get("/tracker/versions.json?_search=payday&_shape=array")
        got["fts"] = response.json()
        db = ds.get_database("tracker")
        got["fks"] = await db.foreign_keys_for_table("changes")
        return got

    got = asyncio.run(browse())
    assert [row["source"] for row in got["taking_effect_soon"]] == ["SMS rules"]
    assert got["changes_per_source"][0]["changes"] == 2  # the old change and the new one
    assert "payday" in got["latest_versions"][0]["text"]
    assert len(got["search"]) == 1
    assert len(got["fts"]) == 2  # the old second version and the new one
    assert {fk["other_table"] for fk in got["fks"]} >= {"versions", "sources"}


def test_facts_of_old_changes_are_computed_and_faceted(server, tmp_path):
    """`tracker facts` gives changes written before facts existed their facts; Datasette
    facets changes by severity, country and product without code."""
    db_path = tmp_path / "tracker.db"
    old = sqlite3.connect(db_path)
    old.executescript((DATA / "tracker-schema1.sql").read_text())
    old.close()
    config = tmp_path / "tracker.toml"
    config.write_text('[[sources]]\nid = "sms"\nname = "SMS rules"\nurl = "http://127.0.0.1:9/"\n')
    args = ["--db", str(db_path), "--config", str(config)]
    before = json.loads(CliRunner().invoke(main, ["changes", "--json", *args]).stdout)
    assert [c["facts"] for c in before] == [[]] and before[0]["countries"] == []
    result = CliRunner().invoke(main, ["facts", *args])
    assert result.exit_code == 0 and "1 change" in result.stdout, result.output
    [change] = json.loads(CliRunner().invoke(main, ["changes", "--json", *args]).stdout)
    assert change["countries"] == ["BR"]
    assert change["severity"] == "obligation"  # a new prohibition
    assert any(f["type"] == "obligation" for f in change["facts"])
    only_br = CliRunner().invoke(main, ["changes", "--json", "--country", "br", *args])
    assert len(json.loads(only_br.stdout)) == 1
    only_in = CliRunner().invoke(main, ["changes", "--json", "--country", "IN", *args])
    assert json.loads(only_in.stdout) == []

    async def facets() -> dict:
        ds = datasette_app.Datasette([str(db_path)])
        response = await ds.client.get(
            "/tracker/changes.json?_facet=severity&_facet_array=countries&_shape=objects")
        return response.json()["facet_results"]

    results = asyncio.run(facets())
    # Datasette < 1.0 keys facet results by column; 1.0 nests them under "results"
    results = results.get("results", results)
    assert {v["value"] for v in results["severity"]["results"]} == {"obligation"}
    assert {v["value"] for v in results["countries"]["results"]} == {"BR"}
