"""Soft errors end to end: a 200 that is not the policy is held, reported, never recorded."""

from __future__ import annotations

import itertools
import json
import sqlite3

import pytest
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.cli import main

AUP = seed_blocks("aup-summary-of-changes-2016")

CLOUDFLARE = """<!DOCTYPE html><html><head><title>Just a moment...</title>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script></head>
<body><div class="main-wrapper"><h1>www.twilio.com</h1>
<p>Checking if the site connection is secure</p>
<p>www.twilio.com needs to review the security of your connection before proceeding.</p>
<div class="footer">Ray ID: 7d2a9b1c3e4f5a6b &bull; Performance &amp; security by Cloudflare</div>
</div></body></html>"""

AKAMAI = """<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>
<H1>Access Denied</H1>You don't have permission to access "http://www.twilio.com/en-us/legal/aup"
on this server.<P>Reference&#32;&#35;18&#46;2f3c1002&#46;1700000000&#46;1a2b3c4d</BODY></HTML>"""

MAINTENANCE = """<html><head><title>Scheduled maintenance</title></head><body><main>
<h1>We'll be back soon</h1><p>Our site is down for maintenance. Please check back later.</p>
</main></body></html>"""

LOGIN = """<html><head><title>Sign in</title></head><body><main><h1>Sign in</h1>
<form><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label>
<button>Continue</button></form><p>Please sign in to continue.</p></main></body></html>"""

JS_SHELL = """<html><head><title>Twilio Help Center</title>
<script src="/static/js/main.4f2a.js"></script><script>window.__STATE__={}</script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div></body></html>"""


def setup(server, tmp_path, runs: int = 3):
    counter = itertools.count()
    state = {"page": None}

    def handler(hit):
        if state["page"] is not None:
            return Reply(200, state["page"])
        return Reply(200, render_page(AUP, title="AUP", variant=next(counter)))

    server.routes["/aup"] = handler
    config = tmp_path / "tracker.toml"
    config.write_text(f"[settings]\nconfirm_delay = 0\nsuspect_runs = {runs}\n"
                      f'[[sources]]\nid = "aup"\nname = "AUP"\nurl = "{server.url("/aup")}"\n')
    return state, config


def cli(tmp_path, config, *args):
    return CliRunner().invoke(main, [*args, "--config", str(config), "--db",
                                     str(tmp_path / "t.db")], catch_exceptions=False)


def count(tmp_path, table):
    db = sqlite3.connect(tmp_path / "t.db")
    n = db.execute(f"select count(*) from {table}").fetchone()[0]
    db.close()
    return n


@pytest.mark.parametrize("page", [CLOUDFLARE, AKAMAI, MAINTENANCE, LOGIN, JS_SHELL],
                         ids=["cloudflare", "akamai", "maintenance", "login", "js-shell"])
def test_block_pages_are_held_and_reported_not_recorded(server, tmp_path, page):
    state, config = setup(server, tmp_path)
    assert cli(tmp_path, config, "check").exit_code == 0
    state["page"] = page
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 1
    assert "aup" in result.output and ("suspect" in result.output or "error" in result.output)
    assert count(tmp_path, "versions") == 1
    assert count(tmp_path, "changes") == 0
    sources = json.loads(cli(tmp_path, config, "sources", "--json").stdout)["sources"]
    assert sources[0]["status"] in ("suspect", "error")
    # The real page comes back: nothing was recorded in between, nothing is a change.
    state["page"] = None
    assert cli(tmp_path, config, "check").exit_code == 0
    assert count(tmp_path, "changes") == 0


def test_js_shell_hints_at_browser_rendering(server, tmp_path):
    server.routes["/shell"] = Reply(200, JS_SHELL)
    config = tmp_path / "tracker.toml"
    config.write_text(f'[[sources]]\nid = "help"\nname = "Help"\nurl = "{server.url("/shell")}"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 1
    assert 'help' in result.output and 'render = "browser"' in result.output
    assert count(tmp_path, "versions") == 0


def test_lost_text_is_suspect_until_it_persists(server, tmp_path):
    state, config = setup(server, tmp_path, runs=3)
    assert cli(tmp_path, config, "check").exit_code == 0
    state["page"] = render_page(AUP[:4], title="AUP", variant=1)
    for run in (1, 2):
        result = cli(tmp_path, config, "check")
        assert result.exit_code == 1
        assert "lost" in result.output and f"{run}/3" in result.output
        assert count(tmp_path, "versions") == 1
    result = cli(tmp_path, config, "check")  # third run in a row: accepted as a version
    assert result.exit_code == 0, result.output
    assert count(tmp_path, "versions") == 2
    [change] = json.loads(cli(tmp_path, config, "changes", "--json").stdout)
    assert len(change["removed"]) > 10


def test_a_page_back_to_its_old_body_after_accept_is_a_change(server, tmp_path):
    """The accepted version is the baseline: the body seen before the suspect one (the
    same bytes, the same validators) is read again, not taken as unchanged."""
    state, config = setup(server, tmp_path, runs=5)
    full = render_page(AUP, title="AUP", variant=0)
    state["page"] = full
    assert cli(tmp_path, config, "check").exit_code == 0
    state["page"] = render_page(AUP[:4], title="AUP", variant=1)
    assert cli(tmp_path, config, "check").exit_code == 1
    assert cli(tmp_path, config, "accept", "aup").exit_code == 0
    state["page"] = full
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert count(tmp_path, "versions") == 3
    [_, back] = json.loads(cli(tmp_path, config, "changes", "--json").stdout)
    assert len(back["added"]) > 10 and back["removed"] == []


def test_accept_command_takes_the_held_page(server, tmp_path):
    state, config = setup(server, tmp_path, runs=5)
    assert cli(tmp_path, config, "check").exit_code == 0
    state["page"] = render_page(AUP[:4], title="AUP", variant=1)
    assert cli(tmp_path, config, "check").exit_code == 1
    result = cli(tmp_path, config, "accept", "aup")
    assert result.exit_code == 0, result.output
    assert "accepted as version" in result.output
    assert count(tmp_path, "versions") == 2
    assert cli(tmp_path, config, "check").exit_code == 0  # and it is now the baseline
    assert count(tmp_path, "versions") == 2
    result = cli(tmp_path, config, "accept", "aup")
    assert result.exit_code == 1 and "nothing to accept" in result.output
