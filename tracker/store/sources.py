"""Sources, their raw bodies and their fetch log: what the check reads before and writes
after each fetch (the `sources`, `volatile`, `bodies` and `fetches` tables)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracker.fetch.bodies import body_digest, pack_body, unpack_body
from tracker.models import Source, Version, iso, utcnow
from tracker.store.connection import Connection


@dataclass
class SourceState:
    """What the pipeline needs to know about a source before checking it.

    The latest version's blocks are read only when a check needs them (its page differs
    from it): an unchanged page is decided on `latest_id` and `latest_hash` alone, so a
    run over many unchanged sources never decodes their stored text.
    """

    etag: str | None
    last_modified: str | None
    raw_hash: str | None
    volatile: set[str]
    suspect_count: int
    status: str | None
    latest_id: int | None = None
    latest_hash: str | None = None
    region_hash: str | None = None
    load_latest: Callable[[], Version | None] | None = field(default=None, repr=False)
    _latest: Version | None = field(default=None, repr=False)

    @property
    def latest(self) -> Version | None:
        if self._latest is None and self.latest_id is not None and self.load_latest:
            self._latest = self.load_latest()
            self.load_latest = None
        return self._latest

    @latest.setter
    def latest(self, version: Version | None) -> None:
        self._latest = version
        self.latest_id = version.id if version is not None else None
        self.latest_hash = version.content_hash if version is not None else None
        self.load_latest = None


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
        return self.source_states([source_id])[source_id]

    def source_states(self, source_ids: Sequence[str]) -> dict[str, SourceState]:
        """The states of many sources in three queries (a run reads every source's)."""
        wanted = set(source_ids)
        cursor = self.db.execute(
            "select id, etag, last_modified, raw_hash, suspect_count, status, region_hash "
            "from sources")
        rows = {r[0]: r for r in cursor if r[0] in wanted}
        volatile: dict[str, set[str]] = {sid: set() for sid in wanted}
        for source, shape in self.db.execute("select source, shape from volatile"):
            if source in volatile:
                volatile[source].add(shape)
        latest: dict[str, tuple[int, str]] = {}
        for source, vid, chash in self.db.execute(
            "select source, id, content_hash from (select source, id, content_hash, "
            "row_number() over (partition by source order by first_seen desc, id desc) "
            "as rank from versions where superseded_by is null) where rank = 1"
        ):
            latest[source] = (vid, chash)
        states = {}
        for sid in source_ids:
            _, etag, modified, raw_hash, suspects, status, region = (
                rows.get(sid) or (sid, *[None] * 6))
            vid, chash = latest.get(sid, (None, None))
            states[sid] = SourceState(
                etag=etag, last_modified=modified, raw_hash=raw_hash, volatile=volatile[sid],
                suspect_count=suspects or 0, status=status, latest_id=vid, latest_hash=chash,
                region_hash=_region_for(region, chash),
                load_latest=(lambda vid=vid: self.version(vid)) if vid is not None else None,
            )
        return states

    _SOURCE_COLUMNS = frozenset({
        "name", "url", "kind", "declaration", "first_seen", "last_checked", "last_ok",
        "status", "last_error", "etag", "last_modified", "raw_hash", "suspect_count",
        "suspect_reason", "suspect_since", "suspect_blocks", "suspect_body", "region_hash"})

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

    def put_body(self, data: bytes | None, content_type: str | None, *,
                 digest: str | None = None, packed: bytes | None = None,
                 size: int | None = None) -> str:
        """Store a raw body once by its hash.  `digest` and `packed` (zstd) may come
        precomputed from a fetch thread or worker; then `data` may be None and `size`
        says how long it was."""
        if data is None and (packed is None or digest is None or size is None):
            raise ValueError("put_body needs the body, or its digest, packed form and size")
        digest = digest or body_digest(data or b"")
        self._insert("bodies", {
            "hash": digest, "content_type": content_type,
            "size": len(data) if data is not None else size,
            "data": packed or pack_body(data or b""), "first_seen": iso(utcnow())},
            or_ignore=True)  # a body already kept stays as it is
        return digest

    def get_body(self, digest: str) -> tuple[bytes, str | None] | None:
        row = self.db.execute(
            "select data, content_type from bodies where hash = ?", [digest]
        ).fetchone()
        return (unpack_body(row[0]), row[1]) if row else None

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
        foldable = outcome in ("unchanged", "not-modified", "error", "suspect")
        last = self.db.execute(
            "select id, outcome, status, error, final_url from fetches where source = ? "
            "order by id desc limit 1",
            [source_id],
        ).fetchone() if foldable and body_hash is None else None
        if (
            last is not None
            and (last[1], last[2], last[3], last[4]) == (outcome, status, error, final_url)
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


def _region_for(kept: str | None, latest_hash: str | None) -> str | None:
    """The kept region digest, if it was kept for the latest version's content."""
    region, _, vouches_for = (kept or "").partition(" ")
    return region if region and latest_hash and vouches_for == latest_hash else None
