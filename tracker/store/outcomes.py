"""What a check records for one source: each outcome one transaction.

An error, an unchanged page, a held suspect page, or a new version with the changes
detected against the latest one.  A run killed half-way leaves every source either fully
recorded or untouched.  The live check (tracker.pipeline) and `tracker accept` record
through a Recorder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tracker.config import Config
from tracker.errors import TrackerError
from tracker.extract.normalize import blocks_hash
from tracker.models import (
    Block,
    Change,
    FetchResult,
    Source,
    blocks_json,
    blocks_of_json,
    iso,
    utcnow,
)
from tracker.store.database import Store
from tracker.store.sources import SourceState


@dataclass
class SourceReport:
    """What one check did to one source."""

    source: str
    outcome: str  # first | new-version | unchanged | not-modified | error | suspect
    message: str | None = None
    changes: list[Change] = field(default_factory=list)
    version_id: int | None = None

    @property
    def failed(self) -> bool:
        return self.outcome in ("error", "suspect")


class Recorder:
    """Writes the outcome of checking a source of `config` into `store`."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store

    def learn(self, source: Source, state: SourceState, found: dict[str, str]) -> None:
        """Keep what varies on this source (shapes, relative-time labels, gone texts)."""
        fresh = {k: v for k, v in found.items() if k not in state.volatile}
        if fresh:
            with self.store.transaction():
                self.store.remember_volatile(source.id, fresh)
            state.volatile |= set(fresh)

    def error(self, source: Source, result: FetchResult, problem: str) -> SourceReport:
        with self.store.transaction():
            self.store.record_fetch(
                source.id,
                at=result.started_at,
                outcome="error",
                status=result.status,
                final_url=result.final_url,
                elapsed=result.elapsed,
                attempts=result.attempts,
                error=problem,
            )
            self.store.update_source(
                source.id, status="error", last_error=problem, last_checked=iso(utcnow())
            )
        return SourceReport(source.id, "error", problem)

    def unchanged(
        self,
        source: Source,
        state: SourceState,
        result: FetchResult,
        outcome: str,
        digest: str | None = None,
    ) -> SourceReport:
        with self.store.transaction():
            self.store.touch_version(state.latest_id, result.started_at)
            self.store.record_fetch(
                source.id,
                at=result.started_at,
                outcome=outcome,
                status=result.status,
                final_url=result.final_url,
                elapsed=result.elapsed,
                attempts=result.attempts,
            )
            values = {
                "status": "ok",
                "last_error": None,
                "last_checked": iso(utcnow()),
                "last_ok": iso(result.started_at),
                "suspect_count": 0,
                "suspect_reason": None,
                "suspect_blocks": None,
                "suspect_body": None,
            }
            if not result.not_modified:
                values.update(etag=result.etag, last_modified=result.last_modified)
                if digest:
                    values["raw_hash"] = digest
            values.update(_region(result, state.latest_hash))
            self.store.update_source(source.id, **values)
        return SourceReport(source.id, outcome, version_id=state.latest_id)

    def suspect(self, source, state, result, blocks, verdict) -> SourceReport | list[Block]:
        count = state.suspect_count + 1
        if count >= self.config.settings.suspect_runs:
            return self.new_version(source, state, result, blocks, origin="accepted")
        message = verdict.reason or "suspect page"
        if verdict.hint:
            message += f" ({verdict.hint})"
        with self.store.transaction():
            digest = self.store.put_body(**_body_of(result))
            self.store.record_fetch(
                source.id,
                at=result.started_at,
                outcome="suspect",
                status=result.status,
                final_url=result.final_url,
                elapsed=result.elapsed,
                attempts=result.attempts,
                error=message,
                body_hash=digest,
            )
            row = self.store.source_row(source.id) or {}
            self.store.update_source(
                source.id,
                status="suspect",
                suspect_count=count,
                suspect_reason=message,
                suspect_since=row.get("suspect_since") or iso(result.started_at),
                suspect_blocks=blocks_json(blocks),
                suspect_body=digest,
                last_checked=iso(utcnow()),
            )
        return SourceReport(
            source.id,
            "suspect",
            f"{message}; held, not recorded ({count}/{self.config.settings.suspect_runs} runs;"
            f" `tracker accept {source.id}` to accept it)",
        )

    def new_version(
        self,
        source: Source,
        state: SourceState,
        result: FetchResult | None,
        blocks: list[Block],
        *,
        origin: str = "live",
        at: dt.datetime | None = None,
        body_hash: str | None = None,
        chash: str | None = None,
    ) -> SourceReport:
        """Store a new version (and its changes), or extend the latest if equal.
        `chash`, the blocks' content hash, may come computed with them."""
        at = at or (result.started_at if result else utcnow())
        chash = chash or blocks_hash(blocks)
        with self.store.transaction():
            if result is not None and body_hash is None:
                body_hash = self.store.put_body(**_body_of(result))
            latest = state.latest
            version = self.store.add_version(
                source.id, blocks, chash, seen_at=at, body_hash=body_hash, origin=origin
            )
            changes: list[Change] = []
            if latest is not None:
                # Imported here: a run whose pages are all unchanged or new never compares
                # two versions, and the readers of dates and facts are a third of start-up.
                from tracker.compare import detect, volatility

                changes = detect.build_changes(
                    source,
                    latest.blocks,
                    blocks,
                    volatile=state.volatile,
                    detected_at=at,
                    from_version=latest.id,
                    to_version=version.id,
                    products=self.config.products,
                )
                gone: dict[str, str] = {}
                for change in changes:
                    self.store.add_change(change)
                    if change.diff.added or change.diff.modified:  # replaced, not just removed
                        gone.update(volatility.gone_texts(
                            [*change.diff.removed, *(m.before for m in change.diff.modified)]))
                gone = {k: v for k, v in gone.items() if k not in state.volatile}
                if gone:
                    self.store.remember_volatile(source.id, gone)
                    state.volatile |= set(gone)
            outcome = "new-version" if latest is not None else "first"
            status = result.status if result else None
            self.store.record_fetch(
                source.id,
                at=at,
                outcome=outcome,
                status=status,
                final_url=result.final_url if result else None,
                elapsed=result.elapsed if result else 0.0,
                attempts=result.attempts if result else 1,
                body_hash=body_hash,
                version_id=version.id,
            )
            values = {
                "status": "changed" if changes else "ok",
                "last_error": None,
                "last_checked": iso(utcnow()),
                "last_ok": iso(at),
                "suspect_count": 0,
                "suspect_reason": None,
                "suspect_since": None,
                "suspect_blocks": None,
                "suspect_body": None,
            }
            if result is not None:
                values.update(
                    etag=result.etag, last_modified=result.last_modified, raw_hash=body_hash
                )
                values.update(_region(result, chash))
            else:
                # Recorded without a fetch (an accepted suspect): the last body, validators
                # and region are of another page now, and must not make a page that goes
                # back to them look unchanged.
                values.update(etag=None, last_modified=None, raw_hash=None, region_hash=None)
            self.store.update_source(source.id, **values)
        state.latest = version
        return SourceReport(source.id, outcome, changes=changes, version_id=version.id)

    def accept(self, source: Source) -> SourceReport:
        """Accept the held suspect extraction of a source as its new version."""
        row = self.store.source_row(source.id)
        if not row or not row.get("suspect_blocks"):
            raise TrackerError(f"{source.id}: nothing to accept (no suspect fetch is held)")
        blocks = blocks_of_json(row["suspect_blocks"])
        state = self.store.source_state(source.id)
        return self.new_version(
            source, state, None, blocks, origin="accepted", body_hash=row.get("suspect_body")
        )


def _region(result: FetchResult, recorded: str | None) -> dict[str, str | None]:
    """The region digest to keep: the page's, when its blocks are exactly the recorded
    content (not, say, the stable part of two fetches); none when they differ; the kept
    one when the page was not read (a 304, the same raw body)."""
    if result.region is None:
        return {}
    exact = result.content_hash is not None and result.content_hash == recorded
    # Kept with the content hash it vouches for: a version recorded any other way (an
    # accepted suspect, a re-extraction) leaves it pointing at a content that is no
    # longer the latest, and it is then ignored (SourceTables.source_states).
    return {"region_hash": f"{result.region} {recorded}" if exact else None}


def _body_of(result: FetchResult) -> dict[str, Any]:
    """put_body's arguments for a fetch: the body, or (a worker sends a packed page
    without it) its digest, packed form and size."""
    if result.body is None and (result.packed is None or result.size is None
                                or result.digest is None):
        raise ValueError(f"{result.source_id}: no body to store")
    return {"data": result.body, "content_type": result.content_type,
            "digest": result.digest, "packed": result.packed, "size": result.size}
