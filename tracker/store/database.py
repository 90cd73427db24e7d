"""The Store: one object over every table family, each family a mixin of its own module."""

from __future__ import annotations

from tracker.store.changes import ChangeTables
from tracker.store.outbox import OutboxTables
from tracker.store.sources import SourceTables
from tracker.store.state import StateTables
from tracker.store.versions import VersionTables


class Store(SourceTables, VersionTables, ChangeTables, OutboxTables, StateTables):
    """The tracker database.  Safe to open by several readers; one writer at a time."""
