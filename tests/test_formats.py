"""Sources beyond plain HTML: script-written pages (real Chromium), PDF, Markdown."""

from __future__ import annotations

import html
import json
import sqlite3

import pytest
from click.testing import CliRunner

from tests.pages import seed_blocks
from tests.server import Reply
from tracker.cli import main
from tracker.extract.documents import body_kind, pdf_blocks, text_blocks
from tracker.fetch.browser import chromium_path

SMS = seed_blocks("sms-not-allowed")
AUP = seed_blocks("aup-summary-of-changes-2016")
_NO_CHROMIUM = pytest.mark.skipif(chromium_path() is None, reason="Chromium not installed")


def NEEDS_BROWSER(test):
    """Real Chromium (slow): marked `browser`, so `pytest -m "not browser"` skips it
    locally; CI runs it."""
    return pytest.mark.browser(_NO_CHROMIUM(test))


def cli(tmp_path, config, *args):
    return CliRunner().invoke(main, [*args, "--config", str(config), "--db",
                                     str(tmp_path / "t.db")], catch_exceptions=False)


def count_versions(tmp_path) -> int:
    db = sqlite3.connect(tmp_path / "t.db")
    n = db.execute("select count(*) from versions").fetchone()[0]
    db.close()
    return n


def js_page(blocks) -> str:
    """A help-centre shell whose article is written by a script after load."""
    items = json.dumps([[k, t] for k, t in blocks])
    return f"""<!DOCTYPE html><html><head><title>Help Center</title>
<script>window.__ARTICLE__ = {items};</script></head><body>
<header><nav><a href="/">Help Center</a> <a href="/contact">Contact</a></nav></header>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>
setTimeout(function () {{
  var main = document.createElement("main");
  var article = document.createElement("article");
  window.__ARTICLE__.forEach(function (b) {{
    var el = document.createElement(b[0] === "heading" ? "h2" : (b[0] === "item" ? "li" : "p"));
    el.textContent = b[1];
    article.appendChild(el);
  }});
  main.appendChild(article);
  document.getElementById("root").appendChild(main);
}}, 50);
</script></body></html>"""


@NEEDS_BROWSER
def test_script_written_page_is_tracked_with_a_browser(server, tmp_path):
    blocks = list(SMS)
    server.routes["/help"] = lambda hit: Reply(200, js_page(blocks))
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nconfirm_delay = 0\ntimeout = 20\n"
                      f'[[sources]]\nid = "help"\nname = "Help"\nurl = "{server.url("/help")}"\n'
                      'render = "browser"\nselect = "main article"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert count_versions(tmp_path) == 1
    blocks.insert(3, ("paragraph", "Messages that promote payday loans are not allowed."))
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    changes = json.loads(cli(tmp_path, config, "changes", "--json").stdout)
    assert len(changes) == 1
    assert changes[0]["added"] == ["Messages that promote payday loans are not allowed."]


def test_same_page_without_browser_is_reported_and_not_recorded(server, tmp_path):
    server.routes["/help"] = Reply(200, js_page(SMS))
    config = tmp_path / "tracker.toml"
    config.write_text(f'[[sources]]\nid = "help"\nname = "Help"\nurl = "{server.url("/help")}"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 1
    assert "help" in result.output and 'render = "browser"' in result.output
    assert count_versions(tmp_path) == 0


@NEEDS_BROWSER
def test_browser_timeout_is_an_error_not_a_crash(server, tmp_path):
    server.routes["/never"] = Reply(200, "<html><body><p>no article here</p></body></html>")
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\ntimeout = 2\n"
                      f'[[sources]]\nid = "never"\nname = "N"\nurl = "{server.url("/never")}"\n'
                      'render = "browser"\nselect = "article.policy"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 1
    assert "never" in result.output and "timed out" in result.output


def make_pdf(paragraphs: list[str]) -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "Twilio Acceptable Use Policy - Confidential", align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in paragraphs:
        latin = text.encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 6, latin)
        pdf.ln(4)
    return bytes(pdf.output())


def _plain(blocks) -> list[str]:
    return [t.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
            for _, t in blocks if len(t) > 40]


def test_pdf_insert_early_is_one_change_without_running_headers(server, tmp_path):
    paragraphs = _plain(AUP) * 2
    state = {"pdf": make_pdf(paragraphs)}
    server.routes["/aup.pdf"] = lambda hit: Reply(200, state["pdf"],
                                                  content_type="application/pdf")
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nconfirm_delay = 0\n"
                      f'[[sources]]\nid = "aup-pdf"\nname = "AUP (PDF)"\n'
                      f'url = "{server.url("/aup.pdf")}"\n')
    assert cli(tmp_path, config, "check").exit_code == 0
    first = sqlite3.connect(tmp_path / "t.db").execute("select text from versions").fetchone()[0]
    assert "Confidential" not in first and "Page 1 of" not in first
    clause = ("You may not use the services to contact emergency services for testing. "
              "This requirement takes effect on September 1, 2026.")
    state["pdf"] = make_pdf([paragraphs[0], clause, *paragraphs[1:]])
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    [change] = json.loads(cli(tmp_path, config, "changes", "--json").stdout)
    assert change["added"] == [clause]
    assert change["removed"] == [] and change["modified"] == []
    assert change["effective_date"] == "2026-09-01"
    db = sqlite3.connect(tmp_path / "t.db")
    assert db.execute("select count(*) from bodies").fetchone()[0] == 2  # raw PDFs kept
    assert db.execute("select content_type from bodies").fetchone()[0] == "application/pdf"


def test_pdf_blocks_join_pages_and_drop_page_furniture():
    paragraphs = _plain(AUP) * 3
    blocks = pdf_blocks(make_pdf(paragraphs))
    texts = [b.text for b in blocks]
    assert not any("Confidential" in t or t.startswith("Page ") for t in texts)
    for paragraph in paragraphs:  # every paragraph whole, even across page breaks
        assert paragraph in texts


def test_broken_pdf_is_a_clear_error(server, tmp_path):
    server.routes["/x.pdf"] = Reply(200, b"%PDF-1.4 this is not really a pdf",
                                    content_type="application/pdf")
    config = tmp_path / "tracker.toml"
    config.write_text(f'[[sources]]\nid = "x"\nname = "X"\nurl = "{server.url("/x.pdf")}"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 1
    assert "x: error: not a readable PDF" in result.output


def test_markdown_source(server, tmp_path):
    doc = ["# Acceptable Use Policy", "", "Last updated: March 3, 2025", "",
           "You may not use the services:", "", "- to send **spam**;",
           "- to harm [Twilio](https://twilio.com) or anyone else;", "",
           "## Changes", "", "We may change this policy on notice."]
    state = {"md": "\n".join(doc)}
    server.routes["/aup.md"] = lambda hit: Reply(200, state["md"],
                                                 content_type="text/markdown; charset=utf-8")
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nconfirm_delay = 0\n"
                      f'[[sources]]\nid = "md"\nname = "MD"\nurl = "{server.url("/aup.md")}"\n')
    assert cli(tmp_path, config, "check").exit_code == 0
    state["md"] = state["md"].replace("- to send **spam**;",
                                      "- to send **spam**;\n- to spoof caller ID;")
    assert cli(tmp_path, config, "check").exit_code == 0
    [change] = json.loads(cli(tmp_path, config, "changes", "--json").stdout)
    assert change["added"] == ["to spoof caller ID;"]


def test_text_blocks_and_kinds():
    blocks = text_blocks("Title line\n\nFirst para\ncontinues here.\n\n1. one\n2. two\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Title line"), ("paragraph", "First para continues here."),
        ("item", "one"), ("item", "two")]
    assert body_kind("application/pdf", "https://x/y", b"") == "pdf"
    assert body_kind(None, "https://x/terms.pdf", b"%PDF-1.7") == "pdf"
    assert body_kind("text/plain", "https://x/y", b"hi") == "text"
    assert body_kind("text/html; charset=utf-8", "https://x/", b"<html>") == "html"
    assert body_kind("image/png", "https://x/a.png", b"\x89PNG") == "unknown"
    assert html.escape("x") == "x"


SHORT_POLICY = [("heading", "Fair use"), ("paragraph", "Be kind to our servers."),
                ("paragraph", "Do not resell access.")]


@NEEDS_BROWSER
def test_short_policy_rendered_in_the_browser_is_recorded(server, tmp_path):
    """Two short sentences written by a script: with render = "browser" it is a policy,
    never "empty without JavaScript" (the raw HTML is a shell, the rendered page is not)."""
    server.routes["/short"] = lambda hit: Reply(200, js_page(SHORT_POLICY))
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nconfirm_delay = 0\ntimeout = 20\n"
                      f'[[sources]]\nid = "short"\nname = "S"\nurl = "{server.url("/short")}"\n'
                      'render = "browser"\nselect = "article"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert "JavaScript" not in result.output
    assert count_versions(tmp_path) == 1
    db = sqlite3.connect(tmp_path / "t.db")
    text = db.execute("select text from versions").fetchone()[0]
    db.close()
    assert "Be kind to our servers." in text and "Do not resell access." in text


def test_short_policy_in_the_html_is_not_a_shell(server, tmp_path):
    """A page with scripts whose short policy is in the raw HTML is recorded as it is."""
    page = ("<html><head><script>window.dataLayer=[];</script></head><body>"
            "<article><p>Be kind to our servers.</p><p>Do not resell access.</p></article>"
            "<script src='/app.js'></script></body></html>")
    server.routes["/short"] = Reply(200, page)
    config = tmp_path / "tracker.toml"
    config.write_text(f'[[sources]]\nid = "short"\nname = "S"\nurl = "{server.url("/short")}"\n')
    result = cli(tmp_path, config, "check")
    assert result.exit_code == 0, result.output
    assert count_versions(tmp_path) == 1
