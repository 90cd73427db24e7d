"""The database as a whole: full-text search, the state digest, a compact export."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.store.connection import Connection
from tracker.store.schema import SEARCHABLE


class StateTables(Connection):
    """Search indexes and the state an unattended run saves."""

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
