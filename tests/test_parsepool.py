"""The extraction pool's workers die with the run that started them, however it dies."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.processes import HAS_PROC, descendants, wait_gone
from tracker.extract.parsepool import PARENT_WATCH_INTERVAL

pytestmark = pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")

# A run in miniature: a pool with two workers that have parsed a page, then a long wait.
RUN = """
import sys, threading, time
from tracker.extract import parsepool
from tracker.models import Source
mode = sys.argv[1]
if mode == "watch-only":  # as on a system without prctl: only the parent watch is left
    parsepool._kernel_kills_us_with_parent = lambda: None
if mode == "forkserver":  # a program with threads of its own gets a forkserver pool
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
pool = parsepool.ParsePool(2)
pool.blocks("<html><body><main><p>A clause.</p></main></body></html>",
            Source("s", "S", "http://example.com/"))
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("mode", ["fork", "watch-only", "forkserver"])
def test_workers_die_when_their_run_is_killed(mode):
    run = subprocess.Popen([sys.executable, "-c", RUN, mode], stdout=subprocess.PIPE,
                           text=True)
    try:
        assert run.stdout.readline().strip() == "ready"
        workers = descendants(run.pid)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
        run.stdout.close()
    assert len(workers) >= 2
    assert wait_gone(workers, timeout=PARENT_WATCH_INTERVAL * 5) == []
