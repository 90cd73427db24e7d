"""The open database: pragmas, migration on open, transactions, the hot-path INSERT.

Every table family (tracker.store.sources, .versions, .changes, .outbox, .state) is a
mixin over this class; tracker.store.Store puts them together.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import sqlite_utils

from tracker.errors import StoreError
from tracker.store.schema import migrate


class Connection:
    """The tracker database.  Safe to open by several readers; one writer at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.execute("PRAGMA foreign_keys=ON")
            migrate(self.db, self.path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        """`with store.transaction():` commits everything inside at once, or nothing.

        sqlite-utils' atomic(): an explicit BEGIN, so the library's own inserts inside
        become savepoints instead of committing half of our work.
        """
        return self.db.atomic()

    def _insert(self, table: str, row: dict[str, Any], *, or_ignore: bool = False) -> int:
        """Plain INSERT for the per-source hot path; sqlite-utils' insert() looks up the
        schema on every call (three sqlite_master queries and a savepoint).  `or_ignore`:
        a row whose key exists is left as it is."""
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" * len(row))
        verb = "insert or ignore" if or_ignore else "insert"
        cursor = self.db.execute(f"{verb} into {table} ({columns}) values ({marks})",
                                 list(row.values()))
        return int(cursor.lastrowid or 0)

    def close(self) -> None:
        self.db.close()
