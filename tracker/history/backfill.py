"""Backfill: a source's history from the Internet Archive, merged into its timeline.

Each distinct capture is fetched (politely: one at a time, `delay` seconds apart, with
retries), extracted with the source's own declaration and placed at its capture time.
Every capture is recorded with its version in the same transaction, so an interrupted
backfill resumes where it stopped.  Backfilled changes are marked and never notified.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from tracker.config import Config
from tracker.errors import TrackerError
from tracker.extract import health
from tracker.extract.blocks import to_blocks
from tracker.fetch.http import FetchSettings, fetch_one, fetch_settings
from tracker.history.archive import Capture, list_captures
from tracker.history.timeline import place_version
from tracker.models import Source
from tracker.store import Store


@dataclass
class BackfillReport:
    source: str
    captures: int = 0
    skipped: int = 0  # already imported by an earlier run
    versions: int = 0
    changes: int = 0
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = (f"{self.source}: {self.captures} captures, {self.skipped} already imported, "
                f"{self.versions} new versions, {self.changes} changes")
        if self.problems:
            text += f", {len(self.problems)} problems"
        return text


def backfill(
    config: Config,
    store: Store,
    *,
    only: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    delay: float = 1.0,
    echo: Callable[[str], None] | None = None,
) -> list[BackfillReport]:
    """Import archived captures of the sources (all, or `only` those ids)."""
    sources = [config.source(s) for s in only] if only else config.sources
    store.sync_sources(config.sources)
    settings = fetch_settings(config)
    reports = []
    with httpx.Client(
        headers={"User-Agent": settings.user_agent}, timeout=settings.timeout,
        follow_redirects=True,
    ) as client:
        for source in sources:
            report = BackfillReport(source.id)
            try:
                captures = list_captures(
                    client, config.archive_url, source.url, since=since, until=until,
                    retries=settings.retries, source_id=source.id,
                )
            except TrackerError as exc:
                report.problems.append(str(exc))
                reports.append(report)
                if echo:
                    echo(str(exc))
                continue
            report.captures = len(captures)
            for capture in captures:
                if store.capture_known(source.id, capture.timestamp):
                    report.skipped += 1
                    continue
                _import(client, config, store, source, capture, settings, report)
                if delay:
                    time.sleep(delay)
            reports.append(report)
            if echo:
                echo(str(report))
    return reports


def _import(
    client: httpx.Client,
    config: Config,
    store: Store,
    source: Source,
    capture: Capture,
    settings: FetchSettings,
    report: BackfillReport,
) -> None:
    archived = Source(source.id, source.name, capture.content_url(config.archive_url),
                      source.select, source.remove, "http", source.kind)
    result = fetch_one(client, archived, None, settings)
    if not result.ok:  # not recorded: the next backfill tries this capture again
        report.problems.append(f"{source.id}: capture {capture.timestamp}: {result.error}")
        return
    try:
        blocks = to_blocks(result, source)
    except TrackerError as exc:
        blocks, problem = [], str(exc)
    else:
        problem = None if blocks else "no text extracted"
    if not problem:
        verdict = health.assess(result.text, blocks, None)
        problem = verdict.reason if verdict.suspect else None
    volatile = store.source_state(source.id).volatile
    with store.transaction():
        if problem:
            store.add_capture(source.id, capture.timestamp, capture.digest,
                              f"skipped: {problem}", None)
            report.problems.append(f"{source.id}: capture {capture.timestamp}: {problem}")
            return
        body_hash = store.put_body(result.body or b"", result.content_type)
        placed = place_version(store, source, blocks, at=capture.moment, body_hash=body_hash,
                               origin="backfill", volatile=volatile)
        store.add_capture(source.id, capture.timestamp, capture.digest, placed.outcome,
                          placed.version.id)
    if placed.outcome == "new":
        report.versions += 1
        report.changes += len(placed.changes)
