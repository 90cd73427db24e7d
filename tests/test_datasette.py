"""The database as people browse it: foreign keys, full-text search and canned queries,
on a database written by the previous schema and migrated, through Datasette's own API."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
from click.testing import CliRunner

import tracker.store as store_module
from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.cli import main
from tracker.config import parse_config
from tracker.pipeline import check
from tracker.store import Store

datasette_app = pytest.importorskip("datasette.app")


def test_old_database_migrates_and_browses(server, tmp_path, monkeypatch):
    blocks = seed_blocks("sms-not-allowed")
    server.routes["/sms"] = lambda hit: Reply(200, render_page(blocks, title="SMS"))
    config_text = (
        "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
        f'[[sources]]\nid = "sms"\nname = "SMS rules"\nurl = "{server.url("/sms")}"\n'
    )
    config = parse_config(config_text, None)
    db_path = tmp_path / "tracker.db"

    # A database as the previous release wrote it: schema 1, no links, no search.
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "SCHEMA_VERSION", 1)
        old = Store(db_path)
        check(config, old)
        soon = (dt.date.today() + dt.timedelta(days=10)).strftime("%B %-d, %Y")
        blocks.insert(2, ("paragraph", f"Messages promoting payday loans are not allowed, "
                                       f"effective {soon}."))
        check(config, old)
        assert not old.db["changes"].foreign_keys or all(
            fk.other_table == "sources" for fk in old.db["changes"].foreign_keys
        )
        old.close()

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
    assert got["changes_per_source"][0]["changes"] == 1
    assert "payday" in got["latest_versions"][0]["text"]
    assert len(got["search"]) == 1
    assert len(got["fts"]) == 1  # the second version only
    assert {fk["other_table"] for fk in got["fks"]} >= {"versions", "sources"}
