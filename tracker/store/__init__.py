"""The SQLite schema and every query (sqlite-utils).

Tables (open the file in Datasette to browse them):
  meta           schema version
  sources        one row per tracked source: declaration, validators, health, suspects
  bodies         raw response bodies, content-addressed (sha256) and zstd-compressed
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

One module per table family (sources, versions, changes, outbox, state), each a mixin
of `Store`; the schema and its migrations in tracker.store.schema.  All SQL lives here.
"""

from tracker.models import iso, parse_iso, utcnow
from tracker.store.database import Store
from tracker.store.schema import SCHEMA_VERSION
from tracker.store.sources import SourceState, body_digest, pack_body
from tracker.store.versions import content_hash

__all__ = [
    "SCHEMA_VERSION",
    "SourceState",
    "Store",
    "body_digest",
    "content_hash",
    "iso",
    "pack_body",
    "parse_iso",
    "utcnow",
]
