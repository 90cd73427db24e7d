"""The check: fetch every source, extract, compare, confirm, and record, one source at a time.

Each source is written in its own transaction (a savepoint of a batch: the sources that
arrive together share a commit, made before the run waits for more), so a run killed
half-way leaves every source either fully recorded or untouched.  Work is skipped as
early as possible: a 304, or a raw body identical to the last one, costs no parsing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from tracker.config import Config
from tracker.errors import TrackerError
from tracker.extract import health
from tracker.extract.workers import Known, Parsed, fetch_and_parse, prepare, processes_for
from tracker.fetch.http import Validators, fetch_settings
from tracker.models import Block, Change, FetchResult, Source, utcnow
from tracker.store import SourceState, Store
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


class Checker:
    """One check run over a config's sources against a store."""

    def __init__(self, config: Config, store: Store, progress: Progress | None = None) -> None:
        self.config = config
        self.store = store
        self.progress = progress
        self.record = Recorder(config, store)
        self.settings = fetch_settings(config)

    def run(self, only: Sequence[str] | None = None) -> CheckReport:
        sources = [self.config.source(sid) for sid in only] if only else self.config.sources
        self.store.sync_sources(self.config.sources)
        by_id = {s.id: s for s in sources}
        sources = list(by_id.values())  # a source named twice is checked once
        states = self.store.source_states(list(by_id))
        validators = {
            sid: Validators(st.etag, st.last_modified)
            for sid, st in states.items()
            if st.latest_id is not None and (st.etag or st.last_modified)
        }
        known = {sid: Known(st.raw_hash, st.latest_hash, st.region_hash)
                 for sid, st in states.items() if st.latest_id is not None}
        report = CheckReport()
        # Only the blocks wait for the confirming fetch, not the pages: flat memory.
        pending: dict[str, list[Block]] = {}
        # The sources that arrive together are committed together, before the run waits
        # for more (each still recorded whole or not at all).
        with self.store.batch() as batch:
            for result, parsed in self._fetched(sources, validators, known,
                                                idle=batch.flush):
                batch.begin()
                source = by_id[result.source_id]
                outcome = self._first_pass(source, states[source.id], result, parsed)
                if isinstance(outcome, SourceReport):
                    self._emit(report, outcome)
                    # Done with: its versions' blocks go now, not at the end of the run.
                    del states[source.id]
                else:
                    pending[source.id] = outcome
                batch.step()
        if pending:
            self._confirm(pending, by_id, states, report)
        return report

    def _fetched(
        self,
        sources: Sequence[Source],
        validators: dict[str, Validators],
        known: dict[str, Known],
        idle: Callable[[], None] | None = None,
    ) -> Iterator[tuple[FetchResult, Parsed]]:
        """Each source fetched and prepared: plain pages in worker processes (or
        threads, for a few), browser pages rendered here.  `idle` is called before
        each wait for more."""
        plain = [s for s in sources if s.render != "browser"]
        browser = {s.id: s for s in sources if s.render == "browser"}
        if plain:
            processes = processes_for(self.config.settings.parse_processes, len(plain))
            yield from fetch_and_parse(plain, validators, self.settings, known,
                                       processes=processes, idle=idle)
        if not browser:
            return
        if idle is not None:
            idle()
        try:
            from tracker.fetch.browser import render_all  # optional dependency, on demand

            for result in render_all(list(browser.values()),
                                     concurrency=self.settings.concurrency,
                                     timeout=self.settings.timeout):
                source = browser[result.source_id]
                yield result, prepare(result, source, known.get(source.id))
                if idle is not None:
                    idle()
        except TrackerError as exc:  # e.g. a browser source without Playwright
            now = utcnow()
            for source in browser.values():
                yield FetchResult(source.id, source.url, now, error=str(exc)), Parsed()

    def _emit(self, report: CheckReport, item: SourceReport) -> None:
        report.reports.append(item)
        if self.progress:
            self.progress(item)

    # -- stage 1: fetch result -> unchanged / error / candidate blocks ----------------
    def _first_pass(
        self, source: Source, state: SourceState, result: FetchResult, parsed: Parsed
    ) -> SourceReport | list[Block]:
        if not result.ok:
            return self.record.error(source, result, result.error or "fetch failed")
        if state.latest_id is not None and (result.not_modified or parsed.same):
            outcome = "not-modified" if result.not_modified else "unchanged"
            return self.record.unchanged(source, state, result, outcome, result.digest)
        if parsed.error is not None:
            return self.record.error(source, result, parsed.error)
        blocks = parsed.blocks or []
        page = parsed.verdict or health.assess(result.text, blocks, None,
                                               rendered=source.render == "browser")
        if not blocks:
            problem = page.reason or "no text extracted"
            if page.hint:
                problem += f" ({page.hint})"
            return self.record.error(source, result, problem)
        verdict = page
        if not verdict.suspect and state.latest is not None:
            verdict = health.assess(None, blocks, state.latest.blocks)
        if verdict.suspect:
            return self.record.suspect(source, state, result, blocks, verdict)
        if state.latest is not None:
            # Imported here, not at the top: a run whose pages are all unchanged or new
            # never compares blocks, and these modules (dates, facts) are a third of
            # start-up.
            from tracker.compare import detect

            if detect.same_content(state.latest.blocks, blocks, state.volatile):
                return self.record.unchanged(source, state, result, "unchanged",
                                             result.digest)
            # Relative-time lines are remembered as soon as a page that differs from the
            # last version shows them (unchanged pages and first captures cost nothing).
            fresh = detect.noise_for(state.volatile).learn_time_labels(blocks)
            self.record.learn(source, state, fresh)
        if state.latest is None or not self.config.settings.confirm:
            # A first capture is recorded from one fetch: noise in it is caught the first
            # time it differs, by the confirming fetch of that run (its shape is learned
            # and left out of every comparison with this baseline).
            return self._settled(source, state, result, blocks, blocks, result.content_hash)
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
        extra = 0
        while pending:
            time.sleep(self.config.settings.confirm_delay)
            sources = [by_id[sid] for sid in pending]
            again_pending: dict[str, list[Block]] = {}
            for second, parsed in self._fetched(sources, {}, {}):
                source = by_id[second.source_id]
                blocks = pending.pop(source.id)
                outcome = self._compare_again(
                    source, states[source.id], blocks, second, parsed,
                    last_try=extra >= self.config.settings.variant_fetches,
                    first_try=extra == 0,
                )
                if isinstance(outcome, SourceReport):
                    self._emit(report, outcome)
                    del states[source.id]
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
        parsed: Parsed,
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
        if parsed.error is not None:
            if first_try:
                return self.record.error(source, second, parsed.error)
            return self._settled(source, state, second, blocks, blocks)
        again = parsed.blocks or []
        from tracker.compare import detect, volatility

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
        chash: str | None = None,
    ) -> SourceReport:
        """Record `stable` unless, with what the fetches taught, it equals the latest."""
        latest = state.latest
        if latest is not None:
            from tracker.compare import detect, volatility
            from tracker.compare.volatility import Noise

            noise = detect.noise_for(state.volatile, latest.blocks, stable)
            self.record.learn(source, state, volatility.variants(latest.blocks, last_seen, noise))
            relative = Noise.of(state.volatile).learn_time_labels(latest.blocks, stable)
            self.record.learn(source, state, relative)
            if detect.same_content(latest.blocks, stable, state.volatile):
                return self.record.unchanged(source, state, result, "unchanged")
        return self.record.new_version(source, state, result, stable, chash=chash)

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
