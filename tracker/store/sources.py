"""Sources, their raw bodies and their fetch log: what the check reads before and writes
after each fetch (the `sources`, `volatile`, `bodies` and `fetches` tables)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.models import Source, Version, iso, utcnow
from tracker.store.connection import Connection


def pack_body(data: bytes) -> bytes:
    """How raw bodies are kept: zlib level 6 (HTML shrinks about 5x)."""
    return zlib.compress(data, 6)


def body_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


class SourceTables(Connection):
    """Queries on sources, volatile shapes, bodies and fetches."""

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
