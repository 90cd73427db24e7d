"""One timeline per source: place a version at any moment, not only at the end.

Backfilled captures arrive with their own (past) dates, and may land before, between or
after versions seen live.  A version equal to its neighbour extends it; otherwise it is
inserted, and the change into the following version is recomputed in place (same id),
so history reads as one continuous sequence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.compare import detect
from tracker.extract.normalize import blocks_hash
from tracker.models import Block, Change, Source, Version
from tracker.store import Store


@dataclass
class Placement:
    version: Version
    outcome: str  # new | same-as-previous | same-as-next
    changes: list[Change] = field(default_factory=list)


def place_version(
    store: Store,
    source: Source,
    blocks: Sequence[Block],
    *,
    at: dt.datetime,
    body_hash: str | None,
    origin: str,
    volatile: set[str],
) -> Placement:
    """Insert `blocks` as seen at `at` into the source's timeline (call in a transaction)."""
    versions = store.versions(source.id)
    prev = next((v for v in reversed(versions) if v.first_seen <= at), None)
    after = next((v for v in versions if v.first_seen > at), None)
    if prev is not None and detect.same_content(prev.blocks, blocks, volatile):
        store.set_version_seen(prev.id, last_seen=at)
        return Placement(prev, "same-as-previous")
    if after is not None and detect.same_content(after.blocks, blocks, volatile):
        store.set_version_seen(after.id, first_seen=at)
        for change in store.changes_into(after.id):
            if change.backfilled and change.detected_at > at:
                change.detected_at = at
                store.update_change(change)
        return Placement(after, "same-as-next")
    backfilled = origin == "backfill"
    version = store.add_version(
        source.id, list(blocks), blocks_hash(blocks), seen_at=at,
        body_hash=body_hash, origin=origin,
    )
    changes: list[Change] = []
    if prev is not None:
        changes = detect.build_changes(
            source, prev.blocks, blocks, volatile=volatile, detected_at=at,
            from_version=prev.id, to_version=version.id, backfilled=backfilled,
        )
        for change in changes:
            change.origin = origin if origin in ("backfill", "reextract") else "live"
            store.add_change(change)
    if after is not None:
        _relink(store, source, version, after, volatile)
    return Placement(version, "new", changes)


def _relink(
    store: Store, source: Source, new: Version, after: Version, volatile: set[str]
) -> None:
    """The change into `after` now starts from `new`: recompute it, keeping ids."""
    old_changes = store.changes_into(after.id)
    detected_at = old_changes[0].detected_at if old_changes else after.first_seen
    backfilled = old_changes[0].backfilled if old_changes else True
    origin = old_changes[0].origin if old_changes else "backfill"
    fresh = detect.build_changes(
        source, new.blocks, after.blocks, volatile=volatile, detected_at=detected_at,
        from_version=new.id, to_version=after.id, backfilled=backfilled,
    )
    for change in fresh:
        change.origin = origin
    for old, change in zip(old_changes, fresh, strict=False):
        change.id = old.id
        store.update_change(change)
    for old in old_changes[len(fresh):]:
        store.supersede_change(old.id)
    for change in fresh[len(old_changes):]:
        store.add_change(change)
