"""The optional free-text summary: a real command (python -c) run by `tracker run`.

Each test serves a policy on loopback, runs `tracker run` twice (first capture, then an
edit) with a webhook receiving notifications, and checks what the command was given, what
was stored, and that a failing or hung command never holds back a run or a message.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
import sys
import time
from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import CliRunner

from tests.server import LoopbackServer
from tests.test_notify import Policy, Receiver
from tracker.cli import main
from tracker.config import parse_config
from tracker.outputs.narrative import MAX_CHARS, run_command, summarize_changes
from tracker.store import Store

# Appends the change it was given to a log file, then prints a summary with markup in it.
SUMMARIZER = """
import json, sys
change = json.load(sys.stdin)
with open(sys.argv[1], "a") as log:
    log.write(json.dumps({"id": change["id"], "source_name": change["source_name"],
                          "severity": change["severity"]}) + "\\n")
print()
print(f"  {change['source_name']}: {len(change['added'])} clause added. <b>Read it</b> &   ")
"""
FAILING = "import sys; sys.stdin.read(); print('model offline', file=sys.stderr); sys.exit(3)"
HANGING = """
import sys, time
open(sys.argv[1], "a").write("started\\n")
time.sleep(60)
"""
CLAUSE = "Calls to premium numbers are prohibited. This policy takes effect on July 1, 2026."


class Tracked:
    """A policy page, a webhook and a config file whose [summary] is `summary`."""

    def __init__(self, server: LoopbackServer, tmp_path: Path, summary: str) -> None:
        self.tmp = tmp_path
        self.page = Policy(server)
        self.hook = Receiver(server)
        self.config = tmp_path / "tracker.toml"
        self.config.write_text(
            "[settings]\nconfirm_delay = 0\ntimeout = 5\nretries = 1\n"
            '[site]\nurl = "https://example.org/t"\n'
            f'[notify]\nurls = ["{self.hook.url}"]\nbackoff = 0\n'
            f"[summary]\n{summary}\n"
            f'[[sources]]\nid = "voice"\nname = "Twilio Voice Services Policy"\n'
            f'url = "{self.page.url}"\n'
        )

    def run(self):
        return CliRunner().invoke(main, [
            "run", "--config", str(self.config), "--db", str(self.tmp / "t.db"),
            "--site-dir", str(self.tmp / "site"), "--snapshots", str(self.tmp / "snapshots"),
        ], catch_exceptions=False)  # fmt: skip

    def edit(self, at: int = 5, text: str = CLAUSE) -> None:
        self.page.blocks.insert(at, ("paragraph", text))

    def narratives(self) -> list[str | None]:
        db = sqlite3.connect(self.tmp / "t.db")
        rows = db.execute("select narrative from changes order by id").fetchall()
        db.close()
        return [r[0] for r in rows]


def python_command(script: str, *args: object) -> list[str]:
    return [sys.executable, "-c", script, *(str(a) for a in args)]


def test_summary_is_stored_once_shown_everywhere_and_never_rerun(server, tmp_path):
    log = tmp_path / "calls.log"
    # The string form, split like a shell would.
    command = shlex.join(python_command(SUMMARIZER, log))
    tracked = Tracked(server, tmp_path, f"command = {json.dumps(command)}\ntimeout = 20")
    assert tracked.run().exit_code == 0  # first capture: no change, nothing to summarise
    assert not log.exists()

    tracked.edit()
    result = tracked.run()
    assert result.exit_code == 0, result.output
    [call] = [json.loads(line) for line in log.read_text().splitlines()]
    assert call["source_name"] == "Twilio Voice Services Policy"
    assert call["severity"] == "obligation"  # the change record, facts and all
    expected = "Twilio Voice Services Policy: 1 clause added. <b>Read it</b> &"
    assert tracked.narratives() == [expected]  # stripped

    # Shown in the notification of that same run, on the site, and in the JSON.
    [post] = tracked.hook.posts
    assert f"Summary: {expected}" in json.loads(post.body)["message"]
    page = BeautifulSoup((tmp_path / f"site/changes/{call['id']}.html").read_text(), "html.parser")
    assert page.select_one("section.for-you figure.narrative blockquote").get_text() == expected
    assert not page.find("b")  # escaped, never markup
    listed = CliRunner().invoke(
        main, ["changes", "--json", "--config", str(tracked.config), "--db", str(tmp_path / "t.db")]
    )
    assert json.loads(listed.stdout)[0]["narrative"] == expected

    # Cached: later runs, and a further change, never ask again about the first one.
    assert tracked.run().exit_code == 0
    tracked.edit(7, "Customers must keep call recordings for ninety (90) days.")
    assert tracked.run().exit_code == 0
    calls = [json.loads(line)["id"] for line in log.read_text().splitlines()]
    assert calls == [call["id"], call["id"] + 1]
    assert len(tracked.narratives()) == 2 and all(tracked.narratives())


def test_a_failing_command_never_blocks_the_run_or_its_notification(server, tmp_path):
    tracked = Tracked(server, tmp_path, f"command = {json.dumps(python_command(FAILING))}")
    tracked.run()
    tracked.edit()
    result = tracked.run()
    assert result.exit_code == 0, result.output
    assert len(tracked.hook.posts) == 1  # notified all the same, without a summary
    assert "Summary:" not in json.loads(tracked.hook.posts[0].body)["message"]
    lines = [line for line in result.stderr.splitlines() if line.startswith("summary:")]
    assert lines == ["summary: voice: change #1: the summary command exited with 3: model offline"]
    assert tracked.narratives() == [None]  # nothing cached: asked again next run

    log = tmp_path / "calls.log"
    tracked.config.write_text(
        tracked.config.read_text().replace(
            json.dumps(python_command(FAILING)), json.dumps(python_command(SUMMARIZER, log))
        )
    )
    assert tracked.run().exit_code == 0
    assert tracked.narratives()[0].endswith("1 clause added. <b>Read it</b> &")
    assert len(tracked.hook.posts) == 1  # the change is not notified twice


def test_a_hung_command_is_stopped_at_its_timeout_once_per_run(server, tmp_path):
    log = tmp_path / "started.log"
    command = json.dumps(python_command(HANGING, log))
    tracked = Tracked(server, tmp_path, f"command = {command}\ntimeout = 1")
    tracked.run()
    tracked.edit()
    started = time.monotonic()
    result = tracked.run()
    assert time.monotonic() - started < 15
    assert result.exit_code == 0, result.output
    assert len(tracked.hook.posts) == 1
    assert "summary: voice: change #1: the summary command timed out after 1s" in result.stderr
    # Two changes without a summary: the run stops at the first timeout, so a hung
    # command costs one timeout per run, not one per change.
    tracked.edit(8, "Customers must keep call recordings for ninety (90) days.")
    result = tracked.run()
    assert result.exit_code == 0 and len(tracked.hook.posts) == 2
    assert log.read_text().splitlines() == ["started", "started"]
    assert tracked.narratives() == [None, None]


def test_nothing_runs_unless_configured_and_a_missing_command_is_one_line(server, tmp_path):
    tracked = Tracked(server, tmp_path, "timeout = 7")  # a [summary] table without command
    tracked.run()
    tracked.edit()
    result = tracked.run()
    assert result.exit_code == 0 and "summary" not in result.stderr
    assert tracked.narratives() == [None]
    config = parse_config(
        tracked.config.read_text().replace("timeout = 7", 'command = "no-such-summarizer --flag"'),
        None,
    )
    lines: list[str] = []
    assert summarize_changes(Store(tmp_path / "t.db"), config, echo=lines.append).written == 0
    assert len(lines) == 1 and lines[0].startswith(
        "summary: voice: change #1: cannot run the summary command: "
    )


def test_output_is_stripped_and_capped():
    long = run_command(python_command("print('  ' + 'x' * 9000 + '  ')"), "{}", 20)
    assert len(long) == MAX_CHARS + 1 and long.endswith("x…")
    assert (
        run_command(python_command("import sys; print(sys.stdin.read().upper())"), '{"a": "é"}', 20)
        == '{"A": "É"}'
    )
