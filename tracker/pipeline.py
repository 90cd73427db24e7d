"""The check: fetch every source, extract, compare, confirm, and record, one source at a time.

Each source is written in its own transaction, so a run killed half-way leaves every
source either fully recorded or untouched.  Work is skipped as early as possible: a 304,
or a raw body identical to the last one, costs no parsing.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from tracker import detect, health, volatility
from tracker.config import Config
from tracker.documents import body_kind, pdf_blocks, text_blocks
from tracker.errors import TrackerError
from tracker.extract import extract_blocks
from tracker.fetch import FetchSettings, Validators, fetch_all
from tracker.models import Block, Change, FetchResult, Source
from tracker.parsepool import ParsePool, processes_for
from tracker.store import (
    SourceState,
    Store,
    body_digest,
    content_hash,
    iso,
    pack_body,
    utcnow,
)
from tracker.volatility import Noise


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


@dataclass
class CheckReport:
    reports: list[SourceReport] = field(default_factory=list)

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.reports if r.failed]

    @property
    def changes(self) -> list[Change]:
        return [c for r in self.reports for c in r.changes]


Progress = Callable[[SourceReport], None]


def fetch_settings(config: Config) -> FetchSettings:
    s = config.settings
    kwargs = dict(
        concurrency=s.concurrency, per_host=s.per_host, timeout=s.timeout, retries=s.retries
    )
    if s.user_agent:
        kwargs["user_agent"] = s.user_agent
    return FetchSettings(**kwargs)


def to_blocks(result: FetchResult, source: Source) -> list[Block]:
    """Turn a fetched body into clause blocks, by what kind of document it is."""
    body = result.body or b""
    kind = body_kind(result.content_type, result.final_url or result.url, body)
    if kind == "pdf":
        return pdf_blocks(body, source_id=source.id)
    text = result.text if result.text is not None else body.decode("utf-8", "replace")
    if kind in ("text", "markdown"):
        return text_blocks(text, markdown=kind == "markdown")
    if kind == "unknown":
        raise TrackerError(f"{source.id}: not a document (content type {result.content_type})")
    return extract_blocks(text, select=source.select, remove=source.remove, source_id=source.id)


def _fetch(
    sources: Sequence[Source],
    validators: dict[str, Validators],
    settings: FetchSettings,
    after: Callable[[FetchResult], None] | None = None,
) -> Iterator[FetchResult]:
    plain = [s for s in sources if s.render != "browser"]
    browser = [s for s in sources if s.render == "browser"]
    if plain:
        yield from fetch_all(plain, validators, settings, after)
    if browser:
        from tracker.render import render_all  # optional dependency, imported on demand

        yield from render_all(browser, concurrency=settings.concurrency, timeout=settings.timeout)


class Checker:
    """One check run over a config's sources against a store."""

    def __init__(self, config: Config, store: Store, progress: Progress | None = None) -> None:
        self.config = config
        self.store = store
        self.progress = progress
        self.settings = fetch_settings(config)
        # Blocks extracted in the fetch threads, by source id (the digest is on the result).
        self._parsed: dict[str, list[Block] | TrackerError] = {}
        self._raw_hashes: dict[str, str | None] = {}
        # Which bodies the fetch threads compress ahead of storing: "new" (first captures,
        # recorded from one fetch) or "all" (the confirming pass).
        self._pack = "none"
        self._pool: ParsePool | None = None

    def run(self, only: Sequence[str] | None = None) -> CheckReport:
        sources = [self.config.source(sid) for sid in only] if only else self.config.sources
        self.store.sync_sources(self.config.sources)
        by_id = {s.id: s for s in sources}
        self.config_by_id = by_id
        states = {s.id: self.store.source_state(s.id) for s in sources}
        self._raw_hashes = {sid: st.raw_hash for sid, st in states.items() if st.latest}
        validators = {
            sid: Validators(st.etag, st.last_modified)
            for sid, st in states.items()
            if st.latest is not None and (st.etag or st.last_modified)
        }
        report = CheckReport()
        processes = processes_for(self.config.settings.parse_processes, len(sources))
        with ParsePool(processes) if processes else nullcontext() as pool:
            self._pool = pool
            # Only the blocks wait for the confirming fetch, not the pages: flat memory.
            pending: dict[str, list[Block]] = {}
            self._pack = "new"
            for result in self._safe_fetch(sources, validators):
                source = by_id[result.source_id]
                outcome = self._first_pass(source, states[source.id], result)
                if isinstance(outcome, SourceReport):
                    self._emit(report, outcome)
                else:
                    pending[source.id] = outcome
            if pending:
                self._confirm(pending, by_id, states, report)
        self._pool = None
        return report

    def _safe_fetch(
        self, sources: Sequence[Source], validators: dict[str, Validators]
    ) -> Iterator[FetchResult]:
        try:
            yield from _fetch(sources, validators, self.settings, self._parse_in_worker)
        except TrackerError as exc:  # e.g. a browser source without Playwright
            now = utcnow()
            for source in sources:
                if source.render == "browser":
                    yield FetchResult(source.id, source.url, now, error=str(exc))

    def _parse_in_worker(self, result: FetchResult) -> None:
        """Runs in a fetch thread: hash the body and, unless unchanged, extract blocks."""
        if not result.ok or result.not_modified:
            return
        digest = result.digest = body_digest(result.body or b"")
        if digest == self._raw_hashes.get(result.source_id):
            self._parsed[result.source_id] = []
            return
        source = self.config_by_id[result.source_id]
        try:
            blocks: list[Block] | TrackerError = self._to_blocks(result, source)
        except TrackerError as exc:
            blocks = exc
        new = result.source_id not in self._raw_hashes
        if (
            blocks
            and not isinstance(blocks, TrackerError)
            and (self._pack == "all" or (self._pack == "new" and new))
        ):
            result.packed = pack_body(result.body or b"")
        self._parsed[result.source_id] = blocks

    def _to_blocks(self, result: FetchResult, source: Source) -> list[Block]:
        """to_blocks, with HTML extraction in the run's process pool when it has one."""
        if self._pool is not None and result.text is not None:
            kind = body_kind(
                result.content_type, result.final_url or result.url, result.body or b""
            )
            if kind == "html":
                return self._pool.blocks(result.text, source)
        return to_blocks(result, source)

    def _blocks(self, result: FetchResult, source: Source) -> list[Block]:
        """Blocks of a result: from the fetch thread if it parsed them, else now."""
        parsed = self._parsed.pop(result.source_id, None)
        if parsed is None or (parsed == [] and result.body):
            return to_blocks(result, source)
        if isinstance(parsed, TrackerError):
            raise parsed
        return parsed

    def _emit(self, report: CheckReport, item: SourceReport) -> None:
        report.reports.append(item)
        if self.progress:
            self.progress(item)

    # -- stage 1: fetch result -> unchanged / error / candidate blocks ----------------
    def _first_pass(
        self, source: Source, state: SourceState, result: FetchResult
    ) -> SourceReport | list[Block]:
        if not result.ok:
            return self._error(source, result, result.error or "fetch failed")
        if result.not_modified and state.latest is not None:
            return self._unchanged(source, state, result, "not-modified")
        digest = result.digest or body_digest(result.body or b"")
        if state.latest is not None and digest == state.raw_hash:
            return self._unchanged(source, state, result, "unchanged", digest)
        try:
            blocks = self._blocks(result, source)
        except TrackerError as exc:
            return self._error(source, result, str(exc).removeprefix(f"{source.id}: "))
        if not blocks:
            verdict = health.assess(result.text, blocks, None, rendered=source.render == "browser")
            problem = verdict.reason or "no text extracted"
            if verdict.hint:
                problem += f" ({verdict.hint})"
            return self._error(source, result, problem)
        previous = state.latest.blocks if state.latest else None
        verdict = health.assess(result.text, blocks, previous, rendered=source.render == "browser")
        if verdict.suspect:
            return self._suspect(source, state, result, blocks, verdict)
        if state.latest is not None and detect.same_content(
            state.latest.blocks, blocks, state.volatile
        ):
            return self._unchanged(source, state, result, "unchanged", digest)
        if state.latest is not None:
            # Relative-time lines are remembered as soon as a page that differs from the
            # last version shows them (unchanged pages and first captures cost nothing).
            fresh = detect.noise_for(state.volatile).learn_time_labels(blocks)
            self._learn(source, state, fresh)
        if state.latest is None or not self.config.settings.confirm:
            # A first capture is recorded from one fetch: noise in it is caught the first
            # time it differs, by the confirming fetch of that run (its shape is learned
            # and left out of every comparison with this baseline).
            return self._settled(source, state, result, blocks, blocks)
        return blocks

    # -- stage 2: a second fetch keeps only what is stable ----------------------------
    def _confirm(
        self,
        pending: dict[str, list[Block]],
        by_id: dict[str, Source],
        states: dict[str, SourceState],
        report: CheckReport,
    ) -> None:
        """Fetch each candidate again and keep only the blocks both fetches show.

        A candidate that still looks like a short text swapped for another is fetched
        again (up to `variant_fetches` more times): a rotating variant shows its other
        texts sooner or later, a real edit holds.
        """
        self._pack = "all"
        extra = 0
        while pending:
            time.sleep(self.config.settings.confirm_delay)
            sources = [by_id[sid] for sid in pending]
            again_pending: dict[str, list[Block]] = {}
            for second in self._safe_fetch(sources, {}):
                source = by_id[second.source_id]
                blocks = pending.pop(source.id)
                outcome = self._compare_again(
                    source, states[source.id], blocks, second,
                    last_try=extra >= self.config.settings.variant_fetches,
                    first_try=extra == 0,
                )
                if isinstance(outcome, SourceReport):
                    self._emit(report, outcome)
                else:
                    again_pending[source.id] = outcome
            pending = again_pending
            extra += 1

    def _compare_again(
        self,
        source: Source,
        state: SourceState,
        blocks: list[Block],
        second: FetchResult,
        *,
        first_try: bool,
        last_try: bool,
    ) -> SourceReport | list[Block]:
        """One more fetch of a candidate: unchanged, recorded, or (a swap) still pending."""
        if not second.ok or second.error:
            if first_try:
                return self._error(
                    source, second, f"change seen but the confirming fetch failed: "
                    f"{second.error}; will retry next run")
            return self._settled(source, state, second, blocks, blocks)
        try:
            again = self._blocks(second, source)
        except TrackerError as exc:
            if first_try:
                return self._error(source, second, str(exc))
            return self._settled(source, state, second, blocks, blocks)
        stable, varied = detect.stable_blocks(blocks, again)
        self._learn(source, state, varied)
        latest = state.latest
        if latest is not None and not last_try:
            noise = detect.noise_for(state.volatile, latest.blocks, stable)
            if not detect.same_content(latest.blocks, stable, noise):
                self._learn(source, state, volatility.variants(latest.blocks, again, noise))
                noise = detect.noise_for(state.volatile, latest.blocks, stable)
                if volatility.looks_like_swap(latest.blocks, stable, noise):
                    return stable
        return self._settled(source, state, second, stable, again)

    def _settled(
        self,
        source: Source,
        state: SourceState,
        result: FetchResult,
        stable: list[Block],
        last_seen: list[Block],
    ) -> SourceReport:
        """Record `stable` unless, with what the fetches taught, it equals the latest."""
        latest = state.latest
        if latest is not None:
            noise = detect.noise_for(state.volatile, latest.blocks, stable)
            self._learn(source, state, volatility.variants(latest.blocks, last_seen, noise))
            relative = Noise.of(state.volatile).learn_time_labels(latest.blocks, stable)
            self._learn(source, state, relative)
            if detect.same_content(latest.blocks, stable, state.volatile):
                return self._unchanged(source, state, result, "unchanged")
        return self._record(source, state, result, stable)

    def _learn(self, source: Source, state: SourceState, found: dict[str, str]) -> None:
        """Keep what varies on this source (shapes, relative-time labels, gone texts)."""
        fresh = {k: v for k, v in found.items() if k not in state.volatile}
        if fresh:
            with self.store.transaction():
                self.store.remember_volatile(source.id, fresh)
            state.volatile |= set(fresh)

    # -- outcomes, each one transaction ----------------------------------------------
    def _error(self, source: Source, result: FetchResult, problem: str) -> SourceReport:
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

    def _unchanged(
        self,
        source: Source,
        state: SourceState,
        result: FetchResult,
        outcome: str,
        digest: str | None = None,
    ) -> SourceReport:
        with self.store.transaction():
            self.store.touch_version(state.latest.id, result.started_at)
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
            self.store.update_source(source.id, **values)
        return SourceReport(source.id, outcome, version_id=state.latest.id)

    def _suspect(self, source, state, result, blocks, verdict) -> SourceReport | list[Block]:
        import json

        count = state.suspect_count + 1
        if count >= self.config.settings.suspect_runs:
            return self._record(source, state, result, blocks, origin="accepted")
        message = verdict.reason or "suspect page"
        if verdict.hint:
            message += f" ({verdict.hint})"
        with self.store.transaction():
            digest = self.store.put_body(result.body or b"", result.content_type)
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
                suspect_blocks=json.dumps([b.to_dict() for b in blocks], ensure_ascii=False),
                suspect_body=digest,
                last_checked=iso(utcnow()),
            )
        return SourceReport(
            source.id,
            "suspect",
            f"{message}; held, not recorded ({count}/{self.config.settings.suspect_runs} runs;"
            f" `tracker accept {source.id}` to accept it)",
        )

    def _record(
        self,
        source: Source,
        state: SourceState,
        result: FetchResult | None,
        blocks: list[Block],
        *,
        origin: str = "live",
        at: dt.datetime | None = None,
        body_hash: str | None = None,
    ) -> SourceReport:
        """Store a new version (and its changes), or extend the latest if equal."""
        at = at or (result.started_at if result else utcnow())
        chash = content_hash(detect.keys(blocks))
        with self.store.transaction():
            if result is not None and body_hash is None:
                body_hash = self.store.put_body(
                    result.body or b"",
                    result.content_type,
                    digest=result.digest,
                    packed=result.packed,
                )
            latest = state.latest
            version = self.store.add_version(
                source.id, blocks, chash, seen_at=at, body_hash=body_hash, origin=origin
            )
            changes: list[Change] = []
            if latest is not None:
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
            self.store.update_source(source.id, **values)
        state.latest = version
        return SourceReport(source.id, outcome, changes=changes, version_id=version.id)

    def accept(self, source: Source) -> SourceReport:
        """Accept the held suspect extraction of a source as its new version."""
        import json

        row = self.store.source_row(source.id)
        if not row or not row.get("suspect_blocks"):
            raise TrackerError(f"{source.id}: nothing to accept (no suspect fetch is held)")
        blocks = [Block.from_dict(b) for b in json.loads(row["suspect_blocks"])]
        state = self.store.source_state(source.id)
        return self._record(
            source, state, None, blocks, origin="accepted", body_hash=row.get("suspect_body")
        )


def check(
    config: Config,
    store: Store,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> CheckReport:
    """Check the config's sources (or `only` those ids) and record what changed."""
    return Checker(config, store, progress).run(only)
