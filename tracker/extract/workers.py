"""Fetch and extract in worker processes: each takes a share of the sources, and the run
only records what they send back.

Why whole pages, not just parsing: a run over many pages is bound by the CPU of one
process.  When the run fetched in its threads and handed each page to a parse pool, it
paid for every HTTP request, every hand-over between threads and the pool's queues, and
every comparison on its one core, while the pool sat half idle.  Here each worker
fetches its share with its own threads, hashes the body, extracts the clause blocks and
hashes their canonical text; a page whose body, or whose text, is the one last recorded
comes back as a verdict of a few hundred bytes.  Only pages that differ, and first
captures, come back whole.  Small runs (a few sources) and single-core machines do the
same work in the run's fetch threads (`fetch_and_parse` picks).

Politeness holds across processes: a host's pages are split between workers only when its
`per_host` limit can be split too (each worker gets a share of the limit); otherwise one
worker fetches them all.  A worker that dies (killed, out of memory) loses nothing: the
sources it had not reported are fetched again in the run's own threads.

Workers die with the run: a run killed with SIGKILL (a cron `timeout -s KILL`, the OOM
killer) gets no chance to stop them, and they would otherwise go on fetching, re-parented
to init.  On Linux the kernel kills a forked worker when its parent goes
(PR_SET_PDEATHSIG).  Everywhere, and for forkserver workers (whose parent is the
forkserver), a thread in each worker waits on multiprocessing's parent sentinel, a pipe
only the run holds open, and exits at EOF.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import multiprocessing
import multiprocessing.connection
import os
import selectors
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import TrackerError
from tracker.extract.blocks import to_extraction
from tracker.extract.health import Verdict, assess
from tracker.extract.normalize import blocks_hash
from tracker.fetch.bodies import body_digest, pack_body
from tracker.fetch.http import FetchSettings, Validators, fetch_all, warm_up
from tracker.models import Block, FetchResult, Source

MIN_PAGES = 16  # below this a run works in its fetch threads
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
M_ARENA_MAX = -8  # from glibc's <malloc.h>
PARENT_WATCH_INTERVAL = 1.0  # seconds between two looks at the parent pid (no sentinel)


@dataclass(frozen=True)
class Known:
    """What the run already holds for a source with a version: enough to say "unchanged"
    without sending the page back."""

    raw_hash: str | None
    content_hash: str | None
    region_hash: str | None = None


@dataclass
class Parsed:
    """What was made of one fetched page.

    `same` is "body" (the raw body last recorded), "region" (the selected region the
    latest version was read from) or "content" (the latest version's text): the page is
    unchanged, and its body and blocks are not kept.
    `verdict` is what the raw page says of the extraction (a block page, a JavaScript
    shell), read here so that the page's text need not travel.
    """

    blocks: list[Block] | None = None
    same: str | None = None
    error: str | None = None
    verdict: Verdict | None = None


def prepare(result: FetchResult, source: Source, known: Known | None) -> Parsed:
    """Hash the body and, unless it is known, extract and hash the blocks; a page that
    may be stored is packed here too (hashlib and zstd run off the GIL)."""
    if not result.ok or result.not_modified:
        return Parsed()
    body = result.body or b""
    result.digest = body_digest(body)
    if known is not None and result.digest == known.raw_hash:
        return Parsed(same="body")
    try:
        extraction = to_extraction(result, source,
                                   unless_region=known.region_hash if known else None)
    except TrackerError as exc:
        return Parsed(error=str(exc).removeprefix(f"{source.id}: "))
    except Exception as exc:  # a page our extractor cannot read fails its source, not the run
        return Parsed(error=f"extraction failed: {type(exc).__name__}: {exc}"[:500])
    result.region = extraction.region
    if extraction.blocks is None:  # the selected region the latest version was read from
        result.content_hash = known.content_hash if known else None
        return Parsed(same="region")
    blocks = extraction.blocks
    chash = blocks_hash(blocks) if blocks else None
    result.content_hash = chash
    if known is not None and chash is not None and chash == known.content_hash:
        return Parsed(same="content")
    if blocks:
        result.packed = pack_body(body)
    verdict = assess(result.text, blocks, None, rendered=source.render == "browser")
    return Parsed(blocks, verdict=verdict)


def parse_here(
    sources: Sequence[Source],
    validators: Mapping[str, Validators],
    settings: FetchSettings,
    known: Mapping[str, Known],
    host_limits: Mapping[str, int] | None = None,
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[FetchResult, Parsed]]:
    """Fetch in this process's threads; prepare each page in the thread that iterates.
    `idle` is called after each page is taken (the next may have to be waited for).

    Not in the fetch threads: a thread busy extracting holds its connection slot, and
    sixteen threads extracting at once spend their time handing the GIL around.  Here
    the downloads go on while one thread extracts: on 500 benchmark pages, 2.05 ms of CPU
    per page against 2.4 ms, and 0.94 s against 1.24 s of wall time.
    """
    by_id = {s.id: s for s in sources}
    for result in fetch_all(sources, validators, settings, host_limits):
        yield result, prepare(result, by_id[result.source_id], known.get(result.source_id))
        if idle is not None:
            idle()


def fetch_and_parse(
    sources: Sequence[Source],
    validators: Mapping[str, Validators],
    settings: FetchSettings,
    known: Mapping[str, Known],
    *,
    processes: int,
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[FetchResult, Parsed]]:
    """Every source fetched and prepared, in completion order: in `processes` worker
    processes, or in this process's threads (no processes, or a test transport).
    `idle` is called whenever the next pair may have to be waited for."""
    if processes < 1 or len(sources) < 2 or settings.transport is not None:
        yield from parse_here(sources, validators, settings, known, idle=idle)
        return
    with Workers(sources, validators, settings, known, processes=processes) as run:
        yield from run.pairs(idle)


def processes_for(setting: int, pages: int) -> int:
    """How many worker processes a run of `pages` pages gets: `setting` if set (1 means
    none), else one more than the CPU cores the process may use, when there are enough
    pages.  One more: a worker's one extracting thread waits at times (for its next
    download, for the run to read), and the spare keeps the cores busy (1000 pages on 2
    cores: 1.36 s against 1.45 s for a second run, 1.6 s against 1.75 s for a first)."""
    if setting:
        return setting if setting > 1 else 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = os.cpu_count() or 1
    return cores + 1 if cores > 1 and pages >= MIN_PAGES else 0


def shares(sources: Sequence[Source], processes: int, per_host: int,
           ) -> list[tuple[list[Source], dict[str, int]]]:
    """Split the sources between workers: (sources, per-host limits) for each worker.

    A host's pages are spread over the workers when its limit can be spread (each gets a
    share of it), else they all go to the worker with the least to do."""
    by_host: dict[str, list[Source]] = {}
    for source in sources:
        by_host.setdefault(urlsplit(source.url).netloc, []).append(source)
    parts: list[tuple[list[Source], dict[str, int]]] = [([], {}) for _ in range(processes)]
    for host, group in sorted(by_host.items(), key=lambda item: -len(item[1])):
        if per_host >= processes and len(group) >= processes:
            for i, (share, limits) in enumerate(parts):
                share.extend(group[i::processes])
                limits[host] = per_host // processes + (i < per_host % processes)
        else:
            share, limits = min(parts, key=lambda part: len(part[0]))
            share.extend(group)
            limits[host] = per_host
    return [part for part in parts if part[0]]


# Seconds of waiting for a worker after which the run's `idle` hook is called.
IDLE_AFTER = 0.05


class Workers:
    """Worker processes fetching and preparing shares of the sources; iterate for the
    (result, parsed) pairs, in completion order.  Use as a context manager."""

    def __init__(
        self,
        sources: Sequence[Source],
        validators: Mapping[str, Validators],
        settings: FetchSettings,
        known: Mapping[str, Known],
        *,
        processes: int,
    ) -> None:
        self._args = (validators, settings, known)
        self._by_id = {s.id: s for s in sources}
        if settings.transport is None:
            warm_up(settings.engine)  # before counting threads: it joins the TLS loader
        # Fork (fast, shares the loaded modules) while this is the only thread: forking a
        # threaded process can copy a lock another thread holds.  Embedded in a threaded
        # program (a test server, a scheduler), a forkserver.
        context: Any
        parent: int | None
        if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
            context, parent = multiprocessing.get_context("fork"), os.getpid()
        else:
            context, parent = multiprocessing.get_context("forkserver"), None
            context.set_forkserver_preload(["tracker.extract.workers"])
        # What this process holds now (modules, config, source states) lives through the
        # run: frozen, the collector of every process stops scanning it again and again
        # (a tenth of a second-run's CPU), and forked workers do not copy its pages.
        gc.freeze()
        self._running: dict[Any, tuple[Any, set[str]]] = {}
        total = len(sources)
        try:
            for share, limits in shares(sources, processes, settings.per_host):
                mine = dataclasses.replace(
                    settings, concurrency=max(1, settings.concurrency * len(share) // total))
                reader, writer = context.Pipe(duplex=False)
                proc = context.Process(
                    target=_work, daemon=True, name="tracker-fetch",
                    args=(writer, share, limits, validators, mine, known, parent))
                proc.start()
                writer.close()
                self._running[reader] = (proc, {s.id for s in share})
        except BaseException:  # a worker that could not start: stop those that did
            self.close()
            raise

    def __iter__(self) -> Iterator[tuple[FetchResult, Parsed]]:
        return self.pairs()

    def pairs(self, idle: Callable[[], None] | None = None,
              ) -> Iterator[tuple[FetchResult, Parsed]]:
        """The pairs as they come; `idle` is called before a wait for more that lasts
        longer than a moment (IDLE_AFTER): while pages stream in, the run's commits are
        few (each costs 0.6 ms of CPU), and none is held back across a real wait."""
        lost: list[Source] = []
        # One selector for the run: multiprocessing.connection.wait() and Connection.poll()
        # build and fill a new one on every call (0.1 ms of the run's CPU a page).
        with selectors.DefaultSelector() as selector:
            for reader in self._running:
                selector.register(reader, selectors.EVENT_READ)
            while self._running:
                ready = selector.select(IDLE_AFTER if idle else None)
                if not ready and idle is not None:
                    idle()
                    ready = selector.select()
                for key, _ in ready:
                    reader = key.fileobj
                    if reader not in self._running:
                        continue
                    message = self._receive(reader, lost, selector)
                    if message is not None:
                        yield message
        if lost:
            validators, settings, known = self._args
            if idle is not None:
                idle()
            yield from parse_here(lost, validators, settings, known, idle=idle)

    def _receive(self, reader: Any, lost: list[Source], selector: selectors.BaseSelector,
                 ) -> tuple[FetchResult, Parsed] | None:
        """The next pair from a worker; None (and the worker forgotten) at its end.  A
        worker that died leaves its unreported sources in `lost`."""
        proc, left = self._running[reader]
        try:
            message = reader.recv()
        except (EOFError, OSError):  # the worker died: fetch what it still had
            message = None
            lost += [self._by_id[sid] for sid in sorted(left)]
            left.clear()
        if message is None:
            del self._running[reader]
            selector.unregister(reader)
            reader.close()
            proc.join()
            return None
        left.discard(message[0].source_id)
        return message

    def close(self) -> None:
        for reader, (proc, _) in self._running.items():
            reader.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
        self._running.clear()
        gc.unfreeze()  # a program that embeds the tracker gets its collector back whole

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _work(
    writer: Any,
    share: list[Source],
    limits: dict[str, int],
    validators: Mapping[str, Validators],
    settings: FetchSettings,
    known: Mapping[str, Known],
    parent: int | None,
) -> None:
    """A worker: fetch and prepare `share`, send each pair, then None.  Pages go back
    without their text (the verdict was read here) and, once packed, without their
    body; unchanged ones with neither."""
    die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the run stops its workers itself, and a
    # traceback per worker would bury its message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _few_malloc_arenas()
    for result, parsed in parse_here(share, validators, settings, known, limits):
        result.text = None
        if parsed.same:
            result.body = result.packed = None
        elif result.packed is not None and result.body is not None:
            result.size, result.body = len(result.body), None
        writer.send((result, parsed))
    writer.send(None)
    writer.close()


def _few_malloc_arenas() -> None:
    """glibc gives each new thread its own malloc arena, and every fetch thread's pages
    then sit in one: two arenas take a worker's own memory from 25-29 MB to 19-20 MB at
    no cost in speed (1000 pages: the whole run's memory, PSS, 122 -> 105 MB)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc
        pass


def die_with_parent(parent: int | None = None) -> None:
    """Make this worker exit when the run that started it does.

    `parent`, if given, is the pid of the forking parent: if this process was
    re-parented before it got here, the run is already gone.
    """
    _kernel_kills_us_with_parent()
    if parent is not None and os.getppid() != parent:
        os._exit(1)
    run = multiprocessing.parent_process()
    sentinel = run.sentinel if run is not None else None
    threading.Thread(target=_watch_parent, args=(sentinel, os.getppid()), daemon=True,
                     name="parent-watch").start()


def _kernel_kills_us_with_parent() -> None:
    """Linux: SIGKILL this process when the thread that started it exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the symbols of the loaded libc
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no usable libc: the parent watch still works
        pass


def _watch_parent(sentinel: int | None, parent: int) -> None:
    """Exit when the run's end of the sentinel pipe closes (else: when re-parented)."""
    if sentinel is not None:
        multiprocessing.connection.wait([sentinel])
    else:
        while os.getppid() == parent:
            time.sleep(PARENT_WATCH_INTERVAL)
    os._exit(1)
