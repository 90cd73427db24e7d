"""The check: fetch every source, extract, compare, confirm, and record, one source at a time.

Each source is written in its own transaction, so a run killed half-way leaves every
source either fully recorded or untouched.  Work is skipped as early as possible: a 304,
or a raw body identical to the last one, costs no parsing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from tracker.compare import detect, volatility
from tracker.compare.volatility import Noise
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.extract import health
from tracker.extract.blocks import to_blocks
from tracker.extract.documents import body_kind
from tracker.extract.parsepool import ParsePool, processes_for
from tracker.fetch.http import FetchSettings, Validators, fetch_all, fetch_settings
from tracker.models import Block, Change, FetchResult, Source, utcnow
from tracker.store import SourceState, Store, body_digest, pack_body
from tracker.store.outcomes import Recorder, SourceReport


@dataclass
class CheckReport:
    reports: list[SourceReport] = field(default_factory=list)

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.reports if r.failed]

    @property
    def changes(self) -> list[Change]:
        return [c for r in self.reports for c in r.changes]

    def summary(self) -> str:
        """One line: how many sources, by outcome, and how many changes were recorded."""
        counts: dict[str, int] = {}
        for item in self.reports:
            counts[item.outcome] = counts.get(item.outcome, 0) + 1
        outcomes = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        return (f"Checked {len(self.reports)} sources: {outcomes}; "
                f"{len(self.changes)} changes recorded.")


Progress = Callable[[SourceReport], None]


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
        from tracker.fetch.browser import render_all  # optional dependency, imported on demand

        yield from render_all(browser, concurrency=settings.concurrency, timeout=settings.timeout)


class Checker:
    """One check run over a config's sources against a store."""

    def __init__(self, config: Config, store: Store, progress: Progress | None = None) -> None:
        self.config = config
        self.store = store
        self.progress = progress
        self.record = Recorder(config, store)
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
            return self.record.error(source, result, result.error or "fetch failed")
        if result.not_modified and state.latest is not None:
            return self.record.unchanged(source, state, result, "not-modified")
        digest = result.digest or body_digest(result.body or b"")
        if state.latest is not None and digest == state.raw_hash:
            return self.record.unchanged(source, state, result, "unchanged", digest)
        try:
            blocks = self._blocks(result, source)
        except TrackerError as exc:
            return self.record.error(source, result, str(exc).removeprefix(f"{source.id}: "))
        if not blocks:
            verdict = health.assess(result.text, blocks, None, rendered=source.render == "browser")
            problem = verdict.reason or "no text extracted"
            if verdict.hint:
                problem += f" ({verdict.hint})"
            return self.record.error(source, result, problem)
        previous = state.latest.blocks if state.latest else None
        verdict = health.assess(result.text, blocks, previous, rendered=source.render == "browser")
        if verdict.suspect:
            return self.record.suspect(source, state, result, blocks, verdict)
        if state.latest is not None and detect.same_content(
            state.latest.blocks, blocks, state.volatile
        ):
            return self.record.unchanged(source, state, result, "unchanged", digest)
        if state.latest is not None:
            # Relative-time lines are remembered as soon as a page that differs from the
            # last version shows them (unchanged pages and first captures cost nothing).
            fresh = detect.noise_for(state.volatile).learn_time_labels(blocks)
            self.record.learn(source, state, fresh)
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
                return self.record.error(
                    source, second, f"change seen but the confirming fetch failed: "
                    f"{second.error}; will retry next run")
            return self._settled(source, state, second, blocks, blocks)
        try:
            again = self._blocks(second, source)
        except TrackerError as exc:
            if first_try:
                return self.record.error(source, second, str(exc))
            return self._settled(source, state, second, blocks, blocks)
        stable, varied = detect.stable_blocks(blocks, again)
        self.record.learn(source, state, varied)
        latest = state.latest
        if latest is not None and not last_try:
            noise = detect.noise_for(state.volatile, latest.blocks, stable)
            if not detect.same_content(latest.blocks, stable, noise):
                self.record.learn(source, state, volatility.variants(latest.blocks, again, noise))
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
            self.record.learn(source, state, volatility.variants(latest.blocks, last_seen, noise))
            relative = Noise.of(state.volatile).learn_time_labels(latest.blocks, stable)
            self.record.learn(source, state, relative)
            if detect.same_content(latest.blocks, stable, state.volatile):
                return self.record.unchanged(source, state, result, "unchanged")
        return self.record.new_version(source, state, result, stable)
    def accept(self, source: Source) -> SourceReport:
        """Accept the held suspect extraction of a source as its new version."""
        return self.record.accept(source)


def check(
    config: Config,
    store: Store,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> CheckReport:
    """Check the config's sources (or `only` those ids) and record what changed."""
    return Checker(config, store, progress).run(only)
