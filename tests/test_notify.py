"""Notifications through real peers on loopback: an SMTP server (aiosmtpd) and a webhook."""

from __future__ import annotations

import email
import itertools
import json
import socket
import time
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from tests.pages import render_page, seed_blocks
from tests.server import Hit, LoopbackServer, Reply
from tracker.cli import main
from tracker.config import parse_config
from tracker.notify import mask, notify_pending
from tracker.pipeline import check
from tracker.store import Store

VOICE = seed_blocks("voice-services-policy-unification-2022")
NEW_CLAUSE = ("Calls to <b>premium</b> numbers & short codes are prohibited. This policy "
              "will go into effect on July 1, 2026.")


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    """Accept only the credentials the test's mailto URL carries."""
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"s3cretpass"
    return AuthResult(success=ok)


def smtp_server(inbox: Inbox, port: int) -> Controller:
    return Controller(inbox, hostname="127.0.0.1", port=port, authenticator=authenticate,
                      auth_require_tls=False)


def free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture
def smtp():
    port = free_port()
    inbox = Inbox()
    controller = smtp_server(inbox, port)
    controller.start()
    yield inbox, port, controller
    try:
        controller.stop()
    except Exception:
        pass


class Policy:
    """A tracked page served on loopback that a test can edit."""

    def __init__(self, server: LoopbackServer) -> None:
        self.blocks = list(VOICE)
        counter = itertools.count()
        server.routes["/voice"] = lambda hit: Reply(
            200, render_page(self.blocks, title="Voice", variant=next(counter)))
        self.url = server.url("/voice")


def make_config(policy_page: Policy, urls: list[str], extra: str = ""):
    quoted = ", ".join(json.dumps(u) for u in urls)
    return parse_config(
        f"[settings]\nconfirm_delay = 0\n[site]\nurl = \"https://example.org/tracker\"\n"
        f"[notify]\nurls = [{quoted}]\nbackoff = 0\n{extra}\n"
        f'[[sources]]\nid = "voice"\nname = "Twilio Voice Services Policy"\n'
        f'url = "{policy_page.url}"\n', None)


def mail_url(port: int) -> str:
    return (f"mailto://bot:s3cretpass@127.0.0.1:{port}?from=tracker@example.com"
            f"&to=compliance@example.com")


def one_change(server, tmp_path, urls, extra=""):
    page = Policy(server)
    config = make_config(page, urls, extra)
    store = Store(tmp_path / "t.db")
    check(config, store)
    assert notify_pending(store, config, echo=lambda s: None).sent == 0  # first capture
    page.blocks.insert(5, ("paragraph", NEW_CLAUSE))
    report = check(config, store)
    assert len(report.changes) == 1
    return config, store


def test_one_change_is_one_email_with_both_parts(server, tmp_path, smtp):
    inbox, port, _ = smtp
    config, store = one_change(server, tmp_path, [mail_url(port)])
    result = notify_pending(store, config, echo=lambda s: None)
    assert result.sent == 1 and not result.problems
    assert len(inbox.messages) == 1
    msg = inbox.messages[0]
    assert "Twilio Voice Services Policy" in msg["Subject"]
    assert "effective 2026-07-01" in msg["Subject"]
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "premium" in plain and "July 1, 2026" in plain
    assert "&lt;b&gt;premium&lt;/b&gt;" in html and "<b>premium</b>" not in html
    assert "https://example.org/tracker/changes/" in html
    # Running notify again sends nothing.
    again = notify_pending(store, config, echo=lambda s: None)
    assert again.sent == 0
    assert len(inbox.messages) == 1


def test_smtp_down_stays_pending_then_delivers_exactly_once(server, tmp_path):
    port = free_port()
    config, store = one_change(server, tmp_path, [mail_url(port)])
    problems: list[str] = []
    down = notify_pending(store, config, echo=problems.append)
    assert down.sent == 0 and down.pending == 1 and down.problems
    assert "s3cretpass" not in " ".join(problems + down.problems)
    row = store.db.execute("select status, attempts from outbox").fetchone()
    assert row == ("pending", 1)
    inbox = Inbox()
    controller = smtp_server(inbox, port)
    controller.start()
    try:
        back = notify_pending(store, config, echo=lambda s: None)
        assert back.sent == 1
        assert notify_pending(store, config, echo=lambda s: None).sent == 0
    finally:
        controller.stop()
    assert len(inbox.messages) == 1


class Receiver:
    """A webhook endpoint: answers `fail` times with 500, then 200."""

    def __init__(self, server: LoopbackServer, fail: int = 0) -> None:
        self.posts: list[Hit] = []
        self.fail = fail
        server.routes["/hook"] = self.handle
        self.url = server.url("/hook").replace("http://", "json://")

    def handle(self, hit: Hit) -> Reply:
        if hit.method != "POST":
            return Reply(405, "")
        if self.fail:
            self.fail -= 1
            return Reply(500, "boom")
        self.posts.append(hit)
        return Reply(200, "{}", content_type="application/json")


def test_webhook_payload_carries_summary_and_effective_date(server, tmp_path):
    receiver = Receiver(server)
    config, store = one_change(server, tmp_path, [receiver.url])
    assert notify_pending(store, config, echo=lambda s: None).sent == 1
    [post] = receiver.posts
    payload = json.loads(post.body)
    text = payload["title"] + payload["message"]
    assert "1 clause added" in text and "2026-07-01" in text


def test_webhook_500_is_retried_next_run_and_delivered_once(server, tmp_path):
    receiver = Receiver(server, fail=1)
    config, store = one_change(server, tmp_path, [receiver.url])
    first = notify_pending(store, config, echo=lambda s: None)
    assert first.sent == 0 and first.problems
    assert receiver.posts == []
    second = notify_pending(store, config, echo=lambda s: None)
    assert second.sent == 1
    assert notify_pending(store, config, echo=lambda s: None).sent == 0
    assert len(receiver.posts) == 1


def test_failures_give_up_after_max_attempts(server, tmp_path):
    receiver = Receiver(server, fail=100)
    config, store = one_change(server, tmp_path, [receiver.url], "max_attempts = 2")
    notify_pending(store, config, echo=lambda s: None)
    result = notify_pending(store, config, echo=lambda s: None)
    assert result.failed == 1
    status = CliRunner().invoke(main, ["notify", "--status", "--db", str(tmp_path / "t.db"),
                                       "--config", str(_write(tmp_path, config))])
    assert "failed" in status.output and "change #" in status.output


def _write(tmp_path, config):
    path = tmp_path / "cfg.toml"
    path.write_text(f'[[sources]]\nid = "voice"\nname = "V"\nurl = "{config.sources[0].url}"\n')
    return path


def test_bad_url_is_reported_masked_and_does_not_stop_others(server, tmp_path):
    receiver = Receiver(server)
    bad = "nonsense://user:hunter2secret@example.com/path"
    config, store = one_change(server, tmp_path, [bad, receiver.url])
    lines: list[str] = []
    result = notify_pending(store, config, echo=lines.append)
    assert result.sent == 1 and len(receiver.posts) == 1
    assert any("not a valid apprise URL" in line for line in lines)
    assert "hunter2secret" not in " ".join(lines + result.problems)
    assert "nonsense://user:****@example.com" in " ".join(lines)


def test_digest_sends_one_message_for_many_changes(server, tmp_path):
    receiver = Receiver(server)
    config, store = one_change(server, tmp_path, [receiver.url], "digest = true")
    page_url = config.sources[0].url
    store_changes = store.changes()
    assert len(store_changes) == 1
    # A second change before notify runs.
    server.routes["/voice"] = lambda hit: Reply(200, render_page(
        list(VOICE[:5]) + [("paragraph", NEW_CLAUSE), ("paragraph", "One more rule.")]
        + list(VOICE[5:]), title="Voice"))
    check(config, store)
    assert len(store.changes()) == 2 and page_url
    assert notify_pending(store, config, echo=lambda s: None).sent == 1
    assert len(receiver.posts) == 1
    assert "2 policy changes" in json.loads(receiver.posts[0].body)["title"]


def test_history_is_not_flooded_into_a_new_channel(server, tmp_path):
    page = Policy(server)
    receiver = Receiver(server)
    config = make_config(page, [])
    store = Store(tmp_path / "t.db")
    check(config, store)
    page.blocks.insert(5, ("paragraph", NEW_CLAUSE))
    check(config, store)
    store.db.execute("update changes set detected_at = '2020-01-01T00:00:00Z'")
    store.db.conn.commit()
    config = make_config(page, [receiver.url])
    result = notify_pending(store, config, echo=lambda s: None)
    assert result.sent == 0 and result.skipped == 1
    assert receiver.posts == []


def test_dry_run_prints_and_sends_nothing(server, tmp_path):
    receiver = Receiver(server)
    config, store = one_change(server, tmp_path, [receiver.url])
    lines: list[str] = []
    result = notify_pending(store, config, dry_run=True, echo=lines.append)
    assert result.pending == 1 and receiver.posts == []
    assert lines and "would send to json://127.0.0.1" in lines[0]
    assert notify_pending(store, config, echo=lambda s: None).sent == 1


def test_env_channels_and_masking(monkeypatch):
    assert mask("slack://T0000/B0000/XXXXXXXXXXXXXXXX") .count("****") >= 2
    assert "hunter2" not in mask("mailtos://me:hunter2@smtp.example.com?to=x@y.z")
    assert "abc123token" not in mask("json://example.com/hook?token=abc123token")
    time.sleep(0)
