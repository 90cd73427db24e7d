"""HTML extraction in worker processes, for runs with many pages on a machine with cores.

Extraction walks the lxml tree in Python, so it holds the GIL: in the fetch threads it
uses one core however many pages are in flight (benchmarks/README.md has the profile).
A small process pool spreads it over the cores; the fetch threads stay where they are,
each handing its page's text to the pool and waiting for the blocks.  Small runs (a few
sources) parse in the fetch threads: starting processes would cost more than it saves.
A pool that breaks (a worker killed) falls back to parsing in the threads.

Workers die with the run: a run killed with SIGKILL (a cron `timeout -s KILL`, the OOM
killer) gets no chance to shut its pool down, and its workers would otherwise wait on
their pipe for ever, re-parented to init.  On Linux the kernel kills a forked worker when
its parent goes (PR_SET_PDEATHSIG).  Everywhere, and for forkserver workers (whose parent
is the forkserver, kept alive by the workers themselves), a thread in each worker waits
on multiprocessing's parent sentinel, a pipe only the run holds open, and exits at EOF.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from tracker.extract.html import extract_blocks
from tracker.models import Block, Source

MIN_PAGES = 16  # below this a run parses in its fetch threads
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_WATCH_INTERVAL = 1.0  # seconds between two looks at the parent pid (no sentinel)


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


def die_with_parent(parent: int | None = None) -> None:
    """Make this pool worker exit when the run that started it does (its initializer).

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


def _extract(text: str, select: tuple[str, ...], remove: tuple[str, ...],
             source_id: str) -> list[Block]:
    return extract_blocks(text, select=select, remove=remove, source_id=source_id)


class ParsePool:
    """A process pool for extract_blocks; use as a context manager."""

    def __init__(self, processes: int) -> None:
        # Fork (fast, shares the loaded modules) while this is the only thread, and start
        # the workers now, before any fetch thread exists: forking a threaded process can
        # copy a lock another thread holds.  Embedded in a threaded program, forkserver.
        # A forked worker's parent is this process; a forkserver worker's parent is the
        # forkserver.  Either way the worker watches this process (die_with_parent).
        context: Any
        parent: int | None
        if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            parent = os.getpid()
        else:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["tracker.extract.html"])
            parent = None
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes, mp_context=context, initializer=die_with_parent, initargs=(parent,))
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
