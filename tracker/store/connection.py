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
            # No sqlite-utils plugins: finding them reads the entry points of every
            # installed package (20 ms of each command's start), and none is ours.
            self.db = sqlite_utils.Database(self.path, execute_plugins=False)
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

    def batch(self, most: int = 100) -> Batch:
        """`with store.batch() as batch:` groups the transactions inside into fewer
        commits (see Batch)."""
        return Batch(self.db.conn, most)

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


class Batch:
    """Transactions grouped into one commit, for a run recording many sources.

    Between `begin()` and the commit, each `store.transaction()` is a savepoint: it still
    keeps all of its work or none, so a run killed half-way leaves every source recorded
    whole or untouched.  A commit writes the pages the sources share (indexes, the
    sources table) once for the batch instead of once per source: 0.2 ms of the run's
    CPU per first capture.  The batch commits every `most` steps, on `flush()` and at
    the end, even when the block ends with an exception (the transaction then holds
    only whole units of work).  The write lock is held from the first write to the
    commit: flush before waiting on anything (a network fetch, a worker).
    """

    def __init__(self, conn: sqlite3.Connection, most: int) -> None:
        self.conn = conn
        self.most = most
        self.steps = 0
        self.began = False  # a transaction the caller had open is the caller's to commit

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.began = True

    def step(self) -> None:
        """One unit of work done; commit when `most` are."""
        self.steps += 1
        if self.steps >= self.most:
            self.flush()

    def flush(self) -> None:
        self.steps = 0
        began, self.began = self.began, False
        if not began or not self.conn.in_transaction:  # not ours, or SQLite rolled it back
            return
        try:
            self.conn.execute("COMMIT")
        except BaseException:  # e.g. the file is locked: nothing of the batch is kept
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()
