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
from tracker.errors import NotifyError
from tracker.outputs.notify import channels, mask, notify_pending
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

    def __init__(self, server: LoopbackServer, fail: int = 0, path: str = "/hook") -> None:
        self.posts: list[Hit] = []
        self.fail = fail
        server.routes[path] = self.handle
        self.url = server.url(path).replace("http://", "json://")

    @property
    def titles(self) -> list[str]:
        return [json.loads(p.body)["title"] for p in self.posts]

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


# -- routes: by country, product and severity ---------------------------------------------
BRAZIL = ("Calls to mobile numbers in Brazil of less than twelve (12) seconds must not "
          "exceed 20% of your traffic.")
BRAZIL_SHORTER = (BRAZIL.replace("twelve (12)", "six (6)")
                  + " This policy will go into effect on March 15, 2026.")
BRAZIL_NEWS = "Twilio has a local support team in Brazil."


def routed_config(page: Policy, channels_toml: list[str]):
    return parse_config(
        "[settings]\nconfirm_delay = 0\n[site]\nurl = \"https://example.org/tracker\"\n"
        f"[notify]\nurls = [{', '.join(channels_toml)}]\nbackoff = 0\n"
        f'[[sources]]\nid = "voice"\nname = "Twilio Voice Services Policy"\n'
        f'url = "{page.url}"\n', None)


def test_a_change_about_one_country_reaches_only_the_channels_that_want_it(
    server, tmp_path, smtp, monkeypatch
):
    inbox, port, _ = smtp
    brazil_mail = f'{{ url = {json.dumps(mail_url(port))}, countries = ["BR"] }}'
    india, severe, whatsapp, everything = (
        Receiver(server, path=f"/{name}") for name in ("india", "severe", "whatsapp", "env")
    )
    monkeypatch.setenv("TRACKER_NOTIFY", everything.url)  # environment URLs: no filter
    page = Policy(server)
    page.blocks.insert(5, ("paragraph", BRAZIL))
    config = routed_config(page, [
        brazil_mail,
        f'{{ url = "{india.url}", countries = ["IN", "EU"] }}',
        f'{{ url = "{severe.url}", min_severity = "obligation" }}',
        f'{{ url = "{whatsapp.url}", products = ["whatsapp"], countries = "BR" }}',
    ])
    store = Store(tmp_path / "t.db")
    check(config, store)
    assert notify_pending(store, config, echo=lambda s: None).sent == 0  # first capture

    page.blocks[5] = ("paragraph", BRAZIL_SHORTER)
    [change] = check(config, store).changes
    assert change.facts.countries == ["BR"] and change.severity == "obligation"
    assert change.facts.products == []
    result = notify_pending(store, config, echo=lambda s: None)
    assert result.sent == 3 and not result.problems
    assert len(inbox.messages) == 1 and len(severe.posts) == 1 and len(everything.posts) == 1
    assert india.posts == [] and whatsapp.posts == []

    # The subject is led by the most important fact, then the effective date.
    subject = str(inbox.messages[0]["Subject"])
    assert subject == (f"Twilio Voice Services Policy: {change.facts.headline.replace('->', '→')}"
                       "; effective 2026-03-15")
    assert "12 → 6 second" in subject
    assert severe.titles == [subject] and everything.titles == [subject]
    # The body shows the facts above the redline.
    plain = inbox.messages[0].get_body(("plain",)).get_content()
    html = inbox.messages[0].get_body(("html",)).get_content()
    assert plain.index("What changed for you") < plain.index("Reworded")
    assert "Severity: Obligation" in plain and "Countries: Brazil (BR)" in plain
    assert "12 → 6 second" in plain
    assert html.index("What changed for you") < html.index("<h3>Reworded</h3>")
    assert "Countries:</strong> Brazil (BR)" in html
    payload = json.loads(severe.posts[0].body)["message"]  # the plain-text template
    assert payload.index("What changed for you (Obligation)") < payload.index("Redline:")
    assert "12 → 6 second" in payload and "Countries: Brazil (BR)" in payload

    # Exactly once: the next run sends nothing again.
    assert notify_pending(store, config, echo=lambda s: None).sent == 0
    assert len(inbox.messages) == 1 and len(severe.posts) == 1 and len(everything.posts) == 1

    # A change about Brazil that asks nothing: the Brazil channel gets it, the channel that
    # wants only obligations does not.
    page.blocks.insert(6, ("paragraph", BRAZIL_NEWS))
    [news] = check(config, store).changes
    assert news.facts.countries == ["BR"] and news.severity == "substantive"
    assert notify_pending(store, config, echo=lambda s: None).sent == 2
    assert len(inbox.messages) == 2 and len(everything.posts) == 2
    assert len(severe.posts) == 1 and india.posts == [] and whatsapp.posts == []
    assert "changed" in str(inbox.messages[1]["Subject"])  # no fact: today's subject
    assert store.db.execute("select count(*) from outbox").fetchone()[0] == 5


def test_a_product_route_and_the_dry_run_follow_the_filters(server, tmp_path):
    whatsapp, sms = Receiver(server, path="/whatsapp"), Receiver(server, path="/sms")
    page = Policy(server)
    config = routed_config(page, [f'{{ url = "{whatsapp.url}", products = ["WhatsApp"] }}',
                                  f'{{ url = "{sms.url}", products = ["SMS"] }}'])
    store = Store(tmp_path / "t.db")
    check(config, store)
    page.blocks.insert(5, ("paragraph", "You must register your WhatsApp sender in India by "
                                        "March 1, 2026."))
    [change] = check(config, store).changes
    assert change.facts.products == ["WhatsApp"]
    lines: list[str] = []
    assert notify_pending(store, config, dry_run=True, echo=lines.append).pending == 1
    assert len(lines) == 1 and "/whatsapp" in lines[0]
    assert notify_pending(store, config, echo=lambda s: None).sent == 1
    assert len(whatsapp.posts) == 1 and sms.posts == []
    message = json.loads(whatsapp.posts[0].body)["message"]
    assert "deadline" in message and "2026-03-01" in message and "India (IN)" in message


@pytest.mark.parametrize(("entry", "problem"), [
    ('{ url = "json://h/x", countries = ["XX"] }', "unknown country 'XX'"),
    ('{ url = "json://h/x", countries = ["UK"] }', "did you mean 'GB'?"),
    ('{ url = "json://h/x", countries = ["Brazil"] }', "did you mean 'BR'?"),
    ('{ url = "json://h/x", products = ["10DLC"] }', "did you mean 'A2P 10DLC'?"),
    ('{ url = "json://h/x", products = ["Fax"] }', "unknown product 'Fax' (known: SMS, "),
    ('{ url = "json://h/x", min_severity = "high" }', "min_severity must be one of obligation"),
    ('{ url = "json://h/x", country = ["BR"] }', "unknown key 'country'"),
    ('{ url = "json://h/x", countries = [1] }', "countries must be a string or a list"),
    ('{ countries = ["BR"] }', "channel #1: each entry must be a URL or a table"),
])
def test_route_mistakes_name_the_channel(entry, problem):
    config = parse_config(f'[notify]\nurls = [{entry}]\n[[sources]]\nid = "a"\n'
                          'name = "A"\nurl = "https://example.com/a"\n', None)
    with pytest.raises(NotifyError) as info:
        channels(config)
    message = str(info.value)
    assert problem in message and "\n" not in message
    assert "[notify] urls: channel " in message
    if "url" in entry:
        assert "channel json://h/x: " in message


def test_route_mistake_is_a_config_error_with_secrets_masked(tmp_path):
    config = tmp_path / "tracker.toml"
    config.write_text(
        '[notify]\nurls = [{ url = "mailtos://bot:hunter2secret@smtp.example.com?to=a@b.c", '
        'min_severity = "urgent" }]\n'
        '[[sources]]\nid = "a"\nname = "A"\nurl = "https://example.com/a"\n')
    result = CliRunner().invoke(main, ["notify", "--config", str(config),
                                       "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2
    assert "mailtos://bot:****@smtp.example.com" in result.output
    assert "min_severity" in result.output and "hunter2secret" not in result.output
    assert "Traceback" not in result.output
    # Products are checked against the config's own vocabulary when it has one.
    config.write_text(
        '[facets]\nproducts = ["Widgets"]\n[notify]\n'
        'urls = [{ url = "json://h/x", products = ["widgets"] }]\n'
        '[[sources]]\nid = "a"\nname = "A"\nurl = "https://example.com/a"\n')
    from tracker.config import load_config

    [channel] = channels(load_config(config))
    assert channel.products == ("Widgets",)


def test_every_message_style_shows_the_facts_escaped_for_its_format():
    import datetime as dt

    from tracker.models import BlockDiff, Change, ChangeFacts, EffectiveDate, Fact
    from tracker.outputs.messages import render

    config = parse_config('[[sources]]\nid = "aup"\nname = "Acceptable Use Policy"\n'
                          'url = "https://example.com/aup"\n', None)
    sentence = "Calls under six <b>seconds</b> & more are prohibited in Brazil."
    facts = ChangeFacts("obligation", [
        Fact("obligation", "permission", "prohibition", sentence, detail="may -> must not"),
        Fact("quantity", "12", "6", sentence, "second", "calls under"),
        Fact("deadline", None, "2026-03-01", "Register by March 1, 2026.", detail="March 1, 2026"),
    ], ["BR", "EU"], ["Voice"])
    change = Change("aup", dt.datetime(2026, 1, 5, tzinfo=dt.UTC), 1, 2,
                    BlockDiff(added=[sentence]), EffectiveDate(dt.date(2026, 3, 15), "x"),
                    summary="1 clause added", id=7, facts=facts,
                    narrative="Shorter <i>calls</i> & a deadline.")
    plain = Change("aup", dt.datetime(2026, 1, 6, tzinfo=dt.UTC), 2, 3,
                   BlockDiff(added=["Typo fixed."]), kind="editorial", summary="1 clause added",
                   id=8, facts=ChangeFacts("editorial"))
    email = render([change], config, "email")
    assert email.subject == ("Acceptable Use Policy: may → must not; effective 2026-03-15")
    assert "&lt;b&gt;seconds&lt;/b&gt; &amp; more" in email.body and "<b>seconds" not in email.body
    assert "Shorter &lt;i&gt;calls&lt;/i&gt; &amp; a deadline." in email.body
    assert "Brazil (BR), European Union (EU)" in email.body and "Voice" in email.body
    assert email.body.index("may → must not") < email.body.index("calls under 12 → 6 second")
    assert "by 2026-03-01" in email.body
    chat = render([change], config, "chat")
    assert "*may → must not*" in chat.body and "&lt;b&gt;seconds&lt;/b&gt; &amp; more" in chat.body
    assert "<b>" not in chat.body and "Shorter &lt;i&gt;calls&lt;/i&gt;" in chat.body
    text = render([change], config, "text")
    assert "  * deadline: by 2026-03-01" in text.body and "<b>seconds</b>" in text.body
    # A change whose facts say nothing changed that asks: the panel says so.
    quiet = render([plain], config, "text")
    assert "No obligation, quantity or deadline changed." in quiet.body
    assert quiet.subject.startswith("[policy-tracker] Acceptable Use Policy changed")
    # A digest's subject is led by its most important fact.
    digest = render([plain, change], config, "email")
    assert digest.subject == ("[policy-tracker] 2 policy changes in Acceptable Use Policy "
                              "(Acceptable Use Policy: may → must not)")
