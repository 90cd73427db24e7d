"""A browser source on a machine without Playwright or Chromium: one clear line per
source naming what is missing and the command that installs it; the rest of the run
goes on (real `tracker run` processes; no browser is started)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.fetch import browser as render

# `tracker` with Playwright made unimportable, as on an install without the [browser] extra.
WITHOUT_PLAYWRIGHT = ("import sys; sys.modules['playwright'] = None; "
                      "from tracker.cli import main; main(prog_name='tracker')")


def run(server, tmp_path: Path, *, code: str | None = None, **env: str | None):
    """`tracker run` on one plain page and one browser page, in tmp_path."""
    server.routes["/terms"] = Reply(200, render_page(seed_blocks("sms-not-allowed"),
                                                     title="Terms", variant=1))
    server.routes["/help"] = Reply(200, "<html><body><div id=root></div></body></html>")
    (tmp_path / "tracker.toml").write_text(
        "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
        f'[[sources]]\nid = "terms"\nname = "Terms"\nurl = "{server.url("/terms")}"\n'
        f'[[sources]]\nid = "help"\nname = "Help"\nurl = "{server.url("/help")}"\n'
        'render = "browser"\n')
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    environ.update({k: v for k, v in env.items() if v is not None})
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "tracker"]
    return subprocess.run([*command, "run", "--no-notify"], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=60)


def assert_rest_of_run_went_on(result, tmp_path: Path) -> str:
    """The plain source is recorded, snapshotted and published; returns help's line."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    db = sqlite3.connect(tmp_path / "tracker.db")
    counts = dict(db.execute("select source, count(*) from versions group by source"))
    db.close()
    assert counts == {"terms": 1}
    assert (tmp_path / "snapshots" / "terms.md").exists()
    assert (tmp_path / "site" / "sources" / "terms.html").exists()
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("help:")]
    return line


def test_missing_playwright_is_named_with_its_install_command(server, tmp_path):
    # TRACKER_CHROMIUM names an existing file, so only Playwright is missing.
    result = run(server, tmp_path, code=WITHOUT_PLAYWRIGHT, TRACKER_CHROMIUM=sys.executable)
    line = assert_rest_of_run_went_on(result, tmp_path)
    assert line == ("help: error: render = \"browser\" needs Playwright, which is not "
                    "installed: pip install 'policy-tracker[browser]'")


def test_missing_chromium_is_named_with_its_install_command(server, tmp_path):
    pytest.importorskip("playwright.async_api")
    empty = tmp_path / "empty-path"
    empty.mkdir()
    result = run(server, tmp_path, PATH=str(empty))
    line = assert_rest_of_run_went_on(result, tmp_path)
    assert line == ('help: error: render = "browser" needs Chromium, which was not found: '
                    "apt-get install chromium (Debian), or set TRACKER_CHROMIUM to its path")


def test_tracker_chromium_pointing_nowhere_is_named(server, tmp_path):
    pytest.importorskip("playwright.async_api")
    result = run(server, tmp_path, TRACKER_CHROMIUM="/nowhere/chromium")
    line = assert_rest_of_run_went_on(result, tmp_path)
    assert line == ('help: error: render = "browser" needs Chromium: '
                    "TRACKER_CHROMIUM=/nowhere/chromium is neither a file nor a command on PATH "
                    "(point it to Chromium, or unset it and apt-get install chromium)")


def test_both_missing_names_both_commands(monkeypatch):
    monkeypatch.setitem(sys.modules, "playwright", None)
    monkeypatch.setitem(sys.modules, "playwright.async_api", None)
    monkeypatch.setenv("TRACKER_CHROMIUM", "/nowhere/chromium")
    message = render.missing()
    assert message is not None
    assert "Playwright and Chromium" in message
    assert render.INSTALL_HINT in message and "apt-get install chromium" in message
    with pytest.raises(render.BrowserUnavailable, match="Playwright and Chromium"):
        next(render.render_all([]))


def test_nothing_missing_when_both_are_there(monkeypatch):
    pytest.importorskip("playwright.async_api")
    monkeypatch.setenv("TRACKER_CHROMIUM", sys.executable)
    assert render.missing() is None
