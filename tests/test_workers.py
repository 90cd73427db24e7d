"""The fetch-and-extract workers: they die with the run that started them however it
dies, a worker that dies loses no source, and a host's limit holds across workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tests.pages import render_page, seed_blocks
from tests.processes import HAS_PROC, descendants, wait_gone
from tests.server import Reply
from tracker.extract import workers
from tracker.extract.workers import PARENT_WATCH_INTERVAL, Known, Workers, shares
from tracker.fetch.http import FetchSettings
from tracker.models import Source

# A run in miniature: two workers, each fetching a page from a server that accepts the
# connection and never answers, then a long wait.
RUN = """
import socket, sys, threading, time
from tracker.extract import workers
from tracker.fetch.http import FetchSettings
from tracker.models import Source
mode = sys.argv[1]
if mode == "watch-only":  # as on a system without prctl: only the parent watch is left
    workers._kernel_kills_us_with_parent = lambda: None
if mode == "forkserver":  # a program with threads of its own gets forkserver workers
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
mute = socket.socket()
mute.bind(("127.0.0.1", 0))
mute.listen(16)
url = f"http://127.0.0.1:{mute.getsockname()[1]}/"
sources = [Source(f"s{n}", "S", url + str(n)) for n in range(4)]
run = workers.Workers(sources, {}, FetchSettings(concurrency=2, per_host=2, timeout=60,
                                                retries=0), {}, processes=2)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
@pytest.mark.parametrize("mode", ["fork", "watch-only", "forkserver"])
def test_workers_die_when_their_run_is_killed(mode):
    run = subprocess.Popen([sys.executable, "-c", RUN, mode], stdout=subprocess.PIPE,
                           text=True)
    try:
        assert run.stdout.readline().strip() == "ready"
        found = descendants(run.pid)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
        run.stdout.close()
    assert len(found) >= 2
    assert wait_gone(found, timeout=PARENT_WATCH_INTERVAL * 5) == []


def _policy_pages(server, count: int, delay: float = 0.05) -> list[Source]:
    blocks = seed_blocks("aup-summary-of-changes-2016")
    sources = []
    for n in range(count):
        page = render_page([("heading", f"Policy {n}"), *blocks], title=f"p{n}", variant=n)
        server.routes[f"/w{n}"] = lambda hit, page=page: Reply(200, page, delay=delay)
        sources.append(Source(f"w{n}", f"W{n}", server.url(f"/w{n}")))
    return sources


def test_a_worker_that_dies_loses_no_source(server):
    """Its sources are fetched again in the run's threads; each comes back once."""
    sources = _policy_pages(server, 12)
    settings = FetchSettings(concurrency=4, per_host=4)
    with Workers(sources, {}, settings, {}, processes=2) as run:
        victim = next(iter(run._running.values()))[0]
        os.kill(victim.pid, signal.SIGKILL)
        got = list(run)
    assert sorted(r.source_id for r, _ in got) == sorted(s.id for s in sources)
    for result, parsed in got:
        assert result.ok, result.error
        assert parsed.blocks and parsed.blocks[0].text == f"Policy {result.source_id[1:]}"
        assert result.packed is not None and result.digest  # ready to store


def test_the_idle_hook_waits_for_a_real_wait(server):
    """Pages that stream in do not call `idle` (the run's commit) between each other: it
    is called only when no page comes for IDLE_AFTER (here at most while the workers
    start; test_what_arrived_is_committed_before_the_run_waits has a real wait)."""
    sources = _policy_pages(server, 48, delay=0)
    calls: list[int] = []
    settings = FetchSettings(concurrency=8, per_host=8)
    with Workers(sources, {}, settings, {}, processes=2) as run:
        got: list = []
        for pair in run.pairs(lambda: calls.append(len(got))):
            got.append(pair)
    assert len(got) == 48
    assert len(calls) <= 8, calls  # about one a page before


def test_unchanged_pages_come_back_without_their_body(server):
    """A page whose text is the latest version's comes back as a verdict, not a page."""
    sources = _policy_pages(server, 4)
    settings = FetchSettings(concurrency=4, per_host=4)
    with Workers(sources, {}, settings, {}, processes=2) as run:
        first = {r.source_id: r.content_hash for r, _ in run}
    known = {sid: Known(None, chash) for sid, chash in first.items()}
    with Workers(sources, {}, settings, known, processes=2) as run:
        again = list(run)
    assert {p.same for _, p in again} == {"content"}
    assert all(r.body is None and r.text is None and p.blocks is None for r, p in again)


def test_a_hosts_limit_is_shared_out_not_multiplied():
    polite = [Source(f"a{n}", "A", f"https://a.example/{n}") for n in range(6)]
    busy = [Source(f"b{n}", "B", f"https://b.example/{n}") for n in range(6)]
    parts = shares(polite + busy, 2, per_host=1)
    # per_host 1 cannot be split: each host's pages all go to one worker.
    for host in ("a.example", "b.example"):
        holders = [limits[host] for share, limits in parts if host in limits]
        assert holders == [1]
    parts = shares(busy, 2, per_host=5)
    assert sorted(limits["b.example"] for _, limits in parts) == [2, 3]  # 5 in all
    assert sorted(len(share) for share, _ in parts) == [3, 3]


def test_worker_processes_only_for_big_runs_on_several_cores(monkeypatch):
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert workers.processes_for(0, 200) == 5  # one per core, and a spare
    assert workers.processes_for(0, 5) == 0  # a few pages: not worth starting processes
    assert workers.processes_for(1, 200) == 0  # 1 = the run's own threads
    assert workers.processes_for(3, 5) == 3  # an explicit count is obeyed
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0})
    assert workers.processes_for(0, 200) == 0  # one core: threads


def test_a_page_the_extractor_chokes_on_fails_its_source_not_the_run(monkeypatch):
    import datetime as dt

    from tracker.models import FetchResult

    def choke(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(workers, "to_extraction", choke)
    result = FetchResult("s", "http://example.com/", dt.datetime.now(dt.UTC),
                         status=200, body=b"<p>x</p>", text="<p>x</p>",
                         content_type="text/html")
    parsed = workers.prepare(result, Source("s", "S", "http://example.com/"), None)
    assert parsed.error == "extraction failed: RecursionError: maximum recursion depth exceeded"
    assert parsed.blocks is None


def test_what_arrived_is_committed_before_the_run_waits(server, tmp_path):
    """Sources recorded together share a commit, but the run never holds the database's
    write lock while it waits for a page: the pages that came back are readable, and
    another writer gets in, while one slow page is still on its way."""
    import sqlite3
    import time

    sources = _policy_pages(server, 12)
    page = render_page([("heading", "Slow"), *seed_blocks("aup-summary-of-changes-2016")],
                       title="slow")
    server.routes["/slow"] = Reply(200, page, delay=6)
    sources.append(Source("slow", "Slow", server.url("/slow")))
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nparse_processes = 2\nconcurrency = 4\nper_host = 4\n" + "".join(
        f'[[sources]]\nid = "{s.id}"\nname = "{s.name}"\nurl = "{s.url}"\n' for s in sources))
    db = tmp_path / "t.db"
    env = {**os.environ, "TRACKER_CONFIG": str(config), "TRACKER_DB": str(db)}
    run = subprocess.Popen([sys.executable, "-m", "tracker", "check", "--quiet"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        recorded, deadline = 0, time.monotonic() + 5
        while recorded < 12 and time.monotonic() < deadline:
            time.sleep(0.1)
            if db.exists():
                with sqlite3.connect(db, timeout=5) as reader:
                    try:
                        recorded = reader.execute("select count(*) from versions").fetchone()[0]
                    except sqlite3.OperationalError:  # the schema is being made
                        pass
        assert recorded == 12  # the fast pages, committed while the slow one is awaited
        writer = sqlite3.connect(db, timeout=0.5, isolation_level=None)
        writer.execute("begin immediate")  # no "database is locked": the lock is free
        writer.execute("rollback")
        writer.close()
        assert run.poll() is None  # all this while the run was still waiting
    finally:
        out, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    with sqlite3.connect(db) as reader:
        assert reader.execute("select count(*) from versions").fetchone()[0] == 13
