"""Re-extraction: rebuild a source's versions from the raw pages already stored.

When extraction improves, or a user fixes a source's `select`/`remove`, the history is
rebuilt from the raw snapshots rather than lost: old versions and changes are kept but
marked superseded, the rebuilt ones take their place with the original dates, and one
`technical` change records that the text moved because of the extractor, not the policy.
Raw snapshots are never touched.  Running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.compare import detect
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.extract.blocks import to_blocks
from tracker.extract.normalize import blocks_hash
from tracker.models import Block, Change, FetchResult, Source, Version
from tracker.store import Store, utcnow


@dataclass
class ReextractReport:
    source: str
    versions_before: int = 0
    versions_after: int = 0
    rebuilt: bool = False
    problem: str | None = None

    def __str__(self) -> str:
        if self.problem:
            return f"{self.source}: {self.problem}"
        if not self.rebuilt:
            return f"{self.source}: {self.versions_before} versions, extraction unchanged"
        return (f"{self.source}: rebuilt {self.versions_before} versions into "
                f"{self.versions_after}")


def _decode(body: bytes, content_type: str | None) -> str:
    from tracker.fetch.http import decode_body

    return decode_body(body, content_type)


def _blocks_of(store: Store, source: Source, version: Version) -> list[Block]:
    if not version.body_hash:
        return version.blocks
    stored = store.get_body(version.body_hash)
    if stored is None:
        return version.blocks
    body, content_type = stored
    result = FetchResult(source.id, source.url, version.first_seen, final_url=source.url,
                         status=200, content_type=content_type, body=body,
                         text=_decode(body, content_type))
    return to_blocks(result, source)


def reextract(
    config: Config, store: Store, *, only: Sequence[str] | None = None
) -> list[ReextractReport]:
    sources = [config.source(s) for s in only] if only else config.sources
    store.sync_sources(config.sources)
    return [_reextract_source(store, source) for source in sources]


def _reextract_source(store: Store, source: Source) -> ReextractReport:
    versions = store.versions(source.id)
    report = ReextractReport(source.id, versions_before=len(versions))
    if not versions:
        return report
    try:
        rebuilt = [(v, _blocks_of(store, source, v)) for v in versions]
    except TrackerError as exc:
        report.problem = f"extraction failed, nothing changed: {exc}"
        return report
    volatile = store.source_state(source.id).volatile
    if all(detect.keys(v.blocks) == detect.keys(b) for v, b in rebuilt):
        report.versions_after = len(versions)
        return report
    with store.transaction():
        _rebuild(store, source, rebuilt, volatile)
    report.rebuilt = True
    report.versions_after = store.count_versions(source.id)
    return report


def _rebuild(
    store: Store,
    source: Source,
    rebuilt: list[tuple[Version, list[Block]]],
    volatile: set[str],
) -> None:
    old_latest = rebuilt[-1][0]
    new_versions: list[Version] = []
    for old, blocks in rebuilt:
        incoming = store.changes_into(old.id)
        for change in incoming:
            store.supersede_change(change.id)
        if new_versions and detect.same_content(new_versions[-1].blocks, blocks, volatile):
            store.set_version_seen(new_versions[-1].id, last_seen=old.last_seen)
            store.supersede_version(old.id, new_versions[-1].id)
            continue
        new = store.add_version(
            source.id, blocks, blocks_hash(blocks), seen_at=old.first_seen,
            body_hash=old.body_hash, origin="reextract",
        )
        store.set_version_seen(new.id, last_seen=old.last_seen)
        if new_versions:
            first = incoming[0] if incoming else None
            for change in detect.build_changes(
                source, new_versions[-1].blocks, blocks, volatile=volatile,
                detected_at=first.detected_at if first else old.first_seen,
                from_version=new_versions[-1].id, to_version=new.id,
                backfilled=first.backfilled if first else False,
            ):
                change.origin = "reextract"
                store.add_change(change)
        store.supersede_version(old.id, new.id)
        new_versions.append(new)
    latest = new_versions[-1]
    diff = detect.diff_blocks(old_latest.blocks, latest.blocks)
    if not diff.empty:
        store.add_change(Change(
            source=source.id, detected_at=utcnow(), from_version=old_latest.id,
            to_version=latest.id, diff=diff, kind="technical",
            summary="technical: re-extracted from stored pages; " + detect.summarize(diff),
            origin="reextract",
        ))


def recompute_facts(
    store: Store, config: Config, only: Sequence[str] | None = None, *, every: bool = False
) -> int:
    """Compute the facts of stored changes that have none (or of all with `every`): a
    database backfilled from history, or written before facts existed, gets them too.
    Returns how many changes were updated; each source is one transaction."""
    from tracker.compare.facts import change_facts

    updated = 0
    for source in [config.source(s) for s in only] if only else config.sources:
        with store.transaction():
            for change in store.changes(source.id):
                if change.facts is not None and not every:
                    continue
                new = store.version(change.to_version)
                old = store.version(change.from_version) if change.from_version else None
                change.facts = change_facts(
                    change.diff, change.kind, blocks=new.blocks if new else None,
                    old_blocks=old.blocks if old else None, products=config.products,
                    effective=change.effective,
                )
                store.set_facts(change)
                updated += 1
    return updated
