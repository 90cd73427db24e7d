"""Store: schema and migrations, content-addressed bodies, folded fetch log, versions."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tracker.errors import StoreError
from tracker.models import Block, BlockDiff, Change, EffectiveDate, Modified, Source, WordOp
from tracker.store import SCHEMA_VERSION, Store

T0 = dt.datetime(2025, 2, 25, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    s.sync_sources([Source("aup", "AUP", "https://example.com/aup")])
    return s


def test_new_database_has_the_schema_and_wal(tmp_path):
    store = Store(tmp_path / "t.db")
    names = set(store.db.table_names())
    assert {
        "meta",
        "sources",
        "bodies",
        "fetches",
        "versions",
        "changes",
        "volatile",
        "outbox",
        "captures",
    } <= names
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    version = store.db.execute("select value from meta where key='schema_version'").fetchone()
    assert int(version[0]) == SCHEMA_VERSION
    # Opening again does not migrate twice.
    Store(tmp_path / "t.db")


def test_newer_schema_is_refused_with_a_clear_error(tmp_path):
    Store(tmp_path / "t.db")
    db = sqlite3.connect(tmp_path / "t.db")
    db.execute("update meta set value='99' where key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this tool"):
        Store(tmp_path / "t.db")


def test_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "t.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "t.db")


def test_bodies_are_stored_once_and_compressed(store):
    body = b"<html>" + b"policy text " * 5000 + b"</html>"
    first = store.put_body(body, "text/html")
    second = store.put_body(body, "text/html")
    assert first == second
    assert store.db["bodies"].count == 1
    size = store.db.execute("select length(data) from bodies").fetchone()[0]
    assert size < len(body) / 10
    assert store.get_body(first) == (body, "text/html")


def test_repeated_unchanged_fetches_fold_into_one_row(store):
    for minute in range(20):
        store.record_fetch(
            "aup", at=T0 + dt.timedelta(minutes=minute), outcome="unchanged", status=200
        )
    rows = store.fetch_rows("aup")
    assert len(rows) == 1
    assert rows[0]["count"] == 20
    assert rows[0]["last_at"] == "2025-02-25T12:19:00Z"
    store.record_fetch("aup", at=T0, outcome="error", status=503, error="HTTP 503")
    assert len(store.fetch_rows("aup")) == 2


def test_versions_and_changes_round_trip(store):
    v1 = store.add_version(
        "aup", [Block("paragraph", "Old clause.")], "h1", seen_at=T0, body_hash=None
    )
    v2 = store.add_version(
        "aup",
        [Block("paragraph", "New clause.")],
        "h2",
        seen_at=T0 + dt.timedelta(days=1),
        body_hash=None,
    )
    assert store.latest_version("aup").id == v2.id
    diff = BlockDiff(
        modified=[
            Modified(
                "Old clause.", "New clause.", [WordOp("delete", "Old"), WordOp("insert", "New")]
            )
        ]
    )
    change = Change(
        "aup",
        T0 + dt.timedelta(days=1),
        v1.id,
        v2.id,
        diff,
        EffectiveDate(dt.date(2025, 4, 1), "effective as of April 1, 2025"),
        summary="1 reworded",
    )
    store.add_change(change)
    [back] = store.changes()
    assert back.diff.modified[0].ops[1] == WordOp("insert", "New")
    assert back.effective.date == dt.date(2025, 4, 1)
    assert store.changes(since=T0 + dt.timedelta(days=2)) == []
    assert [c.id for c in store.changes(source="aup")] == [change.id]


def test_a_batch_keeps_whole_units_of_work_and_commits_them(tmp_path):
    """Inside a batch each transaction is a savepoint: one that fails leaves nothing,
    the others are committed at the end even when the batch ends with an exception;
    until then another writer is kept out, and a flush lets it in."""
    store = Store(tmp_path / "t.db")
    store.sync_sources([Source(sid, sid, f"https://example.com/{sid}") for sid in "abc"])
    other = sqlite3.connect(tmp_path / "t.db", timeout=0.1, isolation_level=None)

    def statuses():
        return dict(other.execute("select id, status from sources"))

    before = statuses()
    with pytest.raises(RuntimeError), store.batch() as batch:
        batch.begin()
        with store.transaction():
            store.update_source("a", status="ok")
        batch.step()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("begin immediate")
        assert statuses() == before  # not committed yet
        batch.flush()
        other.execute("begin immediate")  # the flush released the lock
        other.execute("rollback")
        assert statuses()["a"] == "ok"
        batch.begin()
        with store.transaction():
            store.update_source("b", status="ok")
        batch.step()
        batch.begin()
        with store.transaction():
            store.update_source("c", status="ok")
            raise RuntimeError("half-way through c")
    assert statuses() == {**before, "a": "ok", "b": "ok"}  # b kept, c untouched
    with store.batch(most=2) as batch:  # every `most` steps a commit
        for sid in "ab":
            batch.begin()
            store.update_source(sid, status="changed")
            batch.step()
        assert statuses()["b"] == "changed"
    with store.transaction():  # a caller's own transaction is not committed by a batch
        store.update_source("a", status="error")
        with store.batch() as batch:
            batch.begin()
            with store.transaction():
                store.update_source("b", status="error")
            batch.step()
            batch.flush()
        assert statuses()["a"] == "changed"
    assert statuses()["a"] == statuses()["b"] == "error"


def test_a_new_file_gets_the_schema_the_migrations_give(tmp_path):
    """A new database is made in one step (the links declared as the tables are
    created); it must be the schema an old file gets by migrating, table by table."""
    import sqlite_utils

    from tracker.store import schema

    migrated = sqlite_utils.Database(memory=True)
    for number in range(1, SCHEMA_VERSION + 1):
        schema.MIGRATIONS[number](migrated)

    def shape(db):
        return {
            table: (
                sorted(tuple(r) for r in db.execute(f"pragma table_info([{table}])")),
                sorted(tuple(r[2:5]) for r in db.execute(f"pragma foreign_key_list([{table}])")),
                sorted((r[1], r[2]) for r in db.execute(f"pragma index_list([{table}])")),
            )
            for table in db.table_names()
        }

    fresh = Store(tmp_path / "t.db").db
    assert shape(fresh) == shape(migrated)
    assert {fk.other_table for fk in fresh["fetches"].foreign_keys} == {
        "sources", "versions", "bodies"}


def test_versions_keep_their_block_count_and_older_files_get_it(tmp_path):
    """The site lists versions with their number of blocks: kept when a version is
    recorded, and counted once for the versions of a file from before (schema 4)."""
    store = Store(tmp_path / "t.db")
    store.sync_sources([Source("aup", "AUP", "https://example.com/aup")])
    blocks = [Block("heading", "Terms", 1), Block("paragraph", "One."), Block("item", "Two.")]
    vid = store.add_version("aup", blocks, "h1", seen_at=T0, body_hash=None).id
    assert [r["block_count"] for r in store.version_rows()] == [3]
    store.db.execute("update versions set block_count = null")
    store.db.execute("update meta set value = '4' where key = 'schema_version'")
    store.db.conn.commit()
    store.close()
    again = Store(tmp_path / "t.db")
    assert [(r["id"], r["block_count"]) for r in again.version_rows()] == [(vid, 3)]


def test_record_timestamps_are_utc_whole_seconds_with_a_z():
    import datetime as dt

    from tracker.models import iso, parse_iso

    paris = dt.timezone(dt.timedelta(hours=1))
    assert iso(dt.datetime(2025, 3, 4, 10, 5, 6, 789, tzinfo=paris)) == "2025-03-04T09:05:06Z"
    assert iso(dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=dt.UTC)) == "2025-12-31T23:59:59Z"
    assert iso(dt.datetime(2, 1, 1, tzinfo=dt.UTC)) == "0002-01-01T00:00:00Z"
    assert iso(None) is None
    moment = dt.datetime(2026, 12, 1, 13, 0, 7, tzinfo=dt.UTC)
    assert parse_iso(iso(moment)) == moment


def test_opening_the_store_does_not_scan_installed_packages_for_plugins(tmp_path):
    """sqlite-utils finds its plugins by reading every installed package's entry points
    (20 ms of each command's start); the tracker uses none."""
    import subprocess
    import sys

    code = ("import sys; from tracker.store import Store; Store(sys.argv[1]); "
            "import sqlite_utils.plugins as p; print(p._plugins_loaded)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_blocks_are_stored_as_their_dicts_and_read_back_equal():
    import json

    from tracker.models import Block, blocks_json, blocks_of_json

    blocks = [Block("heading", "Acceptable Use Policy – Twilio", 1), Block("item", "No spam")]
    assert json.loads(blocks_json(blocks)) == [b.to_dict() for b in blocks]
    assert blocks_of_json(blocks_json(blocks)) == blocks
    assert blocks_of_json('[{"kind": "paragraph", "text": "old row"}]') == [
        Block("paragraph", "old row", 0)]  # rows written before `level` existed
