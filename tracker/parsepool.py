"""HTML extraction in worker processes, for runs with many pages on a machine with cores.

Extraction walks the lxml tree in Python, so it holds the GIL: in the fetch threads it
uses one core however many pages are in flight (benchmarks/README.md has the profile).
A small process pool spreads it over the cores; the fetch threads stay where they are,
each handing its page's text to the pool and waiting for the blocks.  Small runs (a few
sources) parse in the fetch threads: starting processes would cost more than it saves.
A pool that breaks (a worker killed) falls back to parsing in the threads.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from tracker.extract import extract_blocks
from tracker.models import Block, Source

MIN_PAGES = 16  # below this a run parses in its fetch threads


def processes_for(setting: int, pages: int) -> int:
    """How many worker processes a run of `pages` pages gets: `setting` if set (1 means
    none), else one per CPU core the process may use, when there are enough pages."""
    if setting:
        return setting if setting > 1 else 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = os.cpu_count() or 1
    return cores if cores > 1 and pages >= MIN_PAGES else 0


def _extract(text: str, select: tuple[str, ...], remove: tuple[str, ...],
             source_id: str) -> list[Block]:
    return extract_blocks(text, select=select, remove=remove, source_id=source_id)


class ParsePool:
    """A process pool for extract_blocks; use as a context manager."""

    def __init__(self, processes: int) -> None:
        # Fork (fast, shares the loaded modules) while this is the only thread, and start
        # the workers now, before any fetch thread exists: forking a threaded process can
        # copy a lock another thread holds.  Embedded in a threaded program, forkserver.
        context: Any
        if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["tracker.extract"])
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes, mp_context=context)
        if context.get_start_method() == "fork":
            self._pool.submit(int).result()  # forks every worker, here and now

    def blocks(self, text: str, source: Source) -> list[Block]:
        """The blocks of an HTML page, extracted in a worker process (or here, if the
        pool broke).  Raises what extract_blocks raises."""
        pool = self._pool
        if pool is not None:
            try:
                return pool.submit(_extract, text, source.select, source.remove,
                                   source.id).result()
            except BrokenProcessPool:
                self._pool = None
        return extract_blocks(text, select=source.select, remove=source.remove,
                              source_id=source.id)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
