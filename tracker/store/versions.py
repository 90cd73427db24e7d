"""Versions of a source and the archive captures they came from (`versions`, `captures`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from tracker.errors import TrackerError
from tracker.extract.normalize import content_hash  # noqa: F401  (the store's key)
from tracker.models import Block, Version, blocks_json, blocks_of_json, iso, parse_iso
from tracker.store.connection import Connection


class VersionTables(Connection):
    """Queries on versions and captures."""

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
             "blocks": blocks_json(blocks),
             "text": "\n\n".join([b.text for b in blocks]), "block_count": len(blocks),
             "first_seen": iso(seen_at),
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
            blocks=blocks_of_json(row["blocks"]),
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

    def version_rows(self) -> list[dict[str, Any]]:
        """Every current version without its blocks (`block_count` instead), by source, then
        first seen: the site lists versions without parsing each one's text."""
        cursor = self.db.execute(
            "select id, source, content_hash, first_seen, last_seen, body_hash, origin, "
            "block_count from versions "
            "where superseded_by is null order by source, first_seen, id"
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def version_pair(
        self, source_id: str, from_version: int | None, to_version: int | None
    ) -> tuple[Version, Version]:
        """The two versions to compare: the ones named, else the latest and the one before."""
        versions = self.versions(source_id)
        if not versions:
            raise TrackerError(f"{source_id}: no versions recorded")
        by_id = {v.id: v for v in versions}
        for vid in (from_version, to_version):
            if vid is not None and vid not in by_id:
                known = ", ".join(str(v.id) for v in versions)
                raise TrackerError(f"{source_id}: no version {vid} (versions: {known})")
        new = by_id[to_version] if to_version else versions[-1]
        if from_version:
            return by_id[from_version], new
        earlier = [v for v in versions if v.id != new.id and v.first_seen <= new.first_seen]
        if not earlier:
            raise TrackerError(f"{source_id}: only one version, nothing to compare")
        return earlier[-1], new
