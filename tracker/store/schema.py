"""The database schema: its version and the migrations that bring any older file to it.

A database written by an earlier release is migrated in place when it is opened, one
numbered migration per transaction; a file from a newer release is refused.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from tracker.errors import StoreError

SCHEMA_VERSION = 5


def _migration_1(db: sqlite_utils.Database, *, linked: bool = False) -> None:
    """The first schema.  `linked` (a new file): with migration 2's foreign keys declared
    here, so that no table is rebuilt to add them (a new file: 44 -> 34 ms)."""

    def links(table: str, own: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        extra = [(col, other, key) for name, col, other, key in FOREIGN_KEYS if name == table]
        return own + extra if linked else own

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
        foreign_keys=links("versions", [("source", "sources", "id")]),
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
        foreign_keys=links("fetches", [("source", "sources", "id")]),
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
        foreign_keys=links("changes", [("source", "sources", "id")]),
    )
    db["volatile"].create(
        {"source": str, "shape": str, "example": str, "seen": int, "last_seen": str},
        pk=("source", "shape"),
        foreign_keys=links("volatile", []),
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
        foreign_keys=links("outbox", []),
    )
    db["channels"].create(
        {"id": str, "label": str, "first_seen": str, "last_used": str}, pk="id"
    )
    db["captures"].create(
        {"source": str, "timestamp": str, "digest": str, "status": str, "version_id": int},
        pk=("source", "timestamp"),
        foreign_keys=links("captures", []),
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


def _migration_4(db: sqlite_utils.Database) -> None:
    """sources.region_hash: the digest of the selected region of the page the latest
    version was read from (sources with `select`), so an unchanged region skips the walk;
    kept as "digest content-hash" (the version content it vouches for)."""
    if "region_hash" not in db["sources"].columns_dict:
        db["sources"].add_column("region_hash", str)


def _migration_5(db: sqlite_utils.Database) -> None:
    """versions.block_count, kept when a version is recorded: the site lists every version
    with its count of blocks, and counting them in the JSON each time read every stored
    text (10,000 versions: 0.28 s of a 1.4 s rebuild that had nothing to do)."""
    if "block_count" not in db["versions"].columns_dict:
        db["versions"].add_column("block_count", int)
    db.execute("update versions set block_count = json_array_length(blocks) "
               "where block_count is null")
    # The listing's columns sit after the stored text in each row (a walk through its
    # overflow pages per version): an index holding them all answers it alone.
    db["versions"].create_index(
        ["source", "first_seen", "id", "superseded_by", "content_hash", "last_seen",
         "body_hash", "origin", "block_count"], index_name="versions_listing",
        if_not_exists=True)


MIGRATIONS = {1: _migration_1, 2: _migration_2, 3: _migration_3, 4: _migration_4,
              5: _migration_5}


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Bring `db` to SCHEMA_VERSION (raises StoreError for a newer file)."""
    current = 0
    if "meta" in db.table_names():
        row = db.execute("select value from meta where key='schema_version'").fetchone()
        current = int(row[0]) if row else 0
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema {current} is newer than this tool "
            f"({SCHEMA_VERSION}); upgrade policy-tracker"
        )
    if current == 0 and not db.table_names():
        # A new file: every migration in one transaction, the first with the links the
        # second would add by rebuilding tables.
        with db.atomic():
            _migration_1(db, linked=True)
            for number in range(2, SCHEMA_VERSION + 1):
                MIGRATIONS[number](db)
            db["meta"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)})
        return
    for number in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[number](db)
            db["meta"].upsert({"key": "schema_version", "value": str(number)}, pk="key")
