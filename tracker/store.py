"""The SQLite schema and every query (sqlite-utils).

Tables (open the file in Datasette to browse them):
  meta           schema version
  sources        one row per tracked source: declaration, validators, health, suspects
  bodies         raw response bodies, content-addressed (sha256) and zlib-compressed
  fetches        fetch attempts; consecutive identical outcomes are folded into one row
                 (count, first_at, last_at) so unchanged checks barely grow the file
  versions       distinct extracted contents of a source (blocks as JSON + plain text)
  changes        one row per detected change: from/to version, dates, kind, diff JSON
  volatile       per-source block shapes that proved to change between two fetches
  outbox         one row per (change, channel) notification delivery
  channels       notification channels seen (masked label, first seen), for never-flood
  captures       Internet Archive captures already imported (backfill resumes from it)
  facts          one row per fact of a change (quantity, obligation, deadline)
  versions_fts, changes_fts   full-text search (refreshed by `tracker run`)

Every link is a declared foreign key (changes -> versions -> sources, outbox -> changes,
fetches -> versions and bodies), so Datasette links rows and offers facets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from tracker.errors import StoreError
from tracker.models import (
    Block,
    BlockDiff,
    Change,
    ChangeFacts,
    EffectiveDate,
    Fact,
    Source,
    Version,
)

SCHEMA_VERSION = 3


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def content_hash(keys: Sequence[str]) -> str:
    """Hash of a version's canonical block keys: equal hashes mean the same policy text."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def pack_body(data: bytes) -> bytes:
    """How raw bodies are kept: zlib level 6 (HTML shrinks about 5x)."""
    return zlib.compress(data, 6)


def body_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _migration_1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sources"].create(
        {
            "id": str,
            "name": str,
            "url": str,
            "kind": str,
            "declaration": str,  # JSON of the config entry
            "first_seen": str,
            "last_checked": str,
            "last_ok": str,
            "status": str,  # new | ok | changed | error | suspect
            "last_error": str,
            "etag": str,
            "last_modified": str,
            "raw_hash": str,  # hash of the last raw body, stored or not
            "suspect_count": int,
            "suspect_reason": str,
            "suspect_since": str,
            "suspect_blocks": str,  # JSON blocks of the held suspect extraction
            "suspect_body": str,
        },
        pk="id",
    )
    db["bodies"].create(
        {"hash": str, "content_type": str, "size": int, "data": bytes, "first_seen": str},
        pk="hash",
    )
    db["fetches"].create(
        {
            "id": int,
            "source": str,
            "first_at": str,
            "last_at": str,
            "count": int,
            "outcome": str,  # first | new-version | unchanged | not-modified | error | suspect
            "status": int,
            "final_url": str,
            "elapsed_ms": int,
            "attempts": int,
            "error": str,
            "body_hash": str,
            "version_id": int,
        },
        pk="id",
        foreign_keys=[("source", "sources", "id")],
    )
    db["versions"].create(
        {
            "id": int,
            "source": str,
            "content_hash": str,
            "blocks": str,
            "text": str,
            "first_seen": str,
            "last_seen": str,
            "body_hash": str,
            "origin": str,  # live | backfill | reextract | accepted
            "superseded_by": int,  # set when reextract rebuilt this version
        },
        pk="id",
        foreign_keys=[("source", "sources", "id")],
    )
    db["changes"].create(
        {
            "id": int,
            "source": str,
            "detected_at": str,
            "from_version": int,
            "to_version": int,
            "effective_date": str,
            "effective_date_text": str,
            "effective_origin": str,
            "kind": str,
            "summary": str,
            "diff": str,
            "backfilled": int,
            "origin": str,  # live | backfill | reextract: only live changes are notified
            "superseded_by": int,  # set when reextract rebuilt this change
        },
        pk="id",
        foreign_keys=[("source", "sources", "id")],
    )
    db["volatile"].create(
        {"source": str, "shape": str, "example": str, "seen": int, "last_seen": str},
        pk=("source", "shape"),
    )
    db["outbox"].create(
        {
            "id": int,
            "change_id": int,
            "channel": str,  # a stable id of the channel (hash of its URL), never the secret
            "channel_label": str,  # the URL with secrets masked
            "status": str,  # pending | sent | failed | skipped
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
    )
    db["channels"].create(
        {"id": str, "label": str, "first_seen": str, "last_used": str}, pk="id"
    )
    db["captures"].create(
        {"source": str, "timestamp": str, "digest": str, "status": str, "version_id": int},
        pk=("source", "timestamp"),
    )
    db["fetches"].create_index(["source", "id"])
    db["versions"].create_index(["source", "id"])
    db["versions"].create_index(["source", "content_hash"])
    db["changes"].create_index(["source", "detected_at"])
    db["outbox"].create_index(["change_id", "channel"], unique=True)
    db["outbox"].create_index(["status"])


# What links to what, for Datasette and for integrity: a change to its two versions, a
# delivery to its change, a fetch to the version and body it produced.
FOREIGN_KEYS = [
    ("changes", "from_version", "versions", "id"),
    ("changes", "to_version", "versions", "id"),
    ("outbox", "change_id", "changes", "id"),
    ("fetches", "version_id", "versions", "id"),
    ("fetches", "body_hash", "bodies", "hash"),
    ("versions", "body_hash", "bodies", "hash"),
    ("volatile", "source", "sources", "id"),
    ("captures", "source", "sources", "id"),
    ("captures", "version_id", "versions", "id"),
]
# Full-text search (FTS5, external content): filled by Store.refresh_search(), not by
# triggers, so a check does not pay for indexing 100 KB of text per new version.
SEARCHABLE = {"versions": ["text"], "changes": ["summary", "effective_date_text", "diff"]}


def _migration_2(db: sqlite_utils.Database) -> None:
    """Foreign keys on every link (a table rebuild per table), and empty search indexes."""
    existing = {(fk.table, fk.column) for table in db.tables for fk in table.foreign_keys}
    wanted = [fk for fk in FOREIGN_KEYS if (fk[0], fk[1]) not in existing]
    if wanted:
        db.add_foreign_keys(wanted)
    for table, columns in SEARCHABLE.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=False, tokenize="porter")


def _migration_3(db: sqlite_utils.Database) -> None:
    """Facts of changes: a severity, countries and products (JSON arrays, so Datasette
    facets them with _facet_array) on each change, and one row per fact."""
    columns = db["changes"].columns_dict
    for name in ("severity", "countries", "products", "narrative"):
        if name not in columns:
            db["changes"].add_column(name, str)
    db["facts"].create(
        {"id": int, "change_id": int, "position": int, "type": str, "before": str,
         "after": str, "text": str, "unit": str, "detail": str},
        pk="id", foreign_keys=[("change_id", "changes", "id")], if_not_exists=True,
    )
    db["facts"].create_index(["change_id"], if_not_exists=True)
    db["changes"].create_index(["severity"], if_not_exists=True)


MIGRATIONS = {1: _migration_1, 2: _migration_2, 3: _migration_3}


@dataclass
class SourceState:
    """What the pipeline needs to know about a source before checking it."""

    etag: str | None
    last_modified: str | None
    raw_hash: str | None
    latest: Version | None
    volatile: set[str]
    suspect_count: int
    status: str | None


class Store:
    """The tracker database.  Safe to open by several readers; one writer at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None

    # -- schema ---------------------------------------------------------------------
    def _migrate(self) -> None:
        current = 0
        if "meta" in self.db.table_names():
            row = self.db.execute("select value from meta where key='schema_version'").fetchone()
            current = int(row[0]) if row else 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: database schema {current} is newer than this tool "
                f"({SCHEMA_VERSION}); upgrade policy-tracker"
            )
        for number in range(current + 1, SCHEMA_VERSION + 1):
            with self.db.atomic():
                MIGRATIONS[number](self.db)
                self.db["meta"].upsert(
                    {"key": "schema_version", "value": str(number)}, pk="key"
                )

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        """`with store.transaction():` commits everything inside at once, or nothing.

        sqlite-utils' atomic(): an explicit BEGIN, so the library's own inserts inside
        become savepoints instead of committing half of our work.
        """
        return self.db.atomic()

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Plain INSERT for the per-source hot path; sqlite-utils' insert() looks up the
        schema on every call (three sqlite_master queries and a savepoint)."""
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self.db.execute(f"insert into {table} ({columns}) values ({marks})",
                                 list(row.values()))
        return int(cursor.lastrowid or 0)

    def refresh_search(self) -> int:
        """Index the versions and changes added since the last refresh; returns how many.

        The indexes are external-content FTS5 tables: the text is not stored twice.  A
        first refresh (or one after a migration) rebuilds them whole.
        """
        done = 0
        with self.transaction():
            for table, columns in SEARCHABLE.items():
                key = f"search_indexed_{table}"
                row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
                top = self.db.execute(f"select coalesce(max(rowid), 0) from [{table}]")
                newest = int(top.fetchone()[0])
                if row is None:
                    self.db.execute(f"insert into [{table}_fts]([{table}_fts]) values('rebuild')")
                    done += newest
                elif newest > int(row[0]):
                    cols = ", ".join(f"[{c}]" for c in columns)
                    cursor = self.db.execute(
                        f"insert into [{table}_fts] (rowid, {cols}) select rowid, {cols} "
                        f"from [{table}] where rowid > ?", [int(row[0])])
                    done += cursor.rowcount
                self.db.execute(
                    "insert into meta (key, value) values (?, ?) on conflict(key) do update "
                    "set value = excluded.value", [key, str(newest)])
        return done

    def close(self) -> None:
        self.db.close()

    # -- sources --------------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Source]) -> None:
        now = iso(utcnow())
        with self.transaction():
            for src in sources:
                declaration = json.dumps(
                    {
                        "url": src.url,
                        "select": list(src.select),
                        "remove": list(src.remove),
                        "render": src.render,
                        "kind": src.kind,
                        "tags": list(src.tags),
                    }
                )
                self.db.execute(
                    "insert into sources (id, name, url, kind, declaration, first_seen, "
                    "status, suspect_count) values (?, ?, ?, ?, ?, ?, 'new', 0) "
                    "on conflict(id) do update set name = excluded.name, url = excluded.url, "
                    "kind = excluded.kind, declaration = excluded.declaration",
                    [src.id, src.name, src.url, src.kind, declaration, now],
                )

    def source_row(self, source_id: str) -> dict[str, Any] | None:
        cursor = self.db.execute("select * from sources where id = ?", [source_id])
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def source_rows(self) -> list[dict[str, Any]]:
        return list(self.db["sources"].rows_where(order_by="id"))

    def source_state(self, source_id: str) -> SourceState:
        row = self.source_row(source_id) or {}
        volatile = {
            r[0] for r in self.db.execute("select shape from volatile where source = ?",
                                          [source_id])
        }
        return SourceState(
            etag=row.get("etag"),
            last_modified=row.get("last_modified"),
            raw_hash=row.get("raw_hash"),
            latest=self.latest_version(source_id),
            volatile=volatile,
            suspect_count=row.get("suspect_count") or 0,
            status=row.get("status"),
        )

    _SOURCE_COLUMNS = frozenset({
        "name", "url", "kind", "declaration", "first_seen", "last_checked", "last_ok",
        "status", "last_error", "etag", "last_modified", "raw_hash", "suspect_count",
        "suspect_reason", "suspect_since", "suspect_blocks", "suspect_body"})

    def update_source(self, source_id: str, **values: Any) -> None:
        """One UPDATE statement (this runs once per source per check: keep it cheap)."""
        unknown = set(values) - self._SOURCE_COLUMNS
        if unknown:
            raise ValueError(f"unknown sources columns: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(f"update sources set {assignments} where id = ?",
                        [*values.values(), source_id])

    def remember_volatile(self, source_id: str, shapes: dict[str, str]) -> None:
        now = iso(utcnow())
        for shape, example in shapes.items():
            self.db.execute(
                "insert into volatile (source, shape, example, seen, last_seen) "
                "values (?, ?, ?, 1, ?) on conflict(source, shape) do update set "
                "seen = seen + 1, last_seen = excluded.last_seen",
                [source_id, shape, example[:500], now],
            )

    # -- bodies ---------------------------------------------------------------------
    def put_body(self, data: bytes, content_type: str | None, *, digest: str | None = None,
                 packed: bytes | None = None) -> str:
        """Store a raw body once by its hash.  `digest` and `packed` (zlib) may come
        precomputed from a fetch thread, where hashing and compressing run off the GIL."""
        digest = digest or body_digest(data)
        if self.db.execute("select 1 from bodies where hash = ?", [digest]).fetchone() is None:
            self._insert("bodies", {"hash": digest, "content_type": content_type,
                                    "size": len(data), "data": packed or pack_body(data),
                                    "first_seen": iso(utcnow())})
        return digest

    def get_body(self, digest: str) -> tuple[bytes, str | None] | None:
        row = self.db.execute(
            "select data, content_type from bodies where hash = ?", [digest]
        ).fetchone()
        return (zlib.decompress(row[0]), row[1]) if row else None

    # -- fetches --------------------------------------------------------------------
    def record_fetch(
        self,
        source_id: str,
        *,
        at: dt.datetime,
        outcome: str,
        status: int | None = None,
        final_url: str | None = None,
        elapsed: float = 0.0,
        attempts: int = 1,
        error: str | None = None,
        body_hash: str | None = None,
        version_id: int | None = None,
    ) -> None:
        """Log a fetch; a repeat of the previous row's outcome only bumps its count."""
        last = self.db.execute(
            "select id, outcome, status, error, final_url from fetches where source = ? "
            "order by id desc limit 1",
            [source_id],
        ).fetchone()
        foldable = outcome in ("unchanged", "not-modified", "error", "suspect")
        if (
            foldable
            and last is not None
            and (last[1], last[2], last[3], last[4]) == (outcome, status, error, final_url)
            and body_hash is None
        ):
            self.db.execute(
                "update fetches set count = count + 1, last_at = ?, elapsed_ms = ?, "
                "attempts = ? where id = ?",
                [iso(at), int(elapsed * 1000), attempts, last[0]],
            )
            return
        self._insert("fetches",
            {"source": source_id, "first_at": iso(at), "last_at": iso(at), "count": 1,
             "outcome": outcome, "status": status, "final_url": final_url,
             "elapsed_ms": int(elapsed * 1000), "attempts": attempts, "error": error,
             "body_hash": body_hash, "version_id": version_id}
        )

    def fetch_rows(self, source_id: str, limit: int = 50) -> list[dict[str, Any]]:
        return list(
            self.db["fetches"].rows_where(
                "source = ?", [source_id], order_by="id desc", limit=limit
            )
        )

    # -- versions -------------------------------------------------------------------
    def add_version(
        self,
        source_id: str,
        blocks: Sequence[Block],
        chash: str,
        *,
        seen_at: dt.datetime,
        body_hash: str | None,
        origin: str = "live",
    ) -> Version:
        vid = self._insert("versions",
            {"source": source_id, "content_hash": chash,
             "blocks": json.dumps([b.to_dict() for b in blocks], ensure_ascii=False),
             "text": "\n\n".join(b.text for b in blocks), "first_seen": iso(seen_at),
             "last_seen": iso(seen_at), "body_hash": body_hash, "origin": origin})
        return Version(vid, source_id, list(blocks), chash, seen_at, seen_at, body_hash, origin)

    def touch_version(self, version_id: int, seen_at: dt.datetime) -> None:
        self.db.execute(
            "update versions set last_seen = max(last_seen, ?) where id = ?",
            [iso(seen_at), version_id],
        )

    def _version(self, row: dict[str, Any]) -> Version:
        return Version(
            id=row["id"],
            source=row["source"],
            blocks=[Block.from_dict(b) for b in json.loads(row["blocks"])],
            content_hash=row["content_hash"],
            first_seen=parse_iso(row["first_seen"]),
            last_seen=parse_iso(row["last_seen"]),
            body_hash=row["body_hash"],
            origin=row["origin"] or "live",
        )

    def latest_version(self, source_id: str) -> Version | None:
        cursor = self.db.execute(
            "select * from versions where source = ? and superseded_by is null "
            "order by first_seen desc, id desc limit 1", [source_id])
        row = cursor.fetchone()
        if row is None:
            return None
        return self._version(dict(zip([c[0] for c in cursor.description], row, strict=True)))

    def versions(self, source_id: str) -> list[Version]:
        return [
            self._version(r)
            for r in self.db["versions"].rows_where(
                "source = ? and superseded_by is null", [source_id], order_by="first_seen, id"
            )
        ]

    def version(self, version_id: int) -> Version | None:
        rows = list(self.db["versions"].rows_where("id = ?", [version_id]))
        return self._version(rows[0]) if rows else None

    def count_versions(self, source_id: str | None = None) -> int:
        if source_id is None:
            return self.db["versions"].count_where("superseded_by is null")
        return self.db["versions"].count_where(
            "source = ? and superseded_by is null", [source_id]
        )

    # -- changes --------------------------------------------------------------------
    def add_change(self, change: Change) -> int:
        eff = change.effective
        change.id = self.db["changes"].insert(
            {"source": change.source, "detected_at": iso(change.detected_at),
             "from_version": change.from_version, "to_version": change.to_version,
             "effective_date": eff.date.isoformat() if eff else None,
             "effective_date_text": eff.text if eff else None,
             "effective_origin": eff.origin if eff else None,
             "kind": change.kind, "summary": change.summary,
             "diff": json.dumps(change.diff.to_dict(), ensure_ascii=False),
             "backfilled": int(change.backfilled), "origin": change.origin,
             **self._fact_columns(change)}
        ).last_pk
        self._write_facts(change)
        return change.id

    @staticmethod
    def _fact_columns(change: Change) -> dict[str, Any]:
        facts = change.facts
        return {
            "severity": facts.severity if facts else None,
            "countries": json.dumps(facts.countries) if facts else None,
            "products": json.dumps(facts.products) if facts else None,
        }

    def _write_facts(self, change: Change) -> None:
        """One `facts` row per fact of the change (replacing any it had)."""
        self.db.execute("delete from facts where change_id = ?", [change.id])
        for position, fact in enumerate(change.facts.facts if change.facts else []):
            self._insert("facts", {"change_id": change.id, "position": position, **fact.to_dict()})

    def set_facts(self, change: Change) -> None:
        """Store facts computed for a change already stored (recomputation)."""
        self.db["changes"].update(change.id, self._fact_columns(change))
        self._write_facts(change)

    def set_narrative(self, change_id: int, text: str) -> None:
        self.db["changes"].update(change_id, {"narrative": text})

    def changes_to_summarize(self) -> list[Change]:
        """Live changes with no summary yet, oldest first: what `[summary] command` is
        asked about (backfilled, re-extracted, date-only and technical changes never are)."""
        rows = self.db["changes"].rows_where(
            "narrative is null and superseded_by is null and origin = 'live' "
            "and backfilled = 0 and kind not in ('technical', 'date-only')",
            order_by="detected_at, id")
        return [self._change(r) for r in rows]

    def _facts_of(self, row: dict[str, Any]) -> ChangeFacts | None:
        if not row.get("severity"):
            return None
        if "fact_rows" in row:  # read with the row (`change_rows`)
            rows = [r[1:] for r in sorted(json.loads(row["fact_rows"] or "[]"))]
        else:
            rows = self.db.execute(
                "select [type], [before], [after], [text], [unit], [detail] from facts "
                "where change_id = ? "
                "order by position", [row["id"]]).fetchall()
        return ChangeFacts(
            severity=row["severity"],
            facts=[Fact(t, b, a, x or "", u or "", d or "") for t, b, a, x, u, d in rows],
            countries=json.loads(row.get("countries") or "[]"),
            products=json.loads(row.get("products") or "[]"),
        )

    def _change(self, row: dict[str, Any]) -> Change:
        eff = None
        if row["effective_date"]:
            eff = EffectiveDate(
                dt.date.fromisoformat(row["effective_date"]),
                row["effective_date_text"] or "",
                row["effective_origin"] or "added",
            )
        return Change(
            source=row["source"],
            detected_at=parse_iso(row["detected_at"]),
            from_version=row["from_version"],
            to_version=row["to_version"],
            diff=BlockDiff.from_dict(json.loads(row["diff"])),
            effective=eff,
            kind=row["kind"],
            summary=row["summary"] or "",
            backfilled=bool(row["backfilled"]),
            origin=row["origin"] or "live",
            id=row["id"],
            facts=self._facts_of(row),
            narrative=row.get("narrative"),
        )

    def changes(
        self,
        source: str | Sequence[str] | None = None,
        since: dt.datetime | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Change]:
        """Changes oldest first (by detected_at, then id)."""
        where, params = ["superseded_by is null"], []
        if isinstance(source, str):
            where.append("source = ?")
            params.append(source)
        elif source:
            where.append(f"source in ({', '.join('?' * len(source))})")
            params.extend(source)
        if since is not None:
            where.append("detected_at >= ?")
            params.append(iso(since))
        if kinds:
            where.append(f"kind in ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        rows = self.db["changes"].rows_where(
            " and ".join(where), params, order_by="detected_at, id"
        )
        return [self._change(r) for r in rows]

    def change(self, change_id: int) -> Change | None:
        rows = list(self.db["changes"].rows_where("id = ?", [change_id]))
        return self._change(rows[0]) if rows else None

    # -- timeline edits (backfill, reextract) ----------------------------------------
    def set_version_seen(
        self,
        version_id: int,
        *,
        first_seen: dt.datetime | None = None,
        last_seen: dt.datetime | None = None,
    ) -> None:
        if first_seen is not None:
            self.db.execute(
                "update versions set first_seen = min(first_seen, ?) where id = ?",
                [iso(first_seen), version_id],
            )
        if last_seen is not None:
            self.touch_version(version_id, last_seen)

    def changes_into(self, version_id: int) -> list[Change]:
        rows = self.db["changes"].rows_where(
            "to_version = ? and superseded_by is null", [version_id], order_by="id"
        )
        return [self._change(r) for r in rows]

    def update_change(self, change: Change) -> None:
        """Rewrite a change in place, keeping its id (links and outbox rows stay valid)."""
        eff = change.effective
        self.db["changes"].update(
            change.id,
            {"detected_at": iso(change.detected_at), "from_version": change.from_version,
             "to_version": change.to_version,
             "effective_date": eff.date.isoformat() if eff else None,
             "effective_date_text": eff.text if eff else None,
             "effective_origin": eff.origin if eff else None,
             "kind": change.kind, "summary": change.summary,
             "diff": json.dumps(change.diff.to_dict(), ensure_ascii=False),
             "backfilled": int(change.backfilled), "origin": change.origin,
             **self._fact_columns(change)},
        )
        self._write_facts(change)

    def supersede_change(self, change_id: int, by: int | None = 0) -> None:
        self.db["changes"].update(change_id, {"superseded_by": by})

    def supersede_version(self, version_id: int, by: int) -> None:
        self.db["versions"].update(version_id, {"superseded_by": by})

    def capture_known(self, source_id: str, timestamp: str) -> bool:
        return bool(
            self.db["captures"].count_where("source = ? and timestamp = ?", [source_id, timestamp])
        )

    def add_capture(
        self, source_id: str, timestamp: str, digest: str, status: str, version_id: int | None
    ) -> None:
        self.db["captures"].upsert(
            {"source": source_id, "timestamp": timestamp, "digest": digest, "status": status,
             "version_id": version_id},
            pk=("source", "timestamp"),
        )

    # -- state for an unattended run -------------------------------------------------
    _DIGEST_QUERIES = (
        "select id, source, content_hash, superseded_by from versions order by id",
        "select id, kind, from_version, to_version, superseded_by from changes order by id",
        "select id, change_id, channel, status, attempts, next_attempt_at from outbox "
        "order by id",
        "select source, shape from volatile order by source, shape",
        "select source, timestamp, status from captures order by source, timestamp",
        "select id from channels order by id",
        "select id, suspect_count from sources order by id",
    )

    def digest(self) -> str:
        """A hash of what the next run needs (not of check times, counters or validators),
        so an unattended run can tell whether its state is worth saving."""
        h = hashlib.sha256()
        for query in self._DIGEST_QUERIES:
            for row in self.db.execute(query):
                h.update(repr(tuple(row)).encode("utf-8"))
            h.update(b"|")
        return h.hexdigest()

    def export(self, target: Path) -> str:
        """A compact, consistent gzip copy of the database (VACUUM INTO); returns digest()."""
        import gzip
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "copy.db"
            self.db.execute("VACUUM INTO ?", [str(copy)])
            with open(copy, "rb") as src, gzip.GzipFile(target, "wb", 9, mtime=0) as out:
                shutil.copyfileobj(src, out)
        return self.digest()

    # -- the site's reading path: rows as stored, parsed only for the pages it renders -----
    def change_rows(self) -> list[dict[str, Any]]:
        """Every current change as its stored row (the diff still JSON), oldest first as in
        `changes()`: the site hashes rows to find what changed and parses only those.
        `fact_rows` carries the change's facts, so that a row's hash covers them too."""
        cursor = self.db.execute(
            "select c.*, (select json_group_array(json_array(f.position, f.type, f.before, "
            "f.after, f.text, f.unit, f.detail)) from facts f where f.change_id = c.id) "
            "as fact_rows from changes c where c.superseded_by is null "
            "order by c.detected_at, c.id"
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def change_from_row(self, row: dict[str, Any], *, diff: bool = True) -> Change:
        """A `change_rows()` row as a Change; `diff=False` leaves the diff empty, unparsed."""
        return self._change(row if diff else {**row, "diff": "{}"})

    def version_rows(self) -> list[dict[str, Any]]:
        """Every current version without its blocks (`block_count` instead), by source, then
        first seen: the site lists versions without parsing each one's text."""
        cursor = self.db.execute(
            "select id, source, content_hash, first_seen, last_seen, body_hash, origin, "
            "json_array_length(blocks) as block_count from versions "
            "where superseded_by is null order by source, first_seen, id"
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
