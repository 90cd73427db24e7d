"""The whole pipeline through the CLI, against real pages served on 127.0.0.1.

Pages are built from the seed documents and wrapped in furniture that changes on every
request (tests/pages.py), so "nothing changed" really means the tool saw through noise.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.processes import HAS_PROC, descendants, wait_gone
from tests.server import Hit, LoopbackServer, Reply
from tracker.cli import main

SEEDS = [
    "aup-summary-of-changes-2016",
    "voice-services-policy-unification-2022",
    "calls-not-allowed",
    "sms-not-allowed",
    "terms-update-notice-2025-02-25",
]


class Site:
    """Seed pages served live; `blocks[name]` can be edited between runs."""

    def __init__(self, server: LoopbackServer, names: list[str]) -> None:
        self.server = server
        self.blocks = {name: seed_blocks(name) for name in names}
        self.counter = itertools.count()
        for name in names:
            server.routes[f"/{name}"] = self._route(name)

    def _route(self, name: str):
        def handler(hit: Hit) -> Reply:
            return Reply(
                200, render_page(self.blocks[name], title=name, variant=next(self.counter))
            )

        return handler

    def config(self, path: Path, extra: str = "", names: list[str] | None = None) -> Path:
        settings = {"confirm_delay": "0", "timeout": "5", "retries": "1"}
        for line in extra.splitlines():
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
        text = "[settings]\n" + "".join(f"{k} = {v}\n" for k, v in settings.items())
        for name in names or self.blocks:
            text += (
                f'[[sources]]\nid = "{name}"\nname = "{name}"\n'
                f'url = "{self.server.url("/" + name)}"\n'
            )
        path.write_text(text)
        return path


def tracker(tmp_path: Path, config: Path, *args: str):
    return CliRunner().invoke(
        main,
        [*args, "--config", str(config), "--db", str(tmp_path / "t.db")],
        catch_exceptions=False,
    )


def changes_json(tmp_path: Path, config: Path) -> list[dict]:
    result = tracker(tmp_path, config, "changes", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def versions(tmp_path: Path) -> dict[str, int]:
    db = sqlite3.connect(tmp_path / "t.db")
    rows = db.execute("select source, count(*) from versions group by source").fetchall()
    db.close()
    return dict(rows)


def test_first_check_makes_versions_and_no_changes(server, tmp_path):
    site = Site(server, SEEDS)
    config = site.config(tmp_path / "tracker.toml")
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert versions(tmp_path) == {name: 1 for name in SEEDS}
    assert changes_json(tmp_path, config) == []
    # The furniture changes on every request; a second check still records nothing.
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert versions(tmp_path) == {name: 1 for name in SEEDS}
    assert changes_json(tmp_path, config) == []


def test_an_edit_makes_exactly_one_change_with_the_right_clauses(server, tmp_path):
    site = Site(server, ["aup-summary-of-changes-2016", "calls-not-allowed"])
    config = site.config(tmp_path / "tracker.toml")
    assert tracker(tmp_path, config, "check").exit_code == 0
    blocks = site.blocks["aup-summary-of-changes-2016"]
    new_clause = (
        "You may not use our services to send messages that violate the "
        "Telephone Consumer Protection Act, effective starting May 1, 2026."
    )
    index = next(i for i, (kind, _) in enumerate(blocks) if kind == "item")
    blocks.insert(index, ("item", new_clause))
    removed_kind, removed_text = next(
        (k, t) for k, t in reversed(blocks) if k == "paragraph" and len(t) > 60
    )
    blocks.remove((removed_kind, removed_text))
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    records = changes_json(tmp_path, config)
    assert len(records) == 1
    record = records[0]
    assert record["source"] == "aup-summary-of-changes-2016"
    assert record["added"] == [new_clause]
    assert record["removed"] == [removed_text]
    assert record["modified"] == [] and record["moved"] == []
    assert record["effective_date"] == "2026-05-01"
    assert record["from_version"] < record["to_version"]
    assert record["detected_at"].endswith("Z")
    assert versions(tmp_path) == {"aup-summary-of-changes-2016": 2, "calls-not-allowed": 1}
    # Nothing more on the next check.
    assert tracker(tmp_path, config, "check").exit_code == 0
    assert len(changes_json(tmp_path, config)) == 1


def test_run_writes_snapshots_only_when_a_version_appears(server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = Site(server, ["sms-not-allowed"])
    config = site.config(tmp_path / "tracker.toml")
    result = tracker(tmp_path, config, "run", "--no-site", "--no-notify")
    assert result.exit_code == 0, result.output
    snap = tmp_path / "snapshots" / "sms-not-allowed.md"
    text = snap.read_text()
    assert "No one likes SPAM" in text
    assert "cookie" not in text.lower()
    mtime = snap.stat().st_mtime_ns
    time.sleep(0.01)
    assert tracker(tmp_path, config, "run", "--no-site", "--no-notify").exit_code == 0
    assert snap.stat().st_mtime_ns == mtime
    site.blocks["sms-not-allowed"].append(("paragraph", "A brand new closing clause."))
    assert tracker(tmp_path, config, "run", "--no-site", "--no-notify").exit_code == 0
    assert "A brand new closing clause." in snap.read_text()


def _closed_port() -> int:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


FAULTS = {
    "not-found": (Reply(404, "<html><body><h1>Page not found</h1></body></html>"), "404"),
    "unavailable": (Reply(503, "<html><body>Down for maintenance</body></html>"), "503"),
    "slow": (Reply(200, "<html><body><p>late</p></body></html>", delay=3), "timed out"),
    "loop": (Reply(302, "", headers={"Location": "/loop"}), "redirect"),
    "empty": (Reply(200, ""), "no text"),
    "binary": (Reply(200, bytes(range(256)) * 40, content_type="image/png"), "not a document"),
}


@pytest.mark.parametrize("fault", [*FAULTS, "refused"])
def test_faults_leave_versions_untouched_and_are_reported(server, tmp_path, fault):
    site = Site(server, ["calls-not-allowed"])
    config = site.config(tmp_path / "tracker.toml", extra="timeout = 1\nretries = 0")
    assert tracker(tmp_path, config, "check").exit_code == 0
    before = versions(tmp_path)
    if fault == "refused":
        url = f"http://127.0.0.1:{_closed_port()}/calls-not-allowed"
        expected = "refused"
    else:
        reply, expected = FAULTS[fault]
        server.routes["/calls-not-allowed"] = reply
        server.routes["/loop"] = FAULTS["loop"][0]
        url = server.url("/loop" if fault == "loop" else "/calls-not-allowed")
    text = config.read_text().replace(server.url("/calls-not-allowed"), url)
    config.write_text(text)
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 1, result.output
    line = next(ln for ln in result.output.splitlines() if ln.strip().startswith("calls-not"))
    assert expected in line.lower()
    assert versions(tmp_path) == before
    assert changes_json(tmp_path, config) == []
    sources = json.loads(tracker(tmp_path, config, "sources", "--json").stdout)
    assert sources["sources"][0]["status"] == "error"


def test_conditional_get_costs_a_304(server, tmp_path):
    body = render_page(seed_blocks("sms-not-allowed"), title="sms", variant=1)
    server.routes["/sms"] = lambda hit: (
        Reply(304, b"")
        if hit.headers.get("if-none-match") == '"v1"'
        else Reply(200, body, headers={"ETag": '"v1"'})
    )
    config = tmp_path / "tracker.toml"
    config.write_text(f'[[sources]]\nid = "sms"\nname = "SMS"\nurl = "{server.url("/sms")}"\n')
    assert tracker(tmp_path, config, "check").exit_code == 0
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 0
    assert "not-modified" in result.output
    assert server.hits[-1].headers.get("if-none-match") == '"v1"'


def test_diff_command_shows_a_redline(server, tmp_path):
    site = Site(server, ["voice-services-policy-unification-2022"])
    config = site.config(tmp_path / "tracker.toml")
    tracker(tmp_path, config, "check")
    blocks = site.blocks["voice-services-policy-unification-2022"]
    i, (kind, text) = next((i, b) for i, b in enumerate(blocks) if "May 4, 2022" in b[1])
    blocks[i] = (kind, text.replace("May 4, 2022", "June 1, 2022"))
    tracker(tmp_path, config, "check")
    result = tracker(
        tmp_path, config, "diff", "voice-services-policy-unification-2022", "--no-color"
    )
    assert result.exit_code == 0, result.output
    assert "May" in result.output and "June" in result.output
    data = json.loads(
        tracker(tmp_path, config, "diff", "voice-services-policy-unification-2022", "--json").stdout
    )
    ops = data["modified"][0]["ops"]
    assert {"op": "insert", "text": "June 1"} in ops or any(
        o["op"] == "insert" and "June" in o["text"] for o in ops
    )
    records = changes_json(tmp_path, config)
    assert records[0]["effective_date"] == "2022-06-01"


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_sigkill_mid_run_leaves_a_clean_database(server, tmp_path):
    names = [f"p{i}" for i in range(40)]
    base = seed_blocks("aup-summary-of-changes-2016")
    counter = itertools.count()
    for name in names:
        page = [("heading", f"Policy {name}")] + base

        def handler(hit: Hit, page=page) -> Reply:
            return Reply(200, render_page(page, title="p", variant=next(counter)), delay=0.15)

        server.routes[f"/{name}"] = handler
    config = tmp_path / "tracker.toml"
    config.write_text(
        "[settings]\nconcurrency = 2\nper_host = 2\nconfirm_delay = 0\nparse_processes = 2\n"
        + "".join(
            f'[[sources]]\nid = "{n}"\nname = "{n}"\nurl = "{server.url("/" + n)}"\n' for n in names
        )
    )
    env = {**os.environ, "TRACKER_CONFIG": str(config), "TRACKER_DB": str(tmp_path / "t.db")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", "check"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            done = sum(versions(tmp_path).values())
        except sqlite3.Error:
            continue
        if done >= 5:
            break
    workers = descendants(proc.pid)  # the run's extraction pool
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(workers) >= 2
    # No process of the killed run is left behind (they would wait on a pipe for ever).
    assert wait_gone(workers) == []
    db = sqlite3.connect(tmp_path / "t.db")
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = sum(versions(tmp_path).values())
    db.close()
    assert 0 < partial < len(names)
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert versions(tmp_path) == {n: 1 for n in names}
    assert (
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "tracker", "changes", "--json"],
                env=env,
                capture_output=True,
                text=True,
            ).stdout
        )
        == []
    )


def test_worker_processes_give_the_same_versions_and_change(server, tmp_path, monkeypatch):
    """parse_processes = 2: pages are fetched and extracted in worker processes (the
    path big runs take on machines with several cores); versions and the change must be
    the same as the run's own threads give."""
    from tracker.extract import workers

    delivered = []
    real_pairs = workers.Workers.pairs

    def counting(self, idle=None):
        for result, parsed in real_pairs(self, idle):
            delivered.append(result.source_id)
            yield result, parsed

    monkeypatch.setattr(workers.Workers, "pairs", counting)
    site = Site(server, SEEDS)
    config = site.config(tmp_path / "tracker.toml", "parse_processes = 2")
    assert tracker(tmp_path, config, "check").exit_code == 0
    assert versions(tmp_path) == {name: 1 for name in SEEDS}
    assert sorted(delivered) == sorted(SEEDS)  # every page came from a worker
    site.blocks["calls-not-allowed"].append(
        ("paragraph", "Calls to emergency numbers may not be made using this service."))
    result = tracker(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    records = changes_json(tmp_path, config)
    assert [(r["source"], r["added"]) for r in records] == [
        ("calls-not-allowed",
         ["Calls to emergency numbers may not be made using this service."])]
    db = sqlite3.connect(tmp_path / "t.db")
    texts = dict(db.execute("select source, text from versions where superseded_by is null "
                            "order by id").fetchall())
    sizes = db.execute("select count(*) from bodies where size > 1000").fetchone()[0]
    db.close()
    assert sizes == len(SEEDS) + 1  # every stored body kept with its real size
    # The same page extracted in this process gives the same text as the workers gave.
    from tracker.extract.html import extract_blocks

    page = render_page(site.blocks["sms-not-allowed"], title="sms-not-allowed", variant=7)
    here = "\n\n".join(b.text for b in extract_blocks(page))
    assert texts["sms-not-allowed"] == here
